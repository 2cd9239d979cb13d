// Uncertainty over HTTP (IPCC 2006 Vol 1 Ch 3 Approach 1): activity records → commune inventory lines and
// totals → provincial inventory → annual report and its XLSX. Every expected figure is computed by hand here.
//
// Two rice records, IPCC2019 (2019R Table 5.11-5.13 ranges as stored in the factor set):
//   EF_c South-East Asia 1.22 [0.83, 1.81]: lower 0.39/1.22 = 31.967213 %, upper 0.59/1.22 = 48.360656 % (propagated: the larger)
//   SF_w continuously flooded 1.0 [0.73, 1.27]: 27 %;  SF_p non-flooded short 1.0 [0.88, 1.12]: 12 %
//   Σ U_factor² = 48.360656² + 27² + 12² = 3211.7530  (lower: 31.967213² + 27² + 12² = 1894.9027)
// Record A: 10 ha, its own activity-data uncertainty 10 %.  Record B: 30 ha, none given, source COMMUNE_SURVEY → 20 %
// (expert judgement default, engine/data/activity-uncertainty.json). Same factors and days, so x_B = 3 · x_A.
//   Line A, Eq 3.1: sqrt(3211.7530 + 10²) = 57.547832 %
//   Line B, Eq 3.1: sqrt(3211.7530 + 20²) = 60.097862 %
//   Total: the factors are shared, so each adds (U_k · (x_A + x_B))², activity data record by record:
//     var / (4 x_A)² = 3211.7530 + ((10 · 1)² + (20 · 3)²) / 4² = 3211.7530 + 231.25 → sqrt = 58.677108 %
//     lower: sqrt(1894.9027 + 231.25) = 46.110224 %
import ExcelJS from 'exceljs';
import { Role } from '../../../src/core/auth/roles';
import { HOME_UNIT, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { floodedRice, IMPORT, record, step } from './fixtures';

type Headers = Record<string, string>;
let server: TestServer;
let home: Headers;
let province: Headers;
let verifier: Headers;
beforeAll(async () => {
  server = await startTestServer();
  home = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT })).headers;
  province = (await createTestUser(server, Role.PROVINCE_OFFICER)).headers;
  verifier = (await createTestUser(server, Role.VERIFIER)).headers;
});
afterAll(async () => {
  await server.stop();
});

const LINE_A = 57.547832;
const LINE_B = 60.097862;
const TOTAL = 58.677108;
const TOTAL_LOWER = 46.110224;

const FIGURE = 'key co2eKg pct lowerPct upperPct';
const UNCERTAINTY = `uncertainty { approach total { ${FIGURE} } emissions { ${FIGURE} } byCategory { ${FIGURE} } byGas { ${FIGURE} } factorsWithoutRange linesNotAssessed }`;

interface Figure {
  key: string;
  co2eKg: number;
  pct: number;
  lowerPct: number;
  upperPct: number;
}
interface Uncertainty {
  approach: string;
  total: Figure;
  emissions: Figure;
  byCategory: Figure[];
  byGas: Figure[];
  factorsWithoutRange: string[];
  linesNotAssessed: number;
}

describe('uncertainty in the public calculator', () => {
  it('gives each line and the totals their figures, with the 20 % default for activity data of unknown source', async () => {
    const response = await server.requestText<{
      calculateEmissions: { lines: { uncertaintyPct: number; uncertaintyLowerPct: number }[]; uncertainty: Uncertainty };
    }>(`query($input: CalculationInput!) { calculateEmissions(input: $input) { lines { uncertaintyPct uncertaintyLowerPct } ${UNCERTAINTY} } }`, {
      input: { factorSet: 'IPCC2019', gwp: 'AR5', climateZone: 'TROPICAL_MOIST', activities: [floodedRice(10), floodedRice(30)] },
    });
    expect(response.errors).toBeUndefined();
    const result = response.data!.calculateEmissions;
    // Each line: sqrt(3211.7530 + 20²) = 60.097862 %; total: 3211.7530 + (20² + 60²) / 16 = 3461.7530 → 58.836664 %.
    for (const line of result.lines) expect(line.uncertaintyPct).toBeCloseTo(LINE_B, 5);
    expect(result.uncertainty.total.pct).toBeCloseTo(58.836664, 5);
  });
});

