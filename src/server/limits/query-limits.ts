import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, ValidationRule } from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';
import { activityTally, connectionEstimator, objectFieldEstimator } from './cost-estimators';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  defaultPageSize: number;
  /** Emission-engine activities one request may compute, all fields and aliases together. */
  maxActivities: number;
}

/** Refuses operations nested deeper than maxDepth (introspection excepted), before anything runs. */
export function depthLimitRules(limits: QueryLimits): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [
        (context, error) =>
          context?.reportError(
            new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
              extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP', maxDepth: limits.maxDepth },
            }),
          ),
      ],
    }),
  ];
}

/** How an operation's cost is computed: connections by page size, then declared costs, then 1 per object. */
export function costEstimators(defaultPageSize: number): ComplexityEstimator[] {
  return [connectionEstimator(defaultPageSize), fieldExtensionsEstimator(), objectFieldEstimator];
}

/**
 * Computes each operation's cost before it runs (fields declare costs through `complexity`; a
 * connection multiplies by its page size), refuses it over maxCost or over maxActivities (whatever the
 * cost limit allows), and reports the cost in `extensions.cost` so clients can budget.
 */
export function queryCostPlugin(limits: QueryLimits): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let activities: number;
          try {
            const tally = activityTally();
            cost = getComplexity({
              schema,
              query: document,
              operationName: operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [tally.estimator, ...costEstimators(limits.defaultPageSize)],
            });
            activities = tally.total();
          } catch (e) {
            // Bad variables (or too many nodes): a client error, and nothing runs uncosted.
            const error = e instanceof GraphQLError ? e : new GraphQLError(String(e));
            throw new GraphQLError(error.message, {
              nodes: error.nodes,
              originalError: error,
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (activities > limits.maxActivities) {
            throw new GraphQLError(
              `The request computes ${activities} activities; at most ${limits.maxActivities} are allowed in one request, all calculations together`,
              {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  reason: 'TOO_MANY_ACTIVITIES',
                  field: 'input.activities',
                  activities,
                  maxActivities: limits.maxActivities,
                  http: { status: 400 },
                },
              },
            );
          }
          if (cost > limits.maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${limits.maxCost}; ask for fewer items (smaller first) or fewer fields`, {
              extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY', cost, maxCost: limits.maxCost, http: { status: 400 } },
            });
          }
        },
        async willSendResponse({ response }) {
          if (cost === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested: cost, limit: limits.maxCost } };
        },
      };
    },
  };
}
