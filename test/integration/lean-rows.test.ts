import { DataSource } from 'typeorm';
import { leanMany } from '../../src/core/relay/lean-rows';
import { AdministrativeUnit } from '../../src/modules/geography';
import { Task } from '../../src/modules/plan';
import { TrainingEvent } from '../../src/modules/field-records/trainings/training-event.entity';
import { Audience, MediaFormat, TrainingEventKind, TrainingTopic } from '../../src/modules/field-records/shared/vocabularies';
import { loadSeedData } from '../../src/seed/load-seed-data';
import { TestDatabase, createTestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.dataSource;
  await loadSeedData(ds);
  // Events with every kind of column leanMany converts: enum arrays (empty, one, several), nullable
  // enums, dates, timestamps, a tombstone.
  const unit = await ds.getRepository(AdministrativeUnit).findOneByOrFail({ code: '24175' });
  const task = await ds.getRepository(Task).findOneByOrFail({ code: 'I.1' });
  const base = { administrativeUnitId: unit.id, taskId: task.id, title: 'Tập huấn "SRP", \\ giảm phát thải', startDate: '2027-03-01' };
  await ds.getRepository(TrainingEvent).insert([
    {
      ...base,
      kind: TrainingEventKind.TRAINING,
      topics: [TrainingTopic.MRV_TOOLS, TrainingTopic.RESIDUE_HANDLING],
      audiences: [Audience.FARMERS],
      participantsTotal: 30,
    },
    { ...base, kind: TrainingEventKind.WORKSHOP, topics: [], audiences: [Audience.FARMERS, Audience.COMMUNE_OFFICIALS], endDate: '2027-03-02' },
    {
      ...base,
      kind: TrainingEventKind.MEDIA_PIECE,
      topics: [TrainingTopic.LOW_EMISSION_CULTIVATION],
      audiences: [],
      mediaOutlet: 'Báo Đắk Lắk',
      mediaFormat: MediaFormat.NEWS_ARTICLE,
    },
    { ...base, kind: TrainingEventKind.FORUM, topics: [], audiences: [], deletedAt: new Date('2027-04-01T08:00:00.123Z') },
  ]);
});
afterAll(async () => {
  await db.drop();
});

describe('leanMany', () => {
  it('gives every entity with rows exactly what getMany gives: same classes, same values', async () => {
    const compared: string[] = [];
    for (const metadata of ds.entityMetadatas.filter((m) => m.tableType === 'regular')) {
      const query = () => {
        const q = ds.createQueryBuilder(metadata.target, 'x');
        metadata.primaryColumns.forEach((column) => q.addOrderBy(`x.${column.databaseName}`));
        return q;
      };
      const viaTypeorm = await query().getMany();
      if (viaTypeorm.length === 0) continue;
      expect([metadata.name, await leanMany(query())]).toStrictEqual([metadata.name, viaTypeorm]);
      compared.push(metadata.name);
    }
    expect(compared).toEqual(expect.arrayContaining(['AdministrativeUnit', 'Agency', 'Task', 'Target', 'TrainingEvent']));
  });

  it('reads the events back with their enum arrays parsed and their text as written', async () => {
    const events = await leanMany(ds.getRepository(TrainingEvent).createQueryBuilder('e').orderBy('e.kind'));
    expect(events.map((e) => [e.kind, e.topics, e.audiences])).toEqual([
      [TrainingEventKind.TRAINING, [TrainingTopic.MRV_TOOLS, TrainingTopic.RESIDUE_HANDLING], [Audience.FARMERS]],
      [TrainingEventKind.WORKSHOP, [], [Audience.FARMERS, Audience.COMMUNE_OFFICIALS]],
      [TrainingEventKind.FORUM, [], []],
      [TrainingEventKind.MEDIA_PIECE, [TrainingTopic.LOW_EMISSION_CULTIVATION], []],
    ]);
    expect(events.every((e) => e instanceof TrainingEvent && e.title === 'Tập huấn "SRP", \\ giảm phát thải')).toBe(true);
    expect(events.find((e) => e.kind === TrainingEventKind.FORUM)!.deletedAt).toEqual(new Date('2027-04-01T08:00:00.123Z'));
  });

  it('leaves a query that selects a joined relation to getMany', async () => {
    const query = () => ds.getRepository(TrainingEvent).createQueryBuilder('e').innerJoinAndSelect('e.administrativeUnit', 'unit').orderBy('e.id');
    const rows = await leanMany(query());
    expect(rows).toStrictEqual(await query().getMany());
    expect(rows[0].administrativeUnit?.code).toBe('24175');
  });
});
