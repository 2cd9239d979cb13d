import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Node } from '../../../core/relay/node.interface';
import { SyncedEntity } from '../../../core/db/synced-entity';
import { AdministrativeUnit } from '../../geography';
import { User } from '../../identity';

/**
 * A farmer of the training app, with as little personal data as the counts need: a phone number or
 * an email to recognise them, their commune, and their consent. Deleting it erases the contact data
 * and keeps the completions, which still count as trained farmers.
 */
@ObjectType({
  implements: [Node, SyncedEntity],
  description: "A farmer using the training app (personal data: visible to their unit's officers, the province and themselves).",
})
@Entity()
@Index(['updatedAt', 'id']) // the change feed's order (see RegisterRecord)
@Index('UQ_farmer_account_phone', ['phone'], { unique: true })
@Index('UQ_farmer_account_email', ['email'], { unique: true })
@Index('UQ_farmer_account_user', ['userId'], { unique: true })
@Check(`"deleted_at" IS NOT NULL OR "phone" IS NOT NULL OR "email" IS NOT NULL`)
export class FarmerAccount extends SyncedEntity {
  @Field(() => String, { nullable: true, description: 'International form, e.g. +84912345678.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'What the farmer wants to be called; optional.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  displayName: string | null;

  @Index()
  @Column('uuid')
  administrativeUnitId: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'administrative_unit_id' })
  administrativeUnit?: AdministrativeUnit;

  @Field({ description: 'When the farmer agreed to the data notice.' })
  @Column({ type: 'timestamptz', precision: 3 })
  consentGivenAt: Date;

  @Field({ description: 'Version of the data notice they agreed to.' })
  @Column({ length: 40 })
  consentNoticeVersion: string;

  /** The FARMER user who signs in as this farmer, if any. */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Field({ description: 'True when the farmer signs in to the app themselves.' })
  get hasLogin(): boolean {
    return this.userId !== null;
  }
}
