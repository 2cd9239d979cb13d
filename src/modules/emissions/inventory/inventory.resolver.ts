import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ArgLimits, RANGES } from '../../../core/input/input-limits';
import { GwpSetEnum } from '../emission-enums';
import type { GwpSetCode } from '../engine';
import { inventoryTimeSeries, recalculateInventoryYears } from './time-series.service';
import { InventoryTimeSeries, RecalculateInventoryYearsInput, RecalculateInventoryYearsPayload } from './time-series.types';
import { Access, PUBLIC } from '../../../core/auth/access';
import { Role } from '../../../core/auth/roles';
import { RequestContext } from '../../../core/context';
import { ConnectionType } from '../../../core/relay/connection';
import { toGlobalId } from '../../../core/relay/global-id';
import { PageArgs } from '../../../core/relay/pagination';
import { AdministrativeUnit } from '../../geography';
import { ActivityRecord } from '../activity/activity-record.entity';
import { canReadActivity } from '../activity/activity-record.service';
import { EmissionInventory } from './emission-inventory.entity';
import { calculateEmissionInventory } from './inventory-calculation.service';
import { InventoryLine } from './inventory-line.entity';
import { diffEmissionInventories, listEmissionInventories } from './inventory-query.service';
import {
  CalculateEmissionInventoryInput,
  EmissionInventoryDiff,
  EmissionInventoryFilter,
  EmissionInventoryPayload,
  InventoryIdInput,
  InventoryReasonInput,
  RecordVersionUsed,
} from './inventory.inputs';
import { reopenEmissionInventory, returnEmissionInventory, submitEmissionInventory, verifyEmissionInventory } from './inventory-workflow.service';
import { dataSetWork } from '../../../server/limits/cost-estimators';

@ObjectType({ description: 'A page of emission inventories.' })
export class EmissionInventoryConnection extends ConnectionType(EmissionInventory, 'EmissionInventory') {}

const REVIEWERS = { roles: [Role.VERIFIER, Role.PROVINCE_OFFICER] };

