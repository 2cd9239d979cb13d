import { GraphQLResolveInfo, Kind, NamedTypeNode, SelectionSetNode, isObjectType } from 'graphql';
import { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The entity properties a connection's selection needs of each node (`edges { node { … } }`), so that
 * its page can read those columns only: a list row can carry large arrays and JSON the caller never
 * asked for, and converting them costs more than the rest of the row. A node field counts when it is
 * a column property of the entity (its own name), or when `needs` names what its resolver reads;
 * `always` are read in any case (the keys of the order and cursor). Null, meaning every column, when
 * the selection names a field it cannot account for or a fragment it cannot follow: reading too much
 * is only slower, reading too little would be wrong.
 */
export function selectedColumns(
  info: GraphQLResolveInfo,
  metadata: EntityMetadata,
  needs: Record<string, string[]>,
  always: string[] = ['id'],
): string[] | null {
  return columnsOf(info, metadata, needs, always, null, (walk, nodeField) => {
    for (const node of info.fieldNodes) {
      walk(node.selectionSet, (name, inner) => {
        if (name !== 'edges') return;
        walk(inner, (edgeField, nodeSet) => {
          if (edgeField === 'node') walk(nodeSet, nodeField);
        });
      });
    }
  });
}

/**
 * The same for a field whose value is the node itself (`node(id:)`), typed as an interface: fields in
 * fragments on other object types are left out, those on `typeName` or on an interface are counted.
 */
export function selectedNodeColumns(
  info: GraphQLResolveInfo,
  metadata: EntityMetadata,
  typeName: string,
  needs: Record<string, string[]>,
  always: string[] = ['id'],
): string[] | null {
  return columnsOf(info, metadata, needs, always, typeName, (walk, nodeField) => {
    for (const node of info.fieldNodes) walk(node.selectionSet, nodeField);
  });
}

type Visit = (name: string, inner: SelectionSetNode | undefined) => void;
type Walk = (set: SelectionSetNode | undefined, visit: Visit) => void;

function columnsOf(
  info: GraphQLResolveInfo,
  metadata: EntityMetadata,
  needs: Record<string, string[]>,
  always: string[],
  typeName: string | null,
  read: (walk: Walk, nodeField: Visit) => void,
): string[] | null {
  const columns = new Set(always);
  let complete = true;
  // A fragment on another object type does not apply to this node (only checked for `node(id:)`).
  const applies = (condition: NamedTypeNode | undefined) =>
    !typeName || !condition || condition.name.value === typeName || !isObjectType(info.schema.getType(condition.name.value));
  const walk: Walk = (set, visit) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition)) walk(selection.selectionSet, visit);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[selection.name.value];
        if (!fragment) complete = false;
        else if (applies(fragment.typeCondition)) walk(fragment.selectionSet, visit);
      } else visit(selection.name.value, selection.selectionSet);
    }
  };
  const nodeField: Visit = (name) => {
    if (name === '__typename') return;
    const needed = needs[name] ?? (isPlainColumn(metadata, name) ? [name] : null);
    if (needed) needed.forEach((property) => columns.add(property));
    else complete = false;
  };
  read(walk, nodeField);
  return complete ? [...columns] : null;
}

const isPlainColumn = (metadata: EntityMetadata, property: string) =>
  metadata.columns.some((column) => column.propertyName === property && !column.embeddedMetadata && !column.isVirtual);

/** Narrows a query to these column properties of its root entity (as the functions above give them); null keeps every column. */
export function selectOnly<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, columns: string[] | null): SelectQueryBuilder<T> {
  return columns ? query.select(columns.map((column) => `${query.alias}.${column}`)) : query;
}
