import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { DocumentNode, GraphQLError, ValidationRule } from 'graphql';
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

/** The variables of an operation longer than this (as JSON) are not cached: costing it again is cheaper than keeping it. */
export const COST_CACHE_MAX_VARIABLES_CHARS = 2048;
/** Variable sets remembered per document; when full, the document's entries start over. */
export const COST_CACHE_ENTRIES_PER_DOCUMENT = 32;

interface Costed {
  cost: number;
  activities: number;
}

/**
 * The cost and activities of an operation are a function of the document, the operation chosen and
 * the variables (the estimators read arguments, never the caller). Apollo keeps one parsed document
 * per query text, so repeated requests with the same text share the document object: the result is
 * kept per document, keyed by operation name and the variables' JSON, and a request whose variables
 * differ (e.g. a larger `first`) is costed afresh. Entries go with the document when Apollo's
 * document cache drops it.
 */
function costCache(): { get(document: DocumentNode, key: string): Costed | undefined; set(document: DocumentNode, key: string, value: Costed): void } {
  const byDocument = new WeakMap<DocumentNode, Map<string, Costed>>();
  return {
    get: (document, key) => byDocument.get(document)?.get(key),
    set(document, key, value) {
      let entries = byDocument.get(document);
      if (!entries) byDocument.set(document, (entries = new Map()));
      else if (entries.size >= COST_CACHE_ENTRIES_PER_DOCUMENT) entries.clear();
      entries.set(key, value);
    },
  };
}

/** The cache key of an operation's variables, or undefined when they are too long to be worth keeping. */
function variablesKey(operationName: string | null | undefined, variables: Record<string, unknown> | undefined): string | undefined {
  const json = variables ? JSON.stringify(variables) : '{}';
  return json.length > COST_CACHE_MAX_VARIABLES_CHARS ? undefined : `${operationName ?? ''}\n${json}`;
}

/**
 * Computes each operation's cost before it runs (fields declare costs through `complexity`; a
 * connection multiplies by its page size), refuses it over maxCost or over maxActivities (whatever the
 * cost limit allows), and reports the cost in `extensions.cost` so clients can budget.
 */
export function queryCostPlugin(limits: QueryLimits): ApolloServerPlugin<BaseContext> {
  const cache = costCache();
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const key = variablesKey(operationName, request.variables);
          let costed = key === undefined ? undefined : cache.get(document, key);
          if (!costed) {
            try {
              const tally = activityTally();
              const total = getComplexity({
                schema,
                query: document,
                operationName: operationName ?? undefined,
                variables: request.variables ?? {},
                estimators: [tally.estimator, ...costEstimators(limits.defaultPageSize)],
              });
              costed = { cost: total, activities: tally.total() };
            } catch (e) {
              // Bad variables (or too many nodes): a client error, and nothing runs uncosted.
              const error = e instanceof GraphQLError ? e : new GraphQLError(String(e));
              throw new GraphQLError(error.message, {
                nodes: error.nodes,
                originalError: error,
                extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
              });
            }
            if (key !== undefined) cache.set(document, key, costed);
          }
          cost = costed.cost;
          const { activities } = costed;
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
          if (costed.cost > limits.maxCost) {
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
