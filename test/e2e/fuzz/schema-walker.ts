// Reads operations, argument slots and selections from an introspected schema, so the fuzz test
// follows the API as it is, with no hand-written list of operations to fall behind.
import {
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLOutputType,
  GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';

export { formatPath } from '../../../src/core/input/check-arguments';

export interface Operation {
  kind: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

/** Where a value goes: argument name, then input field names and list indexes. */
export type ArgPath = (string | number)[];

export interface Slot {
  path: ArgPath;
  type: GraphQLInputType;
}

export function listOperations(schema: GraphQLSchema): Operation[] {
  const query = Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({ kind: 'query' as const, name: field.name, field }));
  const mutation = Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({ kind: 'mutation' as const, name: field.name, field }));
  return [...query, ...mutation].sort((a, b) => `${a.kind}.${a.name}`.localeCompare(`${b.kind}.${b.name}`));
}

/** Every place of an operation's arguments a value can go: each argument, input field and first list item. */
export function listSlots(operation: Operation): Slot[] {
  const slots: Slot[] = [];
  const visit = (path: ArgPath, type: GraphQLInputType, seen: Set<string>) => {
    slots.push({ path, type });
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      visit([...path, 0], nullable.ofType, seen);
    } else if (isInputObjectType(nullable) && !seen.has(nullable.name)) {
      const inner = new Set(seen).add(nullable.name);
      for (const field of Object.values(nullable.getFields())) visit([...path, field.name], field.type, inner);
    }
  };
  for (const arg of operation.field.args) visit([arg.name], arg.type, new Set());
  return slots;
}

/**
 * A selection that reads every argument-free leaf field down to `depth` levels of objects, so that
 * stored values are serialised (a stored value that cannot be read fails here).
 */
export function selectionFor(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named) || depth <= 0) return '{ __typename }';
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) parts.push(field.name);
    else if (depth > 1) parts.push(`${field.name} ${selectionFor(field.type, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** The operation's document with one variable per argument ($<argument>). */
export function documentFor(operation: Operation, depth: number): string {
  const args = operation.field.args;
  const definitions = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${operation.kind} Fuzz${definitions ? `(${definitions})` : ''} { ${operation.name}${call ? `(${call})` : ''} ${selectionFor(operation.field.type, depth)} }`;
}

/** Marks a rule that leaves a field out of the baseline. */
export const OPTIONAL = Symbol('optional');

export interface BaselineRules {
  /** A valid value for a field or argument (`parentName` is the input type or the operation); undefined: no rule. */
  leaf(parentName: string, fieldName: string, type: GraphQLNamedType): unknown;
}

/** A valid-looking value for a type: required fields filled, optional ones left out. */
export function baselineFor(type: GraphQLInputType, parentName: string, fieldName: string, rules: BaselineRules, depth = 0): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    return [baselineFor(nullable.ofType, parentName, fieldName, rules, depth + 1)];
  }
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = {};
    if (depth > 6) return value;
    for (const field of Object.values(nullable.getFields())) {
      const ruled = rules.leaf(nullable.name, field.name, getNamedType(field.type));
      if (ruled === OPTIONAL) continue;
      if (ruled !== undefined) value[field.name] = ruled;
      else if (isNonNullType(field.type) && field.defaultValue === undefined) {
        value[field.name] = baselineFor(field.type, nullable.name, field.name, rules, depth + 1);
      }
    }
    return value;
  }
  const ruled = rules.leaf(parentName, fieldName, nullable as GraphQLNamedType);
  if (ruled !== undefined && ruled !== OPTIONAL) return ruled;
  if (isEnumType(nullable)) return nullable.getValues()[0].value;
  switch ((nullable as GraphQLNamedType).name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    case 'DateTimeISO':
      return '2026-06-01T00:00:00.000Z';
    default:
      return 'fuzz';
  }
}

/** Baseline arguments: required ones, and optional ones the rules give. */
export function baselineArgs(operation: Operation, rules: BaselineRules): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const arg of operation.field.args) {
    const ruled = rules.leaf(operation.name, arg.name, getNamedType(arg.type));
    if (ruled === OPTIONAL) continue;
    if (ruled !== undefined) args[arg.name] = ruled;
    else if (isNonNullType(arg.type)) args[arg.name] = baselineFor(arg.type, operation.name, arg.name, rules);
  }
  return args;
}

/** A copy of `args` with `value` at `path`, building the containers on the way from their baselines. */
export function withValueAt(operation: Operation, args: Record<string, unknown>, path: ArgPath, value: unknown, rules: BaselineRules): Record<string, unknown> {
  const copy = structuredClone(args);
  let container = copy as Record<string | number, unknown>;
  let type: GraphQLInputType = operation.field.args.find((a) => a.name === path[0])!.type;
  let parentName = operation.name;
  let fieldName = String(path[0]);
  for (let i = 0; i < path.length - 1; i += 1) {
    const key = path[i];
    if (container[key] === undefined || container[key] === null || typeof container[key] !== 'object') {
      container[key] = baselineFor(type, parentName, fieldName, rules);
    }
    container = container[key] as Record<string | number, unknown>;
    const nullable = getNullableType(type);
    const next = path[i + 1];
    if (isListType(nullable)) {
      type = nullable.ofType;
    } else if (isInputObjectType(nullable)) {
      parentName = nullable.name;
      fieldName = String(next);
      type = nullable.getFields()[fieldName].type;
    }
  }
  container[path[path.length - 1]] = value;
  return copy;
}
