// Time-series consistency (IPCC 2006 Vol 1 Ch 5): every year of a series is computed with the same factor
// set and GWP set. When a set changes, the province recalculates earlier years from the records of their
// verified versions as new RECALCULATED versions (the verified version stays current and untouched), and
// the series reads, per commune and year, the verified version if it already uses the set, else the
// recalculation of exactly its records. Nothing is filled in: a commune-year without such a version is
// reported as missing, and inventories that disagree on a factor under the same set code are refused.
import { Between, EntityManager, In } from 'typeorm';
import { canonicalJson } from '../../../core/canonical-json';
import { RequestContext } from '../../../core/context';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { toGlobalId } from '../../../core/relay/global-id';
import { rejectWrite } from '../../../core/writes/record-writes';
import { runWrite } from '../../../core/writes/write-pipeline';
import { recordAudit } from '../../audit';
import { AdministrativeUnit, communesAndWards } from '../../geography';
import { calculateRecords } from '../activity/calculate-records';
import { Scenario } from '../activity/activity-record.entity';
import { factorUncertainties, summarize, type FactorUse, type GwpSetCode, type ResolvedFactorSet } from '../engine';
import { resolveFactorSetCode } from '../factor-sets/factor-set.service';
import { communeLinePartials } from '../provincial/provincial-uncertainty';
import { EmissionInventory } from './emission-inventory.entity';
import { writeInventoryVersion } from './inventory-calculation.service';
import { gatherInventoryInputs } from './inventory-inputs';
import { lockUnitYears } from './inventory-locks';
import { CURRENT_STATUSES, InventoryStatus } from './inventory-status';
import { roundKg } from './kg-column';
import {
  InventoryTimeSeries,
  MAX_SERIES_YEARS,
  RecalculateInventoryYearsInput,
  RecalculateInventoryYearsPayload,
  RecalculatedUnitYear,
  SeriesMissingCommune,
  TimeSeriesYear,
} from './time-series.types';

interface SeriesArgs {
  fromYear: number;
  toYear: number;
  factorSet: string;
  gwpSet: GwpSetCode;
}

function checkYears(args: SeriesArgs, prefix: string): number[] {
  if (args.toYear < args.fromYear) throw new BadUserInputError('toYear must not be before fromYear', `${prefix}toYear`, 'OUT_OF_RANGE');
  if (args.toYear - args.fromYear + 1 > MAX_SERIES_YEARS) {
    throw new BadUserInputError(`A series covers at most ${MAX_SERIES_YEARS} years`, `${prefix}toYear`, 'OUT_OF_RANGE');
  }
  return Array.from({ length: args.toYear - args.fromYear + 1 }, (_, i) => args.fromYear + i);
}

const sameRecords = (a: EmissionInventory, b: EmissionInventory) => canonicalJson(a.recordVersions) === canonicalJson(b.recordVersions);
const usesSet = (inv: EmissionInventory, code: string, gwpSet: string) => inv.factorSet === code && inv.gwpSet === gwpSet;

/** The current version and the recalculations of each unit-year of the range (one statement). */
async function versionsByUnitYear(manager: EntityManager, fromYear: number, toYear: number) {
  const rows = await manager.getRepository(EmissionInventory).find({
    // The series is of the inventory (ACTUAL); baselines are reductions' reference, not part of it.
    where: { year: Between(fromYear, toYear), scenario: Scenario.ACTUAL, status: In([...CURRENT_STATUSES, InventoryStatus.RECALCULATED]) },
    order: { version: 'DESC' },
  });
  const byKey = new Map<string, { current: EmissionInventory | null; recalculated: EmissionInventory[] }>();
  for (const inv of rows) {
    const key = `${inv.administrativeUnitId}/${inv.year}`;
    const entry = byKey.get(key) ?? byKey.set(key, { current: null, recalculated: [] }).get(key)!;
    if (inv.status === InventoryStatus.RECALCULATED) entry.recalculated.push(inv);
    else entry.current = inv;
  }
  return byKey;
}

/** The series' version of a unit-year: the verified one if it uses the set, else its recalculation with the set. */
function seriesVersion(
  entry: { current: EmissionInventory | null; recalculated: EmissionInventory[] } | undefined,
  set: ResolvedFactorSet,
  gwpSet: string,
): { inventory: EmissionInventory } | { reason: string } {
  if (!entry?.current) return { reason: 'NO_INVENTORY' };
  const current = entry.current;
  if (current.status !== InventoryStatus.VERIFIED) return { reason: 'NOT_VERIFIED' };
  if (usesSet(current, set.code, gwpSet)) return { inventory: current };
  const recalculated = entry.recalculated.find((r) => usesSet(r, set.code, gwpSet) && sameRecords(r, current));
  return recalculated ? { inventory: recalculated } : { reason: 'NO_VERSION_WITH_SET' };
}

