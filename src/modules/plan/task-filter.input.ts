import { Field, ID, InputType, Int } from 'type-graphql';
import { AgencyRole } from './task-agency.entity';
import { Limit, RANGES } from '../../core/input/input-limits';

@InputType({ description: 'All given conditions must hold.' })
export class TaskFilter {
  @Field(() => String, { nullable: true, description: 'Section code, e.g. IV.' })
  sectionCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Tasks this agency leads or coordinates, directly or through a group it belongs to.' })
  agencyId?: string | null;

  @Field(() => AgencyRole, { nullable: true, description: 'With agencyId: only this role.' })
  agencyRole?: AgencyRole | null;

  @Field(() => Int, { nullable: true, description: 'Tasks whose period includes this year.' })
  @Limit(RANGES.year)
  activeInYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Text in the code, title or expected result; ignores case and diacritics.' })
  search?: string | null;
}
