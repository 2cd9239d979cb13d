// Objects reached through a link table (a group's members) when one target is linked from several
// owners: every owner must get its own targets, whether the owners are read in one list or alone.
import { AgencyKind, CatalogueAgency } from '../../src/seed/appendix/appendix.types';
import { loadSeedData } from '../../src/seed/load-seed-data';
import { readSeedSources } from '../../src/seed/seed-sources';
import { TestServer, startTestServer } from '../helpers/test-server';

// A second group over the departments, so every department belongs to two groups.
const PROVINCIAL_DEPARTMENTS: CatalogueAgency = {
  code: 'GROUP-PROVINCIAL-DEPARTMENTS',
  name: 'Các Sở chuyên môn thuộc Ủy ban nhân dân tỉnh',
  nameEn: 'Provincial departments',
  kind: 'GROUP',
  aliases: ['Các Sở chuyên môn thuộc Ủy ban nhân dân tỉnh'],
  memberKinds: ['PROVINCIAL_DEPARTMENT'],
};
const sources = readSeedSources();
const catalogue = { agencies: [...sources.agencyCatalogue.agencies, PROVINCIAL_DEPARTMENTS] };

interface Member {
  id: string;
  code: string;
  name: string;
  kind: string;
}
interface Group {
  id: string;
  code: string;
  members: Member[];
}

// A server, a database and the plan per file, then dozens of requests.
jest.setTimeout(60_000);

let server: TestServer;
let expectedMembers: Map<string, { code: string; name: string; kind: string }[]>;

beforeAll(async () => {
  server = await startTestServer({ seed: false });
  await loadSeedData(server.database.dataSource, { ...sources, agencyCatalogue: catalogue });
  // From the source: a group stands for every agency of its member kinds, in code order.
  const all: { code: string; name: string; kind: AgencyKind }[] = await server.database.dataSource.query('SELECT code, name, kind FROM agency');
  expectedMembers = new Map(
    catalogue.agencies
      .filter((a) => a.kind === 'GROUP')
      .map((group) => [group.code, all.filter((a) => group.memberKinds?.includes(a.kind)).sort((a, b) => (a.code < b.code ? -1 : 1))]),
  );
});
afterAll(async () => {
  await server.stop();
});

const GROUP_FIELDS = 'id code members { id code name kind }';
const strip = (members: Member[]) => members.map(({ code, name, kind }) => ({ code, name, kind }));

describe('group members when an agency belongs to several groups', () => {
  it('the source really shares members between groups', () => {
    const departments = expectedMembers.get('GROUP-DEPARTMENTS')!.map((a) => a.code);
    expect(expectedMembers.get(PROVINCIAL_DEPARTMENTS.code)!.map((a) => a.code)).toEqual(['DAE', 'DOF', 'DOIT', 'DOST']);
    expect(departments).toEqual(['DAE', 'DLMEDIA', 'DOF', 'DOIT', 'DOST']);
  });

  it('the agencies list gives each group its own members', async () => {
    const { data, errors } = await server.requestText<{ agencies: { edges: { node: Group }[] } }>(
      `{ agencies(first: 10, filter: { kind: GROUP }) { edges { node { ${GROUP_FIELDS} } } } }`,
    );
    expect(errors).toBeUndefined();
    const groups = data!.agencies.edges.map((e) => e.node);
    expect(groups.map((g) => g.code).sort()).toEqual([...expectedMembers.keys()].sort());
    for (const group of groups) expect([group.code, strip(group.members)]).toEqual([group.code, expectedMembers.get(group.code)]);
  });

  it('each group read alone by node(id) agrees with the list', async () => {
    const list = await server.requestText<{ agencies: { edges: { node: Group }[] } }>(
      `{ agencies(first: 10, filter: { kind: GROUP }) { edges { node { ${GROUP_FIELDS} } } } }`,
    );
    for (const group of list.data!.agencies.edges.map((e) => e.node)) {
      const single = await server.requestText<{ node: Group }>(`query ($id: ID!) { node(id: $id) { ... on Agency { ${GROUP_FIELDS} } } }`, { id: group.id });
      expect(single.errors).toBeUndefined();
      expect(single.data!.node).toEqual(group);
    }
  });
});
