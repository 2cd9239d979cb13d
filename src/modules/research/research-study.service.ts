import { EntityManager } from 'typeorm';
import { lockForWrite, resolveReference } from '../../core/auth/references';
import { RequestContext } from '../../core/context';
import { BadUserInputError } from '../../core/errors/app-errors';
import { nonNegative, optionalText, optionalUrl, requiredText, yearInPlan } from '../../core/input/input-checks';
import { DeleteRecordInput } from '../../core/input/record-inputs';
import { PageArgs } from '../../core/relay/pagination';
import { UserError } from '../../core/errors/user-error';
import { assertEditable, softDelete } from '../../core/writes/record-writes';
import { runWrite } from '../../core/writes/write-pipeline';
import { recordAudit } from '../audit';
import { liveOrganisation } from '../organisations';
import { PILOT_MODELS, agencyByCode } from '../field-records';
import { OrderDirection, SyncedConnectionResult, listRecords } from '../../core/relay/synced-list';
import { RESEARCH_STUDIES, assertMayWriteResearch } from './research-access';
import { ResearchStudy, ResearchStudyKind, ResearchStudyStatus } from './research-study.entity';
import { CreateResearchStudyInput, ResearchStudyFilter, UpdateResearchStudyInput } from './research-study.inputs';

const TYPE = 'ResearchStudy';
const MAX_DOCUMENTS = 20;

export interface ResearchStudyResult {
  researchStudy: ResearchStudy | null;
  userErrors: UserError[];
}

type Fields = Partial<Omit<ResearchStudy, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'deletedAt' | 'nodeId' | 'leadAgency' | 'leadOrganisation'>>;

function documentUrls(urls: string[], field: string): string[] {
  if (urls.length > MAX_DOCUMENTS) throw new BadUserInputError(`${field} takes at most ${MAX_DOCUMENTS} addresses`, field, 'TOO_MANY');
  return [...new Set(urls.map((url, i) => optionalUrl(url, `${field}[${i}]`) ?? rejectEmpty(`${field}[${i}]`)))];
}

const rejectEmpty = (field: string): never => {
  throw new BadUserInputError(`${field} must not be empty`, field, 'REQUIRED');
};

/** Checks the fields the input gives (create: all of them; update: the ones to change). */
async function checkedFields(manager: EntityManager, input: Partial<CreateResearchStudyInput> | UpdateResearchStudyInput): Promise<Fields> {
  const fields: Fields = {};
  if (input.title != null) fields.title = requiredText(input.title, 'input.title', 500);
  if (input.leadAgencyCode != null) fields.leadAgencyId = (await agencyByCode(manager, input.leadAgencyCode, 'input.leadAgencyCode')).id;
  if (input.startYear != null) fields.startYear = yearInPlan(input.startYear, 'input.startYear');
  if (input.endYear != null) fields.endYear = yearInPlan(input.endYear, 'input.endYear');
  if (input.budgetVnd !== undefined) {
    if (input.budgetVnd !== null && !Number.isInteger(input.budgetVnd))
      throw new BadUserInputError('input.budgetVnd must be whole đồng', 'input.budgetVnd', 'NOT_INTEGER');
    fields.budgetVnd = input.budgetVnd === null ? null : nonNegative(input.budgetVnd, 'input.budgetVnd');
  }
  if (input.status != null) fields.status = input.status;
  if (input.results !== undefined) fields.results = optionalText(input.results, 'input.results', 10_000);
  if (input.documentUrls != null) fields.documentUrls = documentUrls(input.documentUrls, 'input.documentUrls');
  return fields;
}

/** The pilot an experimental model runs on: any pilot the caller may read (a provincial study may use any commune's pilot). */
async function pilotLink(ctx: RequestContext, manager: EntityManager, kind: ResearchStudyKind, pilotModelId: string | null | undefined): Promise<Fields> {
  if (pilotModelId === undefined) return {};
  if (pilotModelId === null) return { pilotModelId: null };
  if (kind !== ResearchStudyKind.EXPERIMENTAL_MODEL) {
    throw new BadUserInputError('Only an EXPERIMENTAL_MODEL links to a pilot model', 'input.pilotModelId', 'NOT_ALLOWED');
  }
  const pilot = await resolveReference(ctx, manager, PILOT_MODELS, pilotModelId, 'input.pilotModelId', { scope: 'ANY_VISIBLE' });
  return { pilotModelId: pilot.id };
}

/** The organisation leading the work, by global ID (undefined keeps, null clears): live, of any commune (an institute serves the province). */
async function leadOrganisation(ctx: RequestContext, manager: EntityManager, globalId: string | null | undefined): Promise<Fields> {
  if (globalId === undefined) return {};
  if (globalId === null) return { leadOrganisationId: null };
  return { leadOrganisationId: (await liveOrganisation(ctx, manager, globalId, 'input.leadOrganisationId')).id };
}

function checkWhole(study: Fields): void {
  if (study.endYear! < study.startYear!) throw new BadUserInputError('input.endYear must not be before startYear', 'input.endYear', 'END_BEFORE_START');
}

const replay = (manager: EntityManager, id: string) => manager.getRepository(ResearchStudy).findOneBy({ id });

