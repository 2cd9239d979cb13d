import { buildSchema, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { activityTally, connectionEstimator, declaredActivities, objectFieldEstimator } from './cost-estimators';

// Plain SDL is enough here: the estimators only look at types and arguments.
const schema = buildSchema(`
  type Query {
    items(first: Int, after: String): ItemConnection!
    itemList(first: Int): [Item!]!
    legacyConnection: ItemConnection!
  }
  type ItemConnection { edges: [ItemEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type ItemEdge { cursor: String! node: Item! }
  type PageInfo { hasNextPage: Boolean! }
  type Item { id: ID! owner: Owner }
  type Owner { name: String! items(first: Int): ItemConnection! }
`);

const cost = (query: string, variables: Record<string, unknown> = {}): number =>
  getComplexity({ schema, query: parse(query), variables, estimators: [connectionEstimator(20), objectFieldEstimator] });

describe('connectionEstimator', () => {
  it('multiplies the whole edges/node selection by first once: edges and node add 1 each, not a factor', () => {
    // node = 1 + owner 1 = 2; edges = 1 + 2 = 3; cursor and id are scalars (0).
    expect(cost('{ items(first: 5) { edges { cursor node { id owner { name } } } } }')).toBe(1 + 5 * 3);
    expect(cost('{ items(first: 100) { edges { cursor node { id owner { name } } } } }')).toBe(1 + 100 * 3);
  });

  it('uses the default page size when first is omitted or null', () => {
    expect(cost('{ items { edges { node { owner { name } } } } }')).toBe(1 + 20 * 3);
    expect(cost('{ items(first: null) { edges { node { owner { name } } } } }')).toBe(1 + 20 * 3);
  });

  it('reads first from variables, and from the variable default when none is sent', () => {
    const query = 'query($n: Int = 7) { items(first: $n) { edges { node { owner { name } } } } }';
    expect(cost(query, { n: 50 })).toBe(1 + 50 * 3);
    expect(cost(query)).toBe(1 + 7 * 3);
  });

  it('multiplies nested connections by both page sizes', () => {
    // inner: 1 + 3 x (edges 1 + node 1) = 7; owner 1 + 7 = 8; node 9; edges 10; outer 1 + 10 x 10.
    const query = '{ items(first: 10) { edges { node { owner { items(first: 3) { edges { node { id } } } } } } } }';
    expect(cost(query)).toBe(101);
  });

  it('counts pageInfo inside the multiplied selection too (the whole sub-selection is per item)', () => {
    expect(cost('{ items(first: 50) { totalCount pageInfo { hasNextPage } } }')).toBe(1 + 50 * 1);
    expect(cost('{ items(first: 50) { totalCount } }')).toBe(1);
  });

  it('treats a negative first as an empty page rather than a negative cost', () => {
    expect(cost('{ items(first: -5) { edges { node { id } } } }')).toBe(1);
  });

  it('leaves fields that are not connections with a first argument to the next estimator', () => {
    // A plain list with `first`, and a *Connection without `first`: neither multiplies.
    expect(cost('{ itemList(first: 50) { id owner { name } } }')).toBe(1 + 1);
    expect(cost('{ legacyConnection { edges { node { id } } } }')).toBe(1 + 1 + 1);
  });
});

describe('objectFieldEstimator', () => {
  it('charges 1 per object field and nothing for scalars', () => {
    expect(cost('{ itemList { id } }')).toBe(1);
    expect(cost('{ itemList { id owner { name } } }')).toBe(2);
    expect(cost('{ __typename }')).toBe(0);
  });
});

describe('activityTally', () => {
  // Only a field's extensions can declare activities, so this schema is built from SDL and then given one.
  const calculator = buildSchema(`
    type Query { calculate(input: CalcInput!): Result! crops: [Crop!]! }
    input CalcInput { activities: [Activity!]! }
    input Activity { crop: String! }
    type Result { total: Float! lines: [Line!]! }
    type Line { gas: String! }
    type Crop { code: String! }
  `);
  const calculate = calculator.getQueryType()!.getFields().calculate;
  calculate.extensions = { activities: (args: Record<string, unknown>) => (args.input as { activities: unknown[] }).activities.length };
  const activities = (query: string, variables: Record<string, unknown> = {}): number => {
    const tally = activityTally();
    getComplexity({ schema: calculator, query: parse(query), variables, estimators: [tally.estimator, objectFieldEstimator] });
    return tally.total();
  };

  it('leaves the pricing to the estimators after it', () => {
    const tally = activityTally();
    const query = '{ calculate(input: { activities: [{ crop: "A" }, { crop: "B" }] }) { total lines { gas } } }';
    expect(getComplexity({ schema: calculator, query: parse(query), estimators: [tally.estimator, objectFieldEstimator] })).toBe(2);
    expect(tally.total()).toBe(2);
  });
  const list = (n: number) => Array.from({ length: n }, () => ({ crop: 'RICE' }));

  it('adds the activities of every alias, from variables and literals, whatever is selected', () => {
    expect(
      activities('query($i: CalcInput!) { a: calculate(input: $i) { total } b: calculate(input: $i) { lines { gas } } }', { i: { activities: list(7) } }),
    ).toBe(14);
    expect(activities('{ calculate(input: { activities: [{ crop: "A" }, { crop: "B" }] }) { total } }')).toBe(2);
    // A single object where a list is expected is a list of one, as GraphQL coerces it.
    expect(activities('{ calculate(input: { activities: { crop: "A" } }) { total } }')).toBe(1);
  });

  it('counts nothing for fields that declare no activities', () => {
    expect(activities('{ crops { code } }')).toBe(0);
    expect(declaredActivities(undefined, {})).toBe(0);
    expect(declaredActivities({ activities: 12 }, {})).toBe(0); // only a function of the arguments counts
  });
});
