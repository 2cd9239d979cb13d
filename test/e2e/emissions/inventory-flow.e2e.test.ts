// The MRV cycle over HTTP: import → inventory → submit → verify → lock → provincial total → report.
import ExcelJS from 'exceljs';
import { Role } from '../../../src/core/auth/roles';
import { HOME_UNIT, OTHER_UNIT, createTestApiKey, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { CALCULATE_INVENTORY, IMPORT, coffeeActivity, record, riceActivity, step } from './fixtures';

type Headers = Record<string, string>;
interface Summary {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  conflicts: { rowIndex: number; field: string; code: string }[];
}
interface Inventory {
  id: string;
  status: string;
  version: number;
  totalCo2eKg: number;
  emissionsCo2eKg: number;
  inputHash: string;
  factorSet: string;
  lines: { co2eKg: number; kind: string; activityRecordId: string }[];
}

let server: TestServer;
let home: Headers;
let other: Headers;
let province: Headers;
let verifier: Headers;
beforeAll(async () => {
  server = await startTestServer();
  home = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT })).headers;
  other = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: OTHER_UNIT })).headers;
  province = (await createTestUser(server, Role.PROVINCE_OFFICER)).headers;
  verifier = (await createTestUser(server, Role.VERIFIER)).headers;
});
afterAll(async () => {
  await server.stop();
});

const importRows = async (records: object[], headers: Headers, dryRun = false) => {
  const response = await server.requestText<{
    importActivityRecords: { summary: Summary; records: { id: string; version: number; plausibilityWarnings: string[] }[] };
  }>(IMPORT, { input: { dryRun, records } }, headers);
  return response;
};
const calculateInventory = async (unitCode: string, headers: Headers, extra: object = {}) =>
  server.requestText<{ calculateEmissionInventory: { emissionInventory: Inventory | null; userErrors: { code: string }[] } }>(
    CALCULATE_INVENTORY,
    { input: { administrativeUnitCode: unitCode, year: 2026, ...extra } },
    headers,
  );
const move = async (name: string, input: object, headers: Headers, inputType?: string) =>
  server.requestText<Record<string, { emissionInventory: { id: string; status: string } | null; userErrors: { code: string }[] }>>(
    step(name, inputType),
    { input },
    headers,
  );
