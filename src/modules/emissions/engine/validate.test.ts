import { EngineInputError, builtInFactorSet, calculateEmissions, validateActivities, type ActivityData, type CalculationRequest } from './index';

const IPCC2019 = builtInFactorSet('IPCC2019');
const IPCC2006 = builtInFactorSet('IPCC2006');

// Inputs as they may arrive from JSON or an import: the engine checks at run time what the types promise.
function loose(value: unknown): ActivityData {
  return value as ActivityData;
}

describe('validateActivities', () => {
  it('accepts a complete, valid activity', () => {
    const activity: ActivityData = {
      cropCode: 'RICE',
      areaHa: 2,
      syntheticFertilizers: [{ type: 'UREA', productKg: 200, nitrogenFraction: null }],
      organicNitrogenKg: 10,
      residueNitrogenKg: 5,
      lime: [{ type: 'DOLOMITE', amountKg: 100 }],
      rice: { waterRegime: 'SINGLE_DRAINAGE', preSeason: null, cultivationDays: null, organicAmendments: [{ type: 'COMPOST', tonnesPerHa: 1 }] },
      residueBurning: { dryMatterTonnesPerHa: 3, fractionBurned: 0.2 },
      energy: { dieselLitres: 0, dieselUse: null, electricityKwh: 100 },
      yieldTonnes: 12,
    };
    expect(validateActivities([activity], IPCC2019)).toEqual([]);
  });

  it('collects every issue with its path', () => {
    const issues = validateActivities(
      [
        loose({
          cropCode: 'TEA',
          areaHa: 0,
          syntheticFertilizers: [
            { type: 'UREA', productKg: -5 },
            { type: 'OTHER', productKg: 100 },
            { type: 'NPK', productKg: 100, nitrogenFraction: 1.5 },
          ],
          organicNitrogenKg: Number.POSITIVE_INFINITY,
          lime: [{ type: 'LIMESTONE', amountKg: '5' }],
          residueBurning: { dryMatterTonnesPerHa: 4, fractionBurned: 1.2 },
          energy: { dieselLitres: 50 },
          yieldTonnes: -1,
        }),
        loose({ cropCode: 'RICE', areaHa: -3, rice: { preSeason: 'WINTER', cultivationDays: 400 } }),
        loose({ cropCode: 'MAIZE', areaHa: 5, rice: { waterRegime: 'UPLAND' }, perennial: { standAgeYears: 2 } }),
        loose({ cropCode: 'COFFEE', areaHa: 5, perennial: { standAgeYears: -1, removedAreaHa: 6 } }),
        loose({ cropCode: 'RICE', areaHa: 5 }),
      ],
      IPCC2019,
    );
    expect(issues.map((i) => [i.path, i.reason])).toEqual([
      ['activities[0].cropCode', 'UNKNOWN_CROP'],
      ['activities[0].areaHa', 'OUT_OF_RANGE'],
      ['activities[0].syntheticFertilizers[0].productKg', 'NEGATIVE'],
      ['activities[0].syntheticFertilizers[1].nitrogenFraction', 'REQUIRED'],
      ['activities[0].syntheticFertilizers[2].type', 'INVALID_VALUE'],
      ['activities[0].syntheticFertilizers[2].nitrogenFraction', 'OUT_OF_RANGE'],
      ['activities[0].organicNitrogenKg', 'NOT_FINITE'],
      ['activities[0].lime[0].amountKg', 'INVALID_VALUE'],
      ['activities[0].residueBurning.fractionBurned', 'OUT_OF_RANGE'],
      ['activities[0].energy.dieselUse', 'REQUIRED'],
      ['activities[0].yieldTonnes', 'NEGATIVE'],
      ['activities[1].areaHa', 'NEGATIVE'],
      ['activities[1].rice.waterRegime', 'REQUIRED'],
      ['activities[1].rice.preSeason', 'INVALID_VALUE'],
      ['activities[1].rice.cultivationDays', 'OUT_OF_RANGE'],
      ['activities[2].rice', 'NOT_APPLICABLE'],
      ['activities[2].perennial', 'NOT_APPLICABLE'],
      ['activities[3].perennial.standAgeYears', 'NEGATIVE'],
      ['activities[3].perennial.removedAreaHa', 'OUT_OF_RANGE'],
      ['activities[4].rice.waterRegime', 'REQUIRED'],
    ]);
    expect(issues.every((i) => i.message.length > 0)).toBe(true);
  });

  it('requires the rice period only where the set has no default for the region', () => {
    const rice = loose({ cropCode: 'RICE', areaHa: 1, rice: { waterRegime: 'CONTINUOUSLY_FLOODED' } });
    expect(validateActivities([rice], IPCC2019)).toEqual([]);
    expect(validateActivities([rice], IPCC2019, { region: 'AFRICA' })).toEqual([
      expect.objectContaining({ path: 'activities[0].rice.cultivationDays', reason: 'REQUIRED' }),
    ]);
    expect(validateActivities([rice], IPCC2006)).toEqual([expect.objectContaining({ path: 'activities[0].rice.cultivationDays', reason: 'REQUIRED' })]);
  });

  it('takes the N fraction of OTHER fertilisers when entered', () => {
    const activity = loose({ cropCode: 'MAIZE', areaHa: 1, syntheticFertilizers: [{ type: 'OTHER', productKg: 100, nitrogenFraction: 0.16 }] });
    expect(validateActivities([activity], IPCC2019)).toEqual([]);
  });
});

describe('calculateEmissions validation', () => {
  const base: CalculationRequest = { factorSet: IPCC2019, gwpSet: 'AR5', climateZone: 'TROPICAL_MOIST', activities: [] };

  it('computes an empty inventory', () => {
    expect(calculateEmissions(base)).toMatchObject({ totalCo2eKg: 0, lines: [], factorsUsed: [], warnings: [], intensities: [] });
  });

  it('throws EngineInputError with request and activity issues together', () => {
    const request = {
      ...base,
      gwpSet: 'SAR',
      climateZone: 'BOREAL',
      region: 'CENTRAL_VIETNAM',
      year: 2023.5,
      activities: [{ cropCode: 'MAIZE', areaHa: Number.NaN }],
    } as unknown as CalculationRequest;
    let caught: unknown;
    try {
      calculateEmissions(request);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EngineInputError);
    expect((caught as EngineInputError).issues.map((i) => [i.path, i.reason])).toEqual([
      ['gwpSet', 'INVALID_VALUE'],
      ['climateZone', 'INVALID_VALUE'],
      ['region', 'INVALID_VALUE'],
      ['year', 'INVALID_VALUE'],
      ['activities[0].areaHa', 'NOT_FINITE'],
    ]);
    expect((caught as Error).message).toContain('5 issues');
  });
});
