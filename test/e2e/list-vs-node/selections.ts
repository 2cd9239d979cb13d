// Selection sets generated from the served schema, so a list added tomorrow is compared without
// anyone writing its fields here: leaves as they are, `{ id }` of Node objects, value objects
// (lines, participants, ...) whole, and one level of nested Node lists expanded.
import {
  GraphQLField,
  GraphQLInterfaceType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/** A selection: `true` for a leaf, a nested selection for an object. */
export interface Selection {
  [field: string]: Selection | true;
}

type Composite = GraphQLObjectType | GraphQLInterfaceType;
// Type-safe enough for walking: these tests never look at arguments' or fields' generics.
type AnyField = GraphQLField<unknown, unknown>;

export const implementsNode = (type: GraphQLNamedType): type is Composite =>
  (isObjectType(type) || isInterfaceType(type)) && (type.name === 'Node' || type.getInterfaces().some((i) => i.name === 'Node'));

export function isListField(field: AnyField): boolean {
  let type: GraphQLOutputType = field.type;
  while (isNonNullType(type)) type = type.ofType;
  return isListType(type);
}

/** A field whose selection needs an argument value this walk cannot invent (non-null, no default). */
export const needsArguments = (field: AnyField) => field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);

/** The item type of a Relay connection type, or null when `type` is not one. */
export function connectionNodeType(schema: GraphQLSchema, type: GraphQLNamedType): Composite | null {
  if (!isObjectType(type) || !type.name.endsWith('Connection')) return null;
  const edges = type.getFields().edges;
  const edge = edges && getNamedType(edges.type);
  const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
  const nodeType = node && getNamedType(node.type);
  return nodeType && implementsNode(nodeType) ? (schema.getType(nodeType.name) as Composite) : null;
}

export class SelectionBuilder {
  private readonly built = new Map<string, Selection>();

  constructor(
    private readonly skip: Readonly<Record<string, string>>,
    private readonly maxValueDepth = 4,
  ) {}

  /**
   * A Node object: its `__typename`, leaves, `{ id }` of Node fields, value objects whole; a nested
   * list of Node objects is `{ id }` too, unless `expandNodeLists` (then their own node selection).
   */
  node(type: Composite, expandNodeLists = false): Selection {
    const key = `${type.name}|${expandNodeLists}`;
    let selection = this.built.get(key);
    if (!selection) {
      selection = { __typename: true, ...this.fields(type, expandNodeLists, 0) };
      this.built.set(key, selection);
    }
    return selection;
  }

  private fields(type: Composite, expandNodeLists: boolean, valueDepth: number): Selection {
    const selection: Selection = {};
    for (const field of Object.values(type.getFields()) as AnyField[]) {
      const coordinate = `${type.name}.${field.name}`;
      if (coordinate in this.skip) continue;
      if (needsArguments(field)) throw new Error(`${coordinate} needs arguments: compare it with synthesised ones, or add it to the skip-list with the reason`);
      const named = getNamedType(field.type);
      if (isLeafType(named)) selection[field.name] = true;
      else if (implementsNode(named)) selection[field.name] = expandNodeLists && isListField(field) ? this.node(named) : { id: true };
      else if (isObjectType(named)) {
        if (valueDepth >= this.maxValueDepth) throw new Error(`${coordinate}: value objects nest deeper than ${this.maxValueDepth}`);
        selection[field.name] = this.fields(named, false, valueDepth + 1);
      } else throw new Error(`${coordinate}: ${named.name} is neither a leaf, a Node nor an object type; teach the walk about it`);
    }
    return selection;
  }
}

export function render(selection: Selection): string {
  return `{ ${Object.entries(selection)
    .map(([name, sub]) => (sub === true ? name : `${name} ${render(sub)}`))
    .join(' ')} }`;
}

/** The part of `data` that `selection` asks for (a list item narrowed to what node(id) was asked). */
export function project(data: unknown, selection: Selection): unknown {
  if (data === null || data === undefined) return data;
  if (Array.isArray(data)) return data.map((item) => project(item, selection));
  const object = data as Record<string, unknown>;
  return Object.fromEntries(Object.entries(selection).map(([name, sub]) => [name, sub === true ? object[name] : project(object[name], sub)]));
}