const tableCount = async (table: string) => Number((await server.database.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

const homeRows = [record('rice-1', HOME_UNIT, riceActivity), record('coffee-1', HOME_UNIT, coffeeActivity)];

describe('activity records import', () => {
  it('counts on a dry run without writing, then creates, then changes nothing when sent again', async () => {
    const dry = (await importRows(homeRows, home, true)).data!.importActivityRecords;
    expect(dry.summary).toMatchObject({ dryRun: true, created: 2, updated: 0, unchanged: 0, conflicts: [] });
    expect(await tableCount('activity_record')).toBe(0);

    const first = (await importRows(homeRows, home)).data!.importActivityRecords;
    expect(first.summary).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const again = (await importRows(homeRows, home)).data!.importActivityRecords;
    expect(again.summary).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await tableCount('activity_record')).toBe(2);

    const changed = (await importRows([record('rice-1', HOME_UNIT, { ...riceActivity, areaHa: 12 })], home)).data!.importActivityRecords;
    expect(changed.summary).toMatchObject({ updated: 1 });
    expect(changed.records[0].version).toBe(2);
    await importRows(homeRows, home); // back to the original data for the rest of the file
  });

  it('refuses every bad row with its index, field and code, and writes nothing', async () => {
    const before = await tableCount('activity_record');
    const audits = await tableCount('audit_event');
    const response = await importRows(
      [
        record('ok-row', HOME_UNIT, riceActivity),
        record('neg', HOME_UNIT, { ...coffeeActivity, areaHa: -5 }),
        record('no-regime', HOME_UNIT, { ...riceActivity, rice: { cultivationDays: 100 } }),
        record('dup', HOME_UNIT, riceActivity),
        record('dup', HOME_UNIT, riceActivity),
        record('where', '99999', riceActivity),
      ],
      home,
    );
    const { summary, records } = response.data!.importActivityRecords;
    expect(records).toEqual([]);
    expect(summary.conflicts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rowIndex: 1, field: 'activity.areaHa' }),
        expect.objectContaining({ rowIndex: 2, field: 'activity.rice.waterRegime', code: 'REQUIRED' }),
        expect.objectContaining({ rowIndex: 4, field: 'externalId', code: 'DUPLICATE_ROW' }),
        expect.objectContaining({ rowIndex: 5, field: 'administrativeUnitCode', code: 'UNKNOWN_UNIT' }),
      ]),
    );
    expect(await tableCount('activity_record')).toBe(before);
    expect(await tableCount('audit_event')).toBe(audits);
  });

  it('flags implausible values without refusing them', async () => {
    const heavy = { ...coffeeActivity, areaHa: 1, syntheticFertilizers: [{ type: 'UREA', productKg: 5000 }] };
    const dry = (await importRows([record('heavy', HOME_UNIT, heavy)], home, true)).data!.importActivityRecords;
    expect(dry.summary.conflicts).toEqual([]);
    const written = (await importRows([record('heavy', HOME_UNIT, heavy, { year: 2027 })], home)).data!.importActivityRecords;
    expect(written.records[0].plausibilityWarnings.join(' ')).toMatch(/2300 kg N\/ha, above 1000/);
  });

  it('keeps officers and partner keys to their own communes', async () => {
    const foreign = await importRows([record('x', OTHER_UNIT, riceActivity)], home);
    expect(foreign.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const unbound = (await createTestApiKey(server, { scopes: ['activity:write'] })).headers;
    expect((await importRows([record('x', HOME_UNIT, riceActivity)], unbound)).errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'UNIT_BINDING_REQUIRED',
    });
    const [unit] = await server.database.dataSource.query('SELECT id FROM administrative_unit WHERE code = $1', [OTHER_UNIT]);
    const bound = (await createTestApiKey(server, { scopes: ['activity:write'], administrativeUnitIds: [unit.id] })).headers;
    expect((await importRows([record('x', HOME_UNIT, riceActivity)], bound)).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const partner = (await importRows([record('partner-rice', OTHER_UNIT, riceActivity)], bound)).data!.importActivityRecords;
    expect(partner.summary.created).toBe(1);
    const [{ source }] = await server.database.dataSource.query(`SELECT source FROM activity_record WHERE external_id = 'partner-rice'`);
    expect(source).toBe('PARTNER_API');
  });
});

