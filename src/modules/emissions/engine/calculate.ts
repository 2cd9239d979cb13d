// The engine's entry point: validate, run every category over every activity, weight by GWP, and report
// lines (with intermediates), totals, intensities, the factors used and warnings. Pure and deterministic;
// the async form gives the same result in chunks, yielding to the event loop between them.
import { calculationMethod } from './method-statement';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CATEGORY_NAMES } from './categories';
import { KG_PER_TONNE } from './constants';
import { CalculationContext, type LineDraft, type PreparedActivity } from './context';
import { findCrop } from './crops';
import { directN2o } from './direct-n2o';
import { dieselCombustion, gridElectricity } from './energy';
import { CalculationAbortedError, EngineInputError } from './errors';
import { GWP_SETS, gwpGasFor, gwpKey } from './gwp';
import { indirectN2o } from './indirect-n2o';
import { limingCo2 } from './liming';
import { nitrogenInputs } from './nitrogen';
import { perennialBiomass } from './perennial-biomass';
import { plausibilityWarnings } from './plausibility';
import { residueBurning } from './residue-burning';
import { riceMethane } from './rice-methane';
import { ureaCo2 } from './urea';
import { addLine, combine, defaultActivityDataUncertainty, emptyPartial, factorUncertainties, summarize, type UncertaintySummary } from './uncertainty';
import { validateRequest } from './validate';
import {
  DEFAULT_REGION,
  type ActivityIntensity,
  type CalculationRequest,
  type CalculationResult,
  type FactorUse,
  type Gas,
  type GwpSetCode,
  type InputIssue,
  type LineKind,
  type ResultLine,
  type RiceRegion,
} from './types';

const GAS_ORDER: readonly Gas[] = ['CO2', 'CH4', 'N2O'];
const KIND_ORDER: readonly LineKind[] = ['EMISSION', 'REMOVAL', 'INDIRECT'];

function activityLines(ctx: CalculationContext, prepared: PreparedActivity): LineDraft[] {
  const { activity, index } = prepared;
  const nitrogen = ctx.track(() => nitrogenInputs(ctx, activity));
  const n = nitrogen.value;
  for (const warning of plausibilityWarnings(activity, { factorSet: ctx.factorSet, prefix: `activities[${index}]` })) {
    ctx.warn(warning);
  }
  // Each category's lines carry the factor keys its function read (a function with lines of several
  // gases names each line's own keys); N2O lines also read the nitrogen inputs' factors.
  const tracked = (fn: () => LineDraft[], shared: Set<string> = new Set()): LineDraft[] => {
    const { value, keys } = ctx.track(fn);
    return value.map((draft) => ({ ...draft, factorKeys: [...new Set([...(draft.factorKeys ?? keys), ...shared])].sort() }));
  };
  return [
    ...tracked(() => residueBurning(ctx, prepared)),
    ...tracked(() => limingCo2(ctx, prepared)),
    ...tracked(() => ureaCo2(ctx, prepared)),
    ...tracked(() => directN2o(ctx, prepared, n), nitrogen.keys),
    ...tracked(() => indirectN2o(ctx, prepared, n), nitrogen.keys),
    ...tracked(() => riceMethane(ctx, prepared)),
    ...tracked(() => perennialBiomass(ctx, prepared)),
    ...tracked(() => dieselCombustion(ctx, prepared)),
    ...tracked(() => gridElectricity(ctx, prepared)),
  ];
}

function weigh(ctx: CalculationContext, gwpSet: GwpSetCode, draft: LineDraft, activityIndex: number, activityDataPct: number): ResultLine {
  const gwpGas = gwpGasFor(draft.gas, draft.fossil ?? false);
  let gwp = 1;
  if (gwpGas !== null) {
    const value = GWP_SETS[gwpSet][gwpGas];
    gwp = value.value;
    ctx.record({
      key: gwpKey(gwpSet, gwpGas),
      value: value.value,
      unit: value.unit,
      source: value.source,
      range: value.range ? [value.range[0], value.range[1]] : null,
      unconfirmed: value.unconfirmed ?? false,
      factorSet: gwpSet,
      note: value.note ?? null,
    });
  }
  return {
    category: draft.category,
    categoryName: CATEGORY_NAMES[draft.category],
    gas: draft.gas,
    kind: draft.kind,
    massKg: draft.massKg,
    co2eKg: draft.massKg * gwp,
    activityIndex,
    details: { ...draft.details, gwp },
    // Filled in by finishRun, once every factor's range is known.
    uncertainty: { factorKeys: draft.factorKeys ?? [], activityDataPct, pct: null, lowerPct: null, upperPct: null },
  };
}

