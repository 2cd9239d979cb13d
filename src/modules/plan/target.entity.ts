import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { NodeEntity } from '../../core/db/node-entity';
import { numericTransformer } from '../../core/db/numeric-transformer';
import { Node } from '../../core/relay/node.interface';
import { Task } from './task.entity';

export enum TargetPer {
  YEAR = 'YEAR',
  COMMUNE = 'COMMUNE',
  PHASE = 'PHASE',
  PERIOD = 'PERIOD',
}

registerEnumType(TargetPer, {
  name: 'TargetPer',
  description: 'What one target value counts over.',
  valuesConfig: {
    YEAR: { description: 'Each calendar year of the task period.' },
    COMMUNE: { description: 'Each commune or ward.' },
    PHASE: { description: 'Each five-year phase of the plan.' },
    PERIOD: { description: 'The task period as a whole.' },
  },
});

@ObjectType({ implements: Node, description: "A measurable target parsed from a task's expected result." })
@Entity()
@Check('"min_value" IS NULL OR "max_value" IS NULL OR "min_value" <= "max_value"')
@Index(['taskId', 'metric'], { unique: true })
export class Target extends NodeEntity {
  @Column('uuid')
  taskId: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: Task;

  @Field({ description: 'Stable metric name, e.g. FARMERS_TRAINED.' })
  @Column({ length: 60 })
  metric: string;

  @Field({ description: 'The target in plain English.' })
  @Column({ type: 'text' })
  description: string;

  @Field({ description: 'What is counted, e.g. farmer, session, pilot model.' })
  @Column({ length: 40 })
  unit: string;

  @Field(() => Float, { nullable: true, description: 'Lower bound; null when the plan states none.' })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  minValue: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound; null when open-ended.' })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  maxValue: number | null;

  @Field(() => TargetPer)
  @Column({ type: 'enum', enum: TargetPer, enumName: 'target_per' })
  per: TargetPer;
}
