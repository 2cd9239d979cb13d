import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { NodeEntity } from '../../core/db/node-entity';
import { Node } from '../../core/relay/node.interface';

export enum AdministrativeUnitKind {
  PROVINCE = 'PROVINCE',
  COMMUNE = 'COMMUNE',
  WARD = 'WARD',
}

registerEnumType(AdministrativeUnitKind, {
  name: 'AdministrativeUnitKind',
  valuesConfig: {
    PROVINCE: { description: 'Tỉnh / province' },
    COMMUNE: { description: 'Xã / rural commune' },
    WARD: { description: 'Phường / urban ward' },
  },
});

@ObjectType({ implements: Node, description: 'A province, commune or ward, with its official statistics code.' })
@Entity()
export class AdministrativeUnit extends NodeEntity {
  @Field({ description: 'Official code: 2 digits for a province (66), 5 for a commune or ward.' })
  @Index({ unique: true })
  @Column({ length: 10 })
  code: string;

  @Field({ description: 'Official Vietnamese name, e.g. "Xã Hòa Phú".' })
  @Column()
  name: string;

  @Field(() => AdministrativeUnitKind)
  @Column({ type: 'enum', enum: AdministrativeUnitKind, enumName: 'administrative_unit_kind' })
  kind: AdministrativeUnitKind;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: AdministrativeUnit;
}
