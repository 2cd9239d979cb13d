import { EntityManager } from 'typeorm';
import { lockForWrite } from '../../core/auth/references';
import { RequestContext } from '../../core/context';
import { BadUserInputError } from '../../core/errors/app-errors';
import { pastPlanDate } from '../../core/input/input-checks';
import { decodeGlobalId } from '../../core/relay/global-id';
import { PageArgs } from '../../core/relay/pagination';
import { publishRecordChanges } from '../../core/writes/record-changes';
import { runWrite } from '../../core/writes/write-pipeline';
import { recordAudit } from '../audit';
import { OrderDirection, SyncedConnectionResult, listRecords } from '../../core/relay/synced-list';
import { CARBON_PROJECTS, CARBON_TASK, assertLeadOfTask } from './carbon-access';
import { CreditIssuanceFilter, RecordCreditIssuanceInput } from './carbon-monitoring.inputs';
import { SerialParts, serialRange } from './carbon-numbers';
import { CarbonProject } from './carbon-project.entity';
import { CarbonProjectStatus } from './carbon.enums';
import { CreditIssuance } from './credit-issuance.entity';

const TYPE = 'CreditIssuance';

interface IssuancePlan {
  first: SerialParts;
  last: SerialParts;
  registryCode: string;
  issuedOn: string;
}
const REGISTRY = /^[A-Z0-9][A-Z0-9_.-]{1,99}$/;

function registry(value: string, field: string): string {
  const code = value.trim().toUpperCase();
  if (!REGISTRY.test(code)) throw new BadUserInputError(`${field} must be a registry code (2-100 letters, digits, _ . -)`, field, 'INVALID_REGISTRY');
  return code;
}

/**
 * What the project may still issue, in SQL numeric (exact): the verified quantities of its periods
 * less the buffer, rounded down to whole credits, less what it issued already.
 */
async function issuable(manager: EntityManager, project: CarbonProject): Promise<{ verified: string; bound: string; issued: string }> {
  const [row] = await manager.query(
    `SELECT v.verified::text AS verified, floor(v.verified * (100 - $2::numeric) / 100)::text AS bound, i.issued::text AS issued
       FROM (SELECT COALESCE(sum(verified_tco2e), 0) AS verified FROM carbon_monitoring_period
              WHERE project_id = $1 AND status = 'VERIFIED' AND deleted_at IS NULL) v,
            (SELECT COALESCE(sum(quantity), 0) AS issued FROM credit_issuance WHERE project_id = $1 AND deleted_at IS NULL) i`,
    [project.id, project.bufferPercent],
  );
  return row;
}

/** A VERIFIED project whose credits the registry issued is ISSUED: the one forward step, audited, its version bumped. */
async function markIssued(ctx: RequestContext, manager: EntityManager, project: CarbonProject): Promise<void> {
  if (project.status !== CarbonProjectStatus.VERIFIED) return;
  const before = { ...project };
  const after = await manager.getRepository(CarbonProject).save({ ...project, status: CarbonProjectStatus.ISSUED });
  await recordAudit(manager, ctx, { action: 'recordCreditIssuance', entityType: 'CarbonProject', entityId: project.id, before, after: { ...after } });
  // The project changed too: partners following carbon records see its new status and version.
  await publishRecordChanges(manager, ctx, { operation: 'recordCreditIssuance', entityType: 'CarbonProject', records: [after] });
}

/**
 * Records credits a registry issued. The project's row is locked first, so concurrent issuances for
 * one project queue and each sees the others' quantities; a registry-wide advisory lock does the same
 * for serial ranges, which never overlap within a registry (same prefix and suffix).
 */
