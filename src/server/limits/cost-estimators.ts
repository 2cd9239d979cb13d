import { getNamedType, isLeafType } from 'graphql';
import { ComplexityEstimator } from 'graphql-query-complexity';

/**
 * A Relay connection costs its page size times what one item selects, so `first: 100` costs
 * twenty times `first: 5`. Only the connection field multiplies; its edges and nodes add their own 1s.
 */
export function connectionEstimator(defaultPageSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (!getNamedType(field.type).name.endsWith('Connection') || !field.args.some((a) => a.name === 'first')) return undefined;
    const first = typeof args.first === 'number' ? args.first : defaultPageSize;
    return 1 + Math.max(0, first) * childComplexity;
  };
}

/** As the public GraphQL APIs count: an object (or list of objects) costs 1, a scalar or enum 0. */
export const objectFieldEstimator: ComplexityEstimator = ({ field, childComplexity }) => (isLeafType(getNamedType(field.type)) ? 0 : 1 + childComplexity);

/**
 * A field that runs the emission engine declares, in its `activities` extension, how many activities
 * its arguments make it compute. The engine's work follows the activities sent, not the fields selected.
 */
export type ActivityCount = (args: Record<string, unknown>) => number;

export function declaredActivities(extensions: Readonly<Record<string, unknown>> | null | undefined, args: Record<string, unknown>): number {
  const count = extensions?.activities;
  return typeof count === 'function' ? Math.max(0, (count as ActivityCount)(args)) : 0;
}

/**
 * Adds up the declared activities of every field of an operation (each alias counts) while the cost is
 * computed, in the same walk: placed first, it counts and leaves the pricing to the next estimators.
 */
export function activityTally(): { estimator: ComplexityEstimator; total(): number } {
  let total = 0;
  return {
    estimator: ({ field, args }) => {
      total += declaredActivities(field.extensions, args);
      return undefined;
    },
    total: () => total,
  };
}

/**
 * What a field costs for work it does whatever is selected — a report, a calculation or an import over
 * a whole data set (tens of SQL statements, or the engine over every record) — priced as a page of 100.
 */
export const DATA_SET_WORK = 100;

/** `complexity` of such a field: the work, plus its selection. */
export const dataSetWork = ({ childComplexity }: { childComplexity: number }): number => DATA_SET_WORK + childComplexity;
