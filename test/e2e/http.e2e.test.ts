import { TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seed: false });
});
afterAll(async () => {
  await server.stop();
});

const base = () => server.url.replace('/graphql', '');

describe('HTTP surface', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${base()}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base()}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('echoes a well-formed client request id and makes one otherwise', async () => {
    const given = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'mobile-retry-42' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(given.headers.get('x-request-id')).toBe('mobile-retry-42');
    const made = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'bad id with spaces' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('marks every GraphQL answer no-store: data, errors and parse failures', async () => {
    for (const query of ['{ __typename }', '{ tasks(first: 1) { edges { node { code } } } }', '{ nope }', '{ tasks(first: ) }']) {
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('writes structured JSON logs with the request id', async () => {
    await server.requestText('query Probe { __typename }');
    const line = server.logs.find((l) => l.msg === 'graphql operation' && l.operationName === 'Probe');
    expect(line).toMatchObject({ level: 30, sqlStatements: 0 });
    expect(line!.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports syntax errors with a stable code and no stack trace', async () => {
    const { errors } = await server.requestText('{ tasks(first: ) }');
    expect(errors![0].extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|at .*\.ts:/);
  });
});
