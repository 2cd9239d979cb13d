import { EntityManager, In } from 'typeorm';
import { isAllowed } from '../../core/auth/access';
import { ReferenceRule, lockForWrite } from '../../core/auth/references';
import { RequestContext } from '../../core/context';
import { BadUserInputError } from '../../core/errors/app-errors';
import { distinctList, yearInPlan } from '../../core/input/input-checks';
import { decodeGlobalId } from '../../core/relay/global-id';
import { PageArgs } from '../../core/relay/pagination';
import { assertEditable } from '../../core/writes/record-writes';
import { runWrite } from '../../core/writes/write-pipeline';
import { recordAudit } from '../audit';
import { ActivityRecord, Scenario, calculateRecords, roundKg } from '../emissions';
import { OrderDirection, SyncedConnectionResult, listRecords } from '../../core/relay/synced-list';
import { CARBON_PROJECTS, CARBON_READERS, CARBON_TASK, assertLeadOfTask } from './carbon-access';
import { CarbonMonitoringPeriod } from './carbon-monitoring-period.entity';
import { EstimateCarbonMonitoringPeriodInput, VerifyCarbonMonitoringPeriodInput } from './carbon-monitoring.inputs';
import { decimalText, scaled } from './carbon-numbers';
import { CarbonProject } from './carbon-project.entity';
import { MonitoringPeriodStatus } from './carbon.enums';

const TYPE = 'CarbonMonitoringPeriod';
/** A factor set as the emissions module's loader resolves it. */
type ResolvedFactorSet = Awaited<ReturnType<RequestContext['loaders']['factorSetByCode']['load']>>;
const MAX_RECORDS = 1000;

/** Periods are province-level records (their project is). */
export const MONITORING_PERIODS: ReferenceRule<CarbonMonitoringPeriod> = {
  type: TYPE,
  entity: CarbonMonitoringPeriod,
  unitOf: () => null,
  canRead: (ctx) => isAllowed(CARBON_READERS, ctx.principal),
  deletedAt: (period) => period.deletedAt,
};

export interface MonitoringResult {
  record: CarbonMonitoringPeriod | null;
  userErrors: { field: string[]; code: string; message: string }[];
}

/** kg CO2e (a float from the engine) → t CO2e with 3 decimals as exact text: the kg rounded to whole kilograms. */
export function kgToTonnesText(kg: number): string {
  const grams = BigInt(Math.round(kg));
  const sign = grams < 0n ? '-' : '';
  const abs = grams < 0n ? -grams : grams;
  return `${sign}${abs / 1000n}.${(abs % 1000n).toString().padStart(3, '0')}`;
}

/** The project's live records of those years in its communes; only the listed ones when ids are given (each must qualify). */
async function projectRecords(manager: EntityManager, project: CarbonProject, input: EstimateCarbonMonitoringPeriodInput): Promise<ActivityRecord[]> {
  const query = manager
    .getRepository(ActivityRecord)
    .createQueryBuilder('r')
    .where('r.administrative_unit_id = ANY(:units)', { units: project.communeIds })
    .andWhere('r.year BETWEEN :from AND :to', { from: input.fromYear, to: input.toYear })
    .andWhere('r.deleted_at IS NULL')
    .orderBy('r.year')
    .addOrderBy('r.external_id');
  if (input.activityRecordIds == null) return query.getMany();
  const field = 'input.activityRecordIds';
  if (input.activityRecordIds.length > MAX_RECORDS) throw new BadUserInputError(`${field} takes at most ${MAX_RECORDS} records`, field, 'TOO_MANY');
  const ids = distinctList(input.activityRecordIds, field).map((id, i) => decodeGlobalId(id, 'ActivityRecord', `${field}[${i}]`));
  const found = ids.length === 0 ? [] : await query.andWhere({ id: In(ids) }).getMany();
  const foundIds = new Set(found.map((r) => r.id));
  const missing = ids.findIndex((id) => !foundIds.has(id));
  if (missing >= 0) {
    throw new BadUserInputError(`${field}[${missing}] is not a live record of the project's communes in those years`, `${field}[${missing}]`, 'NOT_IN_PROJECT');
  }
  return found;
}

