import {
  BUILT_IN_FACTOR_SETS,
  CROPS,
  EngineInputError,
  GWP_SETS,
  builtInFactorSet,
  factorKeys,
  requiredFactorKeys,
  resolveFactorSet,
  type FactorSetDefinition,
  type InputIssue,
} from './index';

function issuesOf(fn: () => unknown): InputIssue[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof EngineInputError) return error.issues;
    throw error;
  }
  throw new Error('expected an EngineInputError');
}

const central: FactorSetDefinition = {
  code: 'VN_DAKLAK_2026',
  name: 'Dak Lak Tier 2 (rice EF_c, Central Viet Nam)',
  description: 'IPCC 2019R with the Central Viet Nam early-season rice EF_c',
  base: 'IPCC2019',
  factors: {
    'RICE.EF_C.SOUTH_EAST_ASIA': {
      value: 2.84,
      unit: 'kg CH4/ha/day',
      source: 'VNRICE meta-analysis, Central Viet Nam early season (Climate 2020, 8(6):74)',
      range: null,
      unconfirmed: false,
      note: 'Country-specific Tier 2 value',
    },
  },
};

describe('built-in factor sets', () => {
  it('are resolved once, frozen, to what resolving them afresh gives', () => {
    for (const set of BUILT_IN_FACTOR_SETS) {
      const resolved = builtInFactorSet(set.code);
      expect(builtInFactorSet(set.code)).toBe(resolved);
      expect(resolved).toEqual(resolveFactorSet(set, BUILT_IN_FACTOR_SETS));
      expect(Object.isFrozen(resolved) && Object.isFrozen(resolved.factors) && Object.isFrozen(resolved.chain)).toBe(true);
      expect(Object.values(resolved.factors).every((factor) => Object.isFrozen(factor))).toBe(true);
    }
  });

  it('are IPCC2006 and IPCC2019, complete, with the engine units, and the Viet Nam set over IPCC2019', () => {
    expect(BUILT_IN_FACTOR_SETS.map((s) => s.code)).toEqual(['IPCC2006', 'IPCC2019', 'VN_TIER2_2026']);
    expect(BUILT_IN_FACTOR_SETS[2].base).toBe('IPCC2019');
    for (const set of BUILT_IN_FACTOR_SETS.slice(0, 2)) {
      expect(set.base).toBeNull();
      for (const key of requiredFactorKeys()) expect(set.factors[key]).toBeDefined();
      // Resolving re-checks every key and unit against the catalogue.
      expect(resolveFactorSet(set, BUILT_IN_FACTOR_SETS).chain).toEqual([set.code]);
    }
  });

  it('leave out only what the guidance does not give', () => {
    // Seasonal rice EF_c keys are for country sets only.
    const seasonal = /^RICE\.EF_C\.[A-Z_]+\.[A-Z_]+$/u;
    const missing = (code: string) => factorKeys().filter((k) => !seasonal.test(k) && !(k in builtInFactorSet(code).factors));
    // No default cultivation period in 2006; no >365 d pre-season row before 2019R; no African default period
    // retrieved; no default N fraction for OTHER fertilisers.
    expect(missing('IPCC2006')).toEqual([
      'FERTILIZER.N_FRACTION.OTHER',
      'RICE.DEFAULT_DAYS.AFRICA',
      'RICE.DEFAULT_DAYS.EAST_ASIA',
      'RICE.DEFAULT_DAYS.EUROPE',
      'RICE.DEFAULT_DAYS.NORTH_AMERICA',
      'RICE.DEFAULT_DAYS.SOUTH_AMERICA',
      'RICE.DEFAULT_DAYS.SOUTH_ASIA',
      'RICE.DEFAULT_DAYS.SOUTH_EAST_ASIA',
      'RICE.DEFAULT_DAYS.WORLD',
      'RICE.SF_P.NON_FLOODED_OVER_YEAR',
    ]);
    expect(missing('IPCC2019')).toEqual(['FERTILIZER.N_FRACTION.OTHER', 'RICE.DEFAULT_DAYS.AFRICA']);
  });

  it('carry the reference values and UNCONFIRMED flags', () => {
    const s06 = builtInFactorSet('IPCC2006').factors;
    const s19 = builtInFactorSet('IPCC2019').factors;
    expect(s06['RICE.EF_C.SOUTH_EAST_ASIA']).toMatchObject({ value: 1.3, range: [0.8, 2.2], unconfirmed: false, factorSet: 'IPCC2006' });
    expect(s19['RICE.EF_C.SOUTH_EAST_ASIA']).toMatchObject({ value: 1.22, range: [0.83, 1.81], factorSet: 'IPCC2019' });
    expect(s19['RICE.DEFAULT_DAYS.SOUTH_EAST_ASIA'].value).toBe(102);
    expect(s06['RICE.SF_P.AGGREGATED']).toMatchObject({ value: 1.22, unconfirmed: true });
    expect(s19['RICE.SF_P.AGGREGATED']).toMatchObject({ value: 1.22, unconfirmed: false });
    expect(s19['N2O.EF1.WET.SYNTHETIC']).toMatchObject({ value: 0.016, range: [0.013, 0.019] });
    expect(s19['FERTILIZER.N_FRACTION.UREA']).toMatchObject({ value: 0.46, unconfirmed: false });
    expect(s19['FERTILIZER.N_FRACTION.AMMONIUM_BASED']).toMatchObject({ value: 0.21, unconfirmed: true });
    expect(s06['PERENNIAL.G.TROPICAL_MOIST'].unconfirmed).toBe(false);
    expect(s19['PERENNIAL.G.TROPICAL_MOIST'].unconfirmed).toBe(true);
    expect(s06['ENERGY.DIESEL.DENSITY']).toMatchObject({ value: 0.837, unconfirmed: true });
    expect(s19['ELECTRICITY.GRID_EF.VN.2023']).toMatchObject({ value: 0.6592, unit: 't CO2/MWh' });
    for (const set of [s06, s19]) {
      for (const [key, f] of Object.entries(set)) {
        expect([key, f.source.length > 0]).toEqual([key, true]);
        // A value the reference marks UNCONFIRMED says so in its source or note.
        if (f.unconfirmed) expect(`${f.source} ${f.note ?? ''}`).toMatch(/unconfirmed|not an IPCC table/iu);
      }
    }
  });

  it('builtInFactorSet rejects an unknown code', () => {
    expect(issuesOf(() => builtInFactorSet('IPCC1996'))).toEqual([expect.objectContaining({ path: 'factorSet' })]);
  });
});

