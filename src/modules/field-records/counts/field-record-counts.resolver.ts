import { Arg, Ctx, Field, FieldResolver, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access, AccessRule } from '../../../core/auth/access';
import { Role } from '../../../core/auth/roles';
import { RequestContext } from '../../../core/context';
import { yearInPlan } from '../../../core/input/input-checks';
import { AdministrativeUnit } from '../../geography';
import {
  CountFilter,
  communesWithoutPilot,
  countCommunicationSessions,
  countEvents,
  countPilots,
  countTrainedFarmers,
  countTrainings,
} from './field-record-counts.service';
import { unitByCode } from '../shared/record-references';
import { TrainingEventKind } from '../shared/vocabularies';
import { Limit, RANGES } from '../../../core/input/input-limits';

/** Aggregates hold no personal data: every officer, verifier and viewer, and keys that read field records. */
const COUNT_READERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.VERIFIER, Role.VIEWER],
  scopes: ['trainings:read', 'pilots:read', 'courses:read'],
};

@InputType({ description: 'All given conditions must hold.' })
export class FieldCountFilter {
  @Field(() => Int, { nullable: true })
  @Limit(RANGES.year)
  fromYear?: number | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.year)
  toYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Exactly this unit (a commune, ward or the province).' })
  administrativeUnitCode?: string | null;
}

@ObjectType()
export class EventCount {
  @Field(() => Int)
  year: number;

  administrativeUnitId: string;

  @Field(() => TrainingEventKind)
  kind: TrainingEventKind;

  @Field(() => Int)
  events: number;

  @Field(() => Int, { description: 'Sum of participant totals.' })
  participants: number;

  @Field(() => Int)
  women: number;

  @Field(() => Int)
  farmers: number;
}

@ObjectType()
export class TrainedFarmerCount {
  @Field(() => Int)
  year: number;

  administrativeUnitId: string;

  @Field(() => Int, { description: 'Farmers counted at TRAINING events.' })
  inPerson: number;

  @Field(() => Int, { description: 'Distinct farmers who completed an online course that year.' })
  online: number;

  @Field(() => Int)
  total: number;
}

@ObjectType()
export class PilotCount {
  administrativeUnitId: string;

  @Field(() => Int)
  planned: number;

  @Field(() => Int)
  active: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Int)
  cancelled: number;

  @Field(() => Int, { description: 'Pilots that are not cancelled.' })
  counted: number;
}

@ObjectType({ description: "The counts the plan's targets are measured with. Deleted records never count." })
export class FieldRecordCounts {}

async function countFilter(ctx: RequestContext, filter: FieldCountFilter | null | undefined): Promise<CountFilter> {
  return {
    fromYear: filter?.fromYear == null ? null : yearInPlan(filter.fromYear, 'filter.fromYear'),
    toYear: filter?.toYear == null ? null : yearInPlan(filter.toYear, 'filter.toYear'),
    unitIds: filter?.administrativeUnitCode ? [(await unitByCode(ctx.dataSource, filter.administrativeUnitCode, 'filter.administrativeUnitCode')).id] : null,
  };
}

@Resolver(() => FieldRecordCounts)
export class FieldRecordCountsResolver {
  @Access(COUNT_READERS)
  @Query(() => FieldRecordCounts, { description: 'Trainings, trained farmers, communication sessions and pilots, by year and unit.' })
  fieldRecordCounts(): FieldRecordCounts {
    return new FieldRecordCounts();
  }

  @FieldResolver(() => [EventCount], { description: 'Events per year, unit and kind.' })
  async events(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => FieldCountFilter, { nullable: true }) filter?: FieldCountFilter | null,
    @Arg('kinds', () => [TrainingEventKind], { nullable: true }) kinds?: TrainingEventKind[] | null,
  ): Promise<EventCount[]> {
    return countEvents(ctx.dataSource, { ...(await countFilter(ctx, filter)), kinds });
  }

  @FieldResolver(() => [EventCount], { description: 'TRAINING events per year and unit.' })
  async trainings(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => FieldCountFilter, { nullable: true }) filter?: FieldCountFilter | null,
  ): Promise<EventCount[]> {
    return countTrainings(ctx.dataSource, await countFilter(ctx, filter));
  }

  @FieldResolver(() => [EventCount], { description: 'COMMUNICATION_SESSION events per year and unit (target: 5-10 a year).' })
  async communicationSessions(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => FieldCountFilter, { nullable: true }) filter?: FieldCountFilter | null,
  ): Promise<EventCount[]> {
    return countCommunicationSessions(ctx.dataSource, await countFilter(ctx, filter));
  }

  @FieldResolver(() => [TrainedFarmerCount], {
    description: 'Trained farmers per year and unit (target: 500-1,000 a year); an online learner counts once a year.',
  })
  async trainedFarmers(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => FieldCountFilter, { nullable: true }) filter?: FieldCountFilter | null,
  ): Promise<TrainedFarmerCount[]> {
    return countTrainedFarmers(ctx.dataSource, await countFilter(ctx, filter));
  }

  @FieldResolver(() => [PilotCount], { description: "Pilot models per unit and status; the province's row holds the provincial pilots." })
  async pilots(@Ctx() ctx: RequestContext, @Arg('administrativeUnitCode', () => String, { nullable: true }) code?: string | null): Promise<PilotCount[]> {
    const unitIds = code ? [(await unitByCode(ctx.dataSource, code, 'administrativeUnitCode')).id] : null;
    return countPilots(ctx.dataSource, { unitIds });
  }

  @FieldResolver(() => [AdministrativeUnit], {
    description: 'Communes and wards without a commune pilot yet (task IV.2 asks one each).',
    // Up to 102 units: priced like the other lists of communes.
    complexity: ({ childComplexity }) => 1 + 10 * childComplexity,
  })
  communesWithoutPilot(@Ctx() ctx: RequestContext): Promise<AdministrativeUnit[]> {
    return communesWithoutPilot(ctx.dataSource);
  }
}

@Resolver(() => EventCount)
export class EventCountResolver {
  @FieldResolver(() => AdministrativeUnit)
  async administrativeUnit(@Root() row: EventCount, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    return (await ctx.loaders.unitById.load(row.administrativeUnitId))!;
  }
}

@Resolver(() => TrainedFarmerCount)
export class TrainedFarmerCountResolver {
  @FieldResolver(() => AdministrativeUnit)
  async administrativeUnit(@Root() row: TrainedFarmerCount, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    return (await ctx.loaders.unitById.load(row.administrativeUnitId))!;
  }
}

@Resolver(() => PilotCount)
export class PilotCountResolver {
  @FieldResolver(() => AdministrativeUnit)
  async administrativeUnit(@Root() row: PilotCount, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    return (await ctx.loaders.unitById.load(row.administrativeUnitId))!;
  }
}
