import { GraphQLField, GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { ForbiddenError } from '../errors/app-errors';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** Runtime half of deny-by-default: a root field without an access declaration is refused. */
export function withAccessDeclared<TSource, TContext>(
  typeName: string,
  field: GraphQLField<TSource, TContext>,
  resolve: GraphQLFieldResolver<TSource, TContext>,
): GraphQLFieldResolver<TSource, TContext> {
  if (!ROOT_TYPES.has(typeName) || field.extensions?.access) return resolve;
  return () => {
    throw new ForbiddenError(`${typeName}.${field.name} declares no access rule`);
  };
}

/** Build-time half: every root field must declare access, or the server does not start. */
export function assertAccessDeclared(schema: GraphQLSchema): void {
  const missing = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    .flatMap((type) => (type ? Object.values(type.getFields()).map((field) => ({ type, field })) : []))
    .filter(({ field }) => !field.extensions?.access)
    .map(({ type, field }) => `${type.name}.${field.name}`);
  if (missing.length) throw new Error(`Operations without an access declaration: ${missing.join(', ')}`);
}

/** Every declared field as "Type.field: rule", sorted: the snapshot reviewers read. */
export function listAccessDeclarations(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => field.extensions?.access)
        .map((field) => `${type.name}.${field.name}: ${String(field.extensions.access)}`),
    )
    .sort();
}
