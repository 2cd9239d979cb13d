import { DataSource, EntityManager } from 'typeorm';
import { lockForWrite } from '../../../core/auth/references';
import { RequestContext } from '../../../core/context';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { UserError } from '../../../core/errors/user-error';
import { decodeGlobalId } from '../../../core/relay/global-id';
import { PageArgs } from '../../../core/relay/pagination';
import { distinctList, endNotBeforeStart, nonNegative, optionalText, optionalUrl, planDate, requiredText, yearInPlan } from '../../../core/input/input-checks';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { OrderDirection, RecordSort, SyncedConnectionResult, listRecords } from '../../../core/relay/synced-list';
import { assertEditable, softDelete } from '../../../core/writes/record-writes';
import { runWrite } from '../../../core/writes/write-pipeline';
import { recordAudit } from '../../audit';
import { agencyByCode, taskByCode, unitByCode } from '../shared/record-references';
import { TRAINING_EVENTS } from './training-access';
import { TrainingEvent } from './training-event.entity';
import { TrainingEventKind } from '../shared/vocabularies';
import { hostOrganisationId } from '../shared/host-organisation';
import { selectOnly } from '../../../core/relay/selected-columns';
import {
  MediaPieceInput,
  ParticipantsInput,
  RecordTrainingEventInput,
  TrainingEventFilter,
  TrainingEventOrder,
  TrainingEventOrderField,
  UpdateTrainingEventInput,
} from './training-event.inputs';

export interface TrainingEventResult {
  trainingEvent: TrainingEvent | null;
  userErrors: UserError[];
}

type Db = DataSource | EntityManager;
type EventFields = Partial<Omit<TrainingEvent, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'deletedAt' | 'nodeId' | 'participants' | 'media'>>;

const TYPE = 'TrainingEvent';

/** The task each kind serves unless the recorder says otherwise. */
export const DEFAULT_TASK_BY_KIND: Record<TrainingEventKind, string> = {
  TRAINING: 'III.5',
  WORKSHOP: 'III.7',
  FORUM: 'III.7',
  COMMUNICATION_SESSION: 'I.3',
  MEDIA_PIECE: 'I.2',
};

const PARTS = ['women', 'farmers', 'officials', 'technicians'] as const;

function participantFields(input: ParticipantsInput | null): EventFields {
  if (!input) {
    return { participantsTotal: null, participantsWomen: null, participantsFarmers: null, participantsOfficials: null, participantsTechnicians: null };
  }
  const path = 'input.participants';
  const total = nonNegative(input.total, `${path}.total`);
  const part = (name: (typeof PARTS)[number]): number | null => {
    const value = input[name];
    if (value === null || value === undefined) return null;
    nonNegative(value, `${path}.${name}`);
    if (value > total) throw new BadUserInputError(`${path}.${name} must not be more than the total (${total})`, `${path}.${name}`, 'EXCEEDS_TOTAL');
    return value;
  };
  const [women, farmers, officials, technicians] = PARTS.map(part);
  if ((farmers ?? 0) + (officials ?? 0) + (technicians ?? 0) > total) {
    throw new BadUserInputError(`farmers, officials and technicians together must not be more than the total (${total})`, `${path}.total`, 'LESS_THAN_GROUPS');
  }
  return {
    participantsTotal: total,
    participantsWomen: women,
    participantsFarmers: farmers,
    participantsOfficials: officials,
    participantsTechnicians: technicians,
  };
}

function mediaFields(input: MediaPieceInput | null): EventFields {
  if (!input) return { mediaOutlet: null, mediaFormat: null, mediaUrl: null };
  return {
    mediaOutlet: requiredText(input.outlet, 'input.media.outlet', 300),
    mediaFormat: input.format,
    mediaUrl: optionalUrl(input.url, 'input.media.url'),
  };
}

