// cropPlanComparison against activity records imported through the API: every figure is checked
// against the numbers sent, and against what activityRecords lists; two SQL statements whatever the data.
import fc from 'fast-check';
import { Role } from '../../../src/core/auth/roles';
import { createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { IMPORT, coffeeActivity, record, riceActivity } from '../emissions/fixtures';
import { Callers, HOME_UNIT, OTHER_UNIT, createCallers, failure, mutate, ok } from '../field-records/fixtures';
import { CONVERSION, PLAN, conversionInput, planInput } from './crop-planning.fixtures';

const YEAR = 2027;

interface Line {
  crop: string;
  plannedAreaHa: number;
  planCount: number;
  actualAreaHa: number;
  actualRecordCount: number;
  actualRecordIds: string[];
  actualRecordIdsComplete: boolean;
  differenceHa: number;
  achievedPercent: number | null;
  convertedToPlannedHa: number;
  convertedToDoneHa: number;
  convertedFromPlannedHa: number;
  convertedFromDoneHa: number;
}

const COMPARISON = `query($year: Int!, $code: String) {
  cropPlanComparison(year: $year, administrativeUnitCode: $code) {
    year administrativeUnit { code kind }
    crops { crop plannedAreaHa planCount actualAreaHa actualRecordCount actualRecordIds actualRecordIdsComplete differenceHa achievedPercent
            convertedToPlannedHa convertedToDoneHa convertedFromPlannedHa convertedFromDoneHa } } }`;

/** The source data: ACTUAL records counted, and records that must not count (baseline, withdrawn, other year). */
const ACTUAL = [
  { externalId: 'c-1', unit: HOME_UNIT, activity: { ...coffeeActivity, areaHa: 20 } },
  { externalId: 'c-2', unit: HOME_UNIT, activity: { ...coffeeActivity, areaHa: 5.25 } },
  { externalId: 'r-ws', unit: HOME_UNIT, activity: { ...riceActivity, areaHa: 10 }, extra: { season: 'WINTER_SPRING' } },
  { externalId: 'r-sa', unit: HOME_UNIT, activity: { ...riceActivity, areaHa: 8.0001 }, extra: { season: 'SUMMER_AUTUMN' } },
  { externalId: 'c-other', unit: OTHER_UNIT, activity: { ...coffeeActivity, areaHa: 100 } },
];
const NOT_COUNTED = [
  { externalId: 'm-base', unit: HOME_UNIT, activity: { cropCode: 'MAIZE', areaHa: 3 }, extra: { scenario: 'BASELINE' } },
  { externalId: 'c-withdrawn', unit: HOME_UNIT, activity: { ...coffeeActivity, areaHa: 7 } },
  { externalId: 'c-2026', unit: HOME_UNIT, activity: { ...coffeeActivity, areaHa: 9 }, extra: { year: 2026 } },
];
const PLANS = [
  { unit: HOME_UNIT, crop: 'COFFEE', area: 30 },
  { unit: HOME_UNIT, crop: 'RICE', area: 15 },
  { unit: HOME_UNIT, crop: 'PEPPER', area: 4 },
  { unit: OTHER_UNIT, crop: 'COFFEE', area: 90 },
];
const CONVERSIONS = [
  { unit: HOME_UNIT, from: 'CASSAVA', to: 'COFFEE', area: 2, status: 'PLANNED' },
  { unit: HOME_UNIT, from: 'CASSAVA', to: 'COFFEE', area: 1.5, status: 'DONE' },
  { unit: HOME_UNIT, from: 'COFFEE', to: 'DURIAN', area: 0.5, status: 'DONE' },
  { unit: OTHER_UNIT, from: 'RICE', to: 'DURIAN', area: 3, status: 'DONE' },
];

let server: TestServer;
let callers: Callers;
let idsByExternal: Map<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
  const rows = [...ACTUAL, ...NOT_COUNTED].map((r) => record(r.externalId, r.unit, r.activity, { year: YEAR, ...(r as { extra?: object }).extra }));
  const imported = await ok<{ importActivityRecords: { summary: { created: number }; records: { id: string; externalId: string }[] } }>(
    server,
    IMPORT,
    { input: { records: rows } },
    callers.province,
  );
  expect(imported.importActivityRecords.summary.created).toBe(rows.length);
  idsByExternal = new Map(imported.importActivityRecords.records.map((r) => [r.externalId, r.id]));
  const withdrawn = await ok<{ deleteActivityRecord: { userErrors: unknown[] } }>(
    server,
    'mutation($id: ID!) { deleteActivityRecord(input: { id: $id, expectedVersion: 1 }) { userErrors { code } } }',
    { id: idsByExternal.get('c-withdrawn') },
    callers.province,
  );
  expect(withdrawn.deleteActivityRecord.userErrors).toEqual([]);
  for (const p of PLANS) {
    expect(
      (await mutate(server, PLAN.create, planInput({ administrativeUnitCode: p.unit, crop: p.crop, year: YEAR, plannedAreaHa: p.area }), callers.province))
        .userErrors,
    ).toEqual([]);
  }
  // A deleted plan never counts.
  const gone = await mutate(server, PLAN.create, planInput({ crop: 'MAIZE', year: YEAR, plannedAreaHa: 50 }), callers.province);
  await mutate(server, PLAN.delete, { id: gone.record!.id, expectedVersion: 1 }, callers.province);
  for (const c of CONVERSIONS) {
    const input = conversionInput({ administrativeUnitCode: c.unit, fromCrop: c.from, toCrop: c.to, areaHa: c.area, status: c.status, year: YEAR });
    expect((await mutate(server, CONVERSION.create, input, callers.province)).userErrors).toEqual([]);
  }
});
afterAll(async () => {
  await server.stop();
});

