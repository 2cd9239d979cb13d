import { ApolloServerPlugin } from '@apollo/server';
import { RequestContext } from '../core/context';
import { queryTallyStorage } from '../db/query-counter';
import { currentRequestLogScope } from './request-log-scope';

/**
 * One log line per GraphQL operation: name, duration, SQL statements sent, error codes. Once the
 * operation is known, every later line of the request names it too (request-log-scope).
 */
export function operationLoggingPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didResolveOperation({ operationName }) {
          const scope = currentRequestLogScope();
          if (scope) scope.operationName = operationName ?? null;
        },
        async willSendResponse({ operationName, errors }) {
          contextValue.logger.info(
            {
              operationName: operationName ?? null,
              durationMs: Number(process.hrtime.bigint() - started) / 1e6,
              sqlStatements: queryTallyStorage.getStore()?.statements ?? null,
              errorCodes: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
