import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { Access, AccessRule } from '../../../core/auth/access';
import { REPORT_READERS } from '../reports/progress-report.resolver';
import { Role } from '../../../core/auth/roles';
import { RequestContext } from '../../../core/context';
import { EmissionInventory, CURRENT_STATUSES, Scenario, canReadInventory } from '../../emissions';
import { AdministrativeUnit } from '../../geography';
import { communeByCode } from '../../field-records';
import { CommuneImplementationPlan } from '../commune-implementation-plan.entity';
import { findVisiblePlan } from '../commune-implementation-plan.service';
import { OverdueItems } from './overdue.types';
import { overdueItems } from './overdue.service';
import { PlanProgress, PlanProgressFilter, RecordCount, SectionProgress, TaskProgress } from './plan-progress.types';
import { planProgress, sectionRecordCounts } from './plan-progress.service';
import { DATA_SET_WORK, dataSetWork } from '../../../server/limits/cost-estimators';
import { ArgLimits, RANGES } from '../../../core/input/input-limits';

const PLAN_READERS = REPORT_READERS;
const OVERDUE_READERS: AccessRule = { roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.VERIFIER] };

@ObjectType({ description: "One commune's or ward's part in the plan for a year." })
export class CommuneScorecard {
  @Field(() => AdministrativeUnit)
  administrativeUnit: AdministrativeUnit;

  @Field(() => Int)
  year: number;

  @Field(() => CommuneImplementationPlan, { nullable: true, description: 'Its own implementation plan (task I.4).' })
  implementationPlan: CommuneImplementationPlan | null;

  @Field(() => EmissionInventory, { nullable: true, description: 'Its current emission inventory for the year, when the caller may see it.' })
  emissionInventory: EmissionInventory | null;

  @Field(() => [TaskProgress], { description: 'The tasks it leads or coordinates, with targets counted for this unit.' })
  tasks: TaskProgress[];
}

@Resolver()
export class PlanViewsResolver {
  @Access(PLAN_READERS)
  // Measures every target against the records whatever is selected (about 20 SQL statements), then
  // about 28 task rows: priced as that work plus that many items.
  @Query(() => PlanProgress, {
    description: 'Per section and task: status, targets against actuals measured from the records, late or missing reports, budget.',
    complexity: ({ childComplexity }) => DATA_SET_WORK + 28 * childComplexity,
  })
  @ArgLimits({ year: RANGES.year })
  planProgress(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int) year: number,
    @Arg('filter', () => PlanProgressFilter, { nullable: true }) filter?: PlanProgressFilter | null,
    @Arg('asOf', () => Date, { nullable: true, description: 'Compare as on this moment (default now).' }) asOf?: Date | null,
  ): Promise<PlanProgress> {
    return planProgress(ctx, year, filter, asOf ?? new Date());
  }

  @Access(PLAN_READERS)
  @Query(() => CommuneScorecard, { description: "A commune's tasks, targets, records and reports for a year.", complexity: dataSetWork })
  @ArgLimits({ year: RANGES.year })
  async communeScorecard(
    @Ctx() ctx: RequestContext,
    @Arg('administrativeUnitCode') administrativeUnitCode: string,
    @Arg('year', () => Int) year: number,
  ): Promise<CommuneScorecard> {
    const manager = ctx.dataSource.manager;
    const unit = await communeByCode(manager, administrativeUnitCode, 'administrativeUnitCode');
    const progress = await planProgress(ctx, year, { administrativeUnitCode: unit.code }, new Date());
    const plan = await manager.getRepository(CommuneImplementationPlan).findOneBy({ administrativeUnitId: unit.id });
    const inventory = await manager.getRepository(EmissionInventory).findOneBy({
      administrativeUnitId: unit.id,
      year,
      scenario: Scenario.ACTUAL,
      status: In(CURRENT_STATUSES),
    });
    return {
      administrativeUnit: unit,
      year,
      implementationPlan: await findVisiblePlan(ctx, plan),
      emissionInventory: inventory && canReadInventory(ctx, inventory) ? inventory : null,
      tasks: progress.sections.flatMap((s) => s.tasks),
    };
  }

  @Access(OVERDUE_READERS)
  @Query(() => OverdueItems, {
    description: 'Reports not submitted after their due day, inspection follow-ups past due, targets whose period ended unmet.',
    complexity: dataSetWork,
  })
  overdueItems(@Ctx() ctx: RequestContext, @Arg('asOf', () => Date, { nullable: true }) asOf?: Date | null): Promise<OverdueItems> {
    return overdueItems(ctx, asOf ?? new Date());
  }
}

@Resolver(() => SectionProgress)
export class SectionProgressResolver {
  // A field resolver, so that the counts' statements (one per count) run only when the field is asked.
  @FieldResolver(() => [RecordCount], {
    description:
      "Counts from the registers for the section's tasks that set no number (VI.2-VI.5), in the year; province-wide, so empty when the view is filtered.",
  })
  recordCounts(@Root() section: SectionProgress, @Ctx() ctx: RequestContext): Promise<RecordCount[]> {
    return sectionRecordCounts(ctx, section);
  }
}
