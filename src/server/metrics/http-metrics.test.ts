import { Request } from 'express';
import { UNMATCHED, routeTemplate } from './http-metrics';

const MOUNTS = ['/metrics', '/graphql', '/reports/annual-emissions', '/reports'];
const request = (originalUrl: string, baseUrl = '', routePath?: unknown) =>
  ({ originalUrl, baseUrl, route: routePath === undefined ? undefined : { path: routePath } }) as unknown as Request;

describe('routeTemplate', () => {
  it('names a matched route by its template, under a known mount or at the root', () => {
    expect(routeTemplate(request('/reports/plan/2026.xlsx', '/reports', '/plan/:year.xlsx'), MOUNTS)).toBe('/reports/plan/:year.xlsx');
    expect(routeTemplate(request('/healthz', '', '/healthz'), MOUNTS)).toBe('/healthz');
  });

  it('falls back to the longest mount holding the path, never the path itself', () => {
    expect(routeTemplate(request('/graphql?query=x'), MOUNTS)).toBe('/graphql');
    expect(routeTemplate(request('/reports/annual-emissions/2026/raw'), MOUNTS)).toBe('/reports/annual-emissions');
    expect(routeTemplate(request('/reports/anything/else'), MOUNTS)).toBe('/reports');
    // A base URL that is not a known literal mount may hold raw values.
    expect(routeTemplate(request('/reports/x/secret-token', '/reports/x', '/:token'), MOUNTS)).toBe('/reports');
    expect(routeTemplate(request('/graphqlx'), MOUNTS)).toBe(UNMATCHED);
    expect(routeTemplate(request('/users/42/profile'), MOUNTS)).toBe(UNMATCHED);
  });

  it('ignores a route path that is not a string (a regular expression)', () => {
    expect(routeTemplate(request('/reports/7', '/reports', /\/\d+/), MOUNTS)).toBe('/reports');
  });
});
