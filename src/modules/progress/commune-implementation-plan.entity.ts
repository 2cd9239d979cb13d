import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { NodeEntity } from '../../core/db/node-entity';
import { Node } from '../../core/relay/node.interface';
import { AdministrativeUnit } from '../geography';

export enum ImplementationPlanStatus {
  DRAFT = 'DRAFT',
  ADOPTED = 'ADOPTED',
}

registerEnumType(ImplementationPlanStatus, {
  name: 'ImplementationPlanStatus',
  valuesConfig: {
    DRAFT: { description: 'Dự thảo / being written; visible to the commune and the province only' },
    ADOPTED: { description: 'Đã ban hành / issued by the commune; public' },
  },
});

/** Task I.4: each commune's or ward's own plan to carry out the provincial plan. One per unit. */
@ObjectType({ implements: Node, description: "A commune's or ward's implementation plan (task I.4)." })
@Entity()
@Check(`"status" <> 'ADOPTED' OR ("document_url" IS NOT NULL AND "adopted_on" IS NOT NULL)`)
export class CommuneImplementationPlan extends NodeEntity {
  @Index({ unique: true })
  @Column('uuid')
  administrativeUnitId: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'administrative_unit_id' })
  administrativeUnit?: AdministrativeUnit;

  @Field({ description: "Title of the commune's plan document." })
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Where the signed document can be read.' })
  @Column({ type: 'text', nullable: true })
  documentUrl: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the document file, hex.' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  documentSha256: string | null;

  @Field(() => String, { nullable: true, description: 'Date the plan was issued (YYYY-MM-DD).' })
  @Column({ type: 'date', nullable: true })
  adoptedOn: string | null;

  @Field(() => ImplementationPlanStatus)
  @Column({ type: 'enum', enum: ImplementationPlanStatus, enumName: 'implementation_plan_status' })
  status: ImplementationPlanStatus;
}
