import http from 'node:http';
import { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { clientAbortSignal } from './client-abort';

// A real HTTP server whose handler answers only when told, keeping each request's signal.
let server: http.Server;
let url: string;
const signals: AbortSignal[] = [];
const answers: (() => void)[] = [];
let lastRequest: { req: http.IncomingMessage; res: http.ServerResponse } | undefined;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    lastRequest = { req, res };
    signals.push(clientAbortSignal(req, res));
    answers.push(() => res.end('done'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  signals.length = 0;
  answers.length = 0;
});

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5000) throw new Error('condition not met within 5 s');
    await sleep(10);
  }
}

describe('clientAbortSignal', () => {
  it('fires when the client disconnects before the answer is sent', async () => {
    const client = new AbortController();
    const request = fetch(url, { signal: client.signal }).catch(() => 'aborted');
    await until(() => signals.length === 1);
    expect(signals[0].aborted).toBe(false);
    client.abort();
    expect(await request).toBe('aborted');
    await until(() => signals[0].aborted);
    expect(signals[0].reason).toEqual(new Error('client closed the connection'));
  });

  it('is aborted from the start when made after the client left (a signal made on first use)', async () => {
    const client = new AbortController();
    const request = fetch(url, { signal: client.signal }).catch(() => 'aborted');
    await until(() => signals.length === 1);
    client.abort();
    expect(await request).toBe('aborted');
    await until(() => signals[0].aborted);
    const late = clientAbortSignal(lastRequest!.req, lastRequest!.res);
    expect(late.aborted).toBe(true);
  });

  it('stays quiet for an answered request, even after its connection closes', async () => {
    const request = fetch(url, { headers: { connection: 'close' } });
    await until(() => signals.length === 1);
    answers[0]();
    expect(await (await request).text()).toBe('done');
    await sleep(50);
    expect(signals[0].aborted).toBe(false);
  });
});
