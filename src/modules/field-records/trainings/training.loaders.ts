import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byIdLoader, groupedLoader } from '../../../core/loaders/by-id-loader';
import { TrainingAttendee } from './training-attendee.entity';
import { TrainingEvent } from './training-event.entity';

export function createTrainingLoaders(dataSource: DataSource) {
  return {
    trainingEventById: byIdLoader(dataSource, TrainingEvent),
    attendeesByEvent: groupedLoader(
      (eventIds) => dataSource.getRepository(TrainingAttendee).find({ where: { trainingEventId: In([...eventIds]) }, order: { fullName: 'ASC', id: 'ASC' } }),
      (attendee) => attendee.trainingEventId,
    ),
    attendeeCountByEvent: new DataLoader<string, number>(async (eventIds) => {
      const rows = await dataSource.query<{ id: string; n: number }[]>(
        'SELECT training_event_id AS id, count(*)::int AS n FROM training_attendee WHERE training_event_id = ANY($1::uuid[]) GROUP BY training_event_id',
        [[...eventIds]],
      );
      const counts = new Map(rows.map((row) => [row.id, row.n]));
      return eventIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}

declare module '../../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createTrainingLoaders> {}
}
