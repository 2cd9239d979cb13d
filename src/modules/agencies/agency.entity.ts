import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { NodeEntity } from '../../core/db/node-entity';
import { Node } from '../../core/relay/node.interface';
import { AdministrativeUnit } from '../geography';

export enum AgencyKind {
  PROVINCIAL_DEPARTMENT = 'PROVINCIAL_DEPARTMENT',
  MEDIA = 'MEDIA',
  MINISTRY = 'MINISTRY',
  PEOPLES_COMMITTEE = 'PEOPLES_COMMITTEE',
  GROUP = 'GROUP',
}

registerEnumType(AgencyKind, {
  name: 'AgencyKind',
  valuesConfig: {
    PROVINCIAL_DEPARTMENT: { description: 'Sở / provincial department' },
    MEDIA: { description: 'Provincial newspaper and broadcaster' },
    MINISTRY: { description: 'Bộ / national ministry' },
    PEOPLES_COMMITTEE: { description: "UBND / People's Committee of a commune or ward" },
    GROUP: { description: 'A set of agencies the plan names together, e.g. "UBND các xã, phường"' },
  },
});

@ObjectType({ implements: Node, description: 'A government body, or a group of bodies named together by the plan.' })
@Entity()
export class Agency extends NodeEntity {
  @Field({ description: 'Stable code, e.g. DAE, PC-24175, GROUP-COMMUNE-PCS.' })
  @Index({ unique: true })
  @Column({ length: 40 })
  code: string;

  @Field({ description: 'Official Vietnamese name.' })
  @Column()
  name: string;

  @Field({ description: 'English name.' })
  @Column()
  nameEn: string;

  @Field(() => AgencyKind)
  @Column({ type: 'enum', enum: AgencyKind, enumName: 'agency_kind' })
  kind: AgencyKind;

  @Field(() => String, { nullable: true, description: 'Why a group has the members it has, or other remarks.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  administrativeUnitId: string | null;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'administrative_unit_id' })
  administrativeUnit?: AdministrativeUnit;
}