export async function createResearchStudy(ctx: RequestContext, input: CreateResearchStudyInput): Promise<ResearchStudyResult> {
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'createResearchStudy',
    entityType: TYPE,
    input,
    replay,
    prepare: async () => {
      const manager = ctx.dataSource.manager;
      await assertMayWriteResearch(ctx, manager);
      const fields: Fields = {
        status: ResearchStudyStatus.PROPOSED,
        results: null,
        documentUrls: [],
        budgetVnd: null,
        ...(await checkedFields(manager, input)),
      };
      checkWhole(fields);
      return {
        ...fields,
        kind: input.kind,
        leadOrganisationId: null,
        ...(await pilotLink(ctx, manager, input.kind, input.pilotModelId)),
        ...(await leadOrganisation(ctx, manager, input.leadOrganisationId)),
      };
    },
    write: async (manager, fields) => {
      const repo = manager.getRepository(ResearchStudy);
      const saved = await repo.save(repo.create(fields));
      await recordAudit(manager, ctx, { action: 'createResearchStudy', entityType: TYPE, entityId: saved.id, before: null, after: { ...saved } });
      return saved;
    },
  });
  return { researchStudy: record, userErrors };
}

export async function updateResearchStudy(ctx: RequestContext, input: UpdateResearchStudyInput): Promise<ResearchStudyResult> {
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'updateResearchStudy',
    entityType: TYPE,
    input,
    replay,
    write: async (manager) => {
      await assertMayWriteResearch(ctx, manager);
      const before = await lockForWrite(ctx, manager, RESEARCH_STUDIES, input.id);
      assertEditable(before, TYPE, input.expectedVersion);
      const fields = {
        ...(await checkedFields(manager, input)),
        ...(await pilotLink(ctx, manager, before.kind, input.pilotModelId)),
        ...(await leadOrganisation(ctx, manager, input.leadOrganisationId)),
      };
      checkWhole({ ...before, ...fields });
      const repo = manager.getRepository(ResearchStudy);
      const saved = await repo.save(repo.merge(repo.create({ ...before }), fields));
      await recordAudit(manager, ctx, { action: 'updateResearchStudy', entityType: TYPE, entityId: before.id, before: { ...before }, after: { ...saved } });
      return saved;
    },
  });
  return { researchStudy: record, userErrors };
}

export async function deleteResearchStudy(ctx: RequestContext, input: DeleteRecordInput): Promise<ResearchStudyResult> {
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'deleteResearchStudy',
    entityType: TYPE,
    write: async (manager) => {
      await assertMayWriteResearch(ctx, manager);
      const before = await lockForWrite(ctx, manager, RESEARCH_STUDIES, input.id);
      const after = await softDelete(manager, ResearchStudy, TYPE, before, input.expectedVersion);
      if (after !== before) {
        await recordAudit(manager, ctx, { action: 'deleteResearchStudy', entityType: TYPE, entityId: before.id, before: { ...before }, after: { ...after } });
      }
      return after;
    },
  });
  return { researchStudy: record, userErrors };
}

export async function listResearchStudies(
  ctx: RequestContext,
  page: PageArgs,
  filter: ResearchStudyFilter | null | undefined,
  updatedSince: Date | null | undefined,
): Promise<SyncedConnectionResult<ResearchStudy>> {
  const query = ctx.dataSource.getRepository(ResearchStudy).createQueryBuilder('s');
  if (filter?.kind) query.andWhere('s.kind = :kind', { kind: filter.kind });
  if (filter?.status) query.andWhere('s.status = :status', { status: filter.status });
  if (filter?.year != null) query.andWhere(':year BETWEEN s.start_year AND s.end_year', { year: yearInPlan(filter.year, 'filter.year') });
  if (filter?.leadAgencyCode) {
    query.andWhere('s.lead_agency_id = :agencyId', { agencyId: (await agencyByCode(ctx.dataSource, filter.leadAgencyCode, 'filter.leadAgencyCode')).id });
  }
  const sort = {
    name: 'CREATED_AT',
    column: 's.created_at',
    kind: 'timestamp' as const,
    value: (s: ResearchStudy) => s.createdAt.toISOString(),
    direction: OrderDirection.ASC,
  };
  return listRecords(query, page, sort, updatedSince);
}

/** Statuses that count toward the targets: approved work, running or done. */
export const COUNTED_STUDY_STATUSES: readonly ResearchStudyStatus[] = [
  ResearchStudyStatus.APPROVED,
  ResearchStudyStatus.IN_PROGRESS,
  ResearchStudyStatus.COMPLETED,
];

/** Studies of these kinds running in some year of the window, approved and not cancelled or deleted (the progress port). */
export async function countStudies(manager: EntityManager, kinds: readonly string[], window: { fromYear: number; toYear: number }): Promise<number> {
  const [{ n }] = await manager.query(
    `SELECT count(*)::int AS n FROM research_study
      WHERE deleted_at IS NULL AND kind::text = ANY($1) AND status::text = ANY($2) AND start_year <= $4 AND end_year >= $3`,
    [kinds, COUNTED_STUDY_STATUSES, window.fromYear, window.toYear],
  );
  return n;
}
