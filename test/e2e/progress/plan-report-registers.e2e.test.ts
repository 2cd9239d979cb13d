// The plan reports' register sheets: records written through the API come back, cell by cell, in the
// annual XLSX and the phase review, with totals; the phase review sets planned against converted area
// by crop; a download takes as many statements with many rows as with few; a key that may not read a
// register gets a sheet that says so instead of its records.
import ExcelJS from 'exceljs';
import { Role } from '../../../src/core/auth/roles';
import { HOME_UNIT, OTHER_UNIT, createTestApiKey, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { CONVERSION_FIELDS, PLAN, WORK_FIELDS, conversionInput, documents, planInput, workInput } from '../registers/crop-planning.fixtures';
import {
  ADOPT_CRITERIA,
  CREATE_CRITERIA,
  CREATE_ORGANISATION,
  CREATE_ZONE,
  DELETE_ZONE,
  RecordNode,
  criteriaInput,
  decision,
  mutate,
  organisationInput,
  zoneInput,
} from '../registers/fixtures';

type Headers = Record<string, string>;
type Row = unknown[];

let server: TestServer;
let province: Headers;

beforeAll(async () => {
  server = await startTestServer();
  province = (await createTestUser(server, Role.PROVINCE_OFFICER)).headers;
});
afterAll(async () => {
  await server.stop();
});

const UNIT = 'administrativeUnit { code name }';
const CONVERSION = documents('CropConversion', `${CONVERSION_FIELDS} ${UNIT}`);
const WORK = documents('InfrastructureWork', `${WORK_FIELDS} ${UNIT}`);
const STUDY_FIELDS = 'id kind title startYear endYear budgetVnd status documentUrls leadAgency { code }';
const CREATE_STUDY = `mutation($input: CreateResearchStudyInput!) { createResearchStudy(input: $input) { researchStudy { ${STUDY_FIELDS} } userErrors { field code } } }`;

async function create(document: string, input: Record<string, unknown>): Promise<RecordNode> {
  const { record, userErrors } = await mutate(server, document, input, province);
  expect(userErrors).toEqual([]);
  return record!;
}

const study = (overrides: Record<string, unknown>) =>
  create(CREATE_STUDY, {
    kind: 'STUDY',
    title: 'Nghiên cứu giảm phân đạm cho cà phê',
    leadAgencyCode: 'DOST',
    startYear: 2026,
    endYear: 2027,
    budgetVnd: 1_200_000_000,
    status: 'IN_PROGRESS',
    documentUrls: ['https://example.test/quyet-dinh.pdf'],
    ...overrides,
  });

async function download(path: string, headers: Headers = province): Promise<{ book: ExcelJS.Workbook; statements: number }> {
  const response = await fetch(server.url.replace('/graphql', path), { headers });
  expect(response.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  const line = [...server.logs].reverse().find((l) => l.msg === 'plan report');
  return { book, statements: line!.sqlStatements as number };
}

/** The sheet's header, its record rows and its totals row (row 4 is the header, the last row the totals). */
function table(book: ExcelJS.Workbook, name: string): { header: Row; records: Row[]; totals: Row } {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}: ${book.worksheets.map((w) => w.name).join(', ')}`);
  const rows: Row[] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return { header: rows[3], records: rows.slice(4, -1), totals: rows[rows.length - 1] };
}

/** A record's cells by the column headers, empty cells as null. */
const byHeader = (header: Row, row: Row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? null]));
const day = (text: string) => new Date(`${text}T00:00:00Z`);
const round = (n: number) => Math.round(n * 10_000) / 10_000;
const sum = (values: number[]) => round(values.reduce((a, b) => a + b, 0));

const zones: RecordNode[] = [];
const conversions: RecordNode[] = [];
const plans: RecordNode[] = [];
const works: RecordNode[] = [];
const studies: RecordNode[] = [];
let coffeeSet: RecordNode;

describe('the register sheets of the plan reports', () => {
  it('lists the records of the year, cell by cell, with totals', async () => {
    const draft = await create(CREATE_CRITERIA, criteriaInput({ crop: 'COFFEE' }));
    coffeeSet = await create(ADOPT_CRITERIA, { id: draft.id, expectedVersion: draft.version, ...decision('2026-03-01') });
    const pepper = await create(CREATE_CRITERIA, criteriaInput({ crop: 'PEPPER' }));
    await create(ADOPT_CRITERIA, { id: pepper.id, expectedVersion: pepper.version, ...decision('2027-02-01') }); // after 2026
    await create(CREATE_CRITERIA, criteriaInput({ crop: 'DURIAN' })); // a draft: never listed

    const cooperative = await create(CREATE_ORGANISATION, organisationInput({ name: 'HTX Cà phê Hòa Phú' }));
    const groupOfFarmers = await create(CREATE_ORGANISATION, organisationInput({ kind: 'FARMER_GROUP', name: 'Tổ hợp tác Ea Tu' }));
    const buyer = await create(CREATE_ORGANISATION, organisationInput({ kind: 'ENTERPRISE', name: 'Công ty TNHH Cà phê Xanh' }));
    const organisations = [cooperative, groupOfFarmers, buyer];
    zones.push(
      await create(CREATE_ZONE, {
        ...zoneInput({ areaHa: 250.5, households: 180, administrativeUnitCodes: [HOME_UNIT, OTHER_UNIT] }),
        memberOrganisationIds: [groupOfFarmers.id, cooperative.id],
        enterpriseLinks: [
          { buyerOrganisationId: buyer.id, contractReference: 'HĐ 12/2026/HĐLK' },
          { buyerOrganisationId: cooperative.id, contractReference: 'HĐ 3/2026' },
        ],
        criteriaSetId: coffeeSet.id,
        status: 'ESTABLISHED',
        formingOn: '2026-02-01',
        establishedOn: '2026-09-01',
      }),
      await create(CREATE_ZONE, { ...zoneInput({ crop: 'PEPPER', areaHa: 80.25, households: 60 }), status: 'FORMING', formingOn: '2026-05-01' }),
      await create(CREATE_ZONE, zoneInput({ crop: 'DURIAN', areaHa: 40, households: 25 })), // planned, no dates
    );
    const later = await create(CREATE_ZONE, { ...zoneInput({ areaHa: 10 }), status: 'FORMING', formingOn: '2027-03-01' });
    const gone = await create(CREATE_ZONE, zoneInput({ areaHa: 99 }));
    await create(DELETE_ZONE, { id: gone.id, expectedVersion: gone.version });

    conversions.push(
      await create(CONVERSION.create, conversionInput({ year: 2026, fromCrop: 'CASSAVA', toCrop: 'DURIAN', areaHa: 12.5 })),
      await create(CONVERSION.create, conversionInput({ year: 2026, fromCrop: 'RICE', toCrop: 'COFFEE', areaHa: 7.25, status: 'DONE', note: 'Thôn 2' })),
      await create(
        CONVERSION.create,
        conversionInput({ year: 2026, administrativeUnitCode: OTHER_UNIT, fromCrop: 'MAIZE', toCrop: 'COFFEE', areaHa: 3.1, status: 'DONE' }),
      ),
    );
    const conversion2027 = await create(CONVERSION.create, conversionInput({ year: 2027, fromCrop: 'CASSAVA', toCrop: 'COFFEE', areaHa: 20, status: 'DONE' }));

    works.push(
      await create(WORK.create, workInput({ status: 'COMPLETED', completedOn: '2026-06-30', areaServedHa: 85, investmentVnd: 4_500_000_000 })),
      await create(
        WORK.create,
        workInput({ kind: 'DRYING_YARD', name: 'Sân phơi HTX', areaServedHa: 0, enablesAlternateWettingDrying: false, investmentVnd: 750_000_000 }),
      ),
    );

    studies.push(
      await study({}),
      await study({
        kind: 'SCIENCE_TECHNOLOGY_TASK',
        title: 'Nhiệm vụ KH&CN lúa phát thải thấp',
        startYear: 2026,
        endYear: 2026,
        status: 'PROPOSED',
        budgetVnd: null,
        documentUrls: [],
      }),
    );
    const study2028 = await study({ title: 'Nghiên cứu 2028', startYear: 2028, endYear: 2029 });

    const { book } = await download('/reports/plan-progress/2026.xlsx');
    const names = book.worksheets.map((w) => w.name);
    expect(names.slice(-5)).toEqual(['Zones (VI.1)', 'Conversions (II.2)', 'Works (III.1)', 'Criteria sets (III.2)', 'Studies (III.3, III.4)']);
    expect(names).not.toContain('Plan vs conversion (II.2)');

    // Zones: alive in 2026 (the one forming in 2027 and the deleted one are not listed).
    const z = table(book, 'Zones (VI.1)');
    expect(z.records.map((r) => byHeader(z.header, r)['Record ID'])).toEqual(expect.arrayContaining(zones.map((x) => x.id)));
    expect(z.records).toHaveLength(3);
    expect(z.records.map((r) => byHeader(z.header, r)['Record ID'])).not.toContain(later.id);
    for (const zone of zones) {
      const row = byHeader(
        z.header,
        z.records.find((r) => byHeader(z.header, r)['Record ID'] === zone.id)!,
      );
      expect(row).toEqual({
        Code: zone.code,
        Name: zone.name,
        Crop: zone.crop,
        'Communes (codes)': (zone.communes as { code: string }[])
          .map((c) => c.code)
          .sort()
          .join('; '),
        'Area (ha)': zone.areaHa,
        Households: zone.households,
        Status: zone.status,
        'Forming on': zone.formingOn ? day(zone.formingOn as string) : null,
        'Established on': zone.establishedOn ? day(zone.establishedOn as string) : null,
        'Dissolved on': null,
        'Established at end (1 = yes)': zone.status === 'ESTABLISHED' ? 1 : 0,
        'Criteria set': zone.criteriaSet ? `COFFEE v${(zone.criteriaSet as { setVersion: number }).setVersion}` : null,
        'Member organisations': (zone.memberOrganisations as { name: string }[])
          .map((o) => o.name)
          .sort()
          .join('; '),
        'Buyer: contract': (zone.enterpriseLinks as { contractReference: string; buyer: { id: string } }[])
          .map((l) => `${organisations.find((o) => o.id === l.buyer.id)!.name}: ${l.contractReference}`)
          .join('; '),
        'Record ID': zone.id,
      });
    }
    expect(byHeader(z.header, z.totals)).toMatchObject({
      Code: 'Total (3 records)',
      'Area (ha)': sum(zones.map((x) => x.areaHa as number)),
      Households: sum(zones.map((x) => x.households as number)),
      'Established at end (1 = yes)': 1,
    });

    // Conversions of 2026 only.
    const c = table(book, 'Conversions (II.2)');
    expect(c.records.map((r) => byHeader(c.header, r)['Record ID']).sort()).toEqual(conversions.map((x) => x.id).sort());
    expect(c.records.map((r) => byHeader(c.header, r)['Record ID'])).not.toContain(conversion2027.id);
    for (const conversion of conversions) {
      const row = byHeader(
        c.header,
        c.records.find((r) => byHeader(c.header, r)['Record ID'] === conversion.id)!,
      );
      const unit = conversion.administrativeUnit as { code: string; name: string };
      expect(row).toEqual({
        Year: conversion.year,
        'Commune code': unit.code,
        Commune: unit.name,
        'From crop': conversion.fromCrop,
        'To crop': conversion.toCrop,
        'To perennial': conversion.toCropPerennial ? 'yes' : 'no',
        Status: conversion.status,
        'Area (ha)': conversion.areaHa,
        'Area done (ha)': conversion.status === 'DONE' ? conversion.areaHa : 0,
        'Area planned (ha)': conversion.status === 'PLANNED' ? conversion.areaHa : 0,
        Note: conversion.note,
        'Record ID': conversion.id,
      });
    }
    const areas = (status: string) => sum(conversions.filter((x) => x.status === status).map((x) => x.areaHa as number));
    expect(byHeader(c.header, c.totals)).toMatchObject({
      Year: 'Total (3 records)',
      'Area (ha)': sum(conversions.map((x) => x.areaHa as number)),
      'Area done (ha)': areas('DONE'),
      'Area planned (ha)': areas('PLANNED'),
    });

    // Works: completed in 2026 and not completed yet (a completion date cannot be in the future: the second phase shows the rule).
    const w = table(book, 'Works (III.1)');
    expect(w.records.map((r) => byHeader(w.header, r)['Record ID'])).toEqual(works.map((x) => x.id));
    works.forEach((work, i) => {
      const unit = work.administrativeUnit as { code: string; name: string };
      expect(byHeader(w.header, w.records[i])).toEqual({
        'Commune code': unit.code,
        Commune: unit.name,
        Kind: work.kind,
        Name: work.name,
        Status: work.status,
        'Completed on': work.completedOn ? day(work.completedOn as string) : null,
        'Area served (ha)': work.areaServedHa,
        'Enables AWD': work.enablesAlternateWettingDrying ? 'yes' : 'no',
        'AWD area served (ha)': work.enablesAlternateWettingDrying ? work.areaServedHa : 0,
        'Investment (VND)': work.investmentVnd,
        'Budget line ID': null,
        'Record ID': work.id,
      });
    });
    expect(byHeader(w.header, w.totals)).toMatchObject({
      'Commune code': 'Total (2 records)',
      'Area served (ha)': sum(works.map((x) => x.areaServedHa as number)),
      'Investment (VND)': sum(works.map((x) => x.investmentVnd as number)),
    });

    // Criteria sets adopted by the end of 2026: the coffee set only (pepper was adopted in 2027, durian is a draft).
    const s = table(book, 'Criteria sets (III.2)');
    expect(s.records).toHaveLength(1);
    const thresholds = coffeeSet.thresholds as { metric: string; value: number; unit: string }[];
    expect(byHeader(s.header, s.records[0])).toEqual({
      Crop: coffeeSet.crop,
      Version: coffeeSet.setVersion,
      Title: coffeeSet.title,
      'Decision number': coffeeSet.decisionNumber,
      'Decision date': day(coffeeSet.decisionDate as string),
      'Decision body': coffeeSet.decisionBody,
      'Status at end': 'ADOPTED',
      'Superseded on': null,
      'Required practices': (coffeeSet.requiredPractices as string[]).join('; '),
      Thresholds: thresholds.map((t) => `${t.metric}: ${t.value} ${t.unit}`).join('; '),
      'Record ID': coffeeSet.id,
    });
    expect(s.totals[0]).toBe('Total (1 record)');

    // Studies running in 2026, proposed ones listed but not counted.
    const r = table(book, 'Studies (III.3, III.4)');
    expect(r.records.map((x) => byHeader(r.header, x)['Record ID']).sort()).toEqual(studies.map((x) => x.id).sort());
    expect(r.records.map((x) => byHeader(r.header, x)['Record ID'])).not.toContain(study2028.id);
    for (const one of studies) {
      expect(
        byHeader(
          r.header,
          r.records.find((x) => byHeader(r.header, x)['Record ID'] === one.id)!,
        ),
      ).toEqual({
        Kind: one.kind,
        Title: one.title,
        'Lead agency': (one.leadAgency as { code: string }).code,
        'Start year': one.startYear,
        'End year': one.endYear,
        Status: one.status,
        'Counted (1 = yes)': one.status === 'PROPOSED' ? 0 : 1,
        'Budget (VND)': one.budgetVnd,
        Documents: (one.documentUrls as string[]).length,
        'Record ID': one.id,
      });
    }
    expect(byHeader(r.header, r.totals)).toMatchObject({
      Kind: 'Total (2 records)',
      'Counted (1 = yes)': 1,
      'Budget (VND)': sum(studies.map((x) => (x.budgetVnd as number | null) ?? 0)),
    });
    conversions.push(conversion2027);
  });

  it('sets planned against converted area by crop over the phase in the five-year review', async () => {
    plans.push(
      await create(PLAN.create, planInput({ year: 2026, crop: 'COFFEE', plannedAreaHa: 1250.5 })),
      await create(PLAN.create, planInput({ year: 2027, crop: 'COFFEE', plannedAreaHa: 1000 })),
      await create(PLAN.create, planInput({ year: 2026, crop: 'DURIAN', plannedAreaHa: 20 })),
      await create(PLAN.create, planInput({ year: 2026, crop: 'RICE', plannedAreaHa: 300.75, administrativeUnitCode: OTHER_UNIT })),
    );
    await create(PLAN.create, planInput({ year: 2031, crop: 'COFFEE', plannedAreaHa: 5000 })); // phase 2

    const { book } = await download('/reports/plan-phase/1.xlsx');
    expect(book.worksheets.map((w) => w.name).slice(-6)).toEqual([
      'Plan vs conversion (II.2)',
      'Zones (VI.1)',
      'Conversions (II.2)',
      'Works (III.1)',
      'Criteria sets (III.2)',
      'Studies (III.3, III.4)',
    ]);
    const t = table(book, 'Plan vs conversion (II.2)');
    const crops = [...new Set([...plans.map((p) => p.crop as string), ...conversions.map((x) => x.toCrop as string)])].sort();
    expect(t.records.map((x) => x[0])).toEqual(crops);
    for (const crop of crops) {
      const planned = sum(plans.filter((p) => p.crop === crop).map((p) => p.plannedAreaHa as number));
      const converted = (status: string) => sum(conversions.filter((x) => x.toCrop === crop && x.status === status).map((x) => x.areaHa as number));
      const done = converted('DONE');
      const pending = converted('PLANNED');
      expect(
        byHeader(
          t.header,
          t.records.find((x) => x[0] === crop)!,
        ),
      ).toEqual({
        Crop: crop,
        'Planned area (ha)': planned,
        'Crop plans': plans.filter((p) => p.crop === crop).length,
        'Converted, done (ha)': done,
        'Converted, planned (ha)': pending,
        Conversions: conversions.filter((x) => x.toCrop === crop).length,
        'Difference, done (ha)': round(done - planned),
        'Share done': planned > 0 ? done / planned : null,
        'Difference, done and planned (ha)': round(done + pending - planned),
        'Share done and planned': planned > 0 ? (done + pending) / planned : null,
      });
    }
    const planned = sum(plans.map((p) => p.plannedAreaHa as number));
    const done = sum(conversions.filter((x) => x.status === 'DONE').map((x) => x.areaHa as number));
    expect(byHeader(t.header, t.totals)).toMatchObject({
      Crop: `Total (${crops.length} records)`,
      'Planned area (ha)': planned,
      'Converted, done (ha)': done,
      'Share done': done / planned,
    });
    // The phase lists the conversion of 2027 and the zone forming in 2027 too.
    expect(table(book, 'Conversions (II.2)').records).toHaveLength(4);
    expect(table(book, 'Zones (VI.1)').records).toHaveLength(4);

    // The second phase lists the works still open, not those completed in the first.
    const second = (await download('/reports/plan-phase/2.xlsx')).book;
    const open = table(second, 'Works (III.1)');
    expect(open.records.map((x) => byHeader(open.header, x)['Record ID'])).toEqual(works.filter((x) => x.status !== 'COMPLETED').map((x) => x.id));
    expect(table(second, 'Plan vs conversion (II.2)').records).toEqual([['COFFEE', 5000, 1, 0, 0, 0, -5000, 0, -5000, 0]]);
  });

  it('takes as many statements for many rows as for few', async () => {
    const before = (await download('/reports/plan-progress/2026.xlsx')).statements;
    const phaseBefore = (await download('/reports/plan-phase/1.xlsx')).statements;
    for (let i = 0; i < 4; i += 1) {
      await create(CREATE_ZONE, zoneInput());
      await create(CONVERSION.create, conversionInput({ year: 2026, areaHa: 1 + i }));
      await create(WORK.create, workInput());
      await study({ title: `Nghiên cứu ${i}` });
      await create(PLAN.create, planInput({ year: 2028, crop: ['PEPPER', 'MAIZE', 'CASSAVA', 'SUGARCANE'][i] }));
    }
    const after = await download('/reports/plan-progress/2026.xlsx');
    expect(table(after.book, 'Conversions (II.2)').records).toHaveLength(7);
    expect(before).toBeGreaterThan(0);
    expect(after.statements).toBe(before);
    expect((await download('/reports/plan-phase/1.xlsx')).statements).toBe(phaseBefore);
  });

  it('says a register is withheld from a key that may not read it, and lists the public ones', async () => {
    const { headers } = await createTestApiKey(server, { scopes: ['progress:read'] });
    const { book } = await download('/reports/plan-phase/1.xlsx', headers);
    for (const name of ['Plan vs conversion (II.2)', 'Conversions (II.2)', 'Works (III.1)', 'Studies (III.3, III.4)']) {
      const rows: Row[] = [];
      book.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      expect(rows).toHaveLength(2);
      expect(String(rows[1][0])).toMatch(/^Not included/);
    }
    expect(table(book, 'Zones (VI.1)').records.length).toBeGreaterThan(0);
    expect(table(book, 'Criteria sets (III.2)').records).toHaveLength(2);
  });
});
