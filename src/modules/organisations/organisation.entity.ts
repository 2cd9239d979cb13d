import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Node } from '../../core/relay/node.interface';
import { SyncedEntity } from '../../core/db/synced-entity';
import { AdministrativeUnit } from '../geography';
import { CROP_LIST_DESCRIPTION } from './organisation-crops';
import { OrganisationKind } from './organisation.enums';

/** A cooperative, enterprise, farmer group, research institute or certification body the plan works with. */
@ObjectType({ implements: [Node, SyncedEntity], description: 'An organisation of the register: cooperative, enterprise, farmer group, institute, certifier.' })
@Entity()
@Index(['updatedAt', 'id']) // the change feed's order (see RegisterRecord)
@Index('UQ_organisation_live_registration_code', ['registrationCode'], { unique: true, where: '"deleted_at" IS NULL AND "registration_code" IS NOT NULL' })
@Check(`"member_households" IS NULL OR "member_households" BETWEEN 0 AND 1000000`)
export class Organisation extends SyncedEntity {
  @Field(() => OrganisationKind)
  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind: OrganisationKind;

  @Field()
  @Column({ length: 300 })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Tax or registration code (mã số thuế / mã số doanh nghiệp, hợp tác xã): 10 digits, or 10-3 for a branch; unique among live organisations.',
  })
  @Column({ type: 'varchar', length: 14, nullable: true })
  registrationCode: string | null;

  /** The commune or ward of its seat. */
  @Index()
  @Column('uuid')
  administrativeUnitId: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'administrative_unit_id' })
  administrativeUnit?: AdministrativeUnit;

  @Field(() => Int, { nullable: true, description: 'Member households (cooperatives, farmer groups).' })
  @Column({ type: 'int', nullable: true })
  memberHouseholds: number | null;

  @Field(() => [String], { description: CROP_LIST_DESCRIPTION })
  @Column({ type: 'varchar', length: 30, array: true, default: () => "'{}'" })
  crops: string[];

  /** Personal data of the contact person: read through the `contact` field, which hides it from the public. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  contactName: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;
}
