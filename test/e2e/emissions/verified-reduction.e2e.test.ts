// Verified reductions over HTTP: BASELINE inventories go through calculate → submit → verify → lock like
// ACTUAL ones; emissionReduction and the annual report count only verified pairs with the same sets.
import ExcelJS from 'exceljs';
import { Role } from '../../../src/core/auth/roles';
import { HOME_UNIT, OTHER_UNIT, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { CALCULATE_INVENTORY, IMPORT, record, step } from './fixtures';

type Headers = Record<string, string>;
let server: TestServer;
let home: Headers;
let other: Headers;
let province: Headers;
let verifier: Headers;

// Maize fields limed with limestone only: one line each, 3.C.2 CO2 from liming.
// IPCC 2006 Vol 4 Eq 11.12: CO2 = M × EF × 44/12, EF_limestone = 0.12 t C/t (no range in the set: exact);
// GWP-100 of CO2 = 1 (AR5). The line's uncertainty is its activity data's (Eq 3.1 with one term).
const limed = (kg: number) => ({ cropCode: 'MAIZE', areaHa: 10, lime: [{ type: 'LIMESTONE', amountKg: kg }] });
const CO2_PER_C = 44 / 12;
const BASE_KG = 5000 * 0.12 * CO2_PER_C; // 2200 kg CO2
const ACTUAL_KG = 2000 * 0.12 * CO2_PER_C; // 880 kg CO2
const BASE_U = 10; // % (the record's own activityDataUncertaintyPct)
const ACTUAL_U = 20; // %
const REDUCTION_KG = BASE_KG - ACTUAL_KG; // 1320 kg CO2
// IPCC 2006 Vol 1 Ch 3 Eq 3.2 over baseline − actual, independent activity data (the one factor has no range):
// U = sqrt((10 × 2200)² + (20 × 880)²) / |2200 − 880| = sqrt(484 000 000 + 309 760 000) / 1320 = 21.3437… %
const REDUCTION_U = Math.sqrt((BASE_U * BASE_KG) ** 2 + (ACTUAL_U * ACTUAL_KG) ** 2) / REDUCTION_KG;

const rows = [
  record('maize-base', HOME_UNIT, limed(5000), { scenario: 'BASELINE', activityDataUncertaintyPct: BASE_U }),
  record('maize-actual', HOME_UNIT, limed(2000), { activityDataUncertaintyPct: ACTUAL_U }),
  record('maize-base', OTHER_UNIT, limed(3000), { scenario: 'BASELINE', activityDataUncertaintyPct: BASE_U }),
  record('maize-actual', OTHER_UNIT, limed(1000), { activityDataUncertaintyPct: ACTUAL_U }),
];

interface Inventory {
  id: string;
  status: string;
  version: number;
  scenario: string;
  factorSet: string;
  totalCo2eKg: number;
}
interface Amounts {
  baselineCo2eKg: number;
  actualCo2eKg: number;
  reductionCo2eKg: number;
  reductionPercent: number | null;
  uncertaintyPct: number | null;
}
const AMOUNTS = 'baselineCo2eKg actualCo2eKg reductionCo2eKg reductionPercent uncertaintyPct';
const FIGURES = `basis total { ${AMOUNTS} } byCategory { category ${AMOUNTS} } byCrop { cropCode ${AMOUNTS} }
  byCommune { administrativeUnitCode name baselineInventoryVersion actualInventoryVersion ${AMOUNTS} }
  rows { administrativeUnitCode cropCode category ${AMOUNTS} }`;
interface Figures {
  basis: string;
  total: Amounts;
  byCategory: (Amounts & { category: string })[];
  byCrop: (Amounts & { cropCode: string })[];
  byCommune: (Amounts & { administrativeUnitCode: string; name: string; baselineInventoryVersion: number | null; actualInventoryVersion: number | null })[];
  rows: (Amounts & { administrativeUnitCode: string })[];
}
interface Unverified {
  administrativeUnitCode: string;
  reason: string;
  baselineStatus: string | null;
  actualStatus: string | null;
}
const REDUCTION = `query($input: EmissionReductionInput!) { emissionReduction(input: $input) {
  factorSet gwpSet basis baselineCo2eKg actualCo2eKg reductionCo2eKg reductionUncertaintyPct
  verified { ${FIGURES} }
  unverified { ${FIGURES} units { administrativeUnitCode reason baselineStatus actualStatus } } } }`;
interface Reduction {
  factorSet: string;
  gwpSet: string;
  basis: string;
  baselineCo2eKg: number;
  actualCo2eKg: number;
  reductionCo2eKg: number;
  reductionUncertaintyPct: number | null;
  verified: Figures;
  unverified: Figures & { units: Unverified[] };
}

const calculate = async (unitCode: string, scenario: string, headers: Headers, extra: object = {}) => {
  const response = await server.requestText<{ calculateEmissionInventory: { emissionInventory: Inventory | null; userErrors: { code: string }[] } }>(
    CALCULATE_INVENTORY.replace('id year version', 'id year version scenario'),
    { input: { administrativeUnitCode: unitCode, year: 2026, scenario, ...extra } },
    headers,
  );
  expect(response.errors).toBeUndefined();
  expect(response.data!.calculateEmissionInventory.userErrors).toEqual([]);
  return response.data!.calculateEmissionInventory.emissionInventory!;
};
const move = async (name: string, id: string, headers: Headers) => {
  const response = await server.requestText<Record<string, { emissionInventory: { status: string } | null; userErrors: unknown[] }>>(
    step(name),
    { input: { id } },
    headers,
  );
  expect(response.errors).toBeUndefined();
  return response.data![name].emissionInventory!.status;
};
const importRows = (records: object[], headers: Headers) =>
  server.requestText<{ importActivityRecords: { summary: { updated: number; conflicts: { rowIndex: number; field: string; code: string }[] } } }>(
    IMPORT,
    { input: { records } },
    headers,
  );
const reduction = async (headers: Headers, input: object = {}) => {
  const response = await server.requestText<{ emissionReduction: Reduction }>(REDUCTION, { input: { year: 2026, ...input } }, headers);
  expect(response.errors).toBeUndefined();
  return response.data!.emissionReduction;
};

beforeAll(async () => {
  server = await startTestServer();
  home = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT })).headers;
  other = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: OTHER_UNIT })).headers;
  province = (await createTestUser(server, Role.PROVINCE_OFFICER)).headers;
  verifier = (await createTestUser(server, Role.VERIFIER)).headers;
  const imported = await importRows(rows, province);
  expect(imported.errors).toBeUndefined();
  expect(imported.data!.importActivityRecords.summary.conflicts).toEqual([]);
});
afterAll(async () => {
  await server.stop();
});

