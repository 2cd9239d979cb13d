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
export const objectFieldEstimator: ComplexityEstimator = ({ field, childComplexity }) =>
  isLeafType(getNamedType(field.type)) ? 0 : 1 + childComplexity;