function compareLines(a: ResultLine, b: ResultLine): number {
  if (a.activityIndex !== b.activityIndex) return a.activityIndex - b.activityIndex;
  if (a.category !== b.category) return a.category < b.category ? -1 : 1;
  if (a.gas !== b.gas) return GAS_ORDER.indexOf(a.gas) - GAS_ORDER.indexOf(b.gas);
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
}

function sumCo2e(lines: readonly ResultLine[], kind: LineKind): number {
  return lines.filter((l) => l.kind === kind).reduce((sum, l) => sum + l.co2eKg, 0);
}

/**
 * The largest line and total the engine returns (kg CO2e). Viet Nam emits about 5e11 kg CO2e a year, so
 * anything larger comes from absurd inputs or factors; refusing it keeps every stored mass and sum of
 * masses finite and inside numeric(24,6), whatever a country-specific factor set says.
 */
export const MAX_LINE_CO2E_KG = 1e12;
export const MAX_TOTAL_CO2E_KG = 1e14;

const inRange = (value: number, max: number) => Number.isFinite(value) && Math.abs(value) <= max;

function resultIssues(lines: readonly ResultLine[], totals: number[]): InputIssue[] {
  const issues: InputIssue[] = [];
  const refused = new Set<number>();
  for (const line of lines) {
    if ((inRange(line.massKg, MAX_LINE_CO2E_KG) && inRange(line.co2eKg, MAX_LINE_CO2E_KG)) || refused.has(line.activityIndex)) continue;
    refused.add(line.activityIndex);
    issues.push({
      path: `activities[${line.activityIndex}]`,
      reason: 'RESULT_OUT_OF_RANGE',
      message: `gives ${line.category} ${line.gas} beyond ${MAX_LINE_CO2E_KG} kg; check the amounts and the factor set`,
    });
  }
  if (issues.length === 0 && !totals.every((total) => inRange(total, MAX_TOTAL_CO2E_KG))) {
    issues.push({ path: 'activities', reason: 'RESULT_OUT_OF_RANGE', message: `add up to more than ${MAX_TOTAL_CO2E_KG} kg CO2e; check the amounts` });
  }
  return issues;
}

/** A calculation under way: its validated request, factor lookups and the lines so far. */
interface Run {
  request: CalculationRequest;
  ctx: CalculationContext;
  lines: ResultLine[];
}

function startRun(request: CalculationRequest): Run {
  const issues = validateRequest(request);
  if (issues.length > 0) throw new EngineInputError(issues);
  const region = (request.region ?? DEFAULT_REGION) as RiceRegion;
  return { request, ctx: new CalculationContext(request.factorSet, request.climateZone, region, request.year ?? null), lines: [] };
}

function computeActivity(run: Run, index: number): void {
  const activity = run.request.activities[index];
  const crop = findCrop(activity.cropCode)!; // validated
  const activityDataPct = activity.activityDataUncertaintyPct ?? defaultActivityDataUncertainty(null).pct;
  for (const draft of activityLines(run.ctx, { activity, crop, index })) {
    // Zero lines say nothing and would clutter stored inventories.
    if (draft.massKg !== 0) run.lines.push(weigh(run.ctx, run.request.gwpSet, draft, index, activityDataPct));
  }
}

