import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { SyncedEntity } from '../../core/db/synced-entity';
import { Node } from '../../core/relay/node.interface';
import { RegisterRecord } from '../field-records';
import { TradeEventKind, TradeEventScope } from './trade-promotion.enums';

/** A fair, trade mission or similar promotion that the province's organisations took part in (task VI.3). */
@ObjectType({ implements: [Node, SyncedEntity], description: 'A fair, trade mission or other trade promotion event (VI.3).' })
@Entity()
@Index(['startDate'])
@Check(`"end_date" >= "start_date"`)
@Check(`("scope" = 'DOMESTIC') = ("country_code" = 'VN')`)
export class TradePromotionEvent extends RegisterRecord {
  @Field()
  @Column({ type: 'varchar', length: 500 })
  name: string;

  @Field(() => TradeEventKind)
  @Column({ type: 'enum', enum: TradeEventKind, enumName: 'trade_event_kind' })
  kind: TradeEventKind;

  @Field(() => TradeEventScope)
  @Column({ type: 'enum', enum: TradeEventScope, enumName: 'trade_event_scope' })
  scope: TradeEventScope;

  @Field({ description: 'ISO 3166-1 alpha-2 code of the host country; VN exactly when DOMESTIC.' })
  @Column({ type: 'char', length: 2 })
  countryCode: string;

  @Field(() => String, { nullable: true, description: 'City or venue.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  location: string | null;

  @Field({ description: 'First day (YYYY-MM-DD, within the plan period).' })
  @Column({ type: 'date' })
  startDate: string;

  @Field({ description: 'Last day, not before the first.' })
  @Column({ type: 'date' })
  endDate: string;

  /** The organisations (cooperatives, enterprises) that took part. */
  @Column({ type: 'uuid', array: true, default: '{}' })
  organisationIds: string[];

  @Field(() => [String], { description: "Crop codes of the products shown (the emission engine's crop catalogue)." })
  @Column({ type: 'text', array: true, default: '{}' })
  productCodes: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
