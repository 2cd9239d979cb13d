import { certificationsValidAt, labelsGrantedByYear } from '../../../src/modules/certifications';
import { createTestApiKey, unitId } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import {
  APPLY,
  CREATE_ORGANISATION,
  CREATE_ZONE,
  Callers,
  DECIDE,
  HOME_UNIT,
  IN_TWO_YEARS,
  LAST_YEAR,
  OTHER_UNIT,
  RecordNode,
  TODAY,
  count,
  createCallers,
  failure,
  grant,
  key,
  list,
  mutate,
  ok,
  organisationInput,
  rawId,
  zoneInput,
} from './fixtures';

let server: TestServer;
let callers: Callers;
let coop: RecordNode;
let otherCoop: RecordNode;
let certifier: RecordNode;
let zone: RecordNode;
let certKey: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
  coop = (await mutate(server, CREATE_ORGANISATION, organisationInput(), callers.province)).record!;
  otherCoop = (await mutate(server, CREATE_ORGANISATION, organisationInput({ administrativeUnitCode: OTHER_UNIT }), callers.province)).record!;
  certifier = (await mutate(server, CREATE_ORGANISATION, organisationInput({ kind: 'CERTIFICATION_BODY', crops: [] }), callers.province)).record!;
  zone = (await mutate(server, CREATE_ZONE, zoneInput(), callers.province)).record!;
  certKey = (await createTestApiKey(server, { scopes: ['certifications:write'], administrativeUnitIds: [await unitId(server, HOME_UNIT)] })).headers;
});
afterAll(async () => {
  await server.stop();
});

const application = (overrides: Record<string, unknown> = {}) => ({
  scheme: 'LOW_EMISSION_LABEL',
  organisationId: coop.id,
  crops: ['coffee'],
  areaHa: 120,
  ...overrides,
});
const apply = (input: Record<string, unknown>, headers = callers.homeOfficer) => mutate(server, APPLY, input, headers);
const decide = (input: Record<string, unknown>, headers = callers.province) => mutate(server, DECIDE, input, headers);
const refusal = (document: string, input: Record<string, unknown>, headers = callers.province) => failure(server, document, { input }, headers);
const step = (id: string, expectedVersion: number, status: string, reason = `to ${status}`) => ({ id, expectedVersion, status, reason });

