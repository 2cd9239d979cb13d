import { GraphQLInputObjectType, GraphQLSchema, defaultFieldResolver, isObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { BuildSchemaOptions, buildSchema, getMetadataStorage } from 'type-graphql';
import { assertAccessDeclared, withAccessDeclared } from '../core/auth/deny-undeclared';
import { withInputChecks } from '../core/input/input-middleware';

/**
 * The API schema of these resolvers (src/app collects them from the modules); refuses to build when
 * any operation lacks an access declaration (deny by default).
 * Every argument is checked (withInputChecks) before any resolver runs; the checks depend on the schema
 * and the values only, never on the caller, so they reveal nothing an introspection would not.
 */
export async function buildSchemaOf(resolvers: BuildSchemaOptions['resolvers']): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validate: true });
  inheritInputFieldExtensions(schema);
  assertAccessDeclared(schema);
  guardResolvers(schema);
  return schema;
}

/** The SDL committed as schema/schema.graphql; sorted so the diff shows only real changes. */
export function printApiSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}

/**
 * type-graphql copies an input base class's fields (e.g. RecordUpdateInput.expectedVersion) into each
 * subclass without their extensions, where @Limit keeps its bounds; this puts them back, so an
 * inherited field is checked like one declared in place.
 */
function inheritInputFieldExtensions(schema: GraphQLSchema): void {
  const inputTypes = getMetadataStorage().inputTypes;
  for (const definition of inputTypes) {
    const type = schema.getType(definition.name);
    if (!(type instanceof GraphQLInputObjectType)) continue;
    const fields = type.getFields();
    for (let base = Object.getPrototypeOf(definition.target) as unknown; base; base = Object.getPrototypeOf(base)) {
      for (const field of inputTypes.find((d) => d.target === base)?.fields ?? []) {
        const inherited = fields[field.name];
        if (inherited && field.extensions && Object.keys(inherited.extensions).length === 0) {
          Object.assign(inherited, { extensions: { ...field.extensions } });
        }
      }
    }
  }
}

/**
 * The checks every operation passes, wrapped around the resolvers that need them (root fields and
 * fields with arguments) and nothing else: a plain field of a row stays a plain property read.
 */
function guardResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = withAccessDeclared(type.name, field, field.resolve ?? defaultFieldResolver);
      field.resolve = field.args.length > 0 ? withInputChecks(field, resolve) : resolve;
    }
  }
}