/** Refuses a series whose inventories were computed with different factors under the same set code. */
function refuseMixedSets(inventories: EmissionInventory[], set: ResolvedFactorSet): void {
  const chain = set.chain.join(' over ');
  const values = new Map<string, { value: number; year: number }>();
  for (const inv of inventories) {
    if (inv.factorSetChain.join(' over ') !== chain) {
      throw new BadUserInputError(
        `The ${inv.year} inventory version ${inv.version} used ${set.code} as ${inv.factorSetChain.join(' over ')}, not ${chain}: a series never mixes factor sets; recalculate that year`,
        'factorSet',
        'MIXED_FACTOR_SETS',
      );
    }
    for (const f of inv.factorsUsed) {
      if (f.factorSet !== set.code && !set.chain.includes(f.factorSet)) continue; // GWP values: pinned by gwpSet
      const seen = values.get(f.key);
      if (seen && seen.value !== f.value) {
        throw new BadUserInputError(
          `Factor ${f.key} is ${seen.value} in ${seen.year} and ${f.value} in ${inv.year} under ${set.code}: a series never mixes factor sets; recalculate the older years`,
          'factorSet',
          'MIXED_FACTOR_SETS',
        );
      }
      values.set(f.key, { value: f.value, year: inv.year });
    }
  }
}

export async function inventoryTimeSeries(ctx: RequestContext, args: SeriesArgs): Promise<InventoryTimeSeries> {
  const years = checkYears(args, '');
  const manager = ctx.dataSource.manager;
  const set = await resolveFactorSetCode(manager, args.factorSet, 'factorSet');
  const units = await communesAndWards(manager);
  const versions = await versionsByUnitYear(manager, args.fromYear, args.toYear);
  const perYear = years.map((year) => {
    const used: { unit: AdministrativeUnit; inventory: EmissionInventory }[] = [];
    const missing: SeriesMissingCommune[] = [];
    for (const unit of units) {
      const found = seriesVersion(versions.get(`${unit.id}/${year}`), set, args.gwpSet);
      if ('inventory' in found) used.push({ unit, inventory: found.inventory });
      else missing.push({ administrativeUnitCode: unit.code, reason: found.reason });
    }
    return { year, used, missing };
  });
  const allUsed = perYear.flatMap((y) => y.used.map((u) => u.inventory));
  refuseMixedSets(allUsed, set);
  const partials = allUsed.length
    ? (
        await communeLinePartials(
          manager,
          allUsed.map((i) => i.id),
          'inventory_category_gas_kind',
        )
      ).groups
    : new Map();
  const factors = factorUncertainties(allUsed.flatMap((i): FactorUse[] => i.factorsUsed));
  return {
    factorSet: set.code,
    factorSetChain: set.chain,
    gwpSet: args.gwpSet,
    years: perYear.map(({ year, used, missing }): TimeSeriesYear => {
      const ids = new Set(used.map((u) => u.inventory.id));
      const groups = [...partials]
        .filter(([key]) => ids.has(key.split('|')[0]))
        .map(([key, g]) => {
          const [, category, gas, kind] = key.split('|');
          return { category, gas, kind, partial: g.partial, unassessed: g.unassessed, co2eKg: g.co2eKg };
        });
      const usedKeys = new Set(groups.flatMap((g) => [...g.partial.byFactor.keys()]));
      const uncertainty =
        used.length === 0
          ? null
          : summarize(groups, factors.byKey, {
              factorsWithoutRange: [...factors.withoutRange].filter((k) => usedKeys.has(k)),
              linesNotAssessed: groups.reduce((n, g) => n + g.unassessed, 0),
            });
      const byCategory = new Map<string, number>();
      for (const g of groups) if (g.kind !== 'INDIRECT') byCategory.set(g.category, (byCategory.get(g.category) ?? 0) + g.co2eKg);
      const sum = (pick: (i: EmissionInventory) => number) => roundKg(used.reduce((s, u) => s + Number(pick(u.inventory)), 0));
      return {
        year,
        complete: missing.length === 0,
        totalCo2eKg: sum((i) => i.totalCo2eKg),
        emissionsCo2eKg: sum((i) => i.emissionsCo2eKg),
        removalsCo2eKg: sum((i) => i.removalsCo2eKg),
        byCategory: [...byCategory.keys()].sort().map((category) => ({
          category,
          co2eKg: roundKg(byCategory.get(category)!),
          uncertaintyPct: uncertainty?.byCategory.find((c) => c.key === category)?.pct ?? null,
        })),
        uncertainty,
        inventories: used.map(({ unit, inventory }) => ({
          inventoryId: toGlobalId('EmissionInventory', inventory.id),
          administrativeUnitCode: unit.code,
          version: inventory.version,
          status: inventory.status,
        })),
        missing,
      };
    }),
  };
}