export function recordCreditIssuance(ctx: RequestContext, input: RecordCreditIssuanceInput) {
  return runWrite<CreditIssuance, IssuancePlan>(ctx, {
    operation: 'recordCreditIssuance',
    entityType: TYPE,
    input,
    replay: (manager, id) => manager.getRepository(CreditIssuance).findOneBy({ id }),
    // Checks that read outside the transaction run before it (see estimateMonitoringPeriod).
    prepare: async () => {
      await assertLeadOfTask(ctx, CARBON_TASK);
      if (!Number.isInteger(input.vintage) || input.vintage < 2000 || input.vintage > 2100) {
        throw new BadUserInputError('input.vintage must be a year from 2000 to 2100', 'input.vintage', 'OUT_OF_RANGE');
      }
      return {
        ...serialRange(input.serialStart, input.serialEnd, input.quantity),
        registryCode: registry(input.registry, 'input.registry'),
        issuedOn: pastPlanDate(input.issuedOn, 'input.issuedOn'),
      };
    },
    write: async (manager, { first, last, registryCode, issuedOn }) => {
      const project = await lockForWrite(ctx, manager, CARBON_PROJECTS, input.projectId, 'input.projectId');
      if (project.deletedAt) throw new BadUserInputError('The project was deleted', 'input.projectId', 'DELETED');

      const { verified, bound, issued } = await issuable(manager, project);
      if (BigInt(issued) + BigInt(input.quantity) > BigInt(bound)) {
        throw new BadUserInputError(
          `Only ${BigInt(bound) - BigInt(issued)} more credits may be issued: ${verified} t verified less a ${project.bufferPercent}% buffer is ${bound}, and ${issued} are issued`,
          'input.quantity',
          'EXCEEDS_VERIFIED',
          { verifiedTco2e: verified, issuable: bound, issued },
        );
      }

      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`credit-serial:${registryCode}`]);
      const [overlap] = await manager.query(
        `SELECT serial_start, serial_end FROM credit_issuance
          WHERE registry = $1 AND serial_prefix = $2 AND serial_suffix = $3 AND deleted_at IS NULL
            AND int8range(serial_from, serial_to, '[]') && int8range($4::bigint, $5::bigint, '[]') LIMIT 1`,
        [registryCode, first.prefix, first.suffix, first.block.toString(), last.block.toString()],
      );
      if (overlap) {
        throw new BadUserInputError(
          `The serial range overlaps ${overlap.serial_start}–${overlap.serial_end} in ${registryCode}`,
          'input.serialStart',
          'SERIAL_OVERLAP',
        );
      }

      const repo = manager.getRepository(CreditIssuance);
      const saved = await repo.save(
        repo.create({
          projectId: project.id,
          vintage: input.vintage,
          quantity: input.quantity,
          registry: registryCode,
          serialStart: input.serialStart.trim(),
          serialEnd: input.serialEnd.trim(),
          serialPrefix: first.prefix,
          serialSuffix: first.suffix,
          serialFrom: first.block.toString(),
          serialTo: last.block.toString(),
          issuedOn,
        }),
      );
      await recordAudit(manager, ctx, { action: 'recordCreditIssuance', entityType: TYPE, entityId: saved.id, before: null, after: { ...saved } });
      await markIssued(ctx, manager, project);
      return saved;
    },
  });
}

export async function listCreditIssuances(
  ctx: RequestContext,
  page: PageArgs,
  filter: CreditIssuanceFilter | null | undefined,
  updatedSince: Date | null | undefined,
): Promise<SyncedConnectionResult<CreditIssuance>> {
  const query = ctx.dataSource.getRepository(CreditIssuance).createQueryBuilder('i');
  if (filter?.projectId) query.andWhere('i.project_id = :projectId', { projectId: decodeGlobalId(filter.projectId, 'CarbonProject', 'filter.projectId') });
  if (filter?.registry) query.andWhere('i.registry = :registry', { registry: registry(filter.registry, 'filter.registry') });
  if (filter?.vintage != null) query.andWhere('i.vintage = :vintage', { vintage: filter.vintage });
  if (filter?.issuedYear != null) query.andWhere('EXTRACT(YEAR FROM i.issued_on) = :year', { year: filter.issuedYear });
  const sort = {
    name: 'CREATED_AT',
    column: 'i.created_at',
    kind: 'timestamp' as const,
    value: (i: CreditIssuance) => i.createdAt.toISOString(),
    direction: OrderDirection.ASC,
  };
  return listRecords(query, page, sort, updatedSince);
}
