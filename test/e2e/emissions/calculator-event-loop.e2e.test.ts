// A long calculation (limits raised far above the defaults) shares the event loop: other requests are
// answered in between its chunks, and it stops when its client disconnects.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { riceActivity } from './fixtures';

const settings = { factorSet: 'IPCC2019', gwp: 'AR5', climateZone: 'TROPICAL_MOIST' };
const rice = (n: number) => Array.from({ length: n }, () => riceActivity);

/** `aliases` copies of calculateEmissions on the same $input, selecting only totalCo2eKg. */
const aliased = (aliases: number) =>
  `query($input: CalculationInput!) { ${Array.from({ length: aliases }, (_, i) => `a${i}: calculateEmissions(input: $input) { totalCo2eKg }`).join(' ')} }`;

const operationLines = (server: TestServer) => server.logs.filter((l) => l.msg === 'graphql operation');

describe('while a long calculation runs', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Limits raised far above the defaults, so that one request computes for seconds.
    server = await startTestServer({ seed: false, env: { MAX_QUERY_COST: '1000000', MAX_ACTIVITIES_PER_REQUEST: '1000000' } });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('answers other requests in between', async () => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const finished: string[] = [];
    const long = server.requestText(aliased(20), { input: { ...settings, activities: rice(1000) } }).then((r) => {
      finished.push('long');
      return r;
    });
    await sleep(100); // the long request is being computed by now
    const short = server.requestText('{ __typename }').then((r) => {
      finished.push('short');
      return r;
    });
    const [longResponse, shortResponse] = await Promise.all([long, short]);
    delay.disable();
    console.log(
      `20 aliases × 1,000 rice activities: longest event-loop wait ${(delay.max / 1e6).toFixed(1)} ms (every alias's arguments are coerced at once, then the engine runs 50 activities per turn)`,
    );
    expect(shortResponse.data).toEqual({ __typename: 'Query' });
    expect(longResponse.errors).toBeUndefined();
    expect(finished).toEqual(['short', 'long']);
  }, 60_000);

  it('stops computing when the client disconnects, and logs why', async () => {
    const aliases = 50;
    const client = new AbortController();
    const sent = fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: aliased(aliases), variables: { input: { ...settings, activities: rice(1000) } } }),
      signal: client.signal,
    });
    await sleep(300);
    client.abort();
    await expect(sent).rejects.toThrow();

    // The operation still ends (with an error nobody receives), long before 50,000 activities are done.
    let operation: Record<string, unknown> | undefined;
    for (let waited = 0; !operation && waited < 30_000; waited += 50) {
      await sleep(50);
      operation = operationLines(server).find((l) => (l.errorCodes as string[] | undefined)?.includes('CLIENT_CLOSED_REQUEST'));
    }
    expect(operation).toBeDefined();
    const stopped = server.logs.filter((l) => l.msg === 'emission calculation stopped: the client disconnected');
    expect(stopped.length).toBeGreaterThan(0);
    const processed = stopped.reduce((sum, l) => sum + (l.activitiesProcessed as number), 0);
    console.log(`client gone after 300 ms: ${processed} of ${aliases * 1000} activities computed`);
    expect(processed).toBeLessThan((aliases * 1000) / 4);
    // Nothing reached the client, and the disconnection is not reported as a server fault.
    expect(server.logs.filter((l) => l.msg === 'unexpected error in GraphQL operation')).toEqual([]);
  }, 60_000);
});
