import {
  EngineInputError,
  builtInFactorSet,
  calculateEmissions,
  type ActivityData,
  type CalculationRequest,
  type CalculationResult,
  type GwpSetCode,
  type RiceInput,
} from './index';

function expectSig4(actual: number, expected: number): void {
  expect(actual).toBeCloseTo(expected, 3 - Math.floor(Math.log10(Math.abs(expected))));
}

function riceActivity(rice: RiceInput, areaHa = 10): ActivityData {
  return { cropCode: 'RICE', areaHa, rice };
}

function run(set: string, gwpSet: GwpSetCode, activity: ActivityData, extra: Partial<CalculationRequest> = {}): CalculationResult {
  return calculateEmissions({ factorSet: builtInFactorSet(set), gwpSet, climateZone: 'TROPICAL_MOIST', activities: [activity], ...extra });
}

function methane(result: CalculationResult) {
  const lines = result.lines.filter((l) => l.category === '3.C.7');
  expect(lines).toHaveLength(1);
  return lines[0];
}

// 10 ha, multiple drainage (AWD), short non-flooded pre-season, 100 days, straw incorporated shortly before
// (2 t DM/ha) and farmyard manure (5 t/ha).
const awd = riceActivity({
  waterRegime: 'MULTIPLE_DRAINAGE',
  preSeason: 'NON_FLOODED_SHORT',
  cultivationDays: 100,
  organicAmendments: [
    { type: 'STRAW_SHORT', tonnesPerHa: 2 },
    { type: 'FARMYARD_MANURE', tonnesPerHa: 5 },
  ],
});

