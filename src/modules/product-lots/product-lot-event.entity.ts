import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../../core/db/numeric-transformer';
import { toGlobalId } from '../../core/relay/global-id';
import { Organisation } from '../organisations';
import { ProductLot } from './product-lot.entity';
import { LotEventKind } from './product-lot.enums';

/**
 * One step of a lot's chain of custody. Events are never changed: the lot's balance is the sum of
 * their `balanceChangeKg`, computed under the lot's row lock before each new event.
 */
@ObjectType({ description: 'A step of the chain of custody.' })
@Entity()
@Index(['lotId', 'date'])
@Check(`"quantity_kg" >= 0`)
@Check(`"yield_ratio" IS NULL OR ("yield_ratio" > 0 AND "yield_ratio" <= 1)`)
export class ProductLotEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('ProductLotEvent', this.id);
  }

  @Column('uuid')
  lotId: string;

  @ManyToOne(() => ProductLot, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lot_id' })
  lot?: ProductLot;

  @Field(() => LotEventKind)
  @Column({ type: 'enum', enum: LotEventKind, enumName: 'lot_event_kind' })
  kind: LotEventKind;

  @Field(() => Float, { description: 'The quantity the event is about (kg): processed input, shipped, sold, split off, merged in.' })
  @Column({ type: 'numeric', precision: 13, scale: 3, transformer: numericTransformer })
  quantityKg: number;

  @Field(() => Float, { description: 'How the event changed what the lot holds (kg); negative when it left or shrank.' })
  @Column({ type: 'numeric', precision: 13, scale: 3, transformer: numericTransformer })
  balanceChangeKg: number;

  @Field(() => Float, { nullable: true, description: 'PROCESSED: output ÷ input, in (0, 1].' })
  @Column({ type: 'numeric', precision: 7, scale: 6, nullable: true, transformer: numericTransformer })
  yieldRatio: number | null;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  date: string;

  /** The party as an organisation of the register, when it is one. */
  @Column({ type: 'uuid', nullable: true })
  partyOrganisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'party_organisation_id' })
  partyOrganisation?: Organisation;

  /** The party's name as given (an organisation's name; never a person's). */
  @Field(() => String, { nullable: true, description: 'The organisation that held, processed, bought or received the lot.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  partyName: string | null;

  /** SPLIT: the new lots; MERGED: the other lots merged and the new lot (on every merged lot's event). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  relatedLotIds: string[];

  @Field(() => [ID], { name: 'relatedLotIds', description: 'SPLIT: the new lots. MERGED: the new lot, or on the new lot, the lots merged.' })
  get relatedLotGlobalIds(): string[] {
    return this.relatedLotIds.map((id) => toGlobalId('ProductLot', id));
  }

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  recordedAt: Date;
}