export function estimateMonitoringPeriod(ctx: RequestContext, input: EstimateCarbonMonitoringPeriodInput): Promise<MonitoringResult> {
  return runWrite<CarbonMonitoringPeriod, ResolvedFactorSet>(ctx, {
    operation: 'estimateCarbonMonitoringPeriod',
    entityType: TYPE,
    input,
    replay: (manager, id) => manager.getRepository(CarbonMonitoringPeriod).findOneBy({ id }),
    // Everything read outside the transaction comes first: a query on another pooled connection while
    // holding the project's lock could wait forever for a connection held by a writer queued on that lock.
    prepare: async () => {
      await assertLeadOfTask(ctx, CARBON_TASK);
      yearInPlan(input.fromYear, 'input.fromYear');
      yearInPlan(input.toYear, 'input.toYear');
      if (input.toYear < input.fromYear) throw new BadUserInputError('input.toYear must not be before fromYear', 'input.toYear', 'END_BEFORE_START');
      return ctx.loaders.factorSetByCode.load(input.factorSet);
    },
    write: async (manager, factorSet) => {
      const project = await lockForWrite(ctx, manager, CARBON_PROJECTS, input.projectId, 'input.projectId');
      if (project.deletedAt) throw new BadUserInputError('The project was deleted', 'input.projectId', 'DELETED');
      const records = await projectRecords(manager, project, input);
      const baseline = records.filter((r) => r.scenario === Scenario.BASELINE);
      const actual = records.filter((r) => r.scenario === Scenario.ACTUAL);
      if (baseline.length === 0 || actual.length === 0) {
        throw new BadUserInputError(
          'An estimate needs BASELINE and ACTUAL records of the project’s communes in those years',
          'input.fromYear',
          'NO_ACTIVITY_DATA',
        );
      }
      const settings = { factorSet, gwpSet: input.gwpSet, climateZone: input.climateZone };
      const before = await calculateRecords(ctx, settings, baseline);
      const after = await calculateRecords(ctx, settings, actual);
      const repo = manager.getRepository(CarbonMonitoringPeriod);
      const saved = await repo.save(
        repo.create({
          projectId: project.id,
          fromYear: input.fromYear,
          toYear: input.toYear,
          activityRecordIds: records.map((r) => r.id),
          baselineRecords: baseline.length,
          actualRecords: actual.length,
          baselineCo2eKg: roundKg(before.totalCo2eKg),
          actualCo2eKg: roundKg(after.totalCo2eKg),
          estimatedTco2e: kgToTonnesText(before.totalCo2eKg - after.totalCo2eKg),
          factorSetCode: factorSet.code,
          gwpSet: input.gwpSet,
          climateZone: input.climateZone,
          method: after.method,
          status: MonitoringPeriodStatus.ESTIMATED,
          verifiedTco2e: null,
          verifiedAt: null,
        }),
      );
      await recordAudit(manager, ctx, { action: 'estimateCarbonMonitoringPeriod', entityType: TYPE, entityId: saved.id, before: null, after: { ...saved } });
      return saved;
    },
  });
}

/**
 * A province officer sets the verified quantity: never above the engine's estimate (a verifier may
 * deduct, but the records do not support more), never below zero; once verified the period is final.
 */
export function verifyMonitoringPeriod(ctx: RequestContext, input: VerifyCarbonMonitoringPeriodInput): Promise<MonitoringResult> {
  return runWrite<CarbonMonitoringPeriod>(ctx, {
    operation: 'verifyCarbonMonitoringPeriod',
    entityType: TYPE,
    input,
    replay: (manager, id) => manager.getRepository(CarbonMonitoringPeriod).findOneBy({ id }),
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, MONITORING_PERIODS, input.id);
      assertEditable(before, TYPE, input.expectedVersion);
      if (before.status === MonitoringPeriodStatus.VERIFIED) throw new BadUserInputError('The period is verified already', 'input.id', 'ALREADY_VERIFIED');
      const verified = decimalText(input.verifiedTco2e, 'input.verifiedTco2e', 14, 3);
      if (scaled(verified, 3) > scaled(before.estimatedTco2e, 3)) {
        throw new BadUserInputError(`input.verifiedTco2e exceeds the estimate of ${before.estimatedTco2e} t`, 'input.verifiedTco2e', 'ABOVE_ESTIMATE');
      }
      const repo = manager.getRepository(CarbonMonitoringPeriod);
      const saved = await repo.save(
        repo.merge(repo.create({ ...before }), { status: MonitoringPeriodStatus.VERIFIED, verifiedTco2e: verified, verifiedAt: new Date() }),
      );
      await recordAudit(manager, ctx, {
        action: 'verifyCarbonMonitoringPeriod',
        entityType: TYPE,
        entityId: before.id,
        before: { ...before },
        after: { ...saved },
      });
      return saved;
    },
  });
}

export function listMonitoringPeriods(
  ctx: RequestContext,
  page: PageArgs,
  projectId: string | null | undefined,
  updatedSince: Date | null | undefined,
): Promise<SyncedConnectionResult<CarbonMonitoringPeriod>> {
  const query = ctx.dataSource.getRepository(CarbonMonitoringPeriod).createQueryBuilder('p');
  if (projectId) query.andWhere('p.project_id = :projectId', { projectId: decodeGlobalId(projectId, 'CarbonProject', 'filter.projectId') });
  const sort = {
    name: 'CREATED_AT',
    column: 'p.created_at',
    kind: 'timestamp' as const,
    value: (p: CarbonMonitoringPeriod) => p.createdAt.toISOString(),
    direction: OrderDirection.ASC,
  };
  return listRecords(query, page, sort, updatedSince);
}
