import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { NodeEntity } from '../../core/db/node-entity';
import { Node } from '../../core/relay/node.interface';

@ObjectType({ implements: Node, description: 'A provincial plan with its task table.' })
@Entity()
@Check('"start_year" <= "end_year"')
export class Plan extends NodeEntity {
  @Field({ description: 'Stable code, e.g. DAKLAK-CROPS-2026-2035.' })
  @Index({ unique: true })
  @Column({ length: 60 })
  code: string;

  @Field({ description: 'Official Vietnamese title.' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  startYear: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  endYear: number;

  @Field({ description: 'The document the plan data was loaded from.' })
  @Column({ type: 'text' })
  sourceDocument: string;
}