let homeBaseline: Inventory;
let homeActual: Inventory;

describe('a baseline inventory', () => {
  it('is calculated from the BASELINE records alone, with versions of its own', async () => {
    homeBaseline = await calculate(HOME_UNIT, 'BASELINE', home);
    homeActual = await calculate(HOME_UNIT, 'ACTUAL', home);
    expect(homeBaseline).toMatchObject({ scenario: 'BASELINE', version: 1, status: 'DRAFT' });
    expect(homeActual).toMatchObject({ scenario: 'ACTUAL', version: 1, status: 'DRAFT' });
    expect(homeBaseline.totalCo2eKg).toBeCloseTo(BASE_KG, 3);
    expect(homeActual.totalCo2eKg).toBeCloseTo(ACTUAL_KG, 3);
  });

  it('is submitted, verified, and then locks the BASELINE records only', async () => {
    expect(await move('submitEmissionInventory', homeBaseline.id, home)).toBe('SUBMITTED');
    expect(await move('verifyEmissionInventory', homeBaseline.id, verifier)).toBe('VERIFIED');

    const editBaseline = await importRows([record('maize-base', HOME_UNIT, limed(4000), { scenario: 'BASELINE', activityDataUncertaintyPct: BASE_U })], home);
    const refused = editBaseline.data!.importActivityRecords.summary.conflicts;
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((c) => c.rowIndex === 0 && c.field === 'year' && c.code === 'LOCKED')).toBe(true);
    const [{ id }] = await server.database.dataSource.query(
      `SELECT r.id FROM activity_record r JOIN administrative_unit u ON u.id = r.administrative_unit_id WHERE r.external_id = 'maize-base' AND u.code = $1`,
      [HOME_UNIT],
    );
    const withdraw = await server.requestText(
      'mutation($input: DeleteActivityRecordInput!) { deleteActivityRecord(input: $input) { activityRecord { id } } }',
      { input: { id: Buffer.from(`ActivityRecord:${id}`).toString('base64'), expectedVersion: 1 } },
      home,
    );
    expect(withdraw.errors![0].extensions).toMatchObject({ code: 'LOCKED' });
    // Recalculating a verified baseline is refused as for an actual inventory.
    const again = await server.requestText(CALCULATE_INVENTORY, { input: { administrativeUnitCode: HOME_UNIT, year: 2026, scenario: 'BASELINE' } }, home);
    expect(again.errors![0].extensions).toMatchObject({ code: 'LOCKED' });

    // The year's ACTUAL records stay open until their own inventory is submitted.
    const editActual = await importRows([record('maize-actual', HOME_UNIT, limed(2500), { activityDataUncertaintyPct: ACTUAL_U })], home);
    expect(editActual.data!.importActivityRecords.summary).toMatchObject({ updated: 1, conflicts: [] });
    await importRows([record('maize-actual', HOME_UNIT, limed(2000), { activityDataUncertaintyPct: ACTUAL_U })], home);
    homeActual = await calculate(HOME_UNIT, 'ACTUAL', home);
    expect(homeActual.version).toBe(2);
    expect(await move('submitEmissionInventory', homeActual.id, home)).toBe('SUBMITTED');
    expect(await move('verifyEmissionInventory', homeActual.id, verifier)).toBe('VERIFIED');
    const lockedActual = await importRows([record('maize-actual', HOME_UNIT, limed(2500), { activityDataUncertaintyPct: ACTUAL_U })], home);
    expect(new Set(lockedActual.data!.importActivityRecords.summary.conflicts.map((c) => c.code))).toEqual(new Set(['LOCKED']));
  });
});

