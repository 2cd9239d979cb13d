import { DataSource, EntityManager } from 'typeorm';
import { RequestContext } from '../../../core/context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../core/errors/app-errors';
import { UserError, userError } from '../../../core/errors/user-error';
import { ConnectionResult } from '../../../core/relay/connection';
import { decodeGlobalId } from '../../../core/relay/global-id';
import { PageArgs, paginate } from '../../../core/relay/pagination';
import { optionalText, yearInPlan } from '../../../core/input/input-checks';
import { WriteRejected } from '../../../core/writes/record-writes';
import { runWrite } from '../../../core/writes/write-pipeline';
import { recordAudit } from '../../audit';
import { AdministrativeUnit, AdministrativeUnitKind } from '../../geography';
import { Task } from '../../plan';
import { unitByCode } from '../../field-records';
import { BudgetLineOwner, assertMayWriteBudgetLine } from './budget-access';
import { BudgetLine, FundingSource } from './budget-line.entity';
import { BudgetLineFilter, BudgetTotalsFilter, CreateBudgetLineInput, DeleteBudgetLineInput, UpdateBudgetLineInput } from './budget-line.inputs';
import { BudgetAmounts, BudgetTotal } from './budget-totals.types';

export interface BudgetLineResult {
  budgetLine: BudgetLine | null;
  userErrors: UserError[];
}

export interface DeleteBudgetLineResult extends BudgetLineResult {
  deletedBudgetLineId: string | null;
}

type Db = DataSource | EntityManager;
const TYPE = 'BudgetLine';

/** A whole, non-negative number of đồng that a JavaScript number (and so a GraphQL Float) holds exactly. */
function vnd(value: number, field: string): number {
  if (!Number.isFinite(value) || !Number.isInteger(value)) throw new BadUserInputError(`${field} must be a whole number of đồng`, field, 'NOT_WHOLE');
  if (value < 0) throw new BadUserInputError(`${field} must not be negative`, field, 'NEGATIVE');
  if (!Number.isSafeInteger(value)) throw new BadUserInputError(`${field} must be at most ${Number.MAX_SAFE_INTEGER}`, field, 'TOO_LARGE');
  return value;
}

function disbursedWithinApproved(amounts: { approvedVnd: number; disbursedVnd: number }): void {
  if (amounts.disbursedVnd > amounts.approvedVnd) {
    throw new BadUserInputError(
      `disbursedVnd (${amounts.disbursedVnd}) must not exceed approvedVnd (${amounts.approvedVnd})`,
      'input.disbursedVnd',
      'EXCEEDS_APPROVED',
    );
  }
}

async function taskByCode(db: Db, code: string, field: string): Promise<Task> {
  const task = await db.getRepository(Task).findOneBy({ code: code.trim().toUpperCase() });
  if (!task) throw new BadUserInputError(`No plan task has code ${code}`, field, 'UNKNOWN_TASK');
  return task;
}

/** A commune or ward; the province (or no code) means the provincial budget, stored as null. */
async function lineUnit(db: Db, code: string | null | undefined, field: string): Promise<AdministrativeUnit | null> {
  if (!code?.trim()) return null;
  const unit = await unitByCode(db, code, field);
  return unit.kind === AdministrativeUnitKind.PROVINCE ? null : unit;
}

async function ownerOf(db: Db, line: Pick<BudgetLine, 'taskId' | 'administrativeUnitId'>): Promise<BudgetLineOwner> {
  const task = await db.getRepository(Task).findOneByOrFail({ id: line.taskId });
  const unit = line.administrativeUnitId ? await db.getRepository(AdministrativeUnit).findOneBy({ id: line.administrativeUnitId }) : null;
  return { taskId: task.id, taskCode: task.code, administrativeUnitId: line.administrativeUnitId, unitLabel: unit?.name ?? 'the province' };
}

/** Locks the line for the change, then checks who asks and which version they edited. */
async function lockForChange(ctx: RequestContext, manager: EntityManager, id: string, expectedVersion: number): Promise<BudgetLine> {
  const line = await manager.getRepository(BudgetLine).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!line) throw new NotFoundError(TYPE, id);
  await assertMayWriteBudgetLine(ctx, manager, await ownerOf(manager, line), { task: 'input.id', unit: 'input.id' });
  if (line.version !== expectedVersion) {
    throw new ConflictError(
      `This budget line is at version ${line.version}, not ${expectedVersion}: someone changed it; reload it and apply your change again`,
      'STALE_VERSION',
      { currentVersion: line.version },
    );
  }
  return line;
}

