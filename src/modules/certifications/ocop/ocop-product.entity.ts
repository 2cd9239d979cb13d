import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { SyncedEntity } from '../../../core/db/synced-entity';
import { Node } from '../../../core/relay/node.interface';
import { AdministrativeUnit } from '../../geography';
import { Organisation } from '../../organisations';
import { dayListTransformer } from './day-list-transformer';

/** Task VI.5: a product rated under the One Commune One Product programme (OCOP), 3 to 5 stars. */
@ObjectType({ implements: [Node, SyncedEntity], description: 'An OCOP product (Mỗi xã một sản phẩm) and its star rating (task VI.5).' })
@Entity()
@Index(['updatedAt', 'id']) // the change feed's order (see RegisterRecord)
@Index('IDX_ocop_product_organisation', ['organisationId'])
@Index('IDX_ocop_product_unit', ['administrativeUnitId'])
@Check(`"star_rating" BETWEEN 3 AND 5`)
@Check(`"year_rated" BETWEEN 2000 AND 2100`)
@Check(`cardinality("re_rated_on") <= 50`)
export class OcopProduct extends SyncedEntity {
  @Field({ description: 'The product’s name as rated, e.g. "Cà phê bột nguyên chất Hòa Phú".' })
  @Column({ length: 300 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Crop code of its main ingredient, when a crop.' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  crop: string | null;

  /** The producing organisation (the OCOP subject). */
  @Column('uuid')
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  /** The commune or ward that put it forward. */
  @Column('uuid')
  administrativeUnitId: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'administrative_unit_id' })
  administrativeUnit?: AdministrativeUnit;

  @Field(() => Int, { description: 'Stars, 3 to 5.' })
  @Column({ type: 'int' })
  starRating: number;

  @Field(() => Int, { description: 'Year of the rating decision.' })
  @Column({ type: 'int' })
  yearRated: number;

  @Field(() => String, { nullable: true, description: 'The rating decision, e.g. "Quyết định số 45/QĐ-UBND".' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  decisionNumber: string | null;

  @Field(() => [String], { description: 'YYYY-MM-DD: days it was re-rated (OCOP ratings are reviewed every 36 months), oldest first.' })
  @Column({ type: 'date', array: true, default: () => "'{}'", transformer: dayListTransformer })
  reRatedOn: string[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when the next re-rating is due.' })
  @Column({ type: 'date', nullable: true })
  nextReRatingDue: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Low-emission criteria the product meets beyond the label, as typed by the recorder (the label itself is computed: see lowEmissionLabel).',
  })
  @Column({ type: 'text', nullable: true })
  lowEmissionCriteriaNote: string | null;
}