describe('resolveFactorSet (Tier 2)', () => {
  it('overrides one factor and keeps the rest from the base', () => {
    const resolved = resolveFactorSet(central, BUILT_IN_FACTOR_SETS);
    expect(resolved.chain).toEqual(['VN_DAKLAK_2026', 'IPCC2019']);
    expect(resolved.factors['RICE.EF_C.SOUTH_EAST_ASIA']).toEqual({
      ...central.factors['RICE.EF_C.SOUTH_EAST_ASIA'],
      factorSet: 'VN_DAKLAK_2026',
    });
    expect(resolved.factors['RICE.SF_W.MULTIPLE_DRAINAGE']).toMatchObject({ value: 0.55, factorSet: 'IPCC2019' });
    expect(Object.keys(resolved.factors).sort()).toEqual(Object.keys(builtInFactorSet('IPCC2019').factors).sort());
  });

  it('chains through another Tier 2 set', () => {
    const commune: FactorSetDefinition = {
      code: 'VN_DAKLAK_EA_SUP',
      name: 'Ea Sup',
      description: 'AWD trial',
      base: 'VN_DAKLAK_2026',
      factors: { 'RICE.SF_W.MULTIPLE_DRAINAGE': { value: 0.71, unit: 'dimensionless', source: 'Quang Nam AWD trial [TIROL]' } },
    };
    const resolved = resolveFactorSet(commune, [central]);
    expect(resolved.chain).toEqual(['VN_DAKLAK_EA_SUP', 'VN_DAKLAK_2026', 'IPCC2019']);
    expect(resolved.factors['RICE.SF_W.MULTIPLE_DRAINAGE']).toMatchObject({ value: 0.71, unconfirmed: false, range: null, note: null });
    expect(resolved.factors['RICE.EF_C.SOUTH_EAST_ASIA'].factorSet).toBe('VN_DAKLAK_2026');
  });

  it('accepts a later grid year', () => {
    const withGrid: FactorSetDefinition = {
      ...central,
      factors: { 'ELECTRICITY.GRID_EF.VN.2024': { value: 0.65, unit: 't CO2/MWh', source: 'DCC 2024 (hypothetical test value)' } },
    };
    expect(resolveFactorSet(withGrid, []).factors['ELECTRICITY.GRID_EF.VN.2024'].value).toBe(0.65);
  });

  it('rejects an unknown override key, a wrong unit and a malformed value, all at once', () => {
    const bad: FactorSetDefinition = {
      ...central,
      factors: {
        'RICE.EF_C.CENTRAL_VIETNAM': { value: 2.84, unit: 'kg CH4/ha/day', source: 'x' },
        'RICE.SF_W.UPLAND': { value: 0, unit: '%', source: 'x' },
        'N2O.EF5': { value: Number.NaN, unit: 'kg N2O-N/kg N leached', source: '' },
        'N2O.EF4.WET': { value: 0.01, unit: 'kg N2O-N/kg (NH3-N + NOx-N) volatilised', source: 'x', range: [0.02, 0.01] },
      },
    };
    expect(issuesOf(() => resolveFactorSet(bad, []))).toEqual([
      expect.objectContaining({ path: 'factors.RICE.EF_C.CENTRAL_VIETNAM', reason: 'UNKNOWN_FACTOR' }),
      expect.objectContaining({ path: 'factors.RICE.SF_W.UPLAND.unit', reason: 'UNIT_MISMATCH' }),
      expect.objectContaining({ path: 'factors.N2O.EF5.value', reason: 'NOT_FINITE' }),
      expect.objectContaining({ path: 'factors.N2O.EF5.source', reason: 'REQUIRED' }),
      expect.objectContaining({ path: 'factors.N2O.EF4.WET.range', reason: 'INVALID_VALUE' }),
    ]);
  });

  it('rejects an unknown base and a loop', () => {
    expect(issuesOf(() => resolveFactorSet({ ...central, base: 'IPCC1996' }, []))).toEqual([
      { path: 'base', reason: 'UNKNOWN_BASE', message: 'no factor set "IPCC1996"' },
    ]);
    const a: FactorSetDefinition = { ...central, code: 'SET_A', base: 'SET_B' };
    const b: FactorSetDefinition = { ...central, code: 'SET_B', base: 'SET_A' };
    expect(issuesOf(() => resolveFactorSet(a, [a, b]))).toEqual([expect.objectContaining({ path: 'base', reason: 'CYCLE' })]);
  });

  it('requires every required key of a set without a base', () => {
    const issues = issuesOf(() => resolveFactorSet({ ...central, base: null }, []));
    expect(issues).toHaveLength(requiredFactorKeys().length - 1);
    expect(issues[0]).toMatchObject({ reason: 'REQUIRED' });
  });
});

