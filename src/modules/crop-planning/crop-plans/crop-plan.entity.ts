import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { numericTransformer } from '../../../core/db/numeric-transformer';
import { SyncedEntity } from '../../../core/db/synced-entity';
import { Node } from '../../../core/relay/node.interface';
import { CROP_DESCRIPTION, RegisterRecord } from '../../field-records';

/** Task II.2: the annual crop production plan, one row per commune × crop × year. */
@ObjectType({ implements: [Node, SyncedEntity], description: "A commune's planned area and yield of one crop in one year (task II.2)." })
@Entity()
@Index('UQ_crop_plan_live_unit_crop_year', ['administrativeUnitId', 'crop', 'year'], { unique: true, where: '"deleted_at" IS NULL' })
@Index(['year', 'crop'])
@Check(`"year" BETWEEN 2026 AND 2035`)
@Check(`"planned_area_ha" > 0 AND "planned_area_ha" <= 1000000`)
@Check(`"planned_yield_tonnes_per_ha" IS NULL OR "planned_yield_tonnes_per_ha" BETWEEN 0 AND 1000`)
@Check(`"planned_production_tonnes" IS NULL OR "planned_production_tonnes" BETWEEN 0 AND 100000000`)
export class CropPlan extends RegisterRecord {
  @Field({ description: CROP_DESCRIPTION })
  @Column({ length: 30 })
  crop: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field(() => Float, { description: 'Planned area in hectares (sown area: a crop grown in two seasons counts twice).' })
  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: numericTransformer })
  plannedAreaHa: number;

  @Field(() => Float, { nullable: true, description: 'Planned yield, tonnes per hectare.' })
  @Column({ type: 'numeric', precision: 10, scale: 3, nullable: true, transformer: numericTransformer })
  plannedYieldTonnesPerHa: number | null;

  @Field(() => Float, { nullable: true, description: 'Planned production, tonnes.' })
  @Column({ type: 'numeric', precision: 14, scale: 3, nullable: true, transformer: numericTransformer })
  plannedProductionTonnes: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