describe('certifications: the workflow', () => {
  it('moves APPLIED → UNDER_REVIEW → GRANTED → SUSPENDED → GRANTED → WITHDRAWN, refusing every other move, each with its reason audited', async () => {
    const applied = await apply(application({ certificationBodyId: certifier.id, notes: 'Hồ sơ đăng ký nhãn' }));
    expect(applied.userErrors).toEqual([]);
    const id = applied.record!.id;
    expect(applied.record).toMatchObject({
      status: 'APPLIED',
      statusReason: 'Hồ sơ đăng ký nhãn',
      version: 1,
      crops: ['COFFEE'],
      organisation: { id: coop.id },
      productionZone: null,
      certificationBody: { id: certifier.id },
      communes: [{ code: HOME_UNIT }],
      validFrom: null,
      grantedOn: null,
    });

    expect(await refusal(DECIDE, grant(id, 1))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.status', reason: 'INVALID_TRANSITION' });
    expect(await refusal(DECIDE, step(id, 1, 'EXPIRED'))).toMatchObject({ reason: 'INVALID_TRANSITION' });
    expect(await refusal(DECIDE, step(id, 1, 'UNDER_REVIEW', '  '))).toMatchObject({ field: 'input.reason', reason: 'REQUIRED' });
    expect(await refusal(DECIDE, step(id, 1, 'UNDER_REVIEW'), callers.homeOfficer)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    expect(await refusal(DECIDE, step(id, 1, 'UNDER_REVIEW'), certKey)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    expect((await decide(step(id, 1, 'UNDER_REVIEW', 'Tiếp nhận hồ sơ'))).record).toMatchObject({ status: 'UNDER_REVIEW', version: 2 });

    const grantRefusals: [Record<string, unknown>, string, string][] = [
      [{ validFrom: null }, 'input.validFrom', 'REQUIRED'],
      [{ validTo: null }, 'input.validTo', 'REQUIRED'],
      [{ validFrom: '2028-01-01', validTo: '2027-12-31' }, 'input.validTo', 'DATE_ORDER'],
      [{ validFrom: '2027-02-30' }, 'input.validFrom', 'INVALID_DATE'],
      [{ validTo: '9999-12-31' }, 'input.validTo', 'OUT_OF_RANGE'],
      [{ reason: 'x\u0000y' }, 'input.reason', expect.any(String)],
    ];
    for (const [change, field, reason] of grantRefusals) {
      expect([change, await refusal(DECIDE, grant(id, 2, change))]).toEqual([change, expect.objectContaining({ code: 'BAD_USER_INPUT', field, reason })]);
    }
    expect(await refusal(DECIDE, grant(id, 1))).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const granted = await decide(grant(id, 2, { certificateNumber: 'NPT-2027-001' }));
    expect(granted.record).toMatchObject({
      status: 'GRANTED',
      validFrom: LAST_YEAR,
      validTo: IN_TWO_YEARS,
      certificateNumber: 'NPT-2027-001',
      grantedOn: TODAY,
    });

    expect(await refusal(DECIDE, step(id, 3, 'APPLIED'))).toMatchObject({ reason: 'INVALID_TRANSITION' });
    expect(await refusal(DECIDE, step(id, 3, 'REFUSED'))).toMatchObject({ reason: 'INVALID_TRANSITION' });
    expect(await refusal(DECIDE, { ...step(id, 3, 'SUSPENDED'), validTo: '2030-01-01' })).toMatchObject({ field: 'input.validTo', reason: 'NOT_APPLICABLE' });
    expect((await decide(step(id, 3, 'SUSPENDED', 'Vi phạm quy trình bón phân'))).record).toMatchObject({ status: 'SUSPENDED', validTo: IN_TWO_YEARS });
    // A re-grant keeps the validity and the first grant's day.
    const regranted = await decide({ id, expectedVersion: 4, status: 'GRANTED', reason: 'Đã khắc phục' });
    expect(regranted.record).toMatchObject({ status: 'GRANTED', validFrom: LAST_YEAR, grantedOn: TODAY, version: 5 });
    expect((await decide(step(id, 5, 'WITHDRAWN', 'Thu hồi theo đề nghị'))).record).toMatchObject({
      status: 'WITHDRAWN',
      statusReason: 'Thu hồi theo đề nghị',
    });
    for (const status of ['GRANTED', 'UNDER_REVIEW', 'EXPIRED', 'SUSPENDED']) {
      expect(await refusal(DECIDE, grant(id, 6, { status }))).toMatchObject({ reason: 'INVALID_TRANSITION' });
    }

    const audit = await server.database.dataSource.query(
      `SELECT changes FROM audit_event WHERE action = 'decideCertification' AND entity_id = $1 ORDER BY sequence`,
      [rawId(id)],
    );
    expect(audit.map((row: { changes: Record<string, { after: unknown }> }) => [row.changes.status.after, row.changes.statusReason.after])).toEqual([
      ['UNDER_REVIEW', 'Tiếp nhận hồ sơ'],
      ['GRANTED', 'Đạt yêu cầu thẩm định'],
      ['SUSPENDED', 'Vi phạm quy trình bón phân'],
      ['GRANTED', 'Đã khắc phục'],
      ['WITHDRAWN', 'Thu hồi theo đề nghị'],
    ]);
    expect(await count(server, 'audit_event', `action = 'applyForCertification' AND entity_id = $1`, [rawId(id)])).toBe(1);
  });

  it('refuses a review ending in REFUSED from going anywhere, and replays a repeated key once', async () => {
    const input = application({ scheme: 'VIETGAP', idempotencyKey: key() });
    const first = (await apply(input)).record!;
    expect((await apply(input)).record!.id).toBe(first.id);
    expect(await count(server, 'certification', 'id = $1', [rawId(first.id)])).toBe(1);
    await decide(step(first.id, 1, 'UNDER_REVIEW'));
    const decision = { ...step(first.id, 2, 'REFUSED', 'Thiếu hồ sơ'), idempotencyKey: key() };
    expect((await decide(decision)).record).toMatchObject({ status: 'REFUSED', version: 3 });
    expect((await decide(decision)).record).toMatchObject({ status: 'REFUSED', version: 3 });
    expect(await count(server, 'audit_event', `action = 'decideCertification' AND entity_id = $1`, [rawId(first.id)])).toBe(2);
    expect(await refusal(DECIDE, grant(first.id, 3))).toMatchObject({ reason: 'INVALID_TRANSITION' });
  });
});

describe('certifications: who applies and for what', () => {
  it('lets commune officers and bound keys apply for holders in their commune, and the province for any', async () => {
    expect(await refusal(APPLY, application(), callers.otherOfficer)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUT_OF_SCOPE',
      field: 'input.organisationId',
    });
    expect(await refusal(APPLY, application({ organisationId: otherCoop.id }), certKey)).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    expect(await refusal(APPLY, application(), callers.viewer)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    expect(await refusal(APPLY, application(), callers.homeKey)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    expect((await apply(application(), certKey)).userErrors).toEqual([]);
    expect((await apply(application({ organisationId: otherCoop.id }), callers.province)).userErrors).toEqual([]);
    const byZone = await apply(application({ organisationId: null, productionZoneId: zone.id, scheme: 'FOUR_C' }));
    expect(byZone.record).toMatchObject({ organisation: null, productionZone: { id: zone.id }, communes: [{ code: HOME_UNIT }] });
  });

  it('refuses two holders, none, forged or deleted IDs, a certifier that is not one, and bad fields', async () => {
    const forged = Buffer.from(`PilotModel:${rawId(coop.id)}`).toString('base64');
    const nothing = Buffer.from('Organisation:00000000-0000-4000-8000-000000000000').toString('base64');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ productionZoneId: zone.id }, 'input.productionZoneId', 'ONE_HOLDER'],
      [{ organisationId: null }, 'input.organisationId', 'REQUIRED'],
      [{ organisationId: forged }, 'input.organisationId', 'INVALID_ID'],
      [{ organisationId: zone.id }, 'input.organisationId', 'INVALID_ID'],
      [{ organisationId: nothing }, 'input.organisationId', 'NOT_FOUND'],
      [{ certificationBodyId: otherCoop.id }, 'input.certificationBodyId', 'NOT_A_CERTIFICATION_BODY'],
      [{ scheme: 'OTHER' }, 'input.schemeName', 'REQUIRED'],
      [{ crops: [] }, 'input.crops', 'REQUIRED'],
      [{ crops: ['COFFEE', 'TEA'] }, 'input.crops[1]', 'UNKNOWN_CROP'],
      [{ areaHa: 0 }, 'input.areaHa', expect.any(String)],
      [{ areaHa: 1e300 }, 'input.areaHa', expect.any(String)],
    ];
    const before = await count(server, 'certification');
    for (const [change, field, reason] of cases) {
      expect([change, await refusal(APPLY, application(change))]).toEqual([change, expect.objectContaining({ code: 'BAD_USER_INPUT', field, reason })]);
    }
    expect(await refusal(APPLY, application({ notes: 'a\u0000b' }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await count(server, 'certification')).toBe(before);
  });
});

describe('certifications: lists, visibility and counts', () => {
  it('shows applications to the holder’s commune and the province only; granted ones to everyone', async () => {
    const pending = (await apply(application({ scheme: 'ORGANIC' }))).record!;
    const seen = async (headers: Record<string, string>) =>
      (await list(server, 'certifications', 'filter: { scheme: ORGANIC }', 'id', { first: 100 }, headers)).nodes.map((n) => n.id);
    expect(await seen({})).not.toContain(pending.id);
    expect(await seen(callers.otherOfficer)).not.toContain(pending.id);
    expect(await seen(callers.homeOfficer)).toContain(pending.id);
    expect(await seen(callers.province)).toContain(pending.id);
    const node = `query($id: ID!) { node(id: $id) { id } }`;
    expect(await ok(server, node, { id: pending.id }, {})).toEqual({ node: null });
    await decide(step(pending.id, 1, 'UNDER_REVIEW'));
    await decide(grant(pending.id, 2));
    expect(await seen({})).toContain(pending.id);
    expect(await ok(server, node, { id: pending.id }, {})).toEqual({ node: { id: pending.id } });
  });

  it('filters by holder, crop, commune and validity day, and sends every change since a watermark', async () => {
    const start = await list(server, 'certifications', '', 'id', { first: 1 }, callers.province);
    const label = (await apply(application({ organisationId: otherCoop.id }), callers.province)).record!;
    await decide(step(label.id, 1, 'UNDER_REVIEW'));
    await decide(grant(label.id, 2));
    const feed = await list(server, 'certifications', '', 'id version status', { first: 100, updatedSince: start.syncWatermark }, callers.province);
    expect(feed.nodes).toContainEqual({ id: label.id, version: 3, status: 'GRANTED' });
    const filtered = await list(
      server,
      'certifications',
      `filter: { holderId: "${otherCoop.id}", crop: "COFFEE", administrativeUnitCode: "${OTHER_UNIT}", validOn: "${TODAY}" }`,
      'id',
      { first: 100 },
      {},
    );
    expect(filtered.nodes.map((n) => n.id)).toEqual([label.id]);
    expect(await failure(server, `{ certifications(filter: { holderId: "forged" }) { totalCount } }`, {}, {})).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.holderId',
    });
    expect(await failure(server, `{ certifications(filter: { validOn: "2027-02-30" }) { totalCount } }`, {}, {})).toMatchObject({ code: 'BAD_USER_INPUT' });

    const manager = server.database.dataSource.manager;
    const valid = await certificationsValidAt(manager, { organisationId: rawId(otherCoop.id) }, TODAY);
    expect(valid).toEqual([expect.objectContaining({ id: rawId(label.id), scheme: 'LOW_EMISSION_LABEL', validFrom: LAST_YEAR, validTo: IN_TWO_YEARS })]);
    expect(await certificationsValidAt(manager, { organisationId: rawId(otherCoop.id) }, '2000-01-01')).toEqual([]);
    const byYear = await labelsGrantedByYear(manager, Number(TODAY.slice(0, 4)));
    expect(byYear).toEqual([
      { year: Number(TODAY.slice(0, 4)), labels: await count(server, 'certification', `scheme = 'LOW_EMISSION_LABEL' AND granted_on IS NOT NULL`) },
    ]);
  });

  it('answers 50 certifications with holders, certifiers and communes in a constant number of SQL statements', async () => {
    for (let i = 0; i < 50; i += 1) {
      await apply(
        application({
          scheme: 'RAINFOREST_ALLIANCE',
          certificationBodyId: certifier.id,
          organisationId: i % 2 ? coop.id : null,
          productionZoneId: i % 2 ? null : zone.id,
        }),
      );
    }
    const query = `query($first: Int) { certifications(first: $first, filter: { scheme: RAINFOREST_ALLIANCE }) { totalCount edges { node {
      status organisation { name } productionZone { code } certificationBody { name } communes { code name } } } } }`;
    await ok(server, query, { first: 5 }, callers.province);
    const few = server.lastSqlStatements();
    const page = await ok<{ certifications: { totalCount: number; edges: unknown[] } }>(server, query, { first: 50 }, callers.province);
    expect(page.certifications.totalCount).toBe(50);
    expect(page.certifications.edges).toHaveLength(50);
    expect(server.lastSqlStatements()).toBe(few);
  });
});