describe('emissionReduction', () => {
  it('counts the verified pair with golden figures, and shows a baseline still in draft apart', async () => {
    await calculate(OTHER_UNIT, 'BASELINE', other);
    const result = await reduction(province);
    expect(result).toMatchObject({ factorSet: 'IPCC2019', gwpSet: 'AR5' });
    expect(result.basis).toMatch(/VERIFIED BASELINE inventory minus its VERIFIED ACTUAL inventory.*IPCC2019.*AR5.*Eq 3\.2/);
    expect(result.baselineCo2eKg).toBeCloseTo(BASE_KG, 3);
    expect(result.actualCo2eKg).toBeCloseTo(ACTUAL_KG, 3);
    expect(result.reductionCo2eKg).toBeCloseTo(REDUCTION_KG, 3);
    expect(result.reductionUncertaintyPct).toBeCloseTo(REDUCTION_U, 6);
    expect(REDUCTION_U).toBeCloseTo(21.3437, 4);

    const golden = { baselineCo2eKg: BASE_KG, actualCo2eKg: ACTUAL_KG, reductionCo2eKg: REDUCTION_KG, reductionPercent: 60, uncertaintyPct: REDUCTION_U };
    const close = (a: Amounts) => {
      for (const [key, value] of Object.entries(golden)) expect(a[key as keyof Amounts]).toBeCloseTo(value, 3);
    };
    expect(result.verified.byCategory.map((r) => r.category)).toEqual(['3.C.2']);
    close(result.verified.byCategory[0]);
    expect(result.verified.byCrop.map((r) => r.cropCode)).toEqual(['MAIZE']);
    close(result.verified.byCrop[0]);
    expect(result.verified.byCommune).toEqual([
      expect.objectContaining({ administrativeUnitCode: HOME_UNIT, baselineInventoryVersion: 1, actualInventoryVersion: 2 }),
    ]);
    close(result.verified.byCommune[0]);
    close(result.verified.total);

    // OTHER_UNIT: its baseline is a draft and it has no actual inventory: apart, computed from its records.
    expect(result.unverified.units).toEqual([
      { administrativeUnitCode: OTHER_UNIT, reason: 'BASELINE_NOT_VERIFIED', baselineStatus: 'DRAFT', actualStatus: null },
    ]);
    expect(result.unverified.basis).toMatch(/^Not verified/);
    // 3000 and 1000 kg limestone: 1320 and 440 kg CO2, reduction 880; U = sqrt((10 × 1320)² + (20 × 440)²) / 880.
    expect(result.unverified.total.baselineCo2eKg).toBeCloseTo(3000 * 0.12 * CO2_PER_C, 3);
    expect(result.unverified.total.actualCo2eKg).toBeCloseTo(1000 * 0.12 * CO2_PER_C, 3);
    expect(result.unverified.total.reductionCo2eKg).toBeCloseTo(880, 3);
    expect(result.unverified.total.uncertaintyPct).toBeCloseTo(Math.sqrt((10 * 1320) ** 2 + (20 * 440) ** 2) / 880, 6);
    expect(result.unverified.byCommune.map((c) => [c.administrativeUnitCode, c.baselineInventoryVersion])).toEqual([[OTHER_UNIT, null]]);
  });

  it('keeps a pair verified with different factor sets apart (SETS_DIFFER), and a commune sees only its own unit', async () => {
    const otherBaseline = (await server.database.dataSource.query(`SELECT id FROM emission_inventory WHERE scenario = 'BASELINE' AND status = 'DRAFT'`))[0];
    const baselineId = Buffer.from(`EmissionInventory:${otherBaseline.id}`).toString('base64');
    await move('submitEmissionInventory', baselineId, other);
    await move('verifyEmissionInventory', baselineId, verifier);
    const otherActual = await calculate(OTHER_UNIT, 'ACTUAL', other, { factorSet: 'IPCC2006' });
    await move('submitEmissionInventory', otherActual.id, other);
    await move('verifyEmissionInventory', otherActual.id, verifier);

    const result = await reduction(province);
    expect(result.unverified.units).toEqual([
      { administrativeUnitCode: OTHER_UNIT, reason: 'SETS_DIFFER', baselineStatus: 'VERIFIED', actualStatus: 'VERIFIED' },
    ]);
    expect(result.reductionCo2eKg).toBeCloseTo(REDUCTION_KG, 3);
    expect(result.verified.byCommune.map((c) => c.administrativeUnitCode)).toEqual([HOME_UNIT]);

    // Asked for IPCC2006, the home pair (IPCC2019) is apart too, and nothing is verified.
    const asked2006 = await reduction(province, { factorSet: 'IPCC2006' });
    expect(asked2006.unverified.units.map((u) => [u.administrativeUnitCode, u.reason])).toEqual([
      [OTHER_UNIT, 'SETS_DIFFER'],
      [HOME_UNIT, 'OTHER_FACTOR_SET'],
    ]);
    expect(asked2006.reductionCo2eKg).toBe(0);
    expect(asked2006.reductionUncertaintyPct).toBeNull();

    const own = await reduction(other);
    expect(own.verified.byCommune).toEqual([]);
    expect(own.unverified.units.map((u) => u.administrativeUnitCode)).toEqual([OTHER_UNIT]);
  });
});

