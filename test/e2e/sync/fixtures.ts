// Test-only inventories: until the provincial inventory module registers the real loader, the sync
// tests register this one. It derives a verified inventory from (id, version) alone, so a worker in
// another process builds exactly the same submission.
import { createHash } from 'node:crypto';
import { InventorySubmissionSource, SubmissionLoader } from '../../../src/modules/sync/submission';

/** Ids whose inventory "is not verified": the loader answers null for them, as the real one would. */
export const UNVERIFIED_PREFIX = '00000000-';

const GASES = ['CH4', 'N2O', 'CO2'] as const;
const CATEGORIES: [string, string, 'EMISSION' | 'REMOVAL' | 'INDIRECT'][] = [
  ['3.C.7', 'Rice cultivation', 'EMISSION'],
  ['3.C.4', 'Direct N2O emissions from managed soils', 'EMISSION'],
  ['3.C.5', 'Indirect N2O emissions from managed soils', 'EMISSION'],
  ['3.C.2', 'Liming', 'EMISSION'],
  ['3.C.3', 'Urea application', 'EMISSION'],
  ['3.B.2.a', 'Cropland remaining cropland (perennial biomass)', 'REMOVAL'],
  ['1.A.4.c', 'Energy use on farms, indirect', 'INDIRECT'],
];

function seeded(text: string): () => number {
  let state = createHash('sha256').update(text).digest().readUInt32BE(0);
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

/** A verified provincial inventory; `lineCount` lines (default one per category × gas). */
export function fixtureSource(inventoryId: string, version: number, lineCount?: number): InventorySubmissionSource {
  const random = seeded(`${inventoryId}:${version}`);
  const count = lineCount ?? CATEGORIES.length * GASES.length;
  const lines = Array.from({ length: count }, (_, i) => {
    const [category, categoryName, kind] = CATEGORIES[i % CATEGORIES.length];
    const gas = GASES[Math.floor(i / CATEGORIES.length) % GASES.length];
    const massKg = Math.round(random() * 1e7) / 1000;
    const factor = gas === 'CH4' ? 28 : gas === 'N2O' ? 265 : 1;
    const suffix = i < CATEGORIES.length * GASES.length ? '' : `.${Math.floor(i / (CATEGORIES.length * GASES.length))}`;
    return { category: `${category}${suffix}`, categoryName, gas, kind, massKg, co2eKg: (kind === 'REMOVAL' ? -1 : 1) * massKg * factor };
  });
  const sum = (kind: string) => lines.filter((l) => l.kind === kind).reduce((total, l) => total + l.co2eKg, 0);
  return {
    inventoryId,
    version,
    replacesVersion: version > 1 ? version - 1 : null,
    province: { code: '66', name: 'Tỉnh Đắk Lắk' },
    year: 2026,
    method: 'IPCC 2006 Tier 1, Tier 2 where country factors exist',
    factorSet: 'VN-CROPS-2025.1',
    factorSetChain: ['IPCC-2006', 'IPCC-2019R', 'VN-CROPS-2025.1'],
    gwpSet: 'AR5-100',
    verifiedAt: '2027-03-31T09:00:00.000Z',
    verifiedBy: 'Thẩm định viên Sở NN&MT',
    inputHash: createHash('sha256').update(`${inventoryId}:${version}:inputs`).digest('hex'),
    communesIncluded: ['24133', '24175', '24121'],
    communesMissing: ['24100'],
    lines,
    activityRows: [],
    uncertainty: {
      approach: 'IPCC 2006 Vol 1 Ch 3 Approach 1',
      factorsWithoutRange: [],
      ofLines: () => ({ pct: null, lowerPct: null, upperPct: null, linesNotAssessed: 0 }),
    },
    totals: {
      totalCo2eKg: lines.reduce((total, l) => total + l.co2eKg, 0),
      emissionsCo2eKg: sum('EMISSION'),
      removalsCo2eKg: sum('REMOVAL'),
      indirectEnergyCo2eKg: sum('INDIRECT'),
    },
  };
}

/** Answers every id except the "unverified" ones; line count from SYNC_TEST_LINES in child processes. */
export const fixtureLoader: SubmissionLoader = async (_manager, inventoryId, version) => {
  if (inventoryId.startsWith(UNVERIFIED_PREFIX)) return null;
  const lines = process.env.SYNC_TEST_LINES ? Number(process.env.SYNC_TEST_LINES) : undefined;
  return fixtureSource(inventoryId, version, lines);
};