/**
 * Recalculates every verified commune inventory of the years with the set, from the records that version
 * counted, as a new RECALCULATED version. Idempotent: a unit-year that already has such a version with
 * the same inputs (records, factors, settings: the input hash) is left as it is.
 */
export async function recalculateInventoryYears(ctx: RequestContext, input: RecalculateInventoryYearsInput): Promise<RecalculateInventoryYearsPayload> {
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'recalculateInventoryYears',
    entityType: 'EmissionInventory',
    write: async (manager) => {
      const years = checkYears(input, 'input.');
      const set = await resolveFactorSetCode(manager, input.factorSet, 'input.factorSet');
      const units = await communesAndWards(manager);
      // Lock only the unit-years with a verified version (read once to choose them, again under the locks).
      const unlocked = await versionsByUnitYear(manager, input.fromYear, input.toYear);
      const verified = [...unlocked.values()].flatMap(({ current }) =>
        current?.status === InventoryStatus.VERIFIED ? [{ unitId: current.administrativeUnitId, year: current.year }] : [],
      );
      await lockUnitYears(manager, verified);
      const versions = await versionsByUnitYear(manager, input.fromYear, input.toYear);
      const outcomes: RecalculatedUnitYear[] = [];
      let created = 0;
      for (const year of years) {
        for (const unit of units) {
          const entry = versions.get(`${unit.id}/${year}`);
          if (!entry?.current) continue;
          const current = entry.current;
          const outcome = (name: string, inv: EmissionInventory | null) =>
            outcomes.push({
              administrativeUnitCode: unit.code,
              year,
              outcome: name,
              inventoryId: inv ? toGlobalId('EmissionInventory', inv.id) : null,
              version: inv?.version ?? null,
            });
          if (current.status !== InventoryStatus.VERIFIED) outcome('NOT_VERIFIED', null);
          else if (usesSet(current, set.code, input.gwpSet)) outcome('CURRENT', current);
          else {
            const inputs = await gatherInventoryInputs(manager, { ...current, factorSet: set.code, gwpSet: input.gwpSet });
            const existing = entry.recalculated.find((r) => r.inputHash === inputs.inputHash && sameRecords(r, current));
            if (existing) outcome('ALREADY_RECALCULATED', existing);
            else {
              const counted = canonicalJson(Object.fromEntries(inputs.records.map((r) => [r.id, r.version])));
              if (counted !== canonicalJson(current.recordVersions)) {
                rejectWrite('fromYear', 'STALE_INPUTS', `The records of ${unit.name} ${year} differ from those its verified version counted`);
              }
              const result = await calculateRecords(ctx, { ...inputs.settings, factorSet: inputs.factorSet }, inputs.records);
              const saved = await writeInventoryVersion(manager, ctx, {
                unitId: unit.id,
                year,
                scenario: Scenario.ACTUAL,
                status: InventoryStatus.RECALCULATED,
                inputs,
                result,
              });
              await recordAudit(manager, ctx, {
                action: 'recalculateInventoryYears',
                entityType: 'EmissionInventory',
                entityId: saved.id,
                before: { version: current.version, factorSet: current.factorSet, gwpSet: current.gwpSet, totalCo2eKg: current.totalCo2eKg },
                after: {
                  version: saved.version,
                  status: saved.status,
                  factorSet: saved.factorSet,
                  gwpSet: saved.gwpSet,
                  inputHash: saved.inputHash,
                  totalCo2eKg: saved.totalCo2eKg,
                },
              });
              created++;
              outcome('CREATED', saved);
            }
          }
        }
      }
      return { unitYears: outcomes, created, userErrors: [] };
    },
  });
  return record ?? { unitYears: [], created: 0, userErrors };
}
