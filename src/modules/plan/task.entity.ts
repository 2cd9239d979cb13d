import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { NodeEntity } from '../../core/db/node-entity';
import { Node } from '../../core/relay/node.interface';
import { Plan } from './plan.entity';
import { Section } from './section.entity';

@ObjectType({ implements: Node, description: 'A task of the plan: what must be done, by whom and when.' })
@Entity()
@Check('"start_year" <= "end_year"')
@Index(['planId', 'code'], { unique: true })
@Index(['planId', 'ordinal'], { unique: true })
export class Task extends NodeEntity {
  @Column('uuid')
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;

  @Index()
  @Column('uuid')
  sectionId: string;

  @ManyToOne(() => Section, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'section_id' })
  section?: Section;

  @Field({ description: 'Section and number, e.g. IV.2.' })
  @Column({ length: 20 })
  code: string;

  /** Order across the whole plan; the pagination key. */
  @Column({ type: 'int' })
  ordinal: number;

  @Field({ description: 'Full official Vietnamese text of the task.' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  startYear: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  endYear: number;

  @Field(() => String, { nullable: true, description: 'Expected result, official Vietnamese text.' })
  @Column({ type: 'text', nullable: true })
  expectedResult: string | null;

  @Field({ description: 'The lead-agency cell as written in the plan.' })
  @Column({ type: 'text' })
  leadAgencyText: string;

  @Field({ description: 'The coordinating-agency cell as written in the plan.' })
  @Column({ type: 'text' })
  coordinatingAgencyText: string;
}
