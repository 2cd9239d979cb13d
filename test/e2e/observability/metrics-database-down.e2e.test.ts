// While the database is unreachable /metrics still answers: the process metrics are there and
// job_queue_read_ok says the queue could not be read; it reads again once the database is back.
import { TcpProxy, startTcpProxy } from '../../helpers/tcp-proxy';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { parseExposition, valueOf } from './exposition';

const TOKEN = 'metrics-token-0123456789abcdef';

let proxy: TcpProxy;
let server: TestServer;
beforeAll(async () => {
  const target = new URL(process.env.TEST_ADMIN_DATABASE_URL!);
  proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
  server = await startTestServer({
    seed: false,
    serverDatabaseUrl: (url) => proxy.through(url),
    env: { METRICS_TOKEN: TOKEN, DATABASE_CONNECT_TIMEOUT_MS: '1000' },
  });
});
afterAll(async () => {
  await proxy?.restore();
  await server?.stop();
  await proxy?.close();
});

const scrape = async () => {
  const response = await fetch(server.url.replace(/\/graphql$/, '/metrics'), { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  return parseExposition(await response.text());
};

it('answers while the database is down, and says the queue was not read', async () => {
  expect(valueOf(await scrape(), 'job_queue_read_ok')).toBe(1);
  await proxy.refuse();
  const down = await scrape();
  expect(valueOf(down, 'job_queue_read_ok')).toBe(0);
  expect(valueOf(down, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  expect(server.logs.some((l) => l.msg === 'metrics: could not read the job queue')).toBe(true);
  await proxy.restore();
  let ok: number | undefined;
  for (let i = 0; i < 20 && ok !== 1; i++) ok = valueOf(await scrape(), 'job_queue_read_ok'); // a stale pooled connection may fail once
  expect(ok).toBe(1);
});
