import { Field, Float, ObjectType } from 'type-graphql';
import { Agency } from '../../agencies';
import { Target, Task } from '../../plan';

@ObjectType({ description: 'A report that is due and has not been submitted.' })
export class MissingReport {
  @Field(() => Task)
  task: Task;

  @Field(() => Agency)
  agency: Agency;

  @Field()
  year: number;

  @Field({ description: 'YYYY-MM-DD' })
  dueOn: string;
}

@ObjectType({ description: 'A follow-up action of an inspection past its due date and still open.' })
export class OverdueFollowUp {
  @Field()
  id: string;

  @Field()
  inspectionId: string;

  @Field()
  description: string;

  @Field()
  dueOn: string;

  @Field()
  subject: string;
}

@ObjectType({ description: 'A target whose period has ended without being reached.' })
export class UnmetTarget {
  @Field(() => Task)
  task: Task;

  @Field(() => Target)
  target: Target;

  @Field(() => Float, { nullable: true })
  goal: number | null;

  @Field(() => Float, { nullable: true })
  actual: number | null;
}

@ObjectType({ description: 'What the province must chase: missing reports, late follow-ups, targets missed.' })
export class OverdueItems {
  @Field()
  asOf: Date;

  @Field(() => [MissingReport])
  reportsNotSubmitted: MissingReport[];

  @Field(() => [OverdueFollowUp])
  followUpsPastDue: OverdueFollowUp[];

  @Field(() => [UnmetTarget])
  tasksEndedUnmet: UnmetTarget[];
}
