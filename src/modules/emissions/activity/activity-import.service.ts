import { EntityManager, In } from 'typeorm';
import { emptySummary, ImportConflict, ImportSummary } from '../../../core/bulk/import-summary';
import { canonicalJson, canonicalize } from '../../../core/canonical-json';
import { actorOf } from '../../../core/auth/principal';
import { RequestContext } from '../../../core/context';
import { ForbiddenError } from '../../../core/errors/app-errors';
import { runWrite, writtenRecord } from '../../../core/writes/write-pipeline';
import { recordAuditMany } from '../../audit';
import { AdministrativeUnit, AdministrativeUnitKind } from '../../geography';
import { MAX_ACTIVITY_DATA_UNCERTAINTY_PCT, plausibilityWarnings, validateActivities } from '../engine';
import { resolveFactorSetCode } from '../factor-sets/factor-set.service';
import { UnitYear, UnitYearsMoved, lockInventoryInputs, lockedInputKey, recordWriteTransaction, unitYearKey } from '../inventory/inventory-locks';
import { ActivityFields } from './activity-data.types';
import { ActivityRecord, ActivitySource } from './activity-record.entity';
import { ActivityRecordInput, ImportActivityRecordsInput, ImportActivityRecordsPayload } from './activity-record.inputs';

/** Records are checked against the default IPCC set; an inventory with another set re-checks at calculation. */
const VALIDATION_FACTOR_SET = 'IPCC2019';
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2050;

interface PlannedRow {
  rowIndex: number;
  unit: AdministrativeUnit;
  fields: Omit<ActivityRecord, 'id' | 'createdAt' | 'updatedAt' | 'nodeId' | 'administrativeUnit' | 'version'>;
  existing: ActivityRecord | undefined;
}

const sameContent = (
  a: Pick<ActivityRecord, 'year' | 'season' | 'scenario' | 'source' | 'activity' | 'activityDataUncertaintyPct'> & { deletedAt?: Date | null },
  b: typeof a,
) =>
  !a.deletedAt &&
  !b.deletedAt &&
  a.year === b.year &&
  a.season === b.season &&
  a.scenario === b.scenario &&
  a.source === b.source &&
  (a.activityDataUncertaintyPct ?? null) === (b.activityDataUncertaintyPct ?? null) &&
  canonicalJson(a.activity) === canonicalJson(b.activity);

/**
 * Idempotent upsert by (unit, externalId). All or nothing: when any row is refused the summary lists
 * every refused row and nothing is written.
 */
export async function importActivityRecords(ctx: RequestContext, input: ImportActivityRecordsInput): Promise<ImportActivityRecordsPayload> {
  const { principal } = ctx;
  if (principal.kind === 'API_KEY' && principal.unitScope === 'ALL') {
    throw new ForbiddenError('A partner key must be bound to the communes it reports for', 'UNIT_BINDING_REQUIRED');
  }
  const codes = [...new Set(input.records.map((r) => r.administrativeUnitCode.trim()))];
  const units = await ctx.dataSource.getRepository(AdministrativeUnit).findBy({ code: In(codes) });
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const result = await runWrite(ctx, {
    operation: 'importActivityRecords',
    entityType: 'ActivityRecord',
    // Every row's unit, in row order: the first one out of the caller's scope refuses the import.
    unit: input.records.flatMap((record, i) => {
      const unit = unitByCode.get(record.administrativeUnitCode.trim());
      return unit ? [{ id: unit.id, name: unit.name, field: `input.records[${i}].administrativeUnitCode` }] : [];
    }),
    // Runs again when a concurrent import moved a record to another year's lock.
    transaction: (work) => recordWriteTransaction(ctx.dataSource, work),
    // The rows created or changed (unchanged rows are not written), for the record-change listeners.
    changed: (payload: ImportActivityRecordsPayload) => payload.records,
    write: async (manager) => {
      const { conflicts, rows } = await planRows(ctx, manager, input.records, unitByCode);
      const summary: ImportSummary = { ...emptySummary(input.dryRun), conflicts };
      for (const row of rows) {
        if (!row.existing) summary.created += 1;
        else if (sameContent(row.existing, row.fields)) summary.unchanged += 1;
        else summary.updated += 1;
      }
      if (conflicts.length > 0 || input.dryRun) return { summary, records: [] };
      return { summary, records: await writeRows(ctx, manager, rows) };
    },
  });
  return writtenRecord(result);
}