describe('the inventory cycle', () => {
  let draft: Inventory;

  it('calculates a draft whose totals are the exact sum of its stored lines', async () => {
    const response = await calculateInventory(HOME_UNIT, home);
    expect(response.errors).toBeUndefined();
    draft = response.data!.calculateEmissionInventory.emissionInventory!;
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1, factorSet: 'IPCC2019' });
    const [sums] = await server.database.dataSource.query(
      `SELECT SUM(co2e_kg) FILTER (WHERE kind = 'EMISSION')::text AS emissions, i.emissions_co2e_kg::text AS stored
         FROM inventory_line l JOIN emission_inventory i ON i.id = l.inventory_id WHERE i.version = 1 AND i.year = 2026
           AND i.administrative_unit_id = (SELECT id FROM administrative_unit WHERE code = $1) GROUP BY i.emissions_co2e_kg`,
      [HOME_UNIT],
    );
    expect(sums.emissions).toBe(sums.stored);
    // The same data through the public calculator gives the same figure (to the stored milligram).
    const calc = await server.requestText<{ calculateEmissions: { emissionsCo2eKg: number } }>(
      `query($input: CalculationInput!) { calculateEmissions(input: $input) { emissionsCo2eKg } }`,
      { input: { factorSet: 'IPCC2019', gwp: 'AR5', climateZone: 'TROPICAL_MOIST', year: 2026, activities: [coffeeActivity, riceActivity] } },
    );
    expect(draft.emissionsCo2eKg).toBeCloseTo(calc.data!.calculateEmissions.emissionsCo2eKg, 4);
    // Each line points at its record.
    expect(new Set(draft.lines.map((l) => l.activityRecordId)).size).toBe(2);
    const versions = await server.requestText<{ node: { activityRecordVersions: { activityRecordId: string; version: number }[] } }>(
      'query($id: ID!) { node(id: $id) { ... on EmissionInventory { activityRecordVersions { activityRecordId version } } } }',
      { id: draft.id },
      home,
    );
    expect(versions.data!.node.activityRecordVersions.map((v) => v.activityRecordId).sort()).toEqual(
      [...new Set(draft.lines.map((l) => l.activityRecordId))].sort(),
    );
  });

  it('refuses to submit when records changed after the calculation', async () => {
    await importRows([record('rice-1', HOME_UNIT, { ...riceActivity, areaHa: 11 })], home);
    const stale = await move('submitEmissionInventory', { id: draft.id }, home);
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_INPUTS' });
    await importRows(homeRows, home);
  });

  it('submits, returns with a reason, resubmits and verifies; a verified inventory locks its records', async () => {
    draft = (await calculateInventory(HOME_UNIT, home)).data!.calculateEmissionInventory.emissionInventory!;
    expect(draft.version).toBe(2);
    // Another unit's draft does not exist for the caller.
    expect((await move('submitEmissionInventory', { id: draft.id }, other)).errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    expect((await move('submitEmissionInventory', { id: draft.id }, home)).data!.submitEmissionInventory.emissionInventory!.status).toBe('SUBMITTED');

    const locked = (await importRows([record('rice-1', HOME_UNIT, { ...riceActivity, areaHa: 99 })], home)).data!.importActivityRecords;
    expect(locked.summary.conflicts[0]).toMatchObject({ rowIndex: 0, field: 'year', code: 'LOCKED' });

    expect((await move('verifyEmissionInventory', { id: draft.id }, home)).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const returned = await move('returnEmissionInventory', { id: draft.id, reason: 'Diện tích lúa cần kiểm tra lại' }, verifier, 'InventoryReasonInput');
    expect(returned.data!.returnEmissionInventory.emissionInventory).toMatchObject({ status: 'RETURNED', statusReason: 'Diện tích lúa cần kiểm tra lại' });
    await move('submitEmissionInventory', { id: draft.id }, home);
    const verified = await move('verifyEmissionInventory', { id: draft.id }, verifier);
    expect(verified.data!.verifyEmissionInventory.emissionInventory!.status).toBe('VERIFIED');

    const recalc = await calculateInventory(HOME_UNIT, home);
    expect(recalc.errors![0].extensions).toMatchObject({ code: 'LOCKED' });
    const again = await move('verifyEmissionInventory', { id: draft.id }, verifier);
    expect(again.data!.verifyEmissionInventory.userErrors[0].code).toBe('INVALID_STATUS');
  });

  it('publishes verified inventories to everyone, drafts only to their unit and the province', async () => {
    await calculateInventory(OTHER_UNIT, province);
    const list = async (headers: Headers) =>
      (
        await server.requestText<{ emissionInventories: { edges: { node: { status: string; administrativeUnit: { code: string } } }[] } }>(
          '{ emissionInventories(first: 50) { edges { node { status administrativeUnit { code } } } } }',
          {},
          headers,
        )
      )
        .data!.emissionInventories.edges.map((e) => `${e.node.administrativeUnit.code}:${e.node.status}`)
        .sort();
    expect(await list({})).toEqual([`${HOME_UNIT}:VERIFIED`]);
    expect(await list(home)).toEqual([`${HOME_UNIT}:VERIFIED`]);
    expect(await list(province)).toEqual([`${OTHER_UNIT}:DRAFT`, `${HOME_UNIT}:VERIFIED`].sort());
  });
});

