import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { numericTransformer } from '../../../core/db/numeric-transformer';
import { SyncedEntity } from '../../../core/db/synced-entity';
import { Node } from '../../../core/relay/node.interface';
import { CROP_DESCRIPTION, RegisterRecord } from '../../field-records';

export enum ConversionStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
}

registerEnumType(ConversionStatus, {
  name: 'ConversionStatus',
  valuesConfig: {
    PLANNED: { description: 'Kế hoạch chuyển đổi / planned' },
    DONE: { description: 'Đã chuyển đổi / converted' },
  },
});

/** Task II.2: area of a commune turned from one crop to another (perennials take up carbon). */
@ObjectType({ implements: [Node, SyncedEntity], description: 'Area of a commune converted from one crop to another in one year (task II.2).' })
@Entity()
@Index(['year', 'toCrop'])
@Index(['administrativeUnitId', 'year'])
@Check(`"year" BETWEEN 2026 AND 2035`)
@Check(`"area_ha" > 0 AND "area_ha" <= 1000000`)
@Check(`"from_crop" <> "to_crop"`)
export class CropConversion extends RegisterRecord {
  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field({ description: `The crop given up. ${CROP_DESCRIPTION}` })
  @Column({ length: 30 })
  fromCrop: string;

  @Field({ description: 'The crop planted instead (same codes).' })
  @Column({ length: 30 })
  toCrop: string;

  @Field(() => Float, { description: 'Hectares converted.' })
  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: numericTransformer })
  areaHa: number;

  @Field(() => ConversionStatus)
  @Column({ type: 'enum', enum: ConversionStatus, enumName: 'conversion_status' })
  status: ConversionStatus;

  @Field({ description: 'Whether the new crop is perennial (takes up carbon for years): from the crop catalogue where it knows the crop.' })
  @Column({ type: 'boolean' })
  toCropPerennial: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
