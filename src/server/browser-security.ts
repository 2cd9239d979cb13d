import cors from 'cors';
import { RequestHandler, Router } from 'express';
import helmet, { contentSecurityPolicy, strictTransportSecurity } from 'helmet';

/**
 * Request headers a browser app may send cross-origin: the ones the API reads (credentials, the
 * request id), the ones Apollo's CSRF check accepts as proof of a preflighted request, Apollo's
 * client identification, and Idempotency-Key for clients that send the key as a header too.
 */
export const CORS_ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'x-api-key',
  'x-request-id',
  'idempotency-key',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
];

/** Response headers a browser app may read beyond the CORS-safelisted ones. */
export const CORS_EXPOSED_HEADERS = ['x-request-id', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'content-disposition'];

/** How long a browser may reuse a preflight answer (seconds; Chromium caps it at 7200). */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

const isGraphQL = (path: string) => path === '/graphql' || path.startsWith('/graphql/');

/**
 * What browsers need and get from every route:
 * - CORS for the listed origins only (exact match), without credentials: tokens travel in headers,
 *   never in cookies. Any OPTIONS request ends here with 204; an unlisted origin gets no
 *   Access-Control-Allow-Origin, so its browser refuses the answer and never sends the request.
 * - helmet's headers (nosniff, frame and referrer policies, …); HSTS only on a request that came
 *   over TLS (`req.secure`, which honours the trust-proxy setting).
 * - A CSP that allows nothing on the JSON and file routes. `/graphql` has none: in development it
 *   serves Apollo's landing page to a browser, which runs inline and CDN scripts.
 * Apollo's CSRF prevention (on by default) still refuses simple requests to /graphql.
 */
export function browserSecurity(options: { corsOrigins: readonly string[] }): Router {
  const allowed = new Set(options.corsOrigins);
  const router = Router();
  router.use(helmet({ contentSecurityPolicy: false, strictTransportSecurity: false }));
  const hsts = strictTransportSecurity();
  router.use((req, res, next) => (req.secure ? hsts(req, res, next) : next()));
  const strictCsp = contentSecurityPolicy({ useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } });
  router.use((req, res, next) => (isGraphQL(req.path) ? next() : strictCsp(req, res, next)));
  if (allowed.size > 0) {
    // The answer depends on the Origin header even when it grants nothing: caches must keep them apart.
    router.use((_req, res, next) => {
      res.vary('Origin');
      next();
    });
    router.use(
      cors({
        origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
        methods: ['GET', 'POST'],
        allowedHeaders: CORS_ALLOWED_HEADERS,
        exposedHeaders: CORS_EXPOSED_HEADERS,
        credentials: false,
        maxAge: PREFLIGHT_MAX_AGE_SECONDS,
        optionsSuccessStatus: 204,
      }),
    );
  }
  router.use(endPreflight);
  return router;
}

/** OPTIONS that CORS did not answer (no list, or an unlisted origin): 204 with nothing granted. */
const endPreflight: RequestHandler = (req, res, next) => {
  if (req.method !== 'OPTIONS') return next();
  res.setHeader('Allow', 'GET, POST, OPTIONS');
  res.status(204).end();
};
