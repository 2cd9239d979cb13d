import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLFormattedError, Kind, OperationDefinitionNode } from 'graphql';
import { Counter, Histogram, Registry } from 'prom-client';
import { BoundedLabel, OTHER } from './bounded-label';

/** Distinct operation names kept as labels; later ones are `other`. */
export const MAX_OPERATION_NAMES = 200;
// A GraphQL name, not too long for a dashboard.
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

export interface GraphQLMetricsCounters {
  /** api_errors_total{code} */
  errors: Counter<'code'>;
  /** rate_limit_refusals_total{limit} */
  refusals: Counter<'limit'>;
  /** Codes are the server's, but a bound costs nothing. */
  codes: BoundedLabel;
}

/** The root field behind each response key (`alias: field` counts as `field`). */
function rootFields(operation: OperationDefinitionNode): Map<string, string> {
  const fields = new Map<string, string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.set(selection.alias?.value ?? selection.name.value, selection.name.value);
  }
  return fields;
}

/**
 * `graphql_operation_duration_seconds{operation_name, operation_type, outcome}` for every GraphQL
 * request; the codes of the errors it answers with (`api_errors_total`); and refusals a resolver
 * raised (the login throttle's RATE_LIMITED) as `rate_limit_refusals_total{limit=<root field>}`.
 * Outcome: `success` (no error), `error` (at least one), `invalid` (the document did not parse or
 * validate, so nothing ran). An operation without a name is `anonymous`; names are bounded: only
 * those of operations that validated, at most MAX_OPERATION_NAMES, else `other`.
 */
export function graphqlMetricsPlugin(registry: Registry, counters: GraphQLMetricsCounters): ApolloServerPlugin<BaseContext> {
  const duration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operations answered, by operation name, type and outcome',
    labelNames: ['operation_name', 'operation_type', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const names = new BoundedLabel(MAX_OPERATION_NAMES, OPERATION_NAME);
  return {
    async requestDidStart() {
      const end = duration.startTimer();
      return {
        async willSendResponse({ operation, operationName, response }) {
          const errors: readonly GraphQLFormattedError[] = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const fields = operation ? rootFields(operation) : new Map<string, string>();
          for (const error of errors) {
            const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
            counters.errors.inc({ code: counters.codes.of(code) });
            if (code === 'RATE_LIMITED') {
              const key = error.path?.[0];
              counters.refusals.inc({ limit: (typeof key === 'string' && fields.get(key)) || OTHER });
            }
          }
          end({
            operation_name: !operation ? OTHER : operationName ? names.of(operationName) : 'anonymous',
            operation_type: operation?.operation ?? 'unknown',
            outcome: !operation ? 'invalid' : errors.length > 0 ? 'error' : 'success',
          });
        },
      };
    },
  };
}
