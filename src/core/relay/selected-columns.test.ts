import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, Kind, OperationDefinitionNode, buildSchema, parse } from 'graphql';
import { EntityMetadata } from 'typeorm';
import { selectedColumns, selectedNodeColumns } from './selected-columns';

const schema = buildSchema(`interface Node { id: ID! } type P implements Node { id: ID! year: Int version: Int } type Q implements Node { id: ID! lines: Int }
  type Query { node: Node }`);

function infoOf(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments, schema } as unknown as GraphQLResolveInfo;
}

const metadata = {
  columns: ['id', 'year', 'version', 'totalCo2eKg', 'communeInventoryIds', 'communesMissing'].map((propertyName) => ({ propertyName, isVirtual: false })),
} as unknown as EntityMetadata;
const needs = { lines: ['id'], communeInventories: ['communeInventoryIds'] };
const columns = (document: string) => selectedColumns(infoOf(document), metadata, needs)?.sort() ?? null;

describe('selectedColumns', () => {
  it('reads the node fields that are columns, what resolvers need, and the keys', () => {
    expect(columns('{ list { edges { node { year version totalCo2eKg } } } }')).toEqual(['id', 'totalCo2eKg', 'version', 'year']);
    expect(columns('{ list { edges { cursor node { __typename year lines { category } } } } }')).toEqual(['id', 'year']);
    expect(columns('{ list { edges { node { communeInventories { id } } } } }')).toEqual(['communeInventoryIds', 'id']);
    expect(columns('{ list { totalCount pageInfo { hasNextPage } } }')).toEqual(['id']);
  });

  it('follows fragments, and reads every column when it cannot account for a field', () => {
    expect(columns('{ list { ...Page } } fragment Page on C { edges { node { ... on P { version } ...Row } } } fragment Row on P { year }')).toEqual([
      'id',
      'version',
      'year',
    ]);
    expect(columns('{ list { edges { node { year unknownField } } } }')).toBeNull();
    expect(columns('{ list { edges { node { ...Missing } } } }')).toBeNull();
  });
});

describe('selectedNodeColumns', () => {
  const nodeColumns = (document: string) => selectedNodeColumns(infoOf(document), metadata, 'P', needs)?.sort() ?? null;

  it('counts the fields on the type and its interfaces, not those of fragments on other types', () => {
    expect(nodeColumns('{ node { id ... on P { year } ... on Q { unknownField } } }')).toEqual(['id', 'year']);
    expect(nodeColumns('{ node { ...OnNode ...OnQ } } fragment OnNode on Node { id } fragment OnQ on Q { lines }')).toEqual(['id']);
    expect(nodeColumns('{ node { ... on P { version unknownField } } }')).toBeNull();
  });
});
