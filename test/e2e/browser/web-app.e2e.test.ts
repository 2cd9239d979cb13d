// A web app on another origin, in a real browser: chromium loads a page from a listed origin, logs in,
// reads and writes through the API; the same page from an origin not in CORS_ORIGINS is refused by
// the browser before anything reaches the API.
import { fromGlobalId } from 'graphql-relay';
import { Role } from '../../../src/core/auth/roles';
import { HOME_UNIT, TEST_PASSWORD, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { Chromium, describeWithChromium, launchChromium } from './chromium';
import { WebAppOrigin, serveWebApp } from './web-app-origin';

/** What the page's client returns for one request. */
interface Answer {
  status: number;
  requestId: string | null;
  body: { data?: Record<string, unknown> | null; errors?: unknown[] };
}
interface PageClient {
  login(email: string, password: string): Promise<Answer>;
  call(query: string, variables?: Record<string, unknown>, requestId?: string): Promise<Answer>;
}
/** The page's globals these tests use (the project compiles without the DOM library). */
interface PageGlobals {
  createClient(api: string): PageClient;
  /** Set by the landing page's inline script. */
  initialEndpoint?: string;
  document: { querySelector(selector: string): unknown };
  getComputedStyle(element: unknown): { position: string };
}

const ME = 'query Me { me { email role administrativeUnit { code } } }';
const CREATE_REPORT =
  'mutation CreateReport($input: CreateProgressReportInput!) { createProgressReport(input: $input) { progressReport { id year quarter status narrative } userErrors { code field } } }';

let server: TestServer;
let browser: Chromium;
let listed: WebAppOrigin;
let unlisted: WebAppOrigin;

const operations = (name: string) => server.logs.filter((l) => l.msg === 'graphql operation' && l.operationName === name).length;

describeWithChromium()('a web app on another origin, in chromium', () => {
  beforeAll(async () => {
    browser = await launchChromium(); // first: with CI=true and no chromium, fail before anything starts
    listed = await serveWebApp();
    unlisted = await serveWebApp();
    server = await startTestServer({ env: { CORS_ORIGINS: listed.origin } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await listed?.close();
    await unlisted?.close();
  });

  it('logs in, runs a query and a mutation from a listed origin', async () => {
    const officer = await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT });
    const page = await browser.context.newPage();
    await page.goto(`${listed.origin}/`);
    const report = { taskCode: 'I.3', year: 2027, quarter: 2, status: 'ON_TRACK', narrative: 'Gửi từ trình duyệt' };
    const result = await page.evaluate(
      async ({ api, email, password, me, create, input }) => {
        const client = (globalThis as unknown as PageGlobals).createClient(api);
        const login = await client.login(email, password);
        const read = await client.call(me);
        const written = await client.call(create, { input }, 'browser-create-report');
        return { login, read, written };
      },
      { api: server.url, email: officer.user.email, password: TEST_PASSWORD, me: ME, create: CREATE_REPORT, input: report },
    );

    expect(result.login).toMatchObject({
      status: 200,
      body: { data: { login: { user: { email: officer.user.email, role: 'COMMUNE_OFFICER' }, userErrors: [] } } },
    });
    expect(result.read).toMatchObject({ status: 200, body: { data: { me: { email: officer.user.email, administrativeUnit: { code: HOME_UNIT } } } } });
    expect(result.written.body.errors).toBeUndefined();
    const payload = result.written.body.data!.createProgressReport as { progressReport: { id: string }; userErrors: unknown[] };
    expect(payload).toMatchObject({ progressReport: { year: 2027, quarter: 2, status: 'ON_TRACK', narrative: report.narrative }, userErrors: [] });
    // The browser may read the exposed X-Request-Id, and the request id it sent is the one audited.
    expect(result.written.requestId).toBe('browser-create-report');

    const id = fromGlobalId(payload.progressReport.id).id;
    const [row] = await server.database.dataSource.query('SELECT year, quarter, status, narrative FROM progress_report WHERE id = $1', [id]);
    expect(row).toEqual({ year: 2027, quarter: 2, status: 'ON_TRACK', narrative: report.narrative });
    const audit = await server.database.dataSource.query('SELECT actor_id, request_id FROM audit_event WHERE entity_id = $1', [id]);
    expect(audit).toEqual([{ actor_id: officer.user.id, request_id: 'browser-create-report' }]);
    await page.close();
  });

  it('is refused from an origin that is not listed: the browser fails the fetch and the API never runs it', async () => {
    const officer = await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT });
    const page = await browser.context.newPage();
    await page.goto(`${unlisted.origin}/`);
    const logins = operations('Login');
    const blocked = page.waitForEvent('console', { predicate: (m) => m.text().includes('blocked by CORS policy'), timeout: 15_000 });
    const outcome = await page.evaluate(
      async ({ api, email, password }) => {
        try {
          return { answered: await (globalThis as unknown as PageGlobals).createClient(api).login(email, password) };
        } catch (error) {
          return { failed: { name: (error as Error).name, message: (error as Error).message } };
        }
      },
      { api: server.url, email: officer.user.email, password: TEST_PASSWORD },
    );
    expect(outcome).toEqual({ failed: { name: 'TypeError', message: 'Failed to fetch' } });
    const message = (await blocked).text();
    expect(message).toContain(`from origin '${unlisted.origin}'`);
    expect(message).toContain("No 'Access-Control-Allow-Origin' header");
    // The preflight was refused, so the login itself was never sent.
    expect(operations('Login')).toBe(logins);
    await page.close();
  });

  it('still shows the landing page a developer opens at /graphql (no CSP header blocks its scripts)', async () => {
    const page = await browser.context.newPage();
    const policyErrors: string[] = [];
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) policyErrors.push(m.text());
    });
    const response = await page.goto(server.url, { waitUntil: 'domcontentloaded' });
    expect(response!.status()).toBe(200);
    // Its inline script ran and its inline style applied: Apollo's nonce-based policy in the page
    // governs it, no header policy of ours. (Offline, the sandbox from Apollo's CDN shows a fallback.)
    const landing = await page.evaluate(() => {
      const view = globalThis as unknown as PageGlobals;
      return { endpoint: view.initialEndpoint, position: view.getComputedStyle(view.document.querySelector('#embeddableSandbox')).position };
    });
    expect(landing).toEqual({ endpoint: server.url, position: 'absolute' });
    expect(policyErrors).toEqual([]);
    await page.close();
  });
});
