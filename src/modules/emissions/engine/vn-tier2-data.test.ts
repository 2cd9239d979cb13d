// The Viet Nam Tier 2 data file: its figures against the reference sheet, and the load-time checks that
// stop the process on a malformed file.
import gridData from './data/grid-electricity.json';
import vnData from './data/vn-tier2-2026.json';
import { EngineInputError, builtInFactorSet, loadCountrySet } from './index';

const FILE = 'engine/data/vn-tier2-2026.json';
const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(vnData)) as Record<string, unknown>;
const factorsOf = (raw: Record<string, unknown>) => raw.factors as Record<string, Record<string, unknown>>;

function issuesOf(raw: unknown): { path: string; reason: string; message: string }[] {
  try {
    loadCountrySet(raw, FILE);
  } catch (error) {
    if (error instanceof EngineInputError) return error.issues;
    throw error;
  }
  throw new Error('expected the file to be rejected');
}

describe('vn-tier2-2026.json figures', () => {
  it('carries the [VNRICE] Central Viet Nam seasonal EF_c (docs/emission-methods.md §4)', () => {
    const f = builtInFactorSet('VN_TIER2_2026').factors;
    // Climate 2020 8(6):74, abstract: Central E 2.84, M+L 3.13 kg CH4/ha/d.
    expect(f['RICE.EF_C.SOUTH_EAST_ASIA.WINTER_SPRING'].value).toBe(2.84);
    expect(f['RICE.EF_C.SOUTH_EAST_ASIA.SUMMER_AUTUMN'].value).toBe(3.13);
    expect(f['RICE.EF_C.SOUTH_EAST_ASIA.AUTUMN_WINTER'].value).toBe(3.13);
    expect(f['RICE.EF_C.SOUTH_EAST_ASIA.MAIN'].value).toBe(3.13);
    // No Viet Nam value for the regional (season unknown) EF_c: the IPCC 2019R Table 5.11 SE Asia default.
    expect(f['RICE.EF_C.SOUTH_EAST_ASIA']).toMatchObject({ value: 1.22, factorSet: 'IPCC2019' });
  });

  it('restates the [DCC] grid factors exactly as the shared grid file has them (§8)', () => {
    const own = factorsOf(clone());
    const grid = gridData.factors as Record<string, { value: number }>;
    const gridKeys = Object.keys(own).filter((k) => k.startsWith('ELECTRICITY.GRID_EF.VN.'));
    expect(gridKeys.sort()).toEqual(Object.keys(grid).sort());
    for (const key of gridKeys) {
      expect([key, own[key].value]).toEqual([key, grid[key].value]);
      expect(own[key].provenance).toMatchObject({ sourceKey: 'DCC', countrySpecific: true });
    }
    expect(own['ELECTRICITY.GRID_EF.VN.2023'].value).toBe(0.6592);
  });

  it('documents every factor: source key, citation, location and whether it is a Viet Nam value', () => {
    for (const [key, f] of Object.entries(factorsOf(clone()))) {
      const p = f.provenance as Record<string, unknown>;
      expect([key, typeof p.sourceKey, typeof p.citation, typeof p.location, p.countrySpecific]).toEqual([key, 'string', 'string', 'string', true]);
    }
  });

  it('names the reported values it does not adopt, QĐ 2626/QĐ-BTNMT among them', () => {
    const gaps = builtInFactorSet('VN_TIER2_2026').gaps;
    expect(gaps.map((g) => g.topic)).toEqual(expect.arrayContaining([expect.stringContaining('2626/QĐ-BTNMT')]));
    for (const g of gaps) expect(g.fallback.length).toBeGreaterThan(0);
  });
});

describe('loadCountrySet rejects a malformed file', () => {
  it('accepts the committed file', () => {
    expect(loadCountrySet(clone(), FILE).code).toBe('VN_TIER2_2026');
  });

  it('names the file and every issue at once', () => {
    const raw = clone();
    const factors = factorsOf(raw);
    delete factors['RICE.EF_C.SOUTH_EAST_ASIA.MAIN'].provenance;
    (factors['RICE.EF_C.SOUTH_EAST_ASIA.WINTER_SPRING'].provenance as Record<string, unknown>).citation = '';
    factors['RICE.EF_C.SOUTH_EAST_ASIA.SUMMER_AUTUMN'].unit = 'g CH4/m2/day';
    factors['RICE.EF_C.CENTRAL_HIGHLANDS'] = { ...factors['RICE.EF_C.SOUTH_EAST_ASIA.AUTUMN_WINTER'] };
    raw.gaps = [{ topic: 'x' }];
    const issues = issuesOf(raw);
    expect(issues.map((i) => [i.path, i.reason])).toEqual(
      expect.arrayContaining([
        ['factors.RICE.EF_C.SOUTH_EAST_ASIA.MAIN.provenance', 'REQUIRED'],
        ['factors.RICE.EF_C.SOUTH_EAST_ASIA.WINTER_SPRING.provenance.citation', 'REQUIRED'],
        ['factors.RICE.EF_C.SOUTH_EAST_ASIA.SUMMER_AUTUMN.unit', 'UNIT_MISMATCH'],
        ['factors.RICE.EF_C.CENTRAL_HIGHLANDS', 'UNKNOWN_FACTOR'],
        ['gaps[0].sourceKey', 'REQUIRED'],
      ]),
    );
    for (const issue of issues) expect(issue.message).toMatch(/^engine\/data\/vn-tier2-2026\.json: /u);
  });

  it('rejects a base that is not an IPCC set, a bad value and a non-object', () => {
    const raw = clone();
    raw.base = 'VN_TIER1';
    factorsOf(raw)['RICE.EF_C.SOUTH_EAST_ASIA.MAIN'].value = -3.13;
    expect(issuesOf(raw).map((i) => [i.path, i.reason])).toEqual(
      expect.arrayContaining([
        ['base', 'UNKNOWN_BASE'],
        ['factors.RICE.EF_C.SOUTH_EAST_ASIA.MAIN.value', 'NEGATIVE'],
      ]),
    );
    expect(issuesOf([])).toEqual([expect.objectContaining({ path: FILE, reason: 'INVALID_VALUE' })]);
  });

  it('rejects provenance that does not say whether the value is from Viet Nam', () => {
    const raw = clone();
    (factorsOf(raw)['RICE.EF_C.SOUTH_EAST_ASIA.MAIN'].provenance as Record<string, unknown>).countrySpecific = 'yes';
    expect(issuesOf(raw)).toEqual([expect.objectContaining({ path: 'factors.RICE.EF_C.SOUTH_EAST_ASIA.MAIN.provenance.countrySpecific' })]);
  });
});
