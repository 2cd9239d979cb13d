import { TestServer, startTestServer } from '../../helpers/test-server';
import { DeleteMaterialDocument, UpdateMaterialDocument } from '@daklak-lowemission/client';
import { CREATE_MATERIAL, Callers, HOME_UNIT, OTHER_UNIT, count, createCallers, failure, key, mutate, ok, materialInput } from './fixtures';

let server: TestServer;
let callers: Callers;
beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
});
afterAll(async () => {
  await server.stop();
});

const UPDATE = UpdateMaterialDocument;
const DELETE = DeleteMaterialDocument;
const create = (input: Record<string, unknown>, headers: Record<string, string>) => mutate(server, CREATE_MATERIAL, input, headers);

describe('materials', () => {
  it('are recorded by a commune officer and a bound partner key for their commune, and by the province by default', async () => {
    expect((await create(materialInput(), callers.homeOfficer)).record).toMatchObject({
      kind: 'HANDBOOK',
      crops: ['COFFEE'],
      task: { code: 'III.6' },
      administrativeUnit: { code: HOME_UNIT },
      version: 1,
    });
    expect((await create(materialInput({ kind: 'VIDEO', language: 'ede' }), callers.homeKey)).record).toMatchObject({ kind: 'VIDEO', language: 'ede' });
    expect((await create(materialInput({ administrativeUnitCode: null }), callers.province)).record).toMatchObject({ administrativeUnit: { code: '66' } });
  });

  it("refuse another commune's officer, and province-wide materials from a commune", async () => {
    expect(await failure(server, CREATE_MATERIAL, { input: materialInput() }, callers.otherOfficer)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(server, CREATE_MATERIAL, { input: materialInput({ administrativeUnitCode: null }) }, callers.homeOfficer)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await failure(server, CREATE_MATERIAL, { input: materialInput({ administrativeUnitCode: OTHER_UNIT }) }, callers.homeKey)).toMatchObject({
      code: 'FORBIDDEN',
    });
    const { record } = await create(materialInput(), callers.homeOfficer);
    expect(await failure(server, UPDATE, { input: { id: record!.id, expectedVersion: 1, title: 'x' } }, callers.otherOfficer)).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it.each([
    [{ checksumSha256: 'abc' }, 'input.checksumSha256', 'INVALID_CHECKSUM'],
    [{ fileUrl: 'file:///etc/passwd' }, 'input.fileUrl', 'INVALID_URL'],
    [{ language: 'Vietnamese' }, 'input.language', 'INVALID_LANGUAGE'],
    [{ crops: ['COFFEE', 'TEA'] }, 'input.crops[1]', 'UNKNOWN_CROP'],
    [{ publishedOn: '2025-06-01' }, 'input.publishedOn', 'OUTSIDE_PLAN_PERIOD'],
    [{ title: ' ' }, 'input.title', 'REQUIRED'],
  ])('refuse %j with BAD_USER_INPUT on %s', async (change, field, reason) => {
    expect(await failure(server, CREATE_MATERIAL, { input: materialInput(change) }, callers.homeOfficer)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
      reason,
    });
  });

  it('are recorded once for a repeated idempotency key', async () => {
    const input = materialInput({ idempotencyKey: key(), title: `Tờ rơi ${key()}` });
    const [a, b] = await Promise.all([create(input, callers.homeKey), create(input, callers.homeKey)]);
    expect(a.record!.id).toBe(b.record!.id);
    expect(await count(server, 'material', 'title = $1', [input.title])).toBe(1);
  });

  it('refuse a stale update, and are readable by anyone, deleted ones excepted', async () => {
    const { record } = await create(materialInput({ title: 'Infographic AWD' }), callers.homeOfficer);
    expect(
      (await mutate(server, UPDATE, { id: record!.id, expectedVersion: 1, kind: 'INFOGRAPHIC', checksumSha256: null }, callers.homeOfficer)).record,
    ).toMatchObject({
      kind: 'INFOGRAPHIC',
      checksumSha256: null,
      version: 2,
    });
    expect(await failure(server, UPDATE, { input: { id: record!.id, expectedVersion: 1, title: 'Cũ' } }, callers.homeOfficer)).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
    });
    const publicList = async () =>
      (
        await ok<{ materials: { edges: { node: { title: string } }[] } }>(
          server,
          '{ materials(first: 100, filter: { kind: INFOGRAPHIC }) { edges { node { title } } } }',
          {},
          {},
        )
      ).materials.edges;
    expect((await publicList()).map((e) => e.node.title)).toEqual(['Infographic AWD']);
    await mutate(server, DELETE, { id: record!.id, expectedVersion: 2 }, callers.homeOfficer);
    expect(await publicList()).toEqual([]);
  });
});