/** Checks the fields the input gives (create: all of them; update: the ones to change). */
async function checkedFields(db: Db, input: Omit<UpdateTrainingEventInput, 'id' | 'expectedVersion'>): Promise<EventFields> {
  const fields: EventFields = {};
  if (input.title != null) fields.title = requiredText(input.title, 'input.title', 500);
  if (input.startDate != null) fields.startDate = planDate(input.startDate, 'input.startDate');
  if (input.endDate !== undefined) fields.endDate = input.endDate === null ? null : planDate(input.endDate, 'input.endDate');
  if (input.venue !== undefined) fields.venue = optionalText(input.venue, 'input.venue', 300);
  if (input.organisingAgencyCode !== undefined) {
    fields.organisingAgencyId = input.organisingAgencyCode ? (await agencyByCode(db, input.organisingAgencyCode, 'input.organisingAgencyCode')).id : null;
  }
  if (input.organiserName !== undefined) fields.organiserName = optionalText(input.organiserName, 'input.organiserName', 300);
  if (input.taskCode != null) fields.taskId = (await taskByCode(db, input.taskCode, 'input.taskCode')).id;
  if (input.topics != null) fields.topics = distinctList(input.topics, 'input.topics', true);
  if (input.audiences != null) fields.audiences = distinctList(input.audiences, 'input.audiences');
  if (input.participants !== undefined) Object.assign(fields, participantFields(input.participants));
  if (input.media !== undefined) Object.assign(fields, mediaFields(input.media));
  return fields;
}

/** Rules across fields, on the event as it would be stored. */
function checkWhole(event: EventFields): void {
  endNotBeforeStart(event.startDate!, event.endDate ?? null, 'input.endDate');
  const isMedia = event.kind === TrainingEventKind.MEDIA_PIECE;
  if (isMedia && !event.mediaOutlet) throw new BadUserInputError('A media piece needs its outlet and format', 'input.media', 'REQUIRED');
  if (!isMedia && event.mediaOutlet) throw new BadUserInputError('Only a MEDIA_PIECE has media details', 'input.media', 'NOT_APPLICABLE');
  if (!isMedia && event.participantsTotal == null) throw new BadUserInputError(`A ${event.kind} needs its participants`, 'input.participants', 'REQUIRED');
}

const replay = (manager: EntityManager, id: string) => manager.getRepository(TrainingEvent).findOneBy({ id });

export async function recordTrainingEvent(ctx: RequestContext, input: RecordTrainingEventInput): Promise<TrainingEventResult> {
  const unit = await unitByCode(ctx.dataSource, input.administrativeUnitCode, 'input.administrativeUnitCode');
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'recordTrainingEvent',
    entityType: TYPE,
    input,
    unit: { ...unit, field: 'input.administrativeUnitCode' },
    replay,
    prepare: async () => {
      const fields = await checkedFields(ctx.dataSource, { ...input, participants: input.participants ?? null, media: input.media ?? null });
      const taskId = fields.taskId ?? (await taskByCode(ctx.dataSource, DEFAULT_TASK_BY_KIND[input.kind], 'input.taskCode')).id;
      const event: EventFields = {
        endDate: null,
        audiences: [],
        venue: null,
        organiserName: null,
        organisingAgencyId: null,
        ...fields,
        kind: input.kind,
        administrativeUnitId: unit.id,
        taskId,
      };
      checkWhole(event);
      return event;
    },
    write: async (manager, event) => {
      const host = await hostOrganisationId(ctx, manager, input.hostOrganisationId);
      const repo = manager.getRepository(TrainingEvent);
      const saved = await repo.save(repo.create({ ...event, ...host }));
      await recordAudit(manager, ctx, { action: 'recordTrainingEvent', entityType: TYPE, entityId: saved.id, before: null, after: { ...saved } });
      return saved;
    },
  });
  return { trainingEvent: record, userErrors };
}

