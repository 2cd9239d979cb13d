import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { assertAccessDeclared, denyUndeclared } from '../core/auth/deny-undeclared';
import { NodeResolver } from '../core/relay/node.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { ApiKeyResolver } from '../modules/identity/api-key.resolver';
import { AuthResolver } from '../modules/identity/auth.resolver';
import { UserResolver } from '../modules/identity/user.resolver';
import { CommuneImplementationPlanResolver } from '../modules/progress/commune-implementation-plan.resolver';
import { AgencyResolver } from '../modules/agencies/agency.resolver';
import { GeographyResolver } from '../modules/geography/geography.resolver';
import { PlanQueryResolver, SectionResolver } from '../modules/plan/plan.resolver';
import { TaskResolver } from '../modules/plan/task.resolver';

export const resolvers = [
  NodeResolver,
  SectionResolver,
  PlanQueryResolver,
  TaskResolver,
  AgencyResolver,
  GeographyResolver,
  AuthResolver,
  UserResolver,
  ApiKeyResolver,
  AuditResolver,
  CommuneImplementationPlanResolver,
] as const;

/** The API schema; refuses to build when any operation lacks an access declaration (deny by default). */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validate: true, globalMiddlewares: [denyUndeclared] });
  assertAccessDeclared(schema);
  return schema;
}

/** The SDL committed as schema/schema.graphql; sorted so the diff shows only real changes. */
export function printApiSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
