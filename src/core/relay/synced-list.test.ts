import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, Kind, OperationDefinitionNode, parse } from 'graphql';
import { selectsWatermark } from './synced-list';

/** The resolver info of the document's first root field, as far as selectsWatermark reads it. */
function infoOf(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectsWatermark', () => {
  it.each([
    ['{ list { edges { node { id title } } totalCount } }', false],
    ['{ list { pageInfo { hasNextPage } edges { node { id cursor: title } } } }', false],
    ['{ list { syncWatermark } }', true],
    ['{ list { edges { cursor } } }', true],
    ['{ list { pageInfo { endCursor } } }', true],
    ['{ list { pageInfo { startCursor } } }', true],
    ['{ list { w: syncWatermark } }', true],
    ['{ list { ... on TrainingEventConnection { edges { ... on TrainingEventEdge { cursor } } } } }', true],
    ['{ list { ...Page } } fragment Page on TrainingEventConnection { pageInfo { ...Cursors } } fragment Cursors on PageInfo { endCursor }', true],
    ['{ list { ...Page } } fragment Page on TrainingEventConnection { edges { node { id } } }', false],
    ['{ list { ...Missing } }', true],
  ])('%s: %s', (document, expected) => {
    expect(selectsWatermark(infoOf(document))).toBe(expected);
  });
});
