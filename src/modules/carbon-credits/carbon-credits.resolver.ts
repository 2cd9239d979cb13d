import { Arg, Args, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/auth/access';
import { ArgLimits, RANGES } from '../../core/input/input-limits';
import { RequestContext } from '../../core/context';
import { UserError } from '../../core/errors/user-error';
import { PageArgs } from '../../core/relay/pagination';
import { AdministrativeUnit } from '../geography';
import { RegisterResolver } from '../field-records';
import { SyncedConnectionType } from '../../core/relay/synced-list';
import { Organisation } from '../organisations';
import { CARBON_READERS, CARBON_VERIFIERS, CARBON_WRITERS } from './carbon-access';
import { CarbonMonitoringPeriod } from './carbon-monitoring-period.entity';
import {
  CarbonMonitoringPeriodFilter,
  CreditIssuanceFilter,
  EstimateCarbonMonitoringPeriodInput,
  RecordCreditIssuanceInput,
  VerifyCarbonMonitoringPeriodInput,
} from './carbon-monitoring.inputs';
import { estimateMonitoringPeriod, listMonitoringPeriods, verifyMonitoringPeriod } from './carbon-monitoring.service';
import { CarbonProject } from './carbon-project.entity';
import { CarbonProjectFilter, CreateCarbonProjectInput, UpdateCarbonProjectInput } from './carbon-project.inputs';
import { carbonProjectService } from './carbon-project.service';
import { CarbonCreditReport, carbonCreditReport } from './carbon-report';
import { CreditIssuance } from './credit-issuance.entity';
import { listCreditIssuances, recordCreditIssuance } from './credit-issuance.service';

@Resolver(() => CarbonProject)
export class CarbonProjectResolver extends RegisterResolver({
  nodeType: CarbonProject,
  name: 'CarbonProject',
  listName: 'carbonProjects',
  what: 'Carbon credit projects (VI.4); written by province officers and the lead agencies of VI.4',
  createInput: CreateCarbonProjectInput,
  updateInput: UpdateCarbonProjectInput,
  filter: CarbonProjectFilter,
  readers: CARBON_READERS,
  writers: CARBON_WRITERS,
  service: carbonProjectService,
}) {
  @FieldResolver(() => [AdministrativeUnit], { description: 'The communes and wards taking part.' })
  async communes(@Root() project: CarbonProject, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit[]> {
    return (await ctx.loaders.unitById.loadMany(project.communeIds)).filter((u): u is AdministrativeUnit => u instanceof AdministrativeUnit);
  }

  @FieldResolver(() => [Organisation], { description: 'The organisations taking part (deleted ones are left out).' })
  async organisations(@Root() project: CarbonProject, @Ctx() ctx: RequestContext): Promise<Organisation[]> {
    return (await ctx.loaders.organisationById.loadMany(project.organisationIds)).filter((o): o is Organisation => o instanceof Organisation);
  }
}

@ObjectType({ description: 'A page of monitoring periods.' })
export class CarbonMonitoringPeriodConnection extends SyncedConnectionType(CarbonMonitoringPeriod, 'CarbonMonitoringPeriod') {}

@ObjectType({ description: 'A page of credit issuances.' })
export class CreditIssuanceConnection extends SyncedConnectionType(CreditIssuance, 'CreditIssuance') {}

@ObjectType()
export class CarbonMonitoringPeriodPayload {
  @Field(() => CarbonMonitoringPeriod, { nullable: true })
  carbonMonitoringPeriod: CarbonMonitoringPeriod | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class CreditIssuancePayload {
  @Field(() => CreditIssuance, { nullable: true })
  creditIssuance: CreditIssuance | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

const projectOf = async (ctx: RequestContext, id: string) => (await ctx.loaders.carbonProjectById.load(id))!;

@Resolver(() => CarbonMonitoringPeriod)
export class CarbonMonitoringResolver {
  @Access(CARBON_READERS)
  @Query(() => CarbonMonitoringPeriodConnection, { description: 'Monitoring periods, oldest first; with updatedSince the change feed.' })
  carbonMonitoringPeriods(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CarbonMonitoringPeriodFilter, { nullable: true }) filter?: CarbonMonitoringPeriodFilter | null,
    @Arg('updatedSince', () => Date, { nullable: true }) updatedSince?: Date | null,
  ): Promise<CarbonMonitoringPeriodConnection> {
    return listMonitoringPeriods(ctx, page, filter?.projectId, updatedSince) as Promise<CarbonMonitoringPeriodConnection>;
  }

  @Access(CARBON_WRITERS)
  @Mutation(() => CarbonMonitoringPeriodPayload, {
    description:
      "Estimates a project's reductions for some years with the engine (BASELINE − ACTUAL of its communes' records) and stores it with its factor set, GWP set and method.",
  })
  async estimateCarbonMonitoringPeriod(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => EstimateCarbonMonitoringPeriodInput) input: EstimateCarbonMonitoringPeriodInput,
  ): Promise<CarbonMonitoringPeriodPayload> {
    const { record, userErrors } = await estimateMonitoringPeriod(ctx, input);
    return { carbonMonitoringPeriod: record, userErrors };
  }

  @Access(CARBON_VERIFIERS)
  @Mutation(() => CarbonMonitoringPeriodPayload, {
    description: 'Marks a period VERIFIED with the verified quantity (at most the estimate); province officers only.',
  })
  async verifyCarbonMonitoringPeriod(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => VerifyCarbonMonitoringPeriodInput) input: VerifyCarbonMonitoringPeriodInput,
  ): Promise<CarbonMonitoringPeriodPayload> {
    const { record, userErrors } = await verifyMonitoringPeriod(ctx, input);
    return { carbonMonitoringPeriod: record, userErrors };
  }

  @FieldResolver(() => CarbonProject)
  project(@Root() period: CarbonMonitoringPeriod, @Ctx() ctx: RequestContext): Promise<CarbonProject> {
    return projectOf(ctx, period.projectId);
  }
}

@Resolver(() => CreditIssuance)
export class CreditIssuanceResolver {
  @Access(CARBON_READERS)
  @Query(() => CreditIssuanceConnection, { description: 'Credit issuances, oldest first; with updatedSince the change feed.' })
  creditIssuances(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CreditIssuanceFilter, { nullable: true }) filter?: CreditIssuanceFilter | null,
    @Arg('updatedSince', () => Date, { nullable: true }) updatedSince?: Date | null,
  ): Promise<CreditIssuanceConnection> {
    return listCreditIssuances(ctx, page, filter, updatedSince) as Promise<CreditIssuanceConnection>;
  }

  @Access(CARBON_WRITERS)
  @Mutation(() => CreditIssuancePayload, {
    description:
      "Records credits a registry issued; the project's issued total never exceeds its verified quantity less the buffer, and serial ranges never overlap within a registry.",
  })
  async recordCreditIssuance(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordCreditIssuanceInput) input: RecordCreditIssuanceInput,
  ): Promise<CreditIssuancePayload> {
    const { record, userErrors } = await recordCreditIssuance(ctx, input);
    return { creditIssuance: record, userErrors };
  }

  @Access(CARBON_READERS)
  @Query(() => CarbonCreditReport, { description: "VI.4's report: projects and issuances of a year, and projects by status." })
  @ArgLimits({ year: RANGES.year })
  carbonCreditReport(@Ctx() ctx: RequestContext, @Arg('year', () => Int) year: number): Promise<CarbonCreditReport> {
    return carbonCreditReport(ctx, year);
  }

  @FieldResolver(() => CarbonProject)
  project(@Root() issuance: CreditIssuance, @Ctx() ctx: RequestContext): Promise<CarbonProject> {
    return projectOf(ctx, issuance.projectId);
  }
}
