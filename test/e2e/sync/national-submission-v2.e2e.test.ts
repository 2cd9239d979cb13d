// Golden test of the @2 national submission: a small province created through the API (rice under two
// water regimes, maize with fertiliser N, lime, urea and burnt residues, a young coffee farm), its
// provincial inventory verified, then every table's activity data, implied factor and emissions
// compared with numbers computed by hand below. Factors: the IPCC2019 set (src/modules/emissions/engine/
// data/ipcc2019.json), climate TROPICAL_MOIST (2019R "wet"), region SOUTH_EAST_ASIA, GWP AR5 (CH4 28,
// N2O 265); equations from the emission methods reference (docs/emission-methods.md, §§0-8).
import ExcelJS from 'exceljs';
import { canonicalHash } from '../../../src/core/canonical-json';
import { Role } from '../../../src/core/auth/roles';
import { loadSubmissionSource } from '../../../src/modules/emissions/provincial/submission-source';
import { buildJsonSubmission } from '../../../src/modules/sync/adapters/json-submission';
import { HEADER_ROWS, TABLE_COLUMNS } from '../../../src/modules/sync/crt/national-submission.xlsx';
import type { CrtTable, SubmissionDocumentV2 } from '../../../src/modules/sync/crt/submission-v2';
import { submissionProblems } from '../../../tools/national-sim/validate';
import { HOME_UNIT, createTestApiKey, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { CALCULATE_INVENTORY, IMPORT, record, step } from '../emissions/fixtures';
import { NATIONAL_SUBMISSIONS } from './national-submission-query';

type Headers = Record<string, string>;
let server: TestServer;
let province: Headers;
let verifier: Headers;

const riceFlooded = { cropCode: 'RICE', areaHa: 10, rice: { waterRegime: 'CONTINUOUSLY_FLOODED', preSeason: 'NON_FLOODED_SHORT', cultivationDays: 100 } };
const riceDrained = { cropCode: 'RICE', areaHa: 5, rice: { waterRegime: 'MULTIPLE_DRAINAGE', preSeason: 'NON_FLOODED_SHORT', cultivationDays: 90 } };
const maize = {
  cropCode: 'MAIZE',
  areaHa: 4,
  syntheticFertilizers: [
    { type: 'UREA', productKg: 1000 }, // N fraction 0.46 (set default) → 460 kg N
    { type: 'AMMONIUM_BASED', productKg: 1000, nitrogenFraction: 0.2 }, // 200 kg N
  ],
  organicNitrogenKg: 50,
  residueNitrogenKg: 30,
  lime: [
    { type: 'LIMESTONE', amountKg: 1000 },
    { type: 'DOLOMITE', amountKg: 500 },
  ],
  residueBurning: { dryMatterTonnesPerHa: 5, fractionBurned: 0.5 },
};
const coffee = { cropCode: 'COFFEE', areaHa: 20, perennial: { standAgeYears: 3 } };

/** Calculates, submits and verifies HOME_UNIT's inventory for `year`, then compiles and verifies the province's. */
async function verifiedProvince(year: number, activities: object[]): Promise<string> {
  const records = activities.map((a, i) => ({ ...record(`g${year}-${i}`, HOME_UNIT, a), year }));
  const imported = await server.requestText<{ importActivityRecords: { summary: { conflicts: unknown[] } } }>(IMPORT, { input: { records } }, province);
  expect(imported.data!.importActivityRecords.summary.conflicts).toEqual([]);
  const calculated = await server.requestText<{ calculateEmissionInventory: { emissionInventory: { id: string } } }>(
    CALCULATE_INVENTORY,
    { input: { administrativeUnitCode: HOME_UNIT, year } },
    province,
  );
  const id = calculated.data!.calculateEmissionInventory.emissionInventory.id;
  await server.requestText(step('submitEmissionInventory'), { input: { id } }, province);
  await server.requestText(step('verifyEmissionInventory'), { input: { id } }, verifier);
  const compiled = await server.requestText<{ compileProvincialInventory: { provincialInventory: { id: string } } }>(
    'mutation($year: Int!) { compileProvincialInventory(input: { year: $year }) { provincialInventory { id } } }',
    { year },
    province,
  );
  const provincialId = compiled.data!.compileProvincialInventory.provincialInventory.id;
  await server.requestText(
    'mutation($id: ID!) { verifyProvincialInventory(input: { id: $id }) { provincialInventory { status } } }',
    { id: provincialId },
    verifier,
  );
  return provincialId;
}

const pull = async (year: number, headers: Headers = province): Promise<SubmissionDocumentV2> => {
  const response = await server.requestText<{ nationalSubmissions: SubmissionDocumentV2[] }>(NATIONAL_SUBMISSIONS, { year }, headers);
  expect(response.errors).toBeUndefined();
  expect(response.data!.nationalSubmissions).toHaveLength(1);
  return response.data!.nationalSubmissions[0];
};

/** table → "ipcc item" → { activity data, gas → [mass, CO2e, implied factor] } for comparison. */
function digest(table: CrtTable) {
  return Object.fromEntries(
    table.rows.map((r) => [
      `${r.ipccCategory} ${r.item}`,
      {
        activity: r.activityData.map((q) => `${q.parameter}=${q.value} ${q.unit}`),
        ...Object.fromEntries(r.emissions.map((e) => [e.gas, [e.massKg, e.co2eKg, e.impliedFactor && `${e.impliedFactor.value} ${e.impliedFactor.unit}`]])),
      },
    ]),
  );
}
const table = (document: SubmissionDocumentV2, crt: string) => document.tables.find((t) => t.crtCategory === crt)!;

beforeAll(async () => {
  server = await startTestServer();
  province = (await createTestUser(server, Role.PROVINCE_OFFICER)).headers;
  verifier = (await createTestUser(server, Role.VERIFIER)).headers;
  await verifiedProvince(2026, [riceFlooded, riceDrained, maize, coffee]);
});
afterAll(() => server.stop());

describe('the @2 national submission, by hand', () => {
  it('3.C rice (IPCC 3.C.7): area harvested by water regime, cultivation period, implied CH4 factor', async () => {
    const document = await pull(2026);
    expect(table(document, '3.C').ipccCategories).toEqual(['3.C.7']);
    expect(digest(table(document, '3.C'))).toEqual({
      // CH4 = EF_c × SF_w × SF_p × days × area (2006 Eq 5.1-5.2; 2019R Table 5.11 EF_c SE Asia 1.22, SF_w 1.0, SF_p 1.0)
      //     = 1.22 × 1.0 × 1.0 × 100 × 10 = 1220 kg; IEF = 1220 / 10 ha = 122 kg CH4/ha; CO2e = 1220 × 28 = 34160
      '3.C.7 CONTINUOUSLY_FLOODED': { activity: ['areaHarvested=10 ha', 'cultivationPeriod=100 days'], CH4: ['1220', '34160', '122 kg CH4/ha'] },
      // = 1.22 × 0.55 (SF_w multiple drainage) × 1.0 × 90 × 5 = 301.95 kg; IEF = 301.95 / 5 = 60.39; CO2e = 301.95 × 28 = 8454.6
      '3.C.7 MULTIPLE_DRAINAGE': { activity: ['areaHarvested=5 ha', 'cultivationPeriod=90 days'], CH4: ['301.95', '8454.6', '60.39 kg CH4/ha'] },
    });
  });

  it('3.D managed soils (IPCC 3.C.4 and 3.C.5): N inputs by source, implied N2O factors, direct and indirect', async () => {
    const soils = table(await pull(2026), '3.D');
    expect(soils.ipccCategories).toEqual(['3.C.4', '3.C.5']);
    expect(digest(soils)).toEqual({
      // Direct (2019R Eq 11.1, wet climate): N2O = N × EF1 × 44/28, rounded to the milligram.
      // F_SN = 1000 × 0.46 + 1000 × 0.2 = 660 kg N; EF1 wet synthetic 0.016 → 660 × 0.016 × 44/28 = 16.5942857… → 16.594286 kg
      //   IEF = 16.594286 / 660 = 0.0251428576 kg N2O/kg N; CO2e = 16.594286 × 265 = 4397.48579
      '3.C.4 SYNTHETIC_N_F_SN': { activity: ['nitrogenApplied=660 kg N'], N2O: ['16.594286', '4397.48579', '0.0251428576 kg N2O/kg N'] },
      // F_ON = 50 kg N; EF1 wet other 0.006 → 50 × 0.006 × 44/28 = 0.4714285… → 0.471429; IEF 0.471429 / 50 = 0.00942858; CO2e 124.928685
      '3.C.4 ORGANIC_N_F_ON': { activity: ['nitrogenApplied=50 kg N'], N2O: ['0.471429', '124.928685', '0.00942858 kg N2O/kg N'] },
      // F_CR = 30 kg N → 30 × 0.006 × 44/28 = 0.2828571… → 0.282857; IEF 0.282857 / 30 = 0.0094285667; CO2e 74.957105
      '3.C.4 CROP_RESIDUE_N_F_CR': { activity: ['nitrogenApplied=30 kg N'], N2O: ['0.282857', '74.957105', '0.0094285667 kg N2O/kg N'] },
      // Indirect, volatilisation (2006 Eq 11.9): N = 460 × 0.15 (FracGASF urea) + 200 × 0.08 (ammonium) + 50 × 0.21 (FracGASM) = 95.5 kg N
      //   N2O = 95.5 × 0.014 (EF4 wet) × 44/28 = 2.101 kg; IEF 2.101 / 95.5 = 0.022; CO2e 556.765
      '3.C.5 ATMOSPHERIC_DEPOSITION': { activity: ['nitrogenVolatilisedOrLeached=95.5 kg N'], N2O: ['2.101', '556.765', '0.022 kg N2O/kg N'] },
      // Leaching (2006 Eq 11.10): N = (660 + 50 + 30) × 0.24 (FracLEACH) = 177.6 kg N; N2O = 177.6 × 0.011 (EF5) × 44/28 = 3.0699428… → 3.069943
      //   IEF 3.069943 / 177.6 = 0.0172857151; CO2e 3.069943 × 265 = 813.534895
      '3.C.5 NITROGEN_LEACHING_AND_RUNOFF': {
        activity: ['nitrogenVolatilisedOrLeached=177.6 kg N'],
        N2O: ['3.069943', '813.534895', '0.0172857151 kg N2O/kg N'],
      },
    });
    // The table's totals are the inventory's lines: direct (660 × 0.016 + 80 × 0.006) × 44/28 = 17.3485714… → 17.348571 kg (the
    // rows, each rounded to the milligram, add to 17.348572); CO2e from the unrounded mass, 17.3485714… × 265 = 4597.371429.
    // Indirect (1.337 + 1.9536) × 44/28 = 5.1709428… → 5.170943 kg; CO2e 5.1709428… × 265 = 1370.299857.
    expect(soils.totals).toMatchObject([
      { gas: 'N2O', kind: 'EMISSION', massKg: '17.348571', co2eKg: '4597.371429' },
      { gas: 'N2O', kind: 'EMISSION', massKg: '5.170943', co2eKg: '1370.299857' },
    ]);
    expect(soils.notationKeys.map((n) => `${n.item} ${n.key}`)).toEqual(['MINERALISATION_F_SOM NE', 'ORGANIC_SOILS_F_OS NE', 'GRAZING_F_PRP NO']);
  });

  it('3.F field burning (IPCC 3.C.1): crop, dry matter burnt, implied CH4 and N2O factors; CO2 is NA', async () => {
    const burning = table(await pull(2026), '3.F');
    expect(digest(burning)).toEqual({
      // Dry matter burnt = A × fraction burnt × M_B × C_f = 4 × 0.5 × 5 × 0.8 (maize) = 8 t (2006 Eq 2.27)
      // CH4 = 8 × 2.7 g/kg = 21.6 kg (IEF 2.7 kg/t dm, CO2e × 28 = 604.8); N2O = 8 × 0.07 = 0.56 kg (IEF 0.07, CO2e × 265 = 148.4)
      '3.C.1 MAIZE': { activity: ['dryMatterBurnt=8 t dm'], CH4: ['21.6', '604.8', '2.7 kg CH4/t dm'], N2O: ['0.56', '148.4', '0.07 kg N2O/t dm'] },
    });
    expect(burning.notationKeys).toEqual([expect.objectContaining({ gas: 'CO2', key: 'NA' })]);
  });

  it('3.G liming and 3.H urea (IPCC 3.C.2, 3.C.3)', async () => {
    const document = await pull(2026);
    expect(digest(table(document, '3.G'))).toEqual({
      // CO2 = M × EF × 44/12 (2006 Eq 11.12): limestone 1000 × 0.12 × 44/12 = 440 kg (IEF 0.44 kg CO2/kg)
      '3.C.2 LIMESTONE': { activity: ['limeApplied=1000 kg'], CO2: ['440', '440', '0.44 kg CO2/kg'] },
      // dolomite 500 × 0.13 × 44/12 = 238.333… → 238.333333 kg (IEF 238.333333 / 500 = 0.476666666)
      '3.C.2 DOLOMITE': { activity: ['limeApplied=500 kg'], CO2: ['238.333333', '238.333333', '0.476666666 kg CO2/kg'] },
    });
    expect(digest(table(document, '3.H'))).toEqual({
      // CO2 = M_urea × 0.2 × 44/12 (2006 Eq 11.13) = 1000 × 0.2 × 44/12 = 733.333333 kg; IEF 0.733333333 kg CO2/kg urea
      '3.C.3 UREA': { activity: ['ureaApplied=1000 kg'], CO2: ['733.333333', '733.333333', '0.733333333 kg CO2/kg'] },
    });
    expect(table(document, '3.H').notationKeys).toEqual([expect.objectContaining({ gas: 'N2O', key: 'IE' })]);
  });

  it('4.B cropland remaining cropland (IPCC 3.B.2): perennial woody biomass in the LULUCF table', async () => {
    const cropland = table(await pull(2026), '4.B');
    expect(cropland.ipccCategories).toEqual(['3.B.2']);
    expect(digest(cropland)).toEqual({
      // Gain = area × G (2006 Vol 4 Eq 2.7, Table 5.1 tropical moist 2.6 t C/ha/yr; stand 3 yr < cycle 8): 20 × 2.6 = 52 t C
      // CO2 = −52 × 44/12 × 1000 = −190666.666… → −190666.666667 kg; IEF −190666.666667 / 20 ha = −9533.33333335
      '3.B.2 COFFEE:GAIN': { activity: ['area=20 ha'], CO2: ['-190666.666667', '-190666.666667', '-9533.33333335 kg CO2/ha'] },
    });
  });

  it('verifies first: the provincial lines are the hand totals', async () => {
    const document = await pull(2026);
    const lines = Object.fromEntries(document.lines.map((l) => [`${l.category} ${l.gas} ${l.kind}`, l.massKg]));
    expect(lines).toEqual({
      '3.B.2 CO2 REMOVAL': -190666.666667,
      '3.C.1 CH4 EMISSION': 21.6,
      '3.C.1 N2O EMISSION': 0.56,
      '3.C.2 CO2 EMISSION': 678.333333, // (1000 × 0.12 + 500 × 0.13) × 44/12
      '3.C.3 CO2 EMISSION': 733.333333,
      '3.C.4 N2O EMISSION': 17.348571,
      '3.C.5 N2O EMISSION': 5.170943,
      '3.C.7 CH4 EMISSION': 1521.95, // 1220 + 301.95
    });
    for (const t of document.tables) for (const row of t.rows) expect(`${row.crtCategory} ${row.ipccCategory}`).toBe(`${t.crtCategory} ${row.ipccCategory}`);
  });

  it('gives every row and table total its Approach 1 uncertainty, computed by hand; provenance names the approach', async () => {
    // IPCC 2006 Vol 1 Ch 3 Approach 1 (docs/emission-methods.md §9): U(row) = sqrt(Σ_records (U_AD·x)² + Σ_factors (U_k·Σx)²) / |Σx|,
    // a factor shared by lines summed before squaring. U_AD = 20 % (COMMUNE_SURVEY default, engine/data/activity-uncertainty.json).
    // Factor ranges (IPCC2019 set): EF_c SE Asia 1.22 [0.83, 1.81] → lower (1.22 − 0.83)/1.22 = 31.967 %, upper (1.81 − 1.22)/1.22 = 48.361 %;
    // SF_w continuously flooded 1.0 [0.73, 1.27] → 27 %; SF_w multiple drainage 0.55 [0.41, 0.72] → lower 25.455 %, upper 30.909 %;
    // SF_p non-flooded < 180 d 1.0 [0.88, 1.12] → 12 %; EF1 wet synthetic 0.016 [0.013, 0.019] → 18.75 %; the urea N fraction,
    // burning C_f and G_ef have no range in the set (counted as exact, listed in provenance).
    const document = await pull(2026);
    const u = (crt: string, item: string) => table(document, crt).rows.find((r) => r.item === item)!.uncertainty;
    // 3.C.7 continuously flooded, one line, Eq 3.1: pct (larger half-widths) sqrt(20² + 48.361² + 27² + 12²) = sqrt(3611.79) = 60.098 → 60.1;
    // lower sqrt(20² + 31.967² + 27² + 12²) = sqrt(2294.91) = 47.905 → 47.91; upper = pct.
    expect(u('3.C', 'CONTINUOUSLY_FLOODED')).toEqual({ pct: '60.1', lowerPct: '47.91', upperPct: '60.1', notation: null });
    // 3.C.7 multiple drainage: sqrt(20² + 48.361² + 30.909² + 12²) = sqrt(3838.16) = 61.953 → 61.95; lower sqrt(20² + 31.967² + 25.455² + 12²) = 47.05.
    expect(u('3.C', 'MULTIPLE_DRAINAGE')).toEqual({ pct: '61.95', lowerPct: '47.05', upperPct: '61.95', notation: null });
    // 3.F maize: the CH4 line (604.8 kg CO2e) and the N2O line (148.4), factors without range, so activity data only, line by line (Eq 3.2):
    // 20 × sqrt(604.8² + 148.4²) / 753.2 = 20 × 622.740 / 753.2 = 16.536 → 16.54.
    expect(u('3.F', 'MAIZE')).toEqual({ pct: '16.54', lowerPct: null, upperPct: null, notation: null });
    // 3.C.4 synthetic N, the synthetic part of the direct N2O line: its factors are EF1 wet synthetic and the urea N fraction (no range):
    // sqrt(20² + 18.75²) = sqrt(751.5625) = 27.415 → 27.41 (the line's other N and its EF1 other, 83.3 %, are the other rows').
    expect(u('3.D', 'SYNTHETIC_N_F_SN')).toEqual({ pct: '27.41', lowerPct: null, upperPct: null, notation: null });
    // Table 3.C total: x = 34160 + 8454.6 = 42614.6 kg CO2e; EF_c and SF_p are shared by both lines (summed before squaring), SF_w not:
    // pct = sqrt((20·34160)² + (20·8454.6)² + (48.361·42614.6)² + (12·42614.6)² + (27·34160)² + (30.909·8454.6)²) / 42614.6
    //     = 2433723.18 / 42614.6 = 57.110 → 57.11; lower, with 31.967 and 25.455: 1873399.89 / 42614.6 = 43.961 → 43.96.
    const rice = table(document, '3.C');
    expect(rice.uncertainty).toEqual({ pct: '57.11', lowerPct: '43.96', upperPct: '57.11', notation: null });
    expect(rice.totals[0].uncertainty).toEqual(rice.uncertainty); // one line: the table is that line
    // The totals by line are the provincial lines' own figures (computed when it was compiled), to the rounding.
    const stored: { category: string; uncertainty_pct: number }[] = await server.database.dataSource.query(
      'SELECT category, uncertainty_pct FROM provincial_inventory_line WHERE inventory_id = $1 ORDER BY category',
      [document.inventory.id],
    );
    const totals = document.tables.flatMap((t) => t.totals.map((total, i) => [t.ipccCategories.length > 1 ? t.ipccCategories[i] : t.ipccCategories[0], total]));
    for (const [category, total] of totals as [string, CrtTable['totals'][number]][])
      expect(total.uncertainty.pct).toBe(Number(stored.find((s) => s.category === category)!.uncertainty_pct.toFixed(2)).toString());
    for (const row of document.tables.flatMap((t) => t.rows))
      expect(row.uncertainty).toMatchObject({ pct: expect.stringMatching(/^\d+(\.\d{1,2})?$/), notation: null });
    expect(document.provenance.uncertaintyMethod).toMatch(/^IPCC 2006 Vol 1 Ch 3 Approach 1/);
    expect(document.provenance.factorsWithoutRange).toEqual(expect.arrayContaining(['BURNING.C_F.MAIZE', 'BURNING.G_EF.CH4', 'FERTILIZER.N_FRACTION.UREA']));
    expect(document.provenance).toMatchObject({ factorSet: 'IPCC2019', gwpSet: 'AR5', communes: { covered: [HOME_UNIT] } });
    expect(document.provenance.communes.missing.length).toBeGreaterThan(0);
  });

  it('is the document the adapters send: valid against the published schema, with a SHA-256 a reader recomputes', async () => {
    const pulled = await pull(2026);
    const source = (await loadSubmissionSource(server.database.dataSource.manager, pulled.inventory.id, pulled.inventory.version))!;
    const sent = buildJsonSubmission(source);
    const body = JSON.parse(sent.body) as SubmissionDocumentV2;
    expect(body).toEqual(pulled);
    expect(submissionProblems(body)).toEqual([]);
    const { documentSha256, ...content } = body;
    expect(canonicalHash(content)).toBe(documentSha256);
  });

  it('still produces and serves @1 (deprecated query, format 1 targets)', async () => {
    const pulled = await pull(2026);
    const source = (await loadSubmissionSource(server.database.dataSource.manager, pulled.inventory.id, pulled.inventory.version))!;
    const legacy = await server.requestText<{ nationalInventorySubmissions: unknown[] }>('{ nationalInventorySubmissions(year: 2026) }', {}, province);
    expect(legacy.data!.nationalInventorySubmissions).toEqual([JSON.parse(buildJsonSubmission(source, 1).body)]);
  });

  it('serves the same tables as XLSX to the same readers', async () => {
    const document = await pull(2026);
    const url = server.url.replace('/graphql', '/reports/national-submission/2026.xlsx');
    expect((await fetch(url)).status).toBe(401);
    const communeOfficer = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT })).headers;
    expect((await fetch(url, { headers: communeOfficer })).status).toBe(403);
    const key = (await createTestApiKey(server, { scopes: ['inventory:read'] })).headers;
    expect((await fetch(url.replace('2026.xlsx', '2026.xlsx%00'), { headers: key })).status).toBe(400);
    expect((await fetch(url.replace('2026.xlsx', '99999.xlsx'), { headers: key })).status).toBe(400);
    expect((await fetch(url.replace('2026', '2031'), { headers: key })).status).toBe(404);
    const response = await fetch(url, { headers: key });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-document-sha256')).toBe(document.documentSha256);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual(['3.C', '3.D', '3.F', '3.G', '3.H', '4.B', 'Provenance']);
    for (const t of document.tables) {
      const sheet = book.getWorksheet(t.crtCategory)!;
      expect((sheet.getRow(HEADER_ROWS + 1).values as unknown[]).slice(1)).toEqual([...TABLE_COLUMNS]);
      const expected = t.rows.flatMap((r) =>
        r.emissions.map((e) => [
          r.crtCategory,
          r.ipccCategory,
          r.item,
          Number(r.activityData[0].value),
          Number(e.massKg),
          Number(e.co2eKg),
          e.impliedFactor && Number(e.impliedFactor.value),
          Number(r.uncertainty.pct),
          r.uncertainty.lowerPct && Number(r.uncertainty.lowerPct),
        ]),
      );
      const actual = [];
      for (let i = HEADER_ROWS + 2; sheet.getRow(i).getCell(1).value !== null; i++) {
        const c = (n: number) => sheet.getRow(i).getCell(n).value;
        actual.push([c(1), c(2), c(3), c(5), c(10), c(11), c(12), c(14), c(15)]);
      }
      expect(actual).toEqual(expected);
      const total = sheet.getRows(1, sheet.rowCount)!.find((row) => row.getCell(1).value === `${t.crtCategory} total`)!;
      expect([total.getCell(5).value, total.getCell(6).value]).toEqual([Number(t.co2eKg), Number(t.uncertainty.pct)]);
    }
    const provenance = book.getWorksheet('Provenance')!;
    expect(
      provenance
        .getRows(1, provenance.rowCount)!
        .find((row) => row.getCell(1).value === 'Factors without a range')!
        .getCell(2).value,
    ).toBe(document.provenance.factorsWithoutRange.join(', '));
  });

  it('gives NO, with the reason, for categories without records', async () => {
    await verifiedProvince(2027, [coffee]);
    const document = await pull(2027);
    for (const crt of ['3.C', '3.F', '3.G', '3.H']) {
      const t = table(document, crt);
      expect(t.rows).toEqual([]);
      expect(t.notationKeys[0]).toMatchObject({
        ipccCategory: t.ipccCategories[0],
        gas: 'ALL',
        key: 'NO',
        explanation: expect.stringContaining('no activity records'),
      });
    }
    expect(
      table(document, '3.D')
        .notationKeys.filter((n) => n.key === 'NO' && n.gas === 'ALL')
        .map((n) => n.ipccCategory),
    ).toEqual(['3.C.4', '3.C.5']);
    expect(table(document, '4.B').rows).toHaveLength(1);
    expect(submissionProblems(JSON.parse(JSON.stringify(document)))).toEqual([]);
    // A table without lines has no uncertainty to give: NA, with the reason.
    expect(table(document, '3.C').uncertainty).toMatchObject({ pct: null, notation: { key: 'NA' } });
  });

  it('builds the submission in the same number of statements whatever the rows', async () => {
    await pull(2026); // 11 rows
    const many = server.lastSqlStatements();
    await pull(2027); // 1 row
    expect(server.lastSqlStatements()).toBe(many);
    // One reads the signed-in caller (user and agency together: two before the lean lookup); one gives
    // every row's and line's partial sums and the factor ranges.
    expect(many).toBe(7);
  });
});
