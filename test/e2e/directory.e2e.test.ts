import { AdministrativeUnitsDocument, AgenciesDocument, NodeDocument, SectionsDocument, TaskByCodeDocument } from '../generated/graphql';
import { TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const agency = async (code: string, role?: 'LEAD' | 'COORDINATING') => {
  const { data } = await server.request(AgenciesDocument, { filter: { search: code }, role, first: 100 });
  const node = data!.agencies.edges.map((e) => e.node).find((a) => a.code === code);
  if (!node) throw new Error(`agency ${code} not found`);
  return node;
};

describe('administrative units', () => {
  it('has the province and its 102 communes and wards', async () => {
    const all = await server.request(AdministrativeUnitsDocument, { first: 100 });
    expect(all.data!.administrativeUnits.totalCount).toBe(103);
    const wards = await server.request(AdministrativeUnitsDocument, { filter: { kind: 'WARD' }, first: 100 });
    expect(wards.data!.administrativeUnits.totalCount).toBe(14);
    const communes = await server.request(AdministrativeUnitsDocument, { filter: { kind: 'COMMUNE' }, first: 100 });
    expect(communes.data!.administrativeUnits.totalCount).toBe(88);
    const province = await server.request(AdministrativeUnitsDocument, { filter: { kind: 'PROVINCE' } });
    const node = province.data!.administrativeUnits.edges[0].node;
    expect(node).toMatchObject({ code: '66', name: 'Tỉnh Đắk Lắk', parent: null });
    expect(node.children).toHaveLength(102);
  });

  it('lists children by parent code and finds names without diacritics', async () => {
    const children = await server.request(AdministrativeUnitsDocument, { filter: { parentCode: '66' }, first: 100 });
    expect(children.data!.administrativeUnits.totalCount).toBe(102);
    const found = await server.request(AdministrativeUnitsDocument, { filter: { search: 'hoa phu' } });
    const hoaPhu = found.data!.administrativeUnits.edges.map((e) => e.node).find((u) => u.code === '24175');
    expect(hoaPhu).toMatchObject({ name: 'Xã Hòa Phú', kind: 'COMMUNE', parent: { code: '66' } });
  });
});

describe('agencies', () => {
  it("has one People's Committee per commune and ward, bound to its unit", async () => {
    const { data } = await server.request(AgenciesDocument, { filter: { kind: 'PEOPLES_COMMITTEE' }, first: 5 });
    expect(data!.agencies.totalCount).toBe(102);
    const pc = await agency('PC-24175');
    expect(pc).toMatchObject({ name: 'Ủy ban nhân dân xã Hòa Phú', kind: 'PEOPLES_COMMITTEE', administrativeUnit: { code: '24175' } });
  });

  it('expands groups to their members', async () => {
    expect((await agency('GROUP-COMMUNE-PCS')).members).toHaveLength(102);
    expect((await agency('GROUP-DEPARTMENTS')).members.map((m) => m.code)).toEqual(['DAE', 'DLMEDIA', 'DOF', 'DOIT', 'DOST']);
    expect((await agency('GROUP-RELATED-ORGS')).members).toEqual([]);
  });

  it('lists the tasks an agency leads, directly or through its groups', async () => {
    expect((await agency('DOST', 'LEAD')).tasks.map((t) => t.code)).toEqual(['III.3', 'III.4']);
    expect((await agency('DOIT', 'LEAD')).tasks.map((t) => t.code)).toEqual(['VI.3']);
    expect((await agency('DOF', 'LEAD')).tasks.map((t) => t.code)).toEqual(['VII.1']);
    expect((await agency('DLMEDIA', 'LEAD')).tasks.map((t) => t.code)).toEqual(['I.2']);
    expect((await agency('PC-24133', 'LEAD')).tasks.map((t) => t.code)).toEqual(['I.1', 'I.3', 'I.4', 'II.1', 'III.6', 'IV.2', 'V.2', 'VI.1']);
    expect((await agency('MAE')).tasks).toEqual([]);
  });

  it('answers a page of 100 agencies with their tasks in a constant number of SQL statements', async () => {
    await server.request(AgenciesDocument, { first: 10 }); // departments, groups, ministry and one committee
    const few = server.lastSqlStatements();
    await server.request(AgenciesDocument, { first: 100 });
    expect(server.lastSqlStatements()).toBe(few);
  });
});

describe('node(id:)', () => {
  it('fetches every type back by its global ID', async () => {
    const task = (await server.request(TaskByCodeDocument, { code: 'III.5' })).data!.task!;
    const section = (await server.request(SectionsDocument)).data!.sections[0];
    const unit = (await server.request(AdministrativeUnitsDocument, { first: 1 })).data!.administrativeUnits.edges[0].node;
    const expected: [string, string, Record<string, unknown>][] = [
      [task.id, 'Task', { code: 'III.5' }],
      [task.leadAgencies[0].id, 'Agency', { code: 'DAE' }],
      [task.targets[0].id, 'Target', { metric: 'FARMERS_TRAINED' }],
      [section.id, 'Section', { code: 'I' }],
      [unit.id, 'AdministrativeUnit', { code: unit.code }],
    ];
    for (const [id, typename, fields] of expected) {
      const { data, errors } = await server.request(NodeDocument, { id });
      expect(errors).toBeUndefined();
      expect(data!.node).toMatchObject({ __typename: typename, id, ...fields });
    }
  });

  it('answers null for a well-formed ID of nothing, and BAD_USER_INPUT for a malformed one', async () => {
    const missing = Buffer.from('Task:00000000-0000-4000-8000-000000000000').toString('base64');
    expect((await server.request(NodeDocument, { id: missing })).data!.node).toBeNull();
    for (const id of ['garbage', Buffer.from('Task:1').toString('base64'), Buffer.from('Nope:00000000-0000-4000-8000-000000000000').toString('base64')]) {
      const { errors } = await server.request(NodeDocument, { id });
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    }
  });
});