const compare = async (code: string | null, headers = callers.province, year = YEAR) =>
  (
    await ok<{ cropPlanComparison: { year: number; administrativeUnit: { code: string; kind: string }; crops: Line[] } }>(
      server,
      COMPARISON,
      { year, code },
      headers,
    )
  ).cropPlanComparison;

const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 10_000) / 10_000;

/** The line each crop should have, computed from the source data above for the given units. */
function expectedLines(units: string[]): Line[] {
  const crops = new Set([...ACTUAL.map((r) => r.activity.cropCode), ...PLANS.map((p) => p.crop), ...CONVERSIONS.flatMap((c) => [c.from, c.to])]);
  const lines: Line[] = [];
  for (const crop of crops) {
    const actual = ACTUAL.filter((r) => units.includes(r.unit) && r.activity.cropCode === crop);
    const plans = PLANS.filter((p) => units.includes(p.unit) && p.crop === crop);
    const conversions = CONVERSIONS.filter((c) => units.includes(c.unit));
    const area = (list: typeof CONVERSIONS) => sum(list.map((c) => c.area));
    const planned = sum(plans.map((p) => p.area));
    const actualArea = sum(actual.map((r) => r.activity.areaHa));
    const line: Line = {
      crop,
      plannedAreaHa: planned,
      planCount: plans.length,
      actualAreaHa: actualArea,
      actualRecordCount: actual.length,
      actualRecordIds: actual.map((r) => idsByExternal.get(r.externalId)!).sort(),
      actualRecordIdsComplete: true,
      differenceHa: sum([actualArea, -planned]),
      achievedPercent: planned > 0 ? Math.round((actualArea / planned) * 10_000) / 100 : null,
      convertedToPlannedHa: area(conversions.filter((c) => c.to === crop && c.status === 'PLANNED')),
      convertedToDoneHa: area(conversions.filter((c) => c.to === crop && c.status === 'DONE')),
      convertedFromPlannedHa: area(conversions.filter((c) => c.from === crop && c.status === 'PLANNED')),
      convertedFromDoneHa: area(conversions.filter((c) => c.from === crop && c.status === 'DONE')),
    };
    const empty =
      line.planCount === 0 &&
      line.actualRecordCount === 0 &&
      line.convertedToPlannedHa + line.convertedToDoneHa + line.convertedFromPlannedHa + line.convertedFromDoneHa === 0;
    if (!empty) lines.push(line);
  }
  return lines;
}

