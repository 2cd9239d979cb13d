import { RequestContext } from '../../../core/context';
import { draftReadableUnits } from '../../../core/auth/unit-scope';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { AdministrativeUnit } from '../../geography';
import { ActivityRecord } from '../activity/activity-record.entity';
import { roundKg } from '../inventory/kg-column';
import { CURRENT_STATUSES } from '../inventory/inventory-status';
import { onlyReadableRecords } from '../activity/activity-record.service';
import { calculateRecords } from '../activity/calculate-records';
import { factorUncertainties, type CalculationResult } from '../engine';
import { resolveFactorSetCode } from '../factor-sets/factor-set.service';
import { reductionFigures, type CommuneInfo, type ReductionLine } from './reduction-figures';
import { CropIntensity, EmissionReduction, EmissionReductionInput } from './reduction.types';
import { currentInventoriesByScenario, pairUnits, REDUCTION_UNCERTAINTY, verifiedReductionFigures, type ReductionUnit } from './verified-reductions';

const unverifiedBasis = (factorSet: string, gwpSet: string) =>
  `Not verified: the unit-years listed in units (with the reason) have no verified BASELINE and ACTUAL inventories with factor set ${factorSet} and GWP-100 ${gwpSet}; their reductions are computed now from their BASELINE and ACTUAL activity records with those sets and are never added to the verified figures. Uncertainty: ${REDUCTION_UNCERTAINTY}.`;

/** The readable units with records or a current inventory of the year (one unit when a code is given). */
async function unitsInScope(ctx: RequestContext, input: EmissionReductionInput, records: ActivityRecord[]): Promise<ReductionUnit[]> {
  const query = ctx.dataSource
    .getRepository(AdministrativeUnit)
    .createQueryBuilder('unit')
    .where('unit.id IN (SELECT administrative_unit_id FROM emission_inventory WHERE year = :year AND status IN (:...current))', {
      year: input.year,
      current: CURRENT_STATUSES,
    });
  const readable = draftReadableUnits(ctx.principal);
  if (readable !== 'ALL') query.andWhere('unit.id = ANY(:readable)', { readable });
  if (input.administrativeUnitCode) query.andWhere('unit.code = :code', { code: input.administrativeUnitCode.trim() });
  const units = new Map<string, ReductionUnit>();
  for (const unit of [...records.map((r) => r.administrativeUnit!), ...(await query.getMany())])
    units.set(unit.id, { id: unit.id, code: unit.code, name: unit.name });
  return [...units.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * Verified reductions (verified BASELINE − verified ACTUAL inventory per unit and year, same sets) and,
 * apart, the other unit-years computed now from their records, for the units the caller may read.
 */
export async function emissionReduction(ctx: RequestContext, input: EmissionReductionInput): Promise<EmissionReduction> {
  const manager = ctx.dataSource.manager;
  const factorSet = await resolveFactorSetCode(manager, input.factorSet, 'input.factorSet');
  const query = manager
    .getRepository(ActivityRecord)
    .createQueryBuilder('r')
    .innerJoinAndSelect('r.administrativeUnit', 'unit')
    .where('r.year = :year', { year: input.year })
    .andWhere('r.deleted_at IS NULL')
    .orderBy('unit.code')
    .addOrderBy('r.external_id');
  onlyReadableRecords(ctx, query);
  if (input.administrativeUnitCode) query.andWhere('unit.code = :code', { code: input.administrativeUnitCode.trim() });
  const records = await query.getMany();
  const units = await unitsInScope(ctx, input, records);
  if (units.length === 0) throw new BadUserInputError(`No activity records or inventories you may read for ${input.year}`, 'input.year', 'NO_ACTIVITY_DATA');

  const inventories = await currentInventoriesByScenario(
    manager,
    units.map((u) => u.id),
    input.year,
  );
  const { pairs, unverified } = pairUnits(units, inventories, factorSet.code, input.gwpSet);
  const verified = await verifiedReductionFigures(manager, pairs, factorSet.code, input.gwpSet);

  const result: CalculationResult | null = records.length
    ? await calculateRecords(ctx, { factorSet, gwpSet: input.gwpSet, climateZone: input.climateZone, region: input.region, year: input.year }, records)
    : null;
  const unverifiedCodes = new Set(unverified.map((u) => u.administrativeUnitCode));
  const lines: ReductionLine[] = (result?.lines ?? []).flatMap((line) => {
    const record = records[line.activityIndex];
    if (line.kind === 'INDIRECT' || !unverifiedCodes.has(record.administrativeUnit!.code)) return [];
    return [
      {
        side: record.scenario,
        unitCode: record.administrativeUnit!.code,
        cropCode: record.cropCode,
        category: line.category,
        co2eKg: line.co2eKg,
        factorKeys: line.uncertainty.factorKeys,
        activityDataPct: line.uncertainty.activityDataPct,
      },
    ];
  });
  const communes = new Map<string, CommuneInfo>(
    unverified.map((u) => [u.administrativeUnitCode, { name: u.name, baselineInventoryVersion: null, actualInventoryVersion: null }]),
  );
  const unverifiedFigures = reductionFigures(
    unverifiedBasis(factorSet.code, input.gwpSet),
    lines,
    factorUncertainties(result?.factorsUsed ?? []).byKey,
    communes,
  );
  return {
    year: input.year,
    factorSet: factorSet.code,
    gwpSet: input.gwpSet,
    method: result?.method ?? pairs[0]?.actual.method ?? '',
    basis: verified.basis,
    baselineCo2eKg: verified.total.baselineCo2eKg,
    actualCo2eKg: verified.total.actualCo2eKg,
    reductionCo2eKg: verified.total.reductionCo2eKg,
    reductionUncertaintyPct: verified.total.uncertaintyPct,
    rows: verified.rows,
    verified,
    unverified: { ...unverifiedFigures, units: unverified, warnings: result?.warnings ?? [] },
    intensities: result ? cropIntensities(records, result.intensities) : [],
    warnings: result?.warnings ?? [],
  };
}

function cropIntensities(records: ActivityRecord[], perActivity: { activityIndex: number; netCo2eKg: number }[]): CropIntensity[] {
  const groups = new Map<string, { cropCode: string; scenario: string; area: number; yield: number; yieldKnown: boolean; net: number }>();
  for (const { activityIndex, netCo2eKg } of perActivity) {
    const record = records[activityIndex];
    const key = `${record.cropCode}|${record.scenario}`;
    const group = groups.get(key) ?? { cropCode: record.cropCode, scenario: record.scenario, area: 0, yield: 0, yieldKnown: true, net: 0 };
    group.area += record.areaHa;
    group.net += netCo2eKg;
    const tonnes = record.activity.yieldTonnes;
    if (tonnes != null && tonnes > 0) group.yield += tonnes;
    else group.yieldKnown = false;
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({
    cropCode: g.cropCode,
    scenario: g.scenario,
    areaHa: roundKg(g.area),
    yieldTonnes: g.yieldKnown ? roundKg(g.yield) : null,
    netCo2eKg: roundKg(g.net),
    co2ePerHa: roundKg(g.net / g.area),
    co2ePerKgProduct: g.yieldKnown ? g.net / (g.yield * 1000) : null,
  }));
}
