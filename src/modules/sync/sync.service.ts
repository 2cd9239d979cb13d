import { RequestContext } from '../../core/context';
import { ConnectionResult } from '../../core/relay/connection';
import { decodeGlobalId } from '../../core/relay/global-id';
import { PageArgs, paginate } from '../../core/relay/pagination';
import { SyncFailureKind, SyncJob } from './sync-job.entity';
import { INVENTORY_NODE_TYPE, SyncJobFilter, SyncTarget, SyncTargetHealth } from './sync.types';

interface HealthRow {
  target: string;
  adapter: string;
  pending: number;
  failed: number;
  delivered: number;
  last_delivered_at: Date | null;
  last_failure_at: Date | null;
  last_error: string | null;
  last_failure_kind: SyncFailureKind | null;
}

const EMPTY_HEALTH: SyncTargetHealth = {
  lastDeliveredAt: null,
  lastFailureAt: null,
  lastError: null,
  lastFailureKind: null,
  pendingJobs: 0,
  failedJobs: 0,
  deliveredJobs: 0,
};

/** Each configured target with its health, then any target that still has jobs but left the configuration. */
export async function listSyncTargets(ctx: RequestContext): Promise<SyncTarget[]> {
  const rows = await ctx.dataSource.query<HealthRow[]>(`
    SELECT target,
      (array_agg(adapter ORDER BY sequence DESC))[1] AS adapter,
      count(*) FILTER (WHERE status IN ('PENDING', 'DELIVERING'))::int AS pending,
      count(*) FILTER (WHERE status::text LIKE 'FAILED\\_%')::int AS failed,
      count(*) FILTER (WHERE status = 'DELIVERED')::int AS delivered,
      max(delivered_at) AS last_delivered_at,
      max(last_failure_at) AS last_failure_at,
      (array_agg(last_error ORDER BY last_failure_at DESC NULLS LAST))[1] AS last_error,
      (array_agg(last_failure_kind ORDER BY last_failure_at DESC NULLS LAST))[1] AS last_failure_kind
    FROM sync_job GROUP BY target`);
  const byTarget = new Map(rows.map((row) => [row.target, row]));
  const health = (row: HealthRow | undefined): SyncTargetHealth =>
    row
      ? {
          lastDeliveredAt: row.last_delivered_at,
          lastFailureAt: row.last_failure_at,
          lastError: row.last_error,
          lastFailureKind: row.last_failure_kind,
          pendingJobs: row.pending,
          failedJobs: row.failed,
          deliveredJobs: row.delivered,
        }
      : EMPTY_HEALTH;
  const { targets } = ctx.runtime.sync;
  const configured = targets.map((t) => ({
    name: t.name,
    adapter: t.adapterName,
    description: t.adapter.description,
    configured: true,
    health: health(byTarget.get(t.name)),
  }));
  const gone = rows
    .filter((row) => !targets.some((t) => t.name === row.target))
    .map((row) => ({ name: row.target, adapter: row.adapter, description: 'not configured', configured: false, health: health(row) }));
  return [...configured, ...gone];
}

/** Newest first. */
export function listSyncJobs(ctx: RequestContext, page: PageArgs, filter: SyncJobFilter | null | undefined): Promise<ConnectionResult<SyncJob>> {
  const query = ctx.dataSource.getRepository(SyncJob).createQueryBuilder('job');
  if (filter?.status?.length) query.andWhere('job.status IN (:...statuses)', { statuses: filter.status });
  if (filter?.target) query.andWhere('job.target = :target', { target: filter.target });
  if (filter?.inventoryId) {
    query.andWhere('job.inventory_id = :inventoryId', { inventoryId: decodeGlobalId(filter.inventoryId, INVENTORY_NODE_TYPE, 'filter.inventoryId') });
  }
  if (filter?.inventoryVersion != null) query.andWhere('job.inventory_version = :version', { version: filter.inventoryVersion });
  return paginate(query, page, 'job.sequence', (job) => Number(job.sequence), 'DESC');
}
