import { RequestContext } from '../../../core/context';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { ActivityRecord, Scenario } from '../activity/activity-record.entity';
import { roundKg } from '../inventory/kg-column';
import { onlyReadableRecords } from '../activity/activity-record.service';
import { calculateRecords } from '../activity/calculate-records';
import { resolveFactorSetCode } from '../factor-sets/factor-set.service';
import { CropIntensity, EmissionReduction, EmissionReductionInput, ReductionRow } from './reduction.types';

/** ACTUAL against BASELINE per unit, crop and category, and intensity per crop, from the records the caller may read. */
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
  if (records.length === 0) throw new BadUserInputError(`No activity records you may read for ${input.year}`, 'input.year', 'NO_ACTIVITY_DATA');

  const result = await calculateRecords(
    ctx,
    { factorSet, gwpSet: input.gwpSet, climateZone: input.climateZone, region: input.region, year: input.year },
    records,
  );

  const rows = new Map<string, ReductionRow>();
  for (const line of result.lines) {
    if (line.kind === 'INDIRECT') continue;
    const record = records[line.activityIndex];
    const key = `${record.administrativeUnit!.code}|${record.cropCode}|${line.category}`;
    const row = rows.get(key) ?? {
      administrativeUnitCode: record.administrativeUnit!.code,
      cropCode: record.cropCode,
      category: line.category,
      baselineCo2eKg: 0,
      actualCo2eKg: 0,
      reductionCo2eKg: 0,
      reductionPercent: null,
    };
    if (record.scenario === Scenario.BASELINE) row.baselineCo2eKg += line.co2eKg;
    else row.actualCo2eKg += line.co2eKg;
    rows.set(key, row);
  }
  const finished = [...rows.values()].map((row) => ({
    ...row,
    baselineCo2eKg: roundKg(row.baselineCo2eKg),
    actualCo2eKg: roundKg(row.actualCo2eKg),
    reductionCo2eKg: roundKg(row.baselineCo2eKg - row.actualCo2eKg),
    reductionPercent: row.baselineCo2eKg !== 0 ? roundKg((100 * (row.baselineCo2eKg - row.actualCo2eKg)) / row.baselineCo2eKg) : null,
  }));
  const baseline = finished.reduce((sum, r) => sum + r.baselineCo2eKg, 0);
  const actual = finished.reduce((sum, r) => sum + r.actualCo2eKg, 0);
  return {
    year: input.year,
    method: result.method,
    baselineCo2eKg: roundKg(baseline),
    actualCo2eKg: roundKg(actual),
    reductionCo2eKg: roundKg(baseline - actual),
    rows: finished,
    intensities: cropIntensities(records, result.intensities),
    warnings: result.warnings,
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
