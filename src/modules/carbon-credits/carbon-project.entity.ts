import { Field, Float, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { numericTransformer } from '../../core/db/numeric-transformer';
import { SyncedEntity } from '../../core/db/synced-entity';
import { Node } from '../../core/relay/node.interface';
import { RegisterRecord } from '../field-records';
import { CarbonProjectStatus, CarbonStandard } from './carbon.enums';

/** A carbon credit project of the province (task VI.4): a province-wide record over some communes. */
@ObjectType({ implements: [Node, SyncedEntity], description: 'A carbon credit project (VI.4).' })
@Entity()
@Index(['status'])
@Check(`"crediting_to" > "crediting_from"`)
@Check(`"buffer_percent" >= 0 AND "buffer_percent" <= 100`)
@Check(`"area_ha" > 0 AND "area_ha" <= 1000000`)
@Check(`cardinality("commune_ids") > 0`)
export class CarbonProject extends RegisterRecord {
  @Field()
  @Column({ type: 'varchar', length: 500 })
  name: string;

  @Field(() => CarbonStandard)
  @Column({ type: 'enum', enum: CarbonStandard, enumName: 'carbon_standard' })
  standard: CarbonStandard;

  @Field(() => String, { nullable: true, description: 'Methodology, e.g. VM0042 v2.1, or what OTHER means.' })
  @Column({ type: 'text', nullable: true })
  methodology: string | null;

  /** The communes and wards taking part; their activity records feed the estimates. */
  @Column({ type: 'uuid', array: true })
  communeIds: string[];

  @Column({ type: 'uuid', array: true, default: '{}' })
  organisationIds: string[];

  @Field(() => Float, { description: 'Hectares.' })
  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: numericTransformer })
  areaHa: number;

  @Field({ description: 'First day of the crediting period (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  creditingFrom: string;

  @Field({ description: 'Last day of the crediting period, after the first.' })
  @Column({ type: 'date' })
  creditingTo: string;

  /** Exact decimal (numeric(5,2)), read as text. */
  @Field({ description: 'Buffer withheld from issuance, percent (0-100, exact decimal text with at most 2 decimals).' })
  @Column({ type: 'numeric', precision: 5, scale: 2 })
  bufferPercent: string;

  @Field(() => CarbonProjectStatus)
  @Column({ type: 'enum', enum: CarbonProjectStatus, enumName: 'carbon_project_status' })
  status: CarbonProjectStatus;
}
