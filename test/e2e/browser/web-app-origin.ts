// A web app on its own origin: a tiny static HTTP server whose one page holds a GraphQL client
// written as a frontend would write it (fetch, a bearer token kept in memory, no cookies).
import http from 'node:http';
import { AddressInfo } from 'node:net';

const PAGE = `<!doctype html>
<html lang="vi">
<meta charset="utf-8">
<title>Field app</title>
<script>
  window.createClient = (api) => {
    let token = null;
    async function call(query, variables, requestId) {
      const headers = { 'content-type': 'application/json' };
      if (token) headers.authorization = 'Bearer ' + token;
      if (requestId) headers['x-request-id'] = requestId;
      const response = await fetch(api, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return { status: response.status, requestId: response.headers.get('x-request-id'), body: await response.json() };
    }
    async function login(email, password) {
      const answer = await call('mutation Login($input: LoginInput!) { login(input: $input) { accessToken user { email role } userErrors { code } } }', {
        input: { email, password },
      });
      token = answer.body.data?.login?.accessToken ?? null;
      return answer;
    }
    return { login, call };
  };
</script>
<p>Field app</p>
</html>`;

export interface WebAppOrigin {
  /** e.g. http://127.0.0.1:41234 — what the browser sends as Origin. */
  origin: string;
  close(): Promise<void>;
}

export async function serveWebApp(): Promise<WebAppOrigin> {
  const server = http.createServer((req, res) => {
    if (req.url !== '/') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