describe('the provincial inventory', () => {
  let provincialId: string;

  it('adds up the verified commune inventories exactly, lists the missing communes and never mixes factor sets', async () => {
    // The other commune is verified with IPCC2006: it must stay out of an IPCC2019 compilation.
    const otherInv = (await calculateInventory(OTHER_UNIT, other, { factorSet: 'IPCC2006' })).data!.calculateEmissionInventory.emissionInventory!;
    await move('submitEmissionInventory', { id: otherInv.id }, other);
    await move('verifyEmissionInventory', { id: otherInv.id }, verifier);

    const compile = `mutation($input: CompileProvincialInventoryInput!) { compileProvincialInventory(input: $input) {
      provincialInventory { id version status factorSet communesIncluded totalCo2eKg emissionsCo2eKg communesMissing { code reason }
        lines { category gas kind massKg co2eKg } }
      userErrors { code } } }`;
    const response = await server.requestText<{
      compileProvincialInventory: {
        provincialInventory: { id: string; communesIncluded: string[]; communesMissing: { code: string; reason: string }[]; totalCo2eKg: number };
      };
    }>(compile, { input: { year: 2026 } }, province);
    expect(response.errors).toBeUndefined();
    const provincial = response.data!.compileProvincialInventory.provincialInventory;
    provincialId = provincial.id;
    const provincialUuid = Buffer.from(provincialId, 'base64').toString().split(':')[1];
    expect(provincial.communesIncluded).toEqual([HOME_UNIT]);
    expect(provincial.communesMissing).toHaveLength(101);
    expect(provincial.communesMissing.find((m) => m.code === OTHER_UNIT)!.reason).toBe('OTHER_FACTOR_SET');

    // Exact equality, in decimal, between the provincial lines and the sum of the communes' lines.
    const mismatches = await server.database.dataSource.query(
      `SELECT p.category, p.gas, p.kind, p.co2e_kg::text AS provincial, c.total::text AS communes
         FROM provincial_inventory_line p
         JOIN (SELECT category, gas, kind, SUM(co2e_kg) AS total FROM inventory_line
                WHERE inventory_id IN (SELECT unnest(commune_inventory_ids) FROM provincial_inventory WHERE id = $1) GROUP BY 1, 2, 3) c
           USING (category, gas, kind)
        WHERE p.inventory_id = $1 AND p.co2e_kg <> c.total`,
      [provincialUuid],
    );
    expect(mismatches).toEqual([]);
    const [{ n }] = await server.database.dataSource.query('SELECT count(*)::int AS n FROM provincial_inventory_line WHERE inventory_id = $1', [
      provincialUuid,
    ]);
    expect(n).toBeGreaterThan(5);
  });

  it('is verified, then read by anyone in the annual report and its XLSX with the same figures', async () => {
    const id = provincialId;
    const verify = `mutation($input: ProvincialInventoryIdInput!) { verifyProvincialInventory(input: $input) { provincialInventory { status } userErrors { code } } }`;
    expect((await server.requestText(verify, { input: { id } }, home)).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const verified = await server.requestText<{ verifyProvincialInventory: { provincialInventory: { status: string } } }>(verify, { input: { id } }, verifier);
    expect(verified.errors).toBeUndefined();
    expect(verified.data!.verifyProvincialInventory.provincialInventory.status).toBe('VERIFIED');

    // The public list reads only the columns its selection needs: what it answers is what node(id) answers.
    for (const fields of [
      'id year version replacesVersion status factorSet factorSetChain gwpSet method communesIncluded inputHash verifiedAt statusReason totalCo2eKg ' +
        'emissionsCo2eKg removalsCo2eKg indirectEnergyCo2eKg communesMissing { code reason } lines { category gas co2eKg } communeInventories { id year }',
      'year totalCo2eKg lines { category gas co2eKg }',
      'communeInventories { id }',
    ]) {
      const both = await server.requestText<{ provincialInventories: { edges: { node: unknown }[] }; node: unknown }>(
        `query($id: ID!) { provincialInventories(first: 1, filter: { year: 2026 }) { edges { node { ...F } } } node(id: $id) { ...F } }
         fragment F on ProvincialInventory { ${fields} }`,
        { id },
      );
      expect(both.errors).toBeUndefined();
      expect(both.data!.provincialInventories.edges.map((e) => e.node)).toEqual([both.data!.node]);
    }
    // node(id) of a commune inventory reads only the selected columns too: the same as the whole rows the provincial one loads.
    const included = await server.requestText<{ node: { communeInventories: { id: string }[] } }>(
      'query($id: ID!) { node(id: $id) { ... on ProvincialInventory { communeInventories { id } } } }',
      { id },
    );
    const communeId = included.data!.node.communeInventories[0].id;
    for (const fields of [
      'id year version status scenario factorSet gwpSet totalCo2eKg emissionsCo2eKg administrativeUnit { code } activityRecordVersions { version } lines { category co2eKg }',
      'year version status totalCo2eKg',
    ]) {
      const both = await server.requestText<{ provincial: { communeInventories: unknown[] }; node: unknown }>(
        `query($id: ID!, $commune: ID!) { provincial: node(id: $id) { ... on ProvincialInventory { communeInventories { ...F } } }
           node(id: $commune) { __typename ... on ProvincialInventory { year } ...F } }
         fragment F on EmissionInventory { ${fields} }`,
        { id, commune: communeId },
      );
      expect(both.errors).toBeUndefined();
      expect({ __typename: 'EmissionInventory', ...(both.data!.provincial.communeInventories[0] as object) }).toEqual(both.data!.node);
    }

    const report = (
      await server.requestText<{
        annualEmissionReport: {
          methodStatement: string;
          xlsxPath: string;
          provincialInventory: { totalCo2eKg: number };
          byCategory: { category: string; gas: string; co2eKg: number }[];
          byCommune: { administrativeUnitCode: string; totalCo2eKg: number }[];
          byCrop: { cropCode: string; totalCo2eKg: number }[];
        };
      }>(
        `{ annualEmissionReport(year: 2026) { methodStatement xlsxPath provincialInventory { totalCo2eKg }
          byCategory { category gas co2eKg } byCommune { administrativeUnitCode totalCo2eKg } byCrop { cropCode totalCo2eKg } } }`,
      )
    ).data!.annualEmissionReport;
    expect(report.methodStatement).toMatch(/IPCC2019.*AR5/);
    expect(report.byCommune).toEqual([{ administrativeUnitCode: HOME_UNIT, totalCo2eKg: report.provincialInventory.totalCo2eKg }]);
    expect(report.byCrop.map((c) => c.cropCode).sort()).toEqual(['COFFEE', 'RICE']);

    const response = await fetch(server.url.replace('/graphql', report.xlsxPath));
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'By category and gas',
      'By commune',
      'By crop',
      'Reductions by category',
      'Reductions by crop',
      'Reductions by commune',
      'Reductions not verified',
      'Missing communes',
    ]);
    for (const sheet of book.worksheets) expect(String(sheet.getCell('A2').value)).toBe(report.methodStatement);
    const categorySheet = book.getWorksheet('By category and gas')!;
    const xlsxRows: { category: string; gas: string; co2eKg: number }[] = [];
    categorySheet.eachRow((row, index) => {
      if (index > 4) xlsxRows.push({ category: String(row.getCell(1).value), gas: String(row.getCell(3).value), co2eKg: Number(row.getCell(6).value) });
    });
    expect(xlsxRows).toEqual(report.byCategory);
    expect(book.getWorksheet('Missing communes')!.rowCount).toBe(4 + 101);
    expect((await fetch(server.url.replace('/graphql', '/reports/annual-emissions/2031.xlsx'))).status).toBe(404);
  });

  it('reopens (audited) and sends the next verified version as replacing the old one', async () => {
    const id = provincialId;
    const reopen = `mutation($input: ReopenProvincialInventoryInput!) { reopenProvincialInventory(input: $input) { provincialInventory { status statusReason } userErrors { code } } }`;
    expect((await server.requestText(reopen, { input: { id, reason: 'Bổ sung xã' } }, verifier)).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const reopened = await server.requestText<{ reopenProvincialInventory: { provincialInventory: { status: string } } }>(
      reopen,
      { input: { id, reason: 'Bổ sung xã' } },
      province,
    );
    expect(reopened.data!.reopenProvincialInventory.provincialInventory.status).toBe('REOPENED');
    const next = await server.requestText<{ compileProvincialInventory: { provincialInventory: { version: number; replacesVersion: number } } }>(
      `mutation { compileProvincialInventory(input: { year: 2026 }) { provincialInventory { version replacesVersion } } }`,
      {},
      province,
    );
    expect(next.data!.compileProvincialInventory.provincialInventory).toEqual({ version: 2, replacesVersion: 1 });
    const [event] = await server.database.dataSource.query(`SELECT changes FROM audit_event WHERE action = 'reopenProvincialInventory'`);
    expect(event.changes.status).toEqual({ before: 'VERIFIED', after: 'REOPENED' });
  });
});

