// Per-calculation state: the factor lookups (recorded, so the result lists exactly the factors it used)
// and the warnings. Category functions read factors only through here.
import { factorKey, gridYears } from './catalogue';
import type { CategoryCode } from './categories';
import { RICE_SEASONS } from './types';
import type { ActivityData, ClimateZone, CropDefinition, DetailValue, FactorUse, Gas, LineKind, ResolvedFactorSet, RiceRegion } from './types';

/** A line before GWP weighting; `fossil` picks CH4_FOSSIL for fuel combustion methane. */
export interface LineDraft {
  category: CategoryCode;
  gas: Gas;
  kind: LineKind;
  massKg: number;
  fossil?: boolean;
  details: Record<string, DetailValue>;
  /** Factor keys the line's equation read; set by the engine around each category function. */
  factorKeys?: string[];
}

/** A validated activity with its crop and position. */
export interface PreparedActivity {
  index: number;
  activity: ActivityData;
  crop: CropDefinition;
}

export class CalculationContext {
  private readonly used = new Map<string, FactorUse>();
  private readonly warningSet = new Set<string>();
  private gridYearList: number[] | null = null;
  private seasonalRice: boolean | undefined;
  private readonly tracked: Set<string>[] = [];

  constructor(
    readonly factorSet: ResolvedFactorSet,
    readonly climateZone: ClimateZone,
    readonly region: RiceRegion,
    readonly year: number | null,
  ) {}

  /** True when the set gives EF_c for some cropping season of the region (a country set). */
  hasSeasonalRiceFactors(): boolean {
    return (this.seasonalRice ??= RICE_SEASONS.some((s) => this.has(factorKey.riceSeasonalEfc(this.region, s))));
  }

  /** Years with a grid factor in the set, ascending (computed once per calculation). */
  gridYears(): number[] {
    return (this.gridYearList ??= gridYears(Object.keys(this.factorSet.factors)));
  }

  has(key: string): boolean {
    return key in this.factorSet.factors;
  }

  /** The factor's value; validation guarantees presence, so a miss is a programming error. */
  factor(key: string): number {
    const f = this.factorSet.factors[key];
    if (!f) throw new Error(`Factor ${key} is missing from set ${this.factorSet.code}`);
    for (const keys of this.tracked) keys.add(key);
    if (this.used.has(key)) return f.value;
    this.record({
      key,
      value: f.value,
      unit: f.unit,
      source: f.source,
      range: f.range ? [f.range[0], f.range[1]] : null,
      unconfirmed: f.unconfirmed ?? false,
      factorSet: f.factorSet,
      note: f.note ?? null,
      ...(f.provenance ? { provenance: f.provenance } : {}),
    });
    return f.value;
  }

  /** Runs `fn` and returns the factor keys it read (for the uncertainty of the lines it makes). */
  track<T>(fn: () => T): { value: T; keys: Set<string> } {
    const keys = new Set<string>();
    this.tracked.push(keys);
    try {
      return { value: fn(), keys };
    } finally {
      this.tracked.pop();
    }
  }

  record(use: FactorUse): void {
    if (!this.used.has(use.key)) this.used.set(use.key, use);
  }

  warn(message: string): void {
    this.warningSet.add(message);
  }

  factorsUsed(): FactorUse[] {
    return [...this.used.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** Input and plausibility warnings in the order raised, then one per UNCONFIRMED factor and one per
   * country-specific factor with an applicability caveat, by key. */
  warnings(): string[] {
    const unconfirmed = this.factorsUsed()
      .filter((f) => f.unconfirmed)
      .map((f) => `UNCONFIRMED factor ${f.key} = ${f.value} ${f.unit} (${f.factorSet}: ${f.source}) was used; check it against the primary document`);
    const caveats = this.factorsUsed()
      .filter((f) => f.provenance?.applicability)
      .map(
        (f) =>
          `Country-specific factor ${f.key} = ${f.value} ${f.unit} (${f.factorSet} [${f.provenance!.sourceKey}]) applies with a caveat: ${f.provenance!.applicability}`,
      );
    return [...this.warningSet, ...unconfirmed, ...caveats];
  }
}