describe('3.C.7 rice CH4', () => {
  it.each([
    // 2006: SF_o = (1 + 2 × 1 + 5 × 0.14)^0.59 = 3.7^0.59 = 2.16391; EF = 1.30 × 0.52 × 1 × 2.16391 = 1.46280
    //       kg/ha/d; CH4 = 1.46280 × 100 d × 10 ha = 1462.80 kg.
    ['IPCC2006', 'AR4', 1462.803, 36570.06], // × 25
    ['IPCC2006', 'AR5', 1462.803, 40958.47], // × 28
    ['IPCC2006', 'AR6', 1462.803, 39495.67], // × 27.0 (non-fossil)
    // 2019 (SE Asia): SF_o = (1 + 2 × 1 + 5 × 0.21)^0.59 = 4.05^0.59 = 2.28244; EF = 1.22 × 0.55 × 1 × 2.28244
    //       = 1.53151 kg/ha/d; CH4 = 1.53151 × 100 × 10 = 1531.51 kg.
    ['IPCC2019', 'AR4', 1531.514, 38287.85], // × 25
    ['IPCC2019', 'AR5', 1531.514, 42882.39], // × 28
    ['IPCC2019', 'AR6', 1531.514, 41350.88], // × 27.0
  ] as const)('%s %s, AWD with straw and manure', (set, gwp, ch4Kg, co2eKg) => {
    const result = run(set, gwp, awd);
    const line = methane(result);
    expectSig4(line.massKg, ch4Kg);
    expectSig4(line.co2eKg, co2eKg);
    expect(line).toMatchObject({ gas: 'CH4', kind: 'EMISSION', categoryName: 'Rice cultivation' });
    expect(line.details).toMatchObject({ cultivationDays: 100, cultivationDaysSource: 'INPUT', sfp: 1, sfoExponent: 0.59 });
    expect(result.warnings).toEqual([]);
  });

  it('assumes the 2019R regional period and the aggregated SF_p, with warnings', () => {
    // EF = 1.22 × 1.00 × 1.22 (aggregated SF_p) × 1 = 1.4884; CH4 = 1.4884 × 102 d (SE Asia) × 10 ha = 1518.17 kg.
    const result = run('IPCC2019', 'AR5', riceActivity({ waterRegime: 'CONTINUOUSLY_FLOODED' }));
    const line = methane(result);
    expectSig4(line.massKg, 1518.168);
    expect(line.details).toMatchObject({ cultivationDaysSource: 'DEFAULT', cultivationDays: 102, preSeason: 'AGGREGATED', sfp: 1.22 });
    expect(result.warnings).toEqual([
      'activities[0].rice.preSeason: not given; the aggregated SF_p (1.22) was assumed',
      'activities[0].rice.cultivationDays: not given; the default period for SOUTH_EAST_ASIA (102 days) was assumed',
    ]);
  });

  it('marks the 2006 aggregated SF_p as UNCONFIRMED', () => {
    // EF = 1.30 × 1 × 1.22 = 1.586; CH4 = 1.586 × 100 × 10 = 1586 kg.
    const result = run('IPCC2006', 'AR5', riceActivity({ waterRegime: 'CONTINUOUSLY_FLOODED', cultivationDays: 100 }));
    expectSig4(methane(result).massKg, 1586);
    expect(result.warnings.some((w) => w.startsWith('UNCONFIRMED factor RICE.SF_P.AGGREGATED = 1.22'))).toBe(true);
  });

  it('requires the period under the 2006 set, which has no default', () => {
    expect(() => run('IPCC2006', 'AR5', riceActivity({ waterRegime: 'CONTINUOUSLY_FLOODED' }))).toThrow(EngineInputError);
    try {
      run('IPCC2006', 'AR5', riceActivity({ waterRegime: 'CONTINUOUSLY_FLOODED' }));
    } catch (error) {
      expect((error as EngineInputError).issues).toEqual([expect.objectContaining({ path: 'activities[0].rice.cultivationDays', reason: 'REQUIRED' })]);
    }
  });

  it('takes the regional EF_c in 2019 and ignores the region in 2006', () => {
    // East Asia: 1.32 × 1 × 1 × 100 d × 10 ha = 1320 kg; 2006: 1.30 × 100 × 10 = 1300 kg whatever the region.
    const activity = riceActivity({ waterRegime: 'CONTINUOUSLY_FLOODED', preSeason: 'NON_FLOODED_SHORT', cultivationDays: 100 });
    expectSig4(methane(run('IPCC2019', 'AR5', activity, { region: 'EAST_ASIA' })).massKg, 1320);
    expectSig4(methane(run('IPCC2006', 'AR5', activity, { region: 'EAST_ASIA' })).massKg, 1300);
    expectSig4(methane(run('IPCC2006', 'AR5', activity, { region: 'SOUTH_ASIA' })).massKg, 1300);
  });

  it('takes the 2019R >365 d pre-season factor, which the 2006 set lacks', () => {
    // 1.22 × 1 × 0.59 × 100 × 10 = 719.8 kg.
    const activity = riceActivity({ waterRegime: 'CONTINUOUSLY_FLOODED', preSeason: 'NON_FLOODED_OVER_YEAR', cultivationDays: 100 });
    expectSig4(methane(run('IPCC2019', 'AR5', activity)).massKg, 719.8);
    expect(() => run('IPCC2006', 'AR5', activity)).toThrow('activities[0].rice.preSeason: factor set IPCC2006 has no SF_p');
  });

  it('omits the line for upland rice (SF_w = 0) and needs no period for it', () => {
    for (const set of ['IPCC2006', 'IPCC2019']) {
      const result = run(set, 'AR5', riceActivity({ waterRegime: 'UPLAND', preSeason: 'NON_FLOODED_SHORT' }));
      expect(result.lines).toEqual([]);
    }
  });

  it('warns about a season over 200 days', () => {
    const result = run('IPCC2019', 'AR5', riceActivity({ waterRegime: 'SINGLE_DRAINAGE', preSeason: 'NON_FLOODED_SHORT', cultivationDays: 240 }));
    // 1.22 × 0.71 × 1 × 240 × 10 = 2078.88 kg.
    expectSig4(methane(result).massKg, 2078.88);
    expect(result.warnings).toEqual(['activities[0].rice.cultivationDays: 240 days is longer than 200; check that it is one season']);
  });
});