describe('versions and reopening a commune inventory', () => {
  it("reopens a verified inventory (province only, audited) and shows a recalculation's differences line by line", async () => {
    const [row] = await server.database.dataSource.query(
      `SELECT id FROM emission_inventory WHERE status = 'VERIFIED' AND administrative_unit_id = (SELECT id FROM administrative_unit WHERE code = $1)`,
      [HOME_UNIT],
    );
    const verifiedId = Buffer.from(`EmissionInventory:${row.id}`).toString('base64');
    expect(
      (await move('reopenEmissionInventory', { id: verifiedId, reason: 'Sửa số liệu' }, verifier, 'InventoryReasonInput')).errors![0].extensions,
    ).toMatchObject({ code: 'FORBIDDEN' });
    const reopened = await move('reopenEmissionInventory', { id: verifiedId, reason: 'Sửa số liệu' }, province, 'InventoryReasonInput');
    expect(reopened.data!.reopenEmissionInventory.emissionInventory!.status).toBe('REOPENED');

    const recalculated = (await calculateInventory(HOME_UNIT, home, { factorSet: 'IPCC2006' })).data!.calculateEmissionInventory.emissionInventory!;
    expect(recalculated.version).toBe(3);
    const diff = await server.requestText<{
      emissionInventoryDiff: { totalDeltaCo2eKg: number; lines: { category: string; kind: string; deltaCo2eKg: number }[]; factorChanges: { key: string }[] };
    }>(
      'query($a: ID!, $b: ID!) { emissionInventoryDiff(fromId: $a, toId: $b) { totalDeltaCo2eKg lines { category gas kind deltaCo2eKg fromCo2eKg toCo2eKg } factorChanges { key fromValue toValue } } }',
      { a: verifiedId, b: recalculated.id },
      province,
    );
    const result = diff.data!.emissionInventoryDiff;
    expect(result.lines.length).toBeGreaterThan(0);
    expect(result.factorChanges.length).toBeGreaterThan(0);
    // Grid electricity lines are outside the totals; the other deltas add up to the total's.
    const counted = result.lines.filter((l) => l.kind !== 'INDIRECT');
    expect(counted.reduce((sum, l) => sum + l.deltaCo2eKg, 0)).toBeCloseTo(result.totalDeltaCo2eKg, 3);
    const [event] = await server.database.dataSource.query(`SELECT changes FROM audit_event WHERE action = 'reopenEmissionInventory'`);
    expect(event.changes.statusReason.after).toBe('Sửa số liệu');
  });
});