describe('factorKeys', () => {
  it('is sorted, unique and covers every built-in key but the yearly grid factors', () => {
    const keys = factorKeys();
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
    const builtIn = Object.keys(builtInFactorSet('IPCC2019').factors).filter((k) => !k.startsWith('ELECTRICITY.GRID_EF.VN.'));
    expect(builtIn.every((k) => keys.includes(k))).toBe(true);
  });
});

describe('GWP sets and crops', () => {
  it('hold the AR4, AR5 and AR6 GWP-100 values', () => {
    const values = Object.fromEntries(Object.entries(GWP_SETS).map(([code, s]) => [code, [s.CH4.value, s.CH4_FOSSIL.value, s.N2O.value]]));
    expect(values).toEqual({ AR4: [25, 25, 298], AR5: [28, 28, 265], AR6: [27, 29.8, 273] });
    expect(GWP_SETS.AR5.CH4_FOSSIL.note).toContain('30');
  });

  it('list the agreed crop codes with a known combustion factor key', () => {
    expect(CROPS.map((c) => c.code)).toEqual(['RICE', 'MAIZE', 'CASSAVA', 'SUGARCANE', 'COFFEE', 'PEPPER', 'DURIAN', 'OTHER_ANNUAL', 'OTHER_PERENNIAL']);
    const keys = factorKeys();
    for (const crop of CROPS) expect(keys).toContain(crop.residueCombustionFactorKey);
    expect(CROPS.find((c) => c.code === 'COFFEE')).toMatchObject({ nameVi: 'Cà phê', kind: 'PERENNIAL' });
    expect(CROPS.find((c) => c.code === 'RICE')?.kind).toBe('RICE');
  });
});
