// Activity data shared by the emission end-to-end tests: a rice field and a young coffee farm.
export const riceActivity = {
  cropCode: 'RICE',
  areaHa: 10,
  syntheticFertilizers: [{ type: 'UREA', productKg: 2000 }],
  organicNitrogenKg: 100,
  rice: {
    waterRegime: 'MULTIPLE_DRAINAGE',
    preSeason: 'NON_FLOODED_SHORT',
    cultivationDays: 100,
    organicAmendments: [{ type: 'STRAW_SHORT', tonnesPerHa: 2 }],
  },
  residueBurning: { dryMatterTonnesPerHa: 5, fractionBurned: 0.3 },
  yieldTonnes: 60,
};

/** A continuously flooded rice season of 100 days with no amendment: SF_w, SF_p and SF_o all 1. */
export const floodedRice = (areaHa: number) => ({
  cropCode: 'RICE',
  areaHa,
  rice: { waterRegime: 'CONTINUOUSLY_FLOODED', preSeason: 'NON_FLOODED_SHORT', cultivationDays: 100 },
});

export const coffeeActivity = {
  cropCode: 'COFFEE',
  areaHa: 20,
  syntheticFertilizers: [
    { type: 'UREA', productKg: 5000 },
    { type: 'AMMONIUM_BASED', productKg: 3000, nitrogenFraction: 0.21 },
  ],
  lime: [{ type: 'LIMESTONE', amountKg: 4000 }],
  perennial: { standAgeYears: 3 },
  energy: { dieselLitres: 500, dieselUse: 'STATIONARY', electricityKwh: 3000 },
  yieldTonnes: 50,
};

export const record = (externalId: string, unitCode: string, activity: object, extra: Record<string, unknown> = {}) => ({
  externalId,
  administrativeUnitCode: unitCode,
  year: 2026,
  scenario: 'ACTUAL',
  activity,
  ...extra,
});

export const IMPORT = `mutation($input: ImportActivityRecordsInput!) {
  importActivityRecords(input: $input) {
    summary { dryRun created updated unchanged conflicts { rowIndex field code message } }
    records { id externalId version plausibilityWarnings }
  }
}`;

export const INVENTORY_FIELDS = `id year version status factorSet factorSetChain gwpSet method inputHash
  totalCo2eKg emissionsCo2eKg removalsCo2eKg indirectEnergyCo2eKg warnings statusReason
  lines { category gas kind massKg co2eKg cropCode activityRecordId details }`;

export const CALCULATE_INVENTORY = `mutation($input: CalculateEmissionInventoryInput!) {
  calculateEmissionInventory(input: $input) { emissionInventory { ${INVENTORY_FIELDS} } userErrors { field code message } }
}`;

export const step = (name: string, input = 'InventoryIdInput') => `mutation($input: ${input}!) {
  ${name}(input: $input) { emissionInventory { id status version statusReason } userErrors { field code message } }
}`;
