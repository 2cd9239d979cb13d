import { Request, RequestHandler } from 'express';
import { Histogram, Registry } from 'prom-client';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
export const UNMATCHED = 'unmatched';

/**
 * The route template of an answered request, never its raw path: `/reports/:year` for a route an
 * express router matched, else the mount it went to (`/graphql`), else `unmatched`. `mounts` are
 * the literal paths routers are mounted at; a mount path with parameters would put raw values in
 * `req.baseUrl`, so only a known literal one is trusted.
 */
export function routeTemplate(req: Request, mounts: readonly string[]): string {
  const routePath: unknown = req.route?.path;
  if (typeof routePath === 'string' && (req.baseUrl === '' || mounts.includes(req.baseUrl))) return req.baseUrl + routePath;
  const path = req.originalUrl.split('?')[0];
  // The longest mount that holds the path (`/reports/annual-emissions` before `/reports`).
  const holding = mounts.filter((mount) => path === mount || path.startsWith(`${mount}/`));
  return holding.reduce<string | undefined>((longest, mount) => (longest && longest.length >= mount.length ? longest : mount), undefined) ?? UNMATCHED;
}

/**
 * `http_request_duration_seconds{method, route, status}`, observed when the connection is done with
 * the response; a client that left before it was sent counts as 499 (nginx's "client closed request").
 */
export function httpMetrics(registry: Registry, mounts: readonly string[]): RequestHandler {
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests answered, by method, route template and status code',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  return (req, res, next) => {
    const end = duration.startTimer();
    res.once('close', () => {
      const status = res.writableFinished ? String(res.statusCode) : '499';
      end({ method: METHODS.has(req.method) ? req.method : 'other', route: routeTemplate(req, mounts), status });
    });
    next();
  };
}