export async function createBudgetLine(ctx: RequestContext, input: CreateBudgetLineInput): Promise<BudgetLineResult> {
  const task = await taskByCode(ctx.dataSource, input.taskCode, 'input.taskCode');
  const unit = await lineUnit(ctx.dataSource, input.administrativeUnitCode, 'input.administrativeUnitCode');
  const fields = {
    taskId: task.id,
    year: yearInPlan(input.year, 'input.year'),
    fundingSource: input.fundingSource,
    administrativeUnitId: unit?.id ?? null,
    proposedVnd: vnd(input.proposedVnd, 'input.proposedVnd'),
    approvedVnd: vnd(input.approvedVnd ?? 0, 'input.approvedVnd'),
    disbursedVnd: vnd(input.disbursedVnd ?? 0, 'input.disbursedVnd'),
    note: optionalText(input.note, 'input.note', 2000),
  };
  disbursedWithinApproved(fields);
  const owner = { taskId: task.id, taskCode: task.code, administrativeUnitId: fields.administrativeUnitId, unitLabel: unit?.name ?? 'the province' };
  const taken = userError(
    'fundingSource',
    'TAKEN',
    `Task ${task.code} already has a ${fields.fundingSource} line for ${fields.year} (${owner.unitLabel}); update that line instead`,
  );
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'createBudgetLine',
    entityType: TYPE,
    // A concurrent create of the same line loses on the unique index.
    uniqueIndexes: { UQ_budget_line_provincial: taken, UQ_budget_line_unit: taken },
    write: async (manager) => {
      await assertMayWriteBudgetLine(ctx, manager, owner, { task: 'input.taskCode', unit: 'input.administrativeUnitCode' });
      const lines = manager.getRepository(BudgetLine);
      if (await lineExists(manager, fields)) throw new WriteRejected([taken]);
      const saved = await lines.save(lines.create(fields));
      await recordAudit(manager, ctx, { action: 'createBudgetLine', entityType: TYPE, entityId: saved.id, before: null, after: { ...saved } });
      return saved;
    },
  });
  return { budgetLine: record, userErrors };
}

/** The line with this task, year, source and unit (null = provincial counts as one unit). */
function lineExists(manager: EntityManager, key: Pick<BudgetLine, 'taskId' | 'year' | 'fundingSource' | 'administrativeUnitId'>): Promise<boolean> {
  return manager
    .getRepository(BudgetLine)
    .createQueryBuilder('b')
    .where('b.task_id = :taskId AND b.year = :year AND b.funding_source = :fundingSource', key)
    .andWhere('b.administrative_unit_id IS NOT DISTINCT FROM CAST(:administrativeUnitId AS uuid)', key)
    .getExists();
}

export async function updateBudgetLine(ctx: RequestContext, input: UpdateBudgetLineInput): Promise<BudgetLineResult> {
  const id = decodeGlobalId(input.id, TYPE, 'input.id');
  const changes: Partial<BudgetLine> = {};
  if (input.proposedVnd != null) changes.proposedVnd = vnd(input.proposedVnd, 'input.proposedVnd');
  if (input.approvedVnd != null) changes.approvedVnd = vnd(input.approvedVnd, 'input.approvedVnd');
  if (input.disbursedVnd != null) changes.disbursedVnd = vnd(input.disbursedVnd, 'input.disbursedVnd');
  if (input.note !== undefined) changes.note = optionalText(input.note, 'input.note', 2000);
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'updateBudgetLine',
    entityType: TYPE,
    write: async (manager) => {
      const before = await lockForChange(ctx, manager, id, input.expectedVersion);
      const lines = manager.getRepository(BudgetLine);
      const merged = lines.merge(lines.create({ ...before }), changes);
      disbursedWithinApproved(merged);
      const saved = await lines.save(merged);
      await recordAudit(manager, ctx, { action: 'updateBudgetLine', entityType: TYPE, entityId: id, before: { ...before }, after: { ...saved } });
      return saved;
    },
  });
  return { budgetLine: record, userErrors };
}

/** Deletes for good (budget lines are not synced to devices); returns the line as it was. */
export async function deleteBudgetLine(ctx: RequestContext, input: DeleteBudgetLineInput): Promise<DeleteBudgetLineResult> {
  const id = decodeGlobalId(input.id, TYPE, 'input.id');
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'deleteBudgetLine',
    entityType: TYPE,
    write: async (manager) => {
      const before = await lockForChange(ctx, manager, id, input.expectedVersion);
      await manager.getRepository(BudgetLine).delete({ id });
      await recordAudit(manager, ctx, { action: 'deleteBudgetLine', entityType: TYPE, entityId: id, before: { ...before }, after: null });
      return before;
    },
  });
  return { budgetLine: record, deletedBudgetLineId: record?.nodeId ?? null, userErrors };
}