async function planRows(ctx: RequestContext, manager: EntityManager, records: ActivityRecordInput[], unitByCode: Map<string, AdministrativeUnit>) {
  const conflicts: ImportConflict[] = [];
  const refuse = (rowIndex: number, field: string, code: string, message: string) => conflicts.push({ rowIndex, field, code, message });

  const units = [...unitByCode.values()];
  const locked = await lockTouchedUnitYears(manager, records, unitByCode);
  const existing = await manager.getRepository(ActivityRecord).find({
    where: { administrativeUnitId: In(units.map((u) => u.id)), externalId: In(records.map((r) => r.externalId)) },
    lock: { mode: 'pessimistic_write' },
  });
  if (existing.some((r) => !locked.touched.has(unitYearKey({ unitId: r.administrativeUnitId, year: r.year })))) throw new UnitYearsMoved();
  const existingByKey = new Map(existing.map((r) => [`${r.administrativeUnitId}/${r.externalId}`, r]));
  const factorSet = await resolveFactorSetCode(manager, VALIDATION_FACTOR_SET, 'input.records');
  const seen = new Set<string>();
  const rows: PlannedRow[] = [];

  records.forEach((record, rowIndex) => {
    const before = conflicts.length;
    const unit = unitByCode.get(record.administrativeUnitCode.trim());
    if (!unit || unit.kind === AdministrativeUnitKind.PROVINCE) {
      refuse(rowIndex, 'administrativeUnitCode', 'UNKNOWN_UNIT', `No commune or ward has code ${record.administrativeUnitCode}`);
      return;
    }
    const key = `${unit.id}/${record.externalId}`;
    if (seen.has(key)) refuse(rowIndex, 'externalId', 'DUPLICATE_ROW', `externalId ${record.externalId} appears more than once for this unit`);
    seen.add(key);
    if (!Number.isInteger(record.year) || record.year < FIRST_YEAR || record.year > LAST_YEAR) {
      refuse(rowIndex, 'year', 'OUT_OF_RANGE', `year must be between ${FIRST_YEAR} and ${LAST_YEAR}`);
    } else if (locked.refused.has(lockedInputKey({ unitId: unit.id, year: record.year, scenario: record.scenario }))) {
      refuse(rowIndex, 'year', 'LOCKED', `The ${record.year} ${record.scenario} inventory of ${unit.name} is submitted or verified; its records are locked`);
    }
    for (const issue of validateActivities([record.activity], factorSet)) {
      refuse(rowIndex, `activity.${issue.path.replace(/^activities\[0\]\./, '')}`, issue.reason, issue.message);
    }
    const previous = existingByKey.get(key);
    if (previous && locked.refused.has(lockedInputKey({ unitId: unit.id, year: previous.year, scenario: previous.scenario }))) {
      refuse(rowIndex, 'year', 'LOCKED', `The record belongs to the locked ${previous.year} ${previous.scenario} inventory of ${unit.name}`);
    }
    const uncertaintyPct = record.activityDataUncertaintyPct ?? null;
    if (uncertaintyPct !== null && !(Number.isFinite(uncertaintyPct) && uncertaintyPct >= 0 && uncertaintyPct <= MAX_ACTIVITY_DATA_UNCERTAINTY_PCT)) {
      refuse(rowIndex, 'activityDataUncertaintyPct', 'OUT_OF_RANGE', `must be between 0 and ${MAX_ACTIVITY_DATA_UNCERTAINTY_PCT} %`);
    }
    if (conflicts.length > before) return;
    const activity = canonicalize(record.activity) as ActivityFields;
    rows.push({
      rowIndex,
      unit,
      existing: previous,
      fields: {
        administrativeUnitId: unit.id,
        externalId: record.externalId,
        year: record.year,
        season: record.season,
        scenario: record.scenario,
        source: record.source ?? (ctx.principal.kind === 'API_KEY' ? ActivitySource.PARTNER_API : ActivitySource.COMMUNE_SURVEY),
        cropCode: activity.cropCode,
        areaHa: activity.areaHa,
        activityDataUncertaintyPct: uncertaintyPct,
        activity,
        plausibilityWarnings: plausibilityWarnings(activity),
        recordedByType: actorOf(ctx.principal).actorType,
        recordedById: actorOf(ctx.principal).actorId,
        deletedAt: null,
      },
    });
  });
  return { conflicts, rows };
}

/**
 * Takes the lock of every unit-year the import may touch: each row's year, and the year its record
 * has now (a row may move a record to another year). Returns the keys locked and those refused.
 */
async function lockTouchedUnitYears(manager: EntityManager, records: ActivityRecordInput[], unitByCode: Map<string, AdministrativeUnit>) {
  const touched: UnitYear[] = [];
  for (const record of records) {
    const unit = unitByCode.get(record.administrativeUnitCode.trim());
    if (unit && Number.isInteger(record.year) && record.year >= FIRST_YEAR && record.year <= LAST_YEAR) touched.push({ unitId: unit.id, year: record.year });
  }
  // Read without locks only to choose the locks; the caller reads the records again under them.
  const current = await manager.getRepository(ActivityRecord).find({
    select: { administrativeUnitId: true, year: true },
    where: { administrativeUnitId: In([...unitByCode.values()].map((u) => u.id)), externalId: In(records.map((r) => r.externalId)) },
  });
  touched.push(...current.map((r) => ({ unitId: r.administrativeUnitId, year: r.year })));
  const refused = await lockInventoryInputs(manager, touched);
  return { touched: new Set(touched.map(unitYearKey)), refused };
}

async function writeRows(ctx: RequestContext, manager: EntityManager, rows: PlannedRow[]): Promise<ActivityRecord[]> {
  const repo = manager.getRepository(ActivityRecord);
  const changed = rows.filter((row) => !row.existing || !sameContent(row.existing, row.fields));
  const saved = await repo.save(
    changed.map((row) =>
      row.existing ? repo.merge(repo.create({ ...row.existing }), { ...row.fields, version: row.existing.version + 1 }) : repo.create(row.fields),
    ),
    { chunk: 200 },
  );
  await recordAuditMany(
    manager,
    ctx,
    saved.map((record, i) => ({
      action: 'importActivityRecords',
      entityType: 'ActivityRecord',
      entityId: record.id,
      before: changed[i].existing ? { ...changed[i].existing } : null,
      after: { ...record },
    })),
  );
  return saved;
}
