import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { NodeEntity } from '../../../core/db/node-entity';
import { numericTransformer } from '../../../core/db/numeric-transformer';
import { Node } from '../../../core/relay/node.interface';
import { AdministrativeUnit } from '../../geography';
import { ActivityFields } from './activity-data.types';

export enum Season {
  WHOLE_YEAR = 'WHOLE_YEAR',
  WINTER_SPRING = 'WINTER_SPRING',
  SUMMER_AUTUMN = 'SUMMER_AUTUMN',
  AUTUMN_WINTER = 'AUTUMN_WINTER',
  MAIN = 'MAIN',
}

export enum Scenario {
  BASELINE = 'BASELINE',
  ACTUAL = 'ACTUAL',
}

export enum ActivitySource {
  COMMUNE_SURVEY = 'COMMUNE_SURVEY',
  PARTNER_API = 'PARTNER_API',
  PILOT_MEASUREMENT = 'PILOT_MEASUREMENT',
}

registerEnumType(Season, {
  name: 'Season',
  valuesConfig: {
    WHOLE_YEAR: { description: 'Cả năm / perennial crops and whole-year records' },
    WINTER_SPRING: { description: 'Vụ Đông Xuân' },
    SUMMER_AUTUMN: { description: 'Vụ Hè Thu' },
    AUTUMN_WINTER: { description: 'Vụ Thu Đông' },
    MAIN: { description: 'Vụ Mùa' },
  },
});
registerEnumType(Scenario, {
  name: 'Scenario',
  valuesConfig: {
    BASELINE: { description: 'Practice before the low-emission measures (reference for reductions)' },
    ACTUAL: { description: 'What was done; inventories are computed from these' },
  },
});
registerEnumType(ActivitySource, { name: 'ActivitySource' });

/** Activity data for one crop area: commune × crop × year × season × scenario. */
@ObjectType({ implements: Node, description: 'Activity data recorded for a commune or ward; the input of its emission inventory.' })
@Entity()
@Index(['administrativeUnitId', 'externalId'], { unique: true })
@Index(['administrativeUnitId', 'year', 'scenario'])
@Check(`"area_ha" > 0`)
@Check(`"area_ha" <= 1000000`)
@Check(`"activity_data_uncertainty_pct" IS NULL OR ("activity_data_uncertainty_pct" >= 0 AND "activity_data_uncertainty_pct" <= 1000)`)
export class ActivityRecord extends NodeEntity {
  @Column('uuid')
  administrativeUnitId: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'administrative_unit_id' })
  administrativeUnit?: AdministrativeUnit;

  @Field({ description: "The sender's own id for this record; imports upsert by it, per unit." })
  @Column({ type: 'text' })
  externalId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field(() => Season)
  @Column({ type: 'enum', enum: Season, enumName: 'season' })
  season: Season;

  @Field(() => Scenario)
  @Column({ type: 'enum', enum: Scenario, enumName: 'scenario' })
  scenario: Scenario;

  @Field(() => ActivitySource)
  @Column({ type: 'enum', enum: ActivitySource, enumName: 'activity_source' })
  source: ActivitySource;

  @Field()
  @Column({ type: 'text' })
  cropCode: string;

  @Field(() => Float)
  @Column({ type: 'numeric', transformer: numericTransformer })
  areaHa: number;

  @Field(() => Float, {
    nullable: true,
    description: "Uncertainty of this record's activity data (%, half the 95 % interval); null takes the documented default of its source.",
  })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  activityDataUncertaintyPct: number | null;

  @Field(() => ActivityFields, { description: 'The full activity data as the engine reads it.' })
  @Column({ type: 'jsonb' })
  activity: ActivityFields;

  @Field(() => Int, { description: 'Incremented on every change.' })
  @Column({ type: 'int', default: 1 })
  version: number;

  // Deleted records are kept (earlier inventory versions point at them) and left out of new ones.
  @Field(() => Date, { nullable: true, description: 'When it was withdrawn; importing the same externalId again restores it.' })
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Field(() => [String], { description: 'Unusual values flagged at import (not refused).' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  plausibilityWarnings: string[];

  @Column({ type: 'text', comment: 'USER or API_KEY' })
  recordedByType: string;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;
}