export async function listBudgetLines(ctx: RequestContext, page: PageArgs, filter: BudgetLineFilter | null | undefined): Promise<ConnectionResult<BudgetLine>> {
  const query = ctx.dataSource.getRepository(BudgetLine).createQueryBuilder('b');
  if (filter?.taskCode) query.andWhere('b.task_id IN (SELECT id FROM task WHERE code = :taskCode)', { taskCode: filter.taskCode.trim().toUpperCase() });
  if (filter?.year != null) query.andWhere('b.year = :year', { year: yearInPlan(filter.year, 'filter.year') });
  if (filter?.fundingSource) query.andWhere('b.funding_source = :source', { source: filter.fundingSource });
  if (filter?.administrativeUnitCode) {
    const unit = await unitByCode(ctx.dataSource, filter.administrativeUnitCode, 'filter.administrativeUnitCode');
    if (unit.kind === AdministrativeUnitKind.PROVINCE) query.andWhere('b.administrative_unit_id IS NULL');
    else query.andWhere('b.administrative_unit_id = :unitId', { unitId: unit.id });
  }
  // The id is unique and never changes: a stable (if arbitrary) order for cursors.
  return paginate(query, page, 'b.id', (line) => line.id);
}

interface SumRow {
  task_id: string;
  year: number;
  funding_source: FundingSource;
  proposed: string;
  approved: string;
  disbursed: string;
  lines: number;
}

/** Totals per task and year (and per source inside each), in plan order then year. */
export async function budgetTotals(ctx: RequestContext, filter: BudgetTotalsFilter | null | undefined): Promise<BudgetTotal[]> {
  const year = filter?.year != null ? yearInPlan(filter.year, 'filter.year') : null;
  const taskCode = filter?.taskCode?.trim().toUpperCase() || null;
  const rows = await ctx.dataSource.query<SumRow[]>(
    `SELECT b.task_id, b.year, b.funding_source, sum(b.proposed_vnd) AS proposed, sum(b.approved_vnd) AS approved,
            sum(b.disbursed_vnd) AS disbursed, count(*)::int AS lines
       FROM budget_line b JOIN task t ON t.id = b.task_id
      WHERE ($1::int IS NULL OR b.year = $1) AND ($2::text IS NULL OR t.code = $2)
      GROUP BY b.task_id, t.ordinal, b.year, b.funding_source
      ORDER BY t.ordinal, b.year, b.funding_source`,
    [year, taskCode],
  );
  const totals = new Map<string, BudgetTotal>();
  for (const row of rows) {
    const key = `${row.task_id}|${row.year}`;
    let total = totals.get(key);
    if (!total) {
      total = Object.assign(new BudgetTotal(), {
        taskId: row.task_id,
        year: row.year,
        proposedVnd: 0,
        approvedVnd: 0,
        disbursedVnd: 0,
        lineCount: 0,
        bySource: [],
      });
      totals.set(key, total);
    }
    const source = {
      fundingSource: row.funding_source,
      proposedVnd: Number(row.proposed),
      approvedVnd: Number(row.approved),
      disbursedVnd: Number(row.disbursed),
      lineCount: row.lines,
    };
    total.bySource.push(source);
    total.proposedVnd += source.proposedVnd;
    total.approvedVnd += source.approvedVnd;
    total.disbursedVnd += source.disbursedVnd;
    total.lineCount += source.lineCount;
  }
  return [...totals.values()];
}

/** For the plan progress view: every line of each task summed, for one year or (null) all years. Keyed by task id. */
export async function budgetTotalsByTask(manager: EntityManager, year: number | null): Promise<Map<string, BudgetAmounts>> {
  const rows = await manager.query<Pick<SumRow, 'task_id' | 'proposed' | 'approved' | 'disbursed'>[]>(
    `SELECT task_id, sum(proposed_vnd) AS proposed, sum(approved_vnd) AS approved, sum(disbursed_vnd) AS disbursed
       FROM budget_line WHERE ($1::int IS NULL OR year = $1) GROUP BY task_id`,
    [year],
  );
  return new Map(rows.map((row) => [row.task_id, { proposed: Number(row.proposed), approved: Number(row.approved), disbursed: Number(row.disbursed) }]));
}
