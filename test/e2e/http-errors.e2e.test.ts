// Every answer is JSON in the GraphQL error shape, whatever went wrong before GraphQL ran.
import { TestServer, startTestServer } from '../helpers/test-server';

jest.setTimeout(60_000); // two servers start on a machine shared with other runs

let server: TestServer;
let hidden: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seed: false });
  // As in production: introspection, and with it every schema hint, is off.
  hidden = await startTestServer({ seed: false, env: { INTROSPECTION: 'false' } });
});
afterAll(async () => {
  await Promise.all([server?.stop(), hidden?.stop()]);
});

const base = () => server.url.replace('/graphql', '');

interface ErrorBody {
  errors: { message: string; extensions: { code: string } & Record<string, unknown> }[];
}

/** Sends raw bytes and expects a JSON error body of the GraphQL shape. */
async function rawRequest(url: string, init: RequestInit): Promise<{ status: number; headers: Headers; body: ErrorBody }> {
  const response = await fetch(url, init);
  const text = await response.text();
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: response.status, headers: response.headers, body: JSON.parse(text) as ErrorBody };
}

const expectErrorShape = (body: ErrorBody, code: string) => {
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0]).toEqual({ message: expect.any(String), extensions: expect.objectContaining({ code }) });
  expect(JSON.stringify(body)).not.toMatch(/stack|<html|at .*\.(ts|js):/i);
};

describe('requests that never reach GraphQL', () => {
  it('answers malformed JSON with 400 BAD_REQUEST', async () => {
    const { status, body } = await rawRequest(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ __typename }",',
    });
    expect(status).toBe(400);
    expectErrorShape(body, 'BAD_REQUEST');
  });

  it('answers a body over 1 MB with 413 PAYLOAD_TOO_LARGE', async () => {
    const { status, body } = await rawRequest(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } }),
    });
    expect(status).toBe(413);
    expectErrorShape(body, 'PAYLOAD_TOO_LARGE');
  });

  it('answers a body that is not JSON with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const { status, body } = await rawRequest(server.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(status).toBe(415);
    expectErrorShape(body, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers an unsupported charset or encoding with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const charset = await rawRequest(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=koi8-r' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(charset.status).toBe(415);
    expectErrorShape(charset.body, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers an empty POST with 400 BAD_REQUEST', async () => {
    const { status, body } = await rawRequest(server.url, { method: 'POST' });
    expect(status).toBe(400);
    expectErrorShape(body, 'BAD_REQUEST');
  });

  it('answers an unknown route with 404 NOT_FOUND', async () => {
    for (const [method, path] of [
      ['GET', '/'],
      ['POST', '/nope'],
      ['GET', '/reports/unknown.xlsx'],
    ]) {
      const { status, body } = await rawRequest(`${base()}${path}`, { method });
      expect(status).toBe(404);
      expectErrorShape(body, 'NOT_FOUND');
    }
  });

  it('answers a method GraphQL does not take with 405 and JSON', async () => {
    const { status, body } = await rawRequest(server.url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(status).toBe(405);
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('still answers a GET query', async () => {
    const response = await fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { __typename: 'Query' } });
  });
});

describe('schema hints when introspection is off', () => {
  const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
  const AGENCIES = 'query($kind: AgencyKind) { agencies(first: 1, filter: { kind: $kind }) { totalCount } }';
  const cases: [string, string, Record<string, unknown> | undefined][] = [
    ['a misspelt input field in variables', LOGIN, { input: { emial: 'a@example.test', password: 'x' } }],
    ['a misspelt enum value in variables', AGENCIES, { kind: 'PROVINCIAL_DEPARTMEN' }],
    ['a misspelt enum value in the query', '{ agencies(first: 1, filter: { kind: PROVINCIAL_DEPARTMEN }) { totalCount } }', undefined],
    ['a misspelt field', '{ sectionz { code } }', undefined],
    ['a misspelt argument', '{ tasks(frist: 1) { totalCount } }', undefined],
  ];

  it.each(cases)('does not suggest names for %s', async (_label, query, variables) => {
    const response = await hidden.requestText(query, variables);
    expect(response.errors!.length).toBeGreaterThan(0);
    for (const error of response.errors!) {
      expect(error.message).not.toMatch(/did you mean/i);
      expect(error.message).not.toMatch(/\b(email|PROVINCIAL_DEPARTMENT|sections|first)\b/);
    }
  });

  it('keeps the suggestions where introspection is on', async () => {
    const response = await server.requestText(LOGIN, { input: { emial: 'a@example.test', password: 'x' } });
    expect(response.errors![0].message).toMatch(/Did you mean "email"\?/);
  });
});
