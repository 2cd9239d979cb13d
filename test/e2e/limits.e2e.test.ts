import { TestServer, startTestServer } from '../helpers/test-server';

const TASK_FIELDS = 'code section { code } leadAgencies { code } coordinatingAgencies { code } targets { metric }';

describe('query limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it("reports each operation's cost, which grows with the page size", async () => {
    const five = await server.requestText(`{ tasks(first: 5) { edges { node { ${TASK_FIELDS} } } } }`);
    const hundred = await server.requestText(`query($n: Int) { tasks(first: $n) { edges { node { ${TASK_FIELDS} } } } }`, { n: 100 });
    // Per task: edges, node and four object fields cost 1 each; scalars cost nothing.
    expect((five as { extensions?: unknown }).extensions).toEqual({ cost: { requested: 1 + 5 * 6, limit: 1000 } });
    expect((hundred as { extensions?: unknown }).extensions).toEqual({ cost: { requested: 1 + 100 * 6, limit: 1000 } });
  });

  it('refuses an operation over the cost limit before running it', async () => {
    // children declares its cost (1 + 10 x its selection): 1 + 100 x (1 + 1 + 1 + 10 x 1) = 1301.
    const query = '{ administrativeUnits(first: 100) { edges { node { children { children { code } } } } } }';
    const response = await server.requestText(query);
    expect(response.data).toBeUndefined();
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY', cost: 1301, maxCost: 1000 });
    expect(server.logs.filter((l) => l.msg === 'graphql operation').at(-1)).toMatchObject({ sqlStatements: 0 });
  });

  it('refuses an operation deeper than 10 levels', async () => {
    const deep = '{ sections { tasks { section { tasks { section { tasks { section { tasks { section { tasks { code } } } } } } } } } } }';
    const response = await server.requestText(deep);
    expect(response.errors![0].extensions).toMatchObject({ reason: 'QUERY_TOO_DEEP', maxDepth: 10 });
    expect(response.errors![0].message).toMatch(/depth limit of 10/);
  });
});

describe('in production', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false, env: { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40) } });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('turns introspection and field suggestions off', async () => {
    const introspection = await server.requestText('{ __schema { types { name } } }');
    expect(introspection.errors![0].message).toMatch(/introspection/i);
    const typo = await server.requestText('{ sectons { code } }');
    expect(typo.errors![0].message).not.toMatch(/Did you mean/);
  });
});