describe('uncertainty of inventories', () => {
  let inventoryId: string;

  it('refuses an activity-data uncertainty outside 0-1000 % with the field', async () => {
    for (const bad of [1001, -1, 1e308]) {
      const response = await server.requestText(
        IMPORT,
        { input: { dryRun: true, records: [record('a', HOME_UNIT, floodedRice(10), { activityDataUncertaintyPct: bad })] } },
        home,
      );
      expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(String(response.errors![0].extensions!.field)).toMatch(/activityDataUncertaintyPct$/);
    }
  });

  it('stores each line with its combined uncertainty and the inventory with its totals’', async () => {
    const imported = await server.requestText(
      IMPORT,
      {
        input: {
          dryRun: false,
          records: [record('a', HOME_UNIT, floodedRice(10), { activityDataUncertaintyPct: 10 }), record('b', HOME_UNIT, floodedRice(30))],
        },
      },
      home,
    );
    expect(imported.errors).toBeUndefined();
    const response = await server.requestText<{
      calculateEmissionInventory: {
        emissionInventory: {
          id: string;
          lines: {
            co2eKg: number;
            factorKeys: string[];
            activityDataUncertaintyPct: number;
            uncertaintyPct: number;
            uncertaintyLowerPct: number;
            uncertaintyUpperPct: number;
          }[];
          uncertainty: Uncertainty;
        };
      };
    }>(
      `mutation($input: CalculateEmissionInventoryInput!) { calculateEmissionInventory(input: $input) { emissionInventory { id
        lines { co2eKg factorKeys activityDataUncertaintyPct uncertaintyPct uncertaintyLowerPct uncertaintyUpperPct } ${UNCERTAINTY} } } }`,
      { input: { administrativeUnitCode: HOME_UNIT, year: 2026 } },
      home,
    );
    expect(response.errors).toBeUndefined();
    const inventory = response.data!.calculateEmissionInventory.emissionInventory;
    inventoryId = inventory.id;
    const [a, b] = [...inventory.lines].sort((x, y) => x.co2eKg - y.co2eKg);
    expect(b.co2eKg / a.co2eKg).toBeCloseTo(3, 6);
    expect(a.factorKeys).toEqual(['RICE.EF_C.SOUTH_EAST_ASIA', 'RICE.SF_P.NON_FLOODED_SHORT', 'RICE.SF_W.CONTINUOUSLY_FLOODED']);
    expect(a.activityDataUncertaintyPct).toBe(10);
    expect(b.activityDataUncertaintyPct).toBe(20);
    expect(a.uncertaintyPct).toBeCloseTo(LINE_A, 5);
    expect(b.uncertaintyPct).toBeCloseTo(LINE_B, 5);
    expect(a.uncertaintyUpperPct).toBeCloseTo(LINE_A, 5);
    // lower: sqrt(1894.9027 + 10²) = 44.664334 %
    expect(a.uncertaintyLowerPct).toBeCloseTo(44.664334, 5);
    const u = inventory.uncertainty;
    expect(u.approach).toMatch(/Approach 1/);
    expect(u.total.pct).toBeCloseTo(TOTAL, 5);
    expect(u.total.lowerPct).toBeCloseTo(TOTAL_LOWER, 5);
    expect(u.emissions.pct).toBeCloseTo(TOTAL, 5);
    expect(u.byCategory.map((c) => c.key)).toEqual(['3.C.7']);
    expect(u.byCategory[0].pct).toBeCloseTo(TOTAL, 5);
    expect(u.byGas.map((g) => g.key)).toEqual(['CH4']);
    expect(u.linesNotAssessed).toBe(0);
    expect(u.factorsWithoutRange).toEqual([]);
  });

  it('reads the uncertainty with no more SQL statements than the totals alone', async () => {
    const read = async (fields: string) => {
      await server.requestText(`query($id: ID!) { node(id: $id) { ... on EmissionInventory { id totalCo2eKg ${fields} } } }`, { id: inventoryId }, home);
      return server.lastSqlStatements();
    };
    const plain = await read('lines { co2eKg }');
    expect(await read(`lines { co2eKg uncertaintyPct uncertaintyLowerPct } ${UNCERTAINTY}`)).toBe(plain);
  });

  it('carries the figures to the provincial inventory, the annual report and its XLSX', async () => {
    await server.requestText(step('submitEmissionInventory'), { input: { id: inventoryId } }, home);
    const verified = await server.requestText<{ verifyEmissionInventory: { emissionInventory: { status: string } } }>(
      step('verifyEmissionInventory'),
      { input: { id: inventoryId } },
      verifier,
    );
    expect(verified.data!.verifyEmissionInventory.emissionInventory.status).toBe('VERIFIED');
    const compiled = await server.requestText<{
      compileProvincialInventory: {
        provincialInventory: { id: string; lines: { category: string; uncertaintyPct: number; uncertaintyLowerPct: number }[]; uncertainty: Uncertainty };
      };
    }>(
      `mutation { compileProvincialInventory(input: { year: 2026 }) { provincialInventory { id lines { category uncertaintyPct uncertaintyLowerPct } ${UNCERTAINTY} } } }`,
      {},
      province,
    );
    expect(compiled.errors).toBeUndefined();
    const provincial = compiled.data!.compileProvincialInventory.provincialInventory;
    // One provincial line (3.C.7 CH4): Eq 3.2 over the two commune lines with the shared factors summed first.
    expect(provincial.lines).toHaveLength(1);
    expect(provincial.lines[0].uncertaintyPct).toBeCloseTo(TOTAL, 5);
    expect(provincial.lines[0].uncertaintyLowerPct).toBeCloseTo(TOTAL_LOWER, 5);
    expect(provincial.uncertainty.total.pct).toBeCloseTo(TOTAL, 5);
    expect(provincial.uncertainty.byCategory[0]).toMatchObject({ key: '3.C.7' });

    await server.requestText(
      `mutation($input: ProvincialInventoryIdInput!) { verifyProvincialInventory(input: $input) { provincialInventory { status } } }`,
      { input: { id: provincial.id } },
      verifier,
    );
    const report = (
      await server.requestText<{
        annualEmissionReport: {
          methodStatement: string;
          xlsxPath: string;
          uncertainty: Uncertainty;
          byCategory: { category: string; uncertaintyPct: number; uncertaintyLowerPct: number; uncertaintyUpperPct: number }[];
          byCommune: { uncertaintyPct: number }[];
          byCrop: { cropCode: string; uncertaintyPct: number }[];
        };
      }>(
        `{ annualEmissionReport(year: 2026) { methodStatement xlsxPath ${UNCERTAINTY}
           byCategory { category uncertaintyPct uncertaintyLowerPct uncertaintyUpperPct } byCommune { uncertaintyPct } byCrop { cropCode uncertaintyPct } } }`,
      )
    ).data!.annualEmissionReport;
    expect(report.methodStatement).toMatch(/Uncertainty: IPCC 2006 Vol 1 Ch 3 Approach 1/);
    expect(report.uncertainty.total.pct).toBeCloseTo(TOTAL, 5);
    expect(report.byCategory[0].uncertaintyPct).toBeCloseTo(TOTAL, 5);
    expect(report.byCommune[0].uncertaintyPct).toBeCloseTo(TOTAL, 5);
    expect(report.byCrop).toEqual([{ cropCode: 'RICE', uncertaintyPct: expect.any(Number) }]);
    expect(report.byCrop[0].uncertaintyPct).toBeCloseTo(TOTAL, 5);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await fetch(server.url.replace('/graphql', report.xlsxPath))).arrayBuffer());
    const categories = book.getWorksheet('By category and gas')!;
    expect(categories.getRow(4).getCell(7).value).toBe('Uncertainty (%, 95 %)');
    expect(Number(categories.getRow(5).getCell(7).value)).toBeCloseTo(TOTAL, 5);
    expect(Number(categories.getRow(5).getCell(8).value)).toBeCloseTo(TOTAL_LOWER, 5);
    expect(Number(book.getWorksheet('By commune')!.getRow(5).getCell(8).value)).toBeCloseTo(TOTAL, 5);
    expect(Number(book.getWorksheet('By crop')!.getRow(5).getCell(7).value)).toBeCloseTo(TOTAL, 5);
    const summary = book.getWorksheet('Summary')!;
    const rows: Record<string, unknown> = {};
    summary.eachRow((row) => (rows[String(row.getCell(1).value)] = row.getCell(2).value));
    expect(Number(rows['Uncertainty of the net total (%, 95 %)'])).toBeCloseTo(TOTAL, 5);
  });
});