export async function updateTrainingEvent(ctx: RequestContext, input: UpdateTrainingEventInput): Promise<TrainingEventResult> {
  const id = decodeGlobalId(input.id, TYPE, 'input.id');
  const fields = await checkedFields(ctx.dataSource, input);
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'updateTrainingEvent',
    entityType: TYPE,
    input,
    replay,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, TRAINING_EVENTS, input.id);
      assertEditable(before, TYPE, input.expectedVersion);
      checkWhole({ ...before, ...fields });
      const host = await hostOrganisationId(ctx, manager, input.hostOrganisationId);
      const repo = manager.getRepository(TrainingEvent);
      const saved = await repo.save(repo.merge(repo.create({ ...before }), { ...fields, ...host }));
      await recordAudit(manager, ctx, { action: 'updateTrainingEvent', entityType: TYPE, entityId: id, before: { ...before }, after: { ...saved } });
      return saved;
    },
  });
  return { trainingEvent: record, userErrors };
}

export async function deleteTrainingEvent(ctx: RequestContext, input: DeleteRecordInput): Promise<TrainingEventResult> {
  const id = decodeGlobalId(input.id, TYPE, 'input.id');
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'deleteTrainingEvent',
    entityType: TYPE,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, TRAINING_EVENTS, input.id);
      const after = await softDelete(manager, TrainingEvent, TYPE, before, input.expectedVersion);
      if (after !== before) {
        await recordAudit(manager, ctx, { action: 'deleteTrainingEvent', entityType: TYPE, entityId: id, before: { ...before }, after: { ...after } });
      }
      return after;
    },
  });
  return { trainingEvent: record, userErrors };
}

const SORTS: Record<TrainingEventOrderField, Omit<RecordSort<TrainingEvent>, 'direction'>> = {
  START_DATE: { name: 'START_DATE', column: 'e.start_date', kind: 'date', value: (e) => e.startDate },
  CREATED_AT: { name: 'CREATED_AT', column: 'e.created_at', kind: 'timestamp', value: (e) => e.createdAt.toISOString() },
  UPDATED_AT: { name: 'UPDATED_AT', column: 'e.updated_at', kind: 'timestamp', value: (e) => e.updatedAt.toISOString() },
};

export function listTrainingEvents(
  ctx: RequestContext,
  page: PageArgs,
  filter: TrainingEventFilter | null | undefined,
  orderBy: TrainingEventOrder | null | undefined,
  updatedSince: Date | null | undefined,
  watermark = true,
  /** The column properties to read (see selectedColumns); null or omitted: all. */
  columns: string[] | null = null,
): Promise<SyncedConnectionResult<TrainingEvent>> {
  const query = ctx.dataSource.getRepository(TrainingEvent).createQueryBuilder('e');
  selectOnly(query, columns);
  if (filter?.administrativeUnitCode) {
    query.andWhere('e.administrative_unit_id = (SELECT id FROM administrative_unit WHERE code = :unitCode)', {
      unitCode: filter.administrativeUnitCode.trim(),
    });
  }
  if (filter?.kinds?.length) query.andWhere('e.kind = ANY(:kinds)', { kinds: filter.kinds });
  if (filter?.topic) query.andWhere(':topic = ANY(e.topics)', { topic: filter.topic });
  if (filter?.audience) query.andWhere(':audience = ANY(e.audiences)', { audience: filter.audience });
  if (filter?.taskCode) query.andWhere('e.task_id IN (SELECT id FROM task WHERE code = :taskCode)', { taskCode: filter.taskCode.trim().toUpperCase() });
  if (filter?.year != null) {
    const year = yearInPlan(filter.year, 'filter.year');
    query.andWhere('e.start_date BETWEEN :yearStart AND :yearEnd', { yearStart: `${year}-01-01`, yearEnd: `${year}-12-31` });
  }
  const sort = { ...SORTS[orderBy?.field ?? TrainingEventOrderField.START_DATE], direction: orderBy?.direction ?? OrderDirection.DESC };
  return listRecords(query, page, sort, updatedSince, watermark);
}
