import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { NodeEntity } from '../../core/db/node-entity';
import { Node } from '../../core/relay/node.interface';
import { Plan } from './plan.entity';

@ObjectType({ implements: Node, description: "A section (I-VIII) of the plan's task table." })
@Entity()
@Index(['planId', 'code'], { unique: true })
export class Section extends NodeEntity {
  @Column('uuid')
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;

  @Field({ description: 'Roman numeral, e.g. IV.' })
  @Column({ length: 10 })
  code: string;

  @Field(() => Int, { description: 'Order in the plan, from 1.' })
  @Column({ type: 'int' })
  position: number;

  @Field({ description: 'Official Vietnamese title.' })
  @Column({ type: 'text' })
  title: string;
}
