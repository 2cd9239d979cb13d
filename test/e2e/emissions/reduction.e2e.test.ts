import { Role } from '../../../src/core/auth/roles';
import { HOME_UNIT, OTHER_UNIT, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { CALCULATE_INVENTORY, IMPORT, coffeeActivity, record, riceActivity } from './fixtures';

let server: TestServer;
let province: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  province = (await createTestUser(server, Role.PROVINCE_OFFICER)).headers;
  const flooded = { ...riceActivity, rice: { ...riceActivity.rice, waterRegime: 'CONTINUOUSLY_FLOODED' } };
  const rows = [
    record('rice-base', HOME_UNIT, flooded, { scenario: 'BASELINE' }),
    record('rice-awd', HOME_UNIT, riceActivity),
    record('coffee', HOME_UNIT, coffeeActivity),
    record('coffee', OTHER_UNIT, coffeeActivity),
  ];
  const imported = await server.requestText<{ importActivityRecords: { summary: { created: number } } }>(IMPORT, { input: { records: rows } }, province);
  expect(imported.data!.importActivityRecords.summary.created).toBe(4);
});
afterAll(async () => {
  await server.stop();
});

describe('emission reduction', () => {
  it('compares ACTUAL with BASELINE per unit, crop and category, unverified and apart: AWD cuts rice methane by the ratio of the scaling factors', async () => {
    const response = await server.requestText<{
      emissionReduction: {
        reductionCo2eKg: number;
        unverified: {
          units: { administrativeUnitCode: string; reason: string }[];
          rows: {
            administrativeUnitCode: string;
            cropCode: string;
            category: string;
            baselineCo2eKg: number;
            actualCo2eKg: number;
            reductionPercent: number | null;
          }[];
        };
        intensities: { cropCode: string; scenario: string; co2ePerKgProduct: number | null }[];
      };
    }>(
      `query($input: EmissionReductionInput!) { emissionReduction(input: $input) {
         reductionCo2eKg unverified { units { administrativeUnitCode reason }
         rows { administrativeUnitCode cropCode category baselineCo2eKg actualCo2eKg reductionCo2eKg reductionPercent } }
         intensities { cropCode scenario areaHa yieldTonnes netCo2eKg co2ePerHa co2ePerKgProduct } } }`,
      { input: { year: 2026, administrativeUnitCode: HOME_UNIT } },
      province,
    );
    expect(response.errors).toBeUndefined();
    const { unverified, intensities, reductionCo2eKg } = response.data!.emissionReduction;
    // No inventory is verified: nothing counts as a verified reduction, the unit is listed apart.
    expect(reductionCo2eKg).toBe(0);
    expect(unverified.units).toEqual([{ administrativeUnitCode: HOME_UNIT, reason: 'NO_BASELINE_INVENTORY' }]);
    const rows = unverified.rows;
    const methane = rows.find((r) => r.cropCode === 'RICE' && r.category === '3.C.7')!;
    // IPCC2019 Table 5.12: multiple drainage 0.55 against continuous flooding 1.00, all else equal.
    expect(methane.reductionPercent).toBeCloseTo(45, 6);
    const coffee = rows.filter((r) => r.cropCode === 'COFFEE');
    expect(coffee.every((r) => r.baselineCo2eKg === 0 && r.administrativeUnitCode === HOME_UNIT)).toBe(true);
    expect(intensities.map((i) => `${i.cropCode}/${i.scenario}`).sort()).toEqual(['COFFEE/ACTUAL', 'RICE/ACTUAL', 'RICE/BASELINE']);
    expect(intensities.find((i) => i.cropCode === 'RICE' && i.scenario === 'ACTUAL')!.co2ePerKgProduct).toBeGreaterThan(0);
  });

  it('is not for the public', async () => {
    const response = await server.requestText('{ emissionReduction(input: { year: 2026 }) { reductionCo2eKg } }');
    expect(response.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('counts only the records the caller may read', async () => {
    const officer = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: OTHER_UNIT })).headers;
    const query = `query($code: String) { emissionReduction(input: { year: 2026, administrativeUnitCode: $code }) { unverified { rows { administrativeUnitCode } } } }`;
    const own = await server.requestText<{ emissionReduction: { unverified: { rows: { administrativeUnitCode: string }[] } } }>(query, {}, officer);
    expect(new Set(own.data!.emissionReduction.unverified.rows.map((r) => r.administrativeUnitCode))).toEqual(new Set([OTHER_UNIT]));
    const foreign = await server.requestText(query, { code: HOME_UNIT }, officer);
    expect(foreign.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_ACTIVITY_DATA' });
  });
});

describe('inventory lists', () => {
  it('load units and lines for a whole page with a fixed number of statements (no N+1)', async () => {
    await server.requestText(CALCULATE_INVENTORY, { input: { administrativeUnitCode: HOME_UNIT, year: 2026 } }, province);
    const query = `{ emissionInventories(first: 10) { totalCount edges { node { version administrativeUnit { code } lines { category co2eKg activityRecord { externalId } } } } } }`;
    await server.requestText(query, {}, province);
    const one = server.lastSqlStatements();
    await server.requestText(CALCULATE_INVENTORY, { input: { administrativeUnitCode: OTHER_UNIT, year: 2026 } }, province);
    const response = await server.requestText<{ emissionInventories: { edges: unknown[] } }>(query, {}, province);
    expect(response.data!.emissionInventories.edges).toHaveLength(2);
    expect(server.lastSqlStatements()).toBe(one);
  });
});

describe("a pilot's own reduction", () => {
  it("compares the pilot's ACTUAL records with its BASELINE records", async () => {
    const ids = async (externalIds: string[]) =>
      (
        await server.database.dataSource.query<{ id: string }[]>('SELECT id FROM activity_record WHERE external_id = ANY($1) ORDER BY external_id', [
          externalIds,
        ])
      ).map((r) => Buffer.from(`ActivityRecord:${r.id}`).toString('base64'));
    const created = await server.requestText<{ createPilotModel: { pilotModel: { id: string } | null; userErrors: unknown[] } }>(
      'mutation($input: CreatePilotModelInput!) { createPilotModel(input: $input) { pilotModel { id } userErrors { field code message } } }',
      {
        input: {
          code: 'MH-LUA-AWD',
          name: 'Mô hình lúa tưới ướt khô xen kẽ',
          level: 'COMMUNE',
          administrativeUnitCode: HOME_UNIT,
          crop: 'RICE',
          hostKind: 'COOPERATIVE',
          hostName: 'HTX Hòa Phú',
          areaHa: 10,
          households: 25,
          startDate: '2026-02-01',
          practices: ['ALTERNATE_WETTING_DRYING'],
          baselineActivityRecordIds: await ids(['rice-base']),
          actualActivityRecordIds: await ids(['rice-awd']),
        },
      },
      province,
    );
    expect(created.data!.createPilotModel.userErrors).toEqual([]);
    const pilots = await server.requestText<{
      pilotModels: {
        edges: { node: { emissionReduction: { reductionCo2eKg: number; baselineCo2eKg: number; actualCo2eKg: number; reductionPercent: number } } }[];
      };
    }>(
      '{ pilotModels(first: 5) { edges { node { code emissionReduction { baselineCo2eKg actualCo2eKg reductionCo2eKg reductionPercent method } } } } }',
      {},
      province,
    );
    const reduction = pilots.data!.pilotModels.edges[0].node.emissionReduction;
    expect(reduction.reductionCo2eKg).toBeGreaterThan(0);
    expect(reduction.reductionCo2eKg).toBeCloseTo(reduction.baselineCo2eKg - reduction.actualCo2eKg, 5);
  });
});

describe('pilot links', () => {
  it('refuses a BASELINE list that names an ACTUAL record', async () => {
    const [{ id }] = await server.database.dataSource.query(`SELECT id FROM activity_record WHERE external_id = 'rice-awd'`);
    const response = await server.requestText(
      'mutation($input: CreatePilotModelInput!) { createPilotModel(input: $input) { pilotModel { id } } }',
      {
        input: {
          code: 'MH-SAI',
          name: 'Sai kịch bản',
          level: 'COMMUNE',
          administrativeUnitCode: HOME_UNIT,
          crop: 'RICE',
          hostKind: 'COOPERATIVE',
          hostName: 'HTX',
          areaHa: 1,
          households: 1,
          startDate: '2026-02-01',
          practices: ['ALTERNATE_WETTING_DRYING'],
          baselineActivityRecordIds: [Buffer.from(`ActivityRecord:${id}`).toString('base64')],
        },
      },
      province,
    );
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.baselineActivityRecordIds[0]', reason: 'WRONG_SCENARIO' });
  });
});