const normalised = (lines: Line[]) => lines.map((l) => ({ ...l, actualRecordIds: [...l.actualRecordIds].sort() })).sort((a, b) => a.crop.localeCompare(b.crop));

describe('cropPlanComparison', () => {
  it("sets a commune's plans against its ACTUAL records, crop by crop, as the source numbers say", async () => {
    const result = await compare(HOME_UNIT);
    expect(result.administrativeUnit).toEqual({ code: HOME_UNIT, kind: expect.any(String) });
    expect(normalised(result.crops)).toEqual(normalised(expectedLines([HOME_UNIT])));
    // Spot checks a reader can do by hand.
    const coffee = result.crops.find((l) => l.crop === 'COFFEE')!;
    expect(coffee).toMatchObject({ plannedAreaHa: 30, actualAreaHa: 25.25, actualRecordCount: 2, differenceHa: -4.75, achievedPercent: 84.17 });
    expect(coffee).toMatchObject({ convertedToPlannedHa: 2, convertedToDoneHa: 1.5, convertedFromDoneHa: 0.5 });
    expect(result.crops.find((l) => l.crop === 'RICE')).toMatchObject({ actualAreaHa: 18.0001, differenceHa: 3.0001 });
    expect(result.crops.find((l) => l.crop === 'MAIZE')).toBeUndefined();
    // The crop catalogue's order.
    expect(result.crops.map((l) => l.crop)).toEqual(['RICE', 'CASSAVA', 'COFFEE', 'PEPPER', 'DURIAN']);
  });

  it('sums every commune for the province, and the same records are what activityRecords lists', async () => {
    const province = await compare(null);
    expect(province.administrativeUnit.code).toBe('66');
    expect(normalised(province.crops)).toEqual(normalised(expectedLines([HOME_UNIT, OTHER_UNIT])));
    expect(normalised((await compare('66')).crops)).toEqual(normalised(province.crops));
    const listed = await ok<{ activityRecords: { edges: { node: { id: string; areaHa: number } }[] } }>(
      server,
      `query { activityRecords(first: 100, filter: { year: ${YEAR}, cropCode: "COFFEE", scenario: ACTUAL }) { edges { node { id areaHa } } } }`,
      {},
      callers.province,
    );
    const coffee = province.crops.find((l) => l.crop === 'COFFEE')!;
    expect([...coffee.actualRecordIds].sort()).toEqual(listed.activityRecords.edges.map((e) => e.node.id).sort());
    expect(coffee.actualAreaHa).toBe(sum(listed.activityRecords.edges.map((e) => e.node.areaHa)));
  });

  it('answers in the same few SQL statements whatever the number of crops, records and communes', async () => {
    await compare(null, callers.province, 2030);
    const empty = server.lastSqlStatements();
    await compare(null);
    const province = server.lastSqlStatements();
    await compare(HOME_UNIT);
    expect([province, server.lastSqlStatements()]).toEqual([empty, empty]);
    // Authentication reads the caller; the comparison itself is two statements.
    await ok(server, '{ me { id } }', {}, callers.province);
    expect(empty - server.lastSqlStatements()).toBeLessThanOrEqual(2);
  });

  it('is read only by those who read the activity records of the unit (the province view: all units)', async () => {
    expect(await failure(server, COMPARISON, { year: YEAR, code: HOME_UNIT }, callers.otherOfficer)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUT_OF_SCOPE',
      field: 'administrativeUnitCode',
    });
    expect(await failure(server, COMPARISON, { year: YEAR, code: null }, callers.homeOfficer)).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    expect(await failure(server, COMPARISON, { year: YEAR, code: HOME_UNIT }, callers.viewer)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    expect((await compare(HOME_UNIT, callers.homeOfficer)).crops.length).toBeGreaterThan(0);
    const verifier = (await createTestUser(server, Role.VERIFIER)).headers;
    expect(normalised((await compare(null, verifier)).crops)).toEqual(normalised((await compare(null)).crops));
  });

  it('equals the sums of whatever plans and records were sent (property, one plan year per run)', async () => {
    const crops = { RICE: riceActivity, MAIZE: { cropCode: 'MAIZE' }, COFFEE: coffeeActivity } as const;
    // Areas as stored: records to 0.0001 ha, plans to 0.01 ha; sums are compared in those units exactly.
    const recordArea = fc.integer({ min: 1, max: 100_000_000 });
    const unitData = fc.record({
      records: fc.array(fc.tuple(fc.constantFrom(...(Object.keys(crops) as (keyof typeof crops)[])), recordArea), { maxLength: 4 }),
      plans: fc.dictionary(fc.constantFrom('RICE', 'MAIZE', 'COFFEE'), fc.integer({ min: 1, max: 10_000_000 })),
    });
    let year = 2028;
    await fc.assert(
      fc.asyncProperty(fc.tuple(unitData, unitData), async (units) => {
        const runYear = year++;
        const codes = [HOME_UNIT, OTHER_UNIT];
        const rows = units.flatMap((data, u) =>
          data.records.map(([crop, area], i) =>
            record(
              `p-${runYear}-${u}-${i}`,
              codes[u],
              { ...crops[crop], areaHa: area / 10_000 },
              { year: runYear, season: crop === 'RICE' ? 'MAIN' : 'WHOLE_YEAR' },
            ),
          ),
        );
        if (rows.length) await ok(server, IMPORT, { input: { records: rows } }, callers.province);
        for (const [u, data] of units.entries()) {
          for (const [crop, area] of Object.entries(data.plans)) {
            const input = planInput({ administrativeUnitCode: codes[u], crop, year: runYear, plannedAreaHa: area / 100 });
            expect((await mutate(server, PLAN.create, input, callers.province)).userErrors).toEqual([]);
          }
        }
        for (const [view, included] of [
          [HOME_UNIT, [0]],
          [null, [0, 1]],
        ] as const) {
          const result = await compare(view, callers.province, runYear);
          for (const crop of Object.keys(crops)) {
            const actual = included.flatMap((u) => units[u].records.filter(([c]) => c === crop).map(([, a]) => a));
            const planned = included.map((u) => units[u].plans[crop] ?? 0).reduce((a, b) => a + b, 0);
            const line = result.crops.find((l) => l.crop === crop);
            if (actual.length === 0 && planned === 0) {
              expect(line).toBeUndefined();
              continue;
            }
            const actualUnits = actual.reduce((a, b) => a + b, 0);
            expect(line).toMatchObject({ actualRecordCount: actual.length, actualAreaHa: actualUnits / 10_000, plannedAreaHa: planned / 100 });
            expect(Math.round(line!.differenceHa * 10_000)).toBe(actualUnits - planned * 100);
          }
        }
      }),
      { numRuns: 8 },
    );
  });

  it('refuses unknown units, years outside the plan and hostile codes', async () => {
    expect(await failure(server, COMPARISON, { year: YEAR, code: '99999' }, callers.province)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_UNIT',
    });
    expect(await failure(server, COMPARISON, { year: 2025, code: HOME_UNIT }, callers.province)).toMatchObject({
      reason: 'OUTSIDE_PLAN_PERIOD',
      field: 'year',
    });
    expect(await failure(server, COMPARISON, { year: 3000, code: HOME_UNIT }, callers.province)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(await failure(server, COMPARISON, { year: YEAR, code: '24\u0000175' }, callers.province)).toMatchObject({ reason: 'INVALID_CHARACTERS' });
    expect(await failure(server, COMPARISON, { year: YEAR, code: "' OR 1=1 --" }, callers.province)).toMatchObject({ reason: 'UNKNOWN_UNIT' });
  });
});