@Resolver(() => EmissionInventory)
export class EmissionInventoryResolver {
  @Access(PUBLIC)
  @Query(() => EmissionInventoryConnection, { description: 'Verified inventories for everyone; the others for their unit and the province.' })
  emissionInventories(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => EmissionInventoryFilter, { nullable: true }) filter?: EmissionInventoryFilter | null,
  ): Promise<EmissionInventoryConnection> {
    return listEmissionInventories(ctx, page, filter) as Promise<EmissionInventoryConnection>;
  }

  @Access(PUBLIC)
  @Query(() => EmissionInventoryDiff, {
    description: "Line-by-line differences between two versions of the same unit's inventory for a year.",
    complexity: dataSetWork,
  })
  emissionInventoryDiff(
    @Ctx() ctx: RequestContext,
    @Arg('fromId', () => ID) fromId: string,
    @Arg('toId', () => ID) toId: string,
  ): Promise<EmissionInventoryDiff> {
    return diffEmissionInventories(ctx, fromId, toId);
  }

  @Access({ roles: [Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER], scopes: ['inventory:write'] })
  @Mutation(() => EmissionInventoryPayload, {
    description: "Computes a new version from the unit's ACTUAL records with one pinned factor set.",
    complexity: dataSetWork,
  })
  calculateEmissionInventory(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CalculateEmissionInventoryInput) input: CalculateEmissionInventoryInput,
  ): Promise<EmissionInventoryPayload> {
    return calculateEmissionInventory(ctx, input);
  }

  @Access({ roles: [Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER], scopes: ['inventory:write'] })
  @Mutation(() => EmissionInventoryPayload, { description: 'DRAFT or RETURNED → SUBMITTED; refused with CONFLICT when records changed since the calculation.' })
  submitEmissionInventory(@Ctx() ctx: RequestContext, @Arg('input', () => InventoryIdInput) input: InventoryIdInput): Promise<EmissionInventoryPayload> {
    return submitEmissionInventory(ctx, input.id);
  }

  @Access(REVIEWERS)
  @Mutation(() => EmissionInventoryPayload, {
    description: 'SUBMITTED → VERIFIED: the inventory and its records are locked; refused with CONFLICT when its records no longer match what it counted.',
  })
  verifyEmissionInventory(@Ctx() ctx: RequestContext, @Arg('input', () => InventoryIdInput) input: InventoryIdInput): Promise<EmissionInventoryPayload> {
    return verifyEmissionInventory(ctx, input.id);
  }

  @Access(REVIEWERS)
  @Mutation(() => EmissionInventoryPayload, { description: 'SUBMITTED → RETURNED with a reason for the commune.' })
  returnEmissionInventory(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => InventoryReasonInput) input: InventoryReasonInput,
  ): Promise<EmissionInventoryPayload> {
    return returnEmissionInventory(ctx, input.id, input.reason);
  }

  @Access({ roles: [Role.PROVINCE_OFFICER] })
  @Mutation(() => EmissionInventoryPayload, { description: 'VERIFIED → REOPENED (audited): unlocks the records; the next calculation is a new version.' })
  reopenEmissionInventory(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => InventoryReasonInput) input: InventoryReasonInput,
  ): Promise<EmissionInventoryPayload> {
    return reopenEmissionInventory(ctx, input.id, input.reason);
  }

  @Access({ roles: [Role.ADMIN, Role.PROVINCE_OFFICER, Role.VERIFIER] })
  @Query(() => InventoryTimeSeries, {
    description:
      'Provincial totals, by category and with uncertainty, of a range of years all computed with one factor set and one GWP set: per commune the verified version, or its recalculation with the set. Missing commune-years are listed, never filled; inventories that disagree on a factor under the set are refused (MIXED_FACTOR_SETS).',
    complexity: dataSetWork,
  })
  @ArgLimits({ fromYear: RANGES.year, toYear: RANGES.year })
  inventoryTimeSeries(
    @Ctx() ctx: RequestContext,
    @Arg('fromYear', () => Int) fromYear: number,
    @Arg('toYear', () => Int) toYear: number,
    @Arg('factorSet', () => String) factorSet: string,
    @Arg('gwpSet', () => GwpSetEnum, { defaultValue: 'AR5' }) gwpSet: GwpSetCode,
  ): Promise<InventoryTimeSeries> {
    return inventoryTimeSeries(ctx, { fromYear, toYear, factorSet, gwpSet });
  }

  @Access({ roles: [Role.PROVINCE_OFFICER] })
  @Mutation(() => RecalculateInventoryYearsPayload, {
    description:
      'Recalculates the verified commune inventories of a range of years with a factor and GWP set (e.g. a newly adopted one) as new RECALCULATED versions; the verified versions stay current. Idempotent: sending it again creates nothing.',
    complexity: dataSetWork,
  })
  recalculateInventoryYears(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecalculateInventoryYearsInput) input: RecalculateInventoryYearsInput,
  ): Promise<RecalculateInventoryYearsPayload> {
    return recalculateInventoryYears(ctx, input);
  }

  @FieldResolver(() => AdministrativeUnit)
  async administrativeUnit(@Root() inventory: EmissionInventory, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    return (await ctx.loaders.unitById.load(inventory.administrativeUnitId))!;
  }

  @FieldResolver(() => [RecordVersionUsed], {
    description: 'The activity records it was calculated from, each at the version used.',
    complexity: ({ childComplexity }) => 1 + 10 * childComplexity,
  })
  activityRecordVersions(@Root() inventory: EmissionInventory): RecordVersionUsed[] {
    return Object.entries(inventory.recordVersions).map(([id, version]) => ({ activityRecordId: toGlobalId('ActivityRecord', id), version }));
  }

  @FieldResolver(() => [InventoryLine], { description: 'Every result line, in a fixed order.', complexity: ({ childComplexity }) => 1 + 20 * childComplexity })
  lines(@Root() inventory: EmissionInventory, @Ctx() ctx: RequestContext): Promise<InventoryLine[]> {
    return ctx.loaders.inventoryLinesByInventory.load(inventory.id);
  }
}

@Resolver(() => InventoryLine)
export class InventoryLineResolver {
  @FieldResolver(() => ID, { description: 'Global ID of the activity record the line was computed from.' })
  activityRecordId(@Root() line: InventoryLine): string {
    return toGlobalId('ActivityRecord', line.activityRecordId);
  }

  @FieldResolver(() => ActivityRecord, { nullable: true, description: "The record itself, when the caller may read the unit's activity data." })
  async activityRecord(@Root() line: InventoryLine, @Ctx() ctx: RequestContext): Promise<ActivityRecord | null> {
    const record = await ctx.loaders.activityRecordById.load(line.activityRecordId);
    return record && canReadActivity(ctx, record.administrativeUnitId) ? record : null;
  }
}