describe('withdrawing an activity record', () => {
  it('leaves it out of the next calculation, keeps it for the versions that used it, and restores it on re-import', async () => {
    const rows = [record('w-rice', OTHER_UNIT, riceActivity, { year: 2028 }), record('w-coffee', OTHER_UNIT, coffeeActivity, { year: 2028 })];
    const imported = (await importRows(rows, other)).data!.importActivityRecords.records;
    const calc = async () => (await calculateInventory(OTHER_UNIT, other, { year: 2028 })).data!.calculateEmissionInventory.emissionInventory!;
    const before = await calc();
    expect(new Set(before.lines.map((l) => l.activityRecordId)).size).toBe(2);

    const remove =
      'mutation($input: DeleteActivityRecordInput!) { deleteActivityRecord(input: $input) { activityRecord { deletedAt version } userErrors { code } } }';
    const rice = imported.find((r) => r.id)!;
    expect((await server.requestText(remove, { input: { id: rice.id, expectedVersion: 99 } }, other)).errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
    });
    expect((await server.requestText(remove, { input: { id: rice.id, expectedVersion: rice.version } }, home)).errors![0].extensions).toMatchObject({
      code: 'NOT_FOUND',
    });
    const removed = await server.requestText<{ deleteActivityRecord: { activityRecord: { deletedAt: string | null } } }>(
      remove,
      { input: { id: rice.id, expectedVersion: rice.version } },
      other,
    );
    expect(removed.data!.deleteActivityRecord.activityRecord.deletedAt).not.toBeNull();

    // The draft computed before is now stale; a new calculation leaves the record out.
    expect((await move('submitEmissionInventory', { id: before.id }, other)).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_INPUTS' });
    const after = await calc();
    expect(new Set(after.lines.map((l) => l.activityRecordId)).size).toBe(1);
    const [{ n }] = await server.database.dataSource.query('SELECT count(*)::int AS n FROM activity_record WHERE external_id = $1', ['w-rice']);
    expect(n).toBe(1);

    const restored = (await importRows([rows[0]], other)).data!.importActivityRecords;
    expect(restored.summary).toMatchObject({ created: 0, updated: 1 });
    expect(new Set((await calc()).lines.map((l) => l.activityRecordId)).size).toBe(2);
  });
});
