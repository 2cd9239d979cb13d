import fc from 'fast-check';
import {
  CalculationAbortedError,
  DEFAULT_ACTIVITIES_PER_CHUNK,
  EngineInputError,
  builtInFactorSet,
  calculateEmissions,
  calculateEmissionsInChunks,
  type ActivityData,
  type CalculationRequest,
} from './index';

// One activity per kind of work: rice methane, a perennial stand with diesel, maize with lime and grid power.
const KINDS: ActivityData[] = [
  {
    cropCode: 'RICE',
    areaHa: 2,
    syntheticFertilizers: [{ type: 'UREA', productKg: 300 }],
    rice: { waterRegime: 'MULTIPLE_DRAINAGE', preSeason: 'NON_FLOODED_SHORT', cultivationDays: 100 },
    residueBurning: { dryMatterTonnesPerHa: 5, fractionBurned: 0.3 },
    yieldTonnes: 12,
  },
  { cropCode: 'COFFEE', areaHa: 4, organicNitrogenKg: 200, perennial: { standAgeYears: 2 }, energy: { dieselLitres: 200, dieselUse: 'STATIONARY' } },
  { cropCode: 'MAIZE', areaHa: 3, lime: [{ type: 'LIMESTONE', amountKg: 300 }], energy: { electricityKwh: 1000 }, yieldTonnes: 9 },
];

const request = (activities: ActivityData[]): CalculationRequest => ({
  factorSet: builtInFactorSet('IPCC2019'),
  gwpSet: 'AR5',
  climateZone: 'TROPICAL_MOIST',
  year: 2023,
  activities,
});
const many = (n: number) => Array.from({ length: n }, (_, i) => KINDS[i % KINDS.length]);

describe('calculateEmissionsInChunks', () => {
  it('gives exactly the result of calculateEmissions, whatever the chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...KINDS), { maxLength: 120 }), fc.integer({ min: 1, max: 60 }), async (activities, activitiesPerChunk) => {
        expect(await calculateEmissionsInChunks(request(activities), { activitiesPerChunk })).toEqual(calculateEmissions(request(activities)));
      }),
      { seed: 20260301, numRuns: 60 },
    );
  });

  it('lets the event loop turn after each chunk, and stops at the next chunk once its signal fires', async () => {
    const controller = new AbortController();
    // Queued before the calculation starts: it can run only if the engine gives the event loop a turn.
    setImmediate(() => controller.abort());
    const stopped = await calculateEmissionsInChunks(request(many(1000)), { signal: controller.signal }).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(CalculationAbortedError);
    expect(stopped).toMatchObject({ activitiesProcessed: DEFAULT_ACTIVITIES_PER_CHUNK, activities: 1000 });
  });

  it('does nothing for a signal that has already fired', async () => {
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    const stopped = await calculateEmissionsInChunks(request(many(10)), { signal: controller.signal }).catch((e: unknown) => e);
    expect(stopped).toMatchObject({ activitiesProcessed: 0, activities: 10, reason: new Error('gone') });
  });

  it('refuses bad input as calculateEmissions does, before computing anything', async () => {
    const bad = request([{ cropCode: 'RICE', areaHa: -1 }]);
    await expect(calculateEmissionsInChunks(bad)).rejects.toBeInstanceOf(EngineInputError);
    await expect(calculateEmissionsInChunks(request(many(3)), { activitiesPerChunk: 0 })).rejects.toThrow(RangeError);
  });
});