function finishRun({ request, ctx, lines }: Run): CalculationResult {
  lines.sort(compareLines);

  const emissions = sumCo2e(lines, 'EMISSION');
  const removals = sumCo2e(lines, 'REMOVAL');
  const outOfRange = resultIssues(lines, [emissions, removals, sumCo2e(lines, 'INDIRECT')]);
  if (outOfRange.length > 0) throw new EngineInputError(outOfRange);
  // One pass over the lines: a filter per activity is quadratic on a province-sized inventory.
  const netByActivity = new Array<number>(request.activities.length).fill(0);
  for (const line of lines) if (line.kind !== 'INDIRECT') netByActivity[line.activityIndex] += line.co2eKg;
  const intensities = request.activities.map((activity, index): ActivityIntensity => {
    const net = netByActivity[index];
    const yieldT = activity.yieldTonnes ?? 0;
    return {
      activityIndex: index,
      cropCode: activity.cropCode,
      netCo2eKg: net,
      co2ePerHa: net / activity.areaHa,
      co2ePerKgProduct: yieldT > 0 ? net / (yieldT * KG_PER_TONNE) : null,
    };
  });

  const uncertainty = lineUncertainties(lines, ctx.factorsUsed());
  return {
    totalCo2eKg: emissions + removals,
    emissionsCo2eKg: emissions,
    removalsCo2eKg: removals,
    indirectEnergyCo2eKg: sumCo2e(lines, 'INDIRECT'),
    lines,
    factorsUsed: ctx.factorsUsed(),
    warnings: ctx.warnings(),
    intensities,
    method: calculationMethod(request.factorSet.chain, request.factorSet.gaps ?? [], request.gwpSet, ctx.factorsUsed()),
    uncertainty,
  };
}

/** Sets each line's uncertainty (Eq 3.1) and returns the totals' (Eq 3.2, shared factors summed first). */
function lineUncertainties(lines: ResultLine[], factorsUsed: FactorUse[]): UncertaintySummary {
  const factors = factorUncertainties(factorsUsed);
  const withoutRange = new Set<string>();
  const groups = lines.map((line) => {
    const partial = addLine(emptyPartial(), {
      co2eKg: line.co2eKg,
      factorKeys: line.uncertainty.factorKeys,
      activityDataPct: line.uncertainty.activityDataPct,
    });
    Object.assign(line.uncertainty, combine(partial, factors.byKey));
    for (const key of line.uncertainty.factorKeys) if (factors.withoutRange.has(key)) withoutRange.add(key);
    return { category: line.category, gas: line.gas, kind: line.kind, partial };
  });
  return summarize(groups, factors.byKey, { factorsWithoutRange: [...withoutRange], linesNotAssessed: 0 });
}

/** Validates first (throws EngineInputError listing every issue), then computes. */
export function calculateEmissions(request: CalculationRequest): CalculationResult {
  const run = startRun(request);
  for (let index = 0; index < request.activities.length; index++) computeActivity(run, index);
  return finishRun(run);
}

/** About 3 ms of the heaviest activities (every category) on one core: short enough to keep other requests moving. */
export const DEFAULT_ACTIVITIES_PER_CHUNK = 50;

export interface ChunkedCalculationOptions {
  /** Checked before each chunk: once aborted, the calculation stops with CalculationAbortedError. */
  signal?: AbortSignal;
  /** Activities computed between two turns of the event loop (default DEFAULT_ACTIVITIES_PER_CHUNK). */
  activitiesPerChunk?: number;
}

/**
 * The same result as calculateEmissions, computed a chunk of activities at a time with a turn of the
 * event loop in between, so a large calculation never holds the process; stops when `signal` fires.
 */
export async function calculateEmissionsInChunks(request: CalculationRequest, options: ChunkedCalculationOptions = {}): Promise<CalculationResult> {
  const { signal, activitiesPerChunk = DEFAULT_ACTIVITIES_PER_CHUNK } = options;
  if (!Number.isInteger(activitiesPerChunk) || activitiesPerChunk < 1)
    throw new RangeError(`activitiesPerChunk must be a positive integer, got ${activitiesPerChunk}`);
  const total = request.activities.length;
  const stopIfAborted = (processed: number): void => {
    if (signal?.aborted) throw new CalculationAbortedError(processed, total, signal.reason);
  };
  stopIfAborted(0);
  const run = startRun(request);
  for (let index = 0; index < total; index++) {
    if (index > 0 && index % activitiesPerChunk === 0) {
      await nextTurn();
      stopIfAborted(index);
    }
    computeActivity(run, index);
  }
  return finishRun(run);
}
