import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { RETRYABLE_STATUS } from './http-errors';

/**
 * A GraphQL answer refused for a while (RATE_LIMITED, SERVICE_UNAVAILABLE) gets that HTTP status
 * (429, 503) and Retry-After, so proxies, load balancers and HTTP clients back off without reading
 * the body. Runs after the error formatter, which decides the codes.
 */
export function errorStatusPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          let status = 0;
          let retryAfter = 0;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = error.extensions?.code;
            const errorStatus = typeof code === 'string' ? RETRYABLE_STATUS[code] : undefined;
            if (!errorStatus) continue;
            status = Math.max(status, errorStatus); // the database being down outranks a rate limit
            const seconds = error.extensions?.retryAfter;
            if (typeof seconds === 'number') retryAfter = Math.max(retryAfter, seconds);
          }
          if (!status) return;
          response.http.status = status;
          if (retryAfter > 0) response.http.headers.set('retry-after', String(retryAfter));
        },
      };
    },
  };
}
