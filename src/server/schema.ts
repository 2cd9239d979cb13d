import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { NodeResolver } from '../core/relay/node.resolver';
import { AgencyResolver } from '../modules/agencies/agency.resolver';
import { GeographyResolver } from '../modules/geography/geography.resolver';
import { PlanQueryResolver, SectionResolver } from '../modules/plan/plan.resolver';
import { TaskResolver } from '../modules/plan/task.resolver';

export const resolvers = [NodeResolver, SectionResolver, PlanQueryResolver, TaskResolver, AgencyResolver, GeographyResolver] as const;

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: true });
}

/** The SDL committed as schema/schema.graphql; sorted so the diff shows only real changes. */
export function printApiSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
