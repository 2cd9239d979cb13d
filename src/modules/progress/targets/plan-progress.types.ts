import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Agency } from '../../agencies';
import { Target, Task } from '../../plan';
import { ImplementationStatus, ProgressReport } from '../reports/progress-report.entity';
import { MeasureSource } from './measure.types';
import { TargetComparison } from './target-comparison';

export const MeasureSourceEnum = { RECORDS: 'RECORDS', PROGRESS_REPORTS: 'PROGRESS_REPORTS' } as const;
registerEnumType(MeasureSourceEnum, {
  name: 'MeasureSource',
  valuesConfig: {
    RECORDS: { description: 'Counted from records in this database (trainings, pilots, plans, inventories)' },
    PROGRESS_REPORTS: { description: 'Summed from values in approved progress reports (nothing else can show it)' },
  },
});

@InputType()
export class PlanProgressFilter {
  @Field(() => String, { nullable: true, description: 'Only tasks this agency leads or coordinates (itself or through a group).' })
  agencyCode?: string | null;

  @Field(() => String, { nullable: true, description: "Only this commune's tasks, with actuals counted for this commune." })
  administrativeUnitCode?: string | null;
}

@ObjectType({ description: "A commune's or ward's own count for a target set per commune." })
export class UnitActual {
  @Field()
  administrativeUnitCode: string;

  @Field()
  name: string;

  @Field(() => Float)
  value: number;

  @Field()
  met: boolean;
}

@ObjectType({ description: 'One line of what an actual is made of: per crop, or per source of the count.' })
export class TargetPart {
  @Field({ description: 'Stable code, e.g. COFFEE, ATTENDANCE_LISTS, HEAD_COUNTS.' })
  key: string;

  @Field()
  label: string;

  @Field(() => Float)
  value: number;

  @Field(() => Float, { nullable: true, description: 'What this part must reach on its own, when the plan says so.' })
  goal: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it reaches its own goal; null without one.' })
  met: boolean | null;
}

@ObjectType({ description: 'A target of the plan against what the records (or approved reports) show.' })
export class TargetProgress {
  @Field(() => Target)
  target: Target;

  @Field(() => Int, { description: 'First year counted.' })
  fromYear: number;

  @Field(() => Int, { description: 'Last year counted.' })
  toYear: number;

  @Field(() => Int, { description: 'The year by whose end the target is due.' })
  dueYear: number;

  @Field(() => Float, { nullable: true, description: 'The number to reach; per commune for targets set per commune.' })
  goal: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The actual; for targets per commune (and goals each unit must reach), the number of communes and wards that reach the goal.',
  })
  actual: number | null;

  @Field(() => TargetComparison)
  comparison: TargetComparison;

  @Field(() => MeasureSourceEnum)
  source: MeasureSource;

  @Field({ description: 'What was counted, and where to see it in the API.' })
  sourceDescription: string;

  @Field(() => [ID], { description: 'The approved progress reports the actual was read from.' })
  reportIds: string[];

  @Field(() => [ID], { description: 'The records counted, where the source is a short list of records (plan report approvals).' })
  recordIds: string[];

  @Field(() => [TargetPart], { description: 'What the actual is made of: per crop (IV.1, III.2), per source of the count (III.5).' })
  parts: TargetPart[];

  @Field(() => Int, {
    nullable: true,
    description: 'For targets per commune (and goals each unit must reach, e.g. I.3): how many communes and wards are counted.',
  })
  communesTotal: number | null;

  @Field(() => [UnitActual], {
    description: "For targets per commune (and goals each unit must reach): each commune's own value and whether it meets the goal.",
  })
  communes: UnitActual[];
}

@ObjectType()
export class BudgetSummary {
  @Field(() => Float)
  proposedVnd: number;

  @Field(() => Float)
  approvedVnd: number;

  @Field(() => Float)
  disbursedVnd: number;
}

@ObjectType({ description: 'One task in a year: reported status, targets against actuals, reports, budget.' })
export class TaskProgress {
  @Field(() => Task)
  task: Task;

  @Field(() => ImplementationStatus, { nullable: true, description: "The least favourable status in the year's submitted or approved reports." })
  status: ImplementationStatus | null;

  @Field(() => [TargetProgress])
  targets: TargetProgress[];

  @Field(() => [ProgressReport], { description: "The year's reports the caller may see." })
  reports: ProgressReport[];

  @Field(() => [Agency], { description: 'Lead agencies (group members included) with no submitted annual report for the year.' })
  missingReports: Agency[];

  @Field(() => [ProgressReport], { description: 'Reports submitted after the due day, or due and not submitted.' })
  lateReports: ProgressReport[];

  @Field(() => BudgetSummary)
  budget: BudgetSummary;
}

@ObjectType({ description: 'A count from the registers for a task the plan sets no number for (section VI.2-VI.5): shown, never compared.' })
export class RecordCount {
  @Field({ description: 'The task the count reports on, e.g. VI.3; shown whether or not its period has begun.' })
  taskCode: string;

  @Field({ description: 'Stable code, e.g. LOTS_REGISTERED, EXPORT_CONTRACTS_SIGNED, CREDITS_ISSUED.' })
  key: string;

  @Field()
  label: string;

  @Field()
  unit: string;

  @Field(() => Int, { description: 'First year counted.' })
  fromYear: number;

  @Field(() => Int, { description: 'Last year counted.' })
  toYear: number;

  @Field(() => Float)
  value: number;

  @Field({ description: 'What was counted, and where to see the records in the API.' })
  sourceDescription: string;

  @Field(() => [TargetPart], { description: 'What the value is made of, e.g. carbon projects per status.' })
  parts: TargetPart[];
}

@ObjectType()
export class SectionProgress {
  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => [TaskProgress])
  tasks: TaskProgress[];

  // recordCounts is a field resolver (SectionProgressResolver): its statements run only when asked.
  /** What the section's record counts are counted for (not a GraphQL field). */
  countsScope: RecordCountsScope;
}

/** The year and moment of a view, and whether it is province-wide (a filtered view has no counts). */
export interface RecordCountsScope {
  year: number;
  asOf: Date;
  provinceWide: boolean;
}

@ObjectType({ description: 'The plan in one year, section by section.' })
export class PlanProgress {
  @Field(() => Int)
  year: number;

  @Field({ description: 'The moment the comparison was made (targets not yet due are NOT_DUE).' })
  asOf: Date;

  @Field(() => [SectionProgress])
  sections: SectionProgress[];
}