describe('the annual report', () => {
  it('carries the verified reductions by category, crop and commune, and the communes without one, in GraphQL and XLSX', async () => {
    const compiled = await server.requestText<{ compileProvincialInventory: { provincialInventory: { id: string; communesIncluded: string[] } } }>(
      'mutation { compileProvincialInventory(input: { year: 2026 }) { provincialInventory { id communesIncluded } userErrors { code } } }',
      {},
      province,
    );
    expect(compiled.errors).toBeUndefined();
    const provincial = compiled.data!.compileProvincialInventory.provincialInventory;
    expect(provincial.communesIncluded).toEqual([HOME_UNIT]);
    const verified = await server.requestText(
      'mutation($input: ProvincialInventoryIdInput!) { verifyProvincialInventory(input: $input) { provincialInventory { status } } }',
      { input: { id: provincial.id } },
      verifier,
    );
    expect(verified.errors).toBeUndefined();

    const response = await server.requestText<{
      annualEmissionReport: { xlsxPath: string; reductions: Figures; unverifiedReductionCommunes: Unverified[] };
    }>(
      `{ annualEmissionReport(year: 2026) { xlsxPath reductions { ${FIGURES} }
         unverifiedReductionCommunes { administrativeUnitCode reason baselineStatus actualStatus } } }`,
    );
    expect(response.errors).toBeUndefined();
    const report = response.data!.annualEmissionReport;
    expect(report.reductions.total.reductionCo2eKg).toBeCloseTo(REDUCTION_KG, 3);
    expect(report.reductions.total.uncertaintyPct).toBeCloseTo(REDUCTION_U, 6);
    expect(report.reductions.byCategory.map((r) => [r.category, r.reductionCo2eKg])).toEqual([['3.C.2', expect.closeTo(REDUCTION_KG, 3)]]);
    expect(report.reductions.byCrop.map((r) => [r.cropCode, r.uncertaintyPct])).toEqual([['MAIZE', expect.closeTo(REDUCTION_U, 6)]]);
    expect(report.reductions.byCommune.map((r) => r.administrativeUnitCode)).toEqual([HOME_UNIT]);
    // OTHER_UNIT's actual (IPCC2006) is not in the provincial inventory (IPCC2019), and its pair differs in sets.
    expect(report.unverifiedReductionCommunes).toEqual([
      { administrativeUnitCode: OTHER_UNIT, reason: 'SETS_DIFFER', baselineStatus: 'VERIFIED', actualStatus: 'VERIFIED' },
    ]);

    const download = await fetch(server.url.replace('/graphql', report.xlsxPath));
    expect(download.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await download.arrayBuffer());
    const cells = (name: string) => {
      const found: unknown[][] = [];
      book.getWorksheet(name)!.eachRow((row, index) => {
        if (index > 4) found.push((row.values as unknown[]).slice(1));
      });
      return found;
    };
    expect(String(book.getWorksheet('Reductions by commune')!.getRow(3).getCell(1).value)).toBe(report.reductions.basis);
    const [commune] = cells('Reductions by commune');
    expect(commune.slice(0, 4)).toEqual([HOME_UNIT, report.reductions.byCommune[0].name, 1, 2]);
    expect(commune[4]).toBeCloseTo(BASE_KG, 3);
    expect(commune[5]).toBeCloseTo(ACTUAL_KG, 3);
    expect(commune[6]).toBeCloseTo(REDUCTION_KG, 3);
    expect(commune[7]).toBeCloseTo(60, 6);
    expect(commune[8]).toBeCloseTo(REDUCTION_U, 6);
    expect(cells('Reductions by category').map((r) => [r[0], r[3]])).toEqual([['3.C.2', expect.closeTo(REDUCTION_KG, 3)]]);
    expect(cells('Reductions by crop').map((r) => [r[0], r[5]])).toEqual([['MAIZE', expect.closeTo(REDUCTION_U, 6)]]);
    expect(cells('Reductions not verified')).toEqual([[OTHER_UNIT, expect.any(String), 'SETS_DIFFER', 'VERIFIED', 'VERIFIED']]);
  });
});
