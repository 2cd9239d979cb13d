import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Limit, RANGES } from '../../core/input/input-limits';
import { IdempotentInput, RecordUpdateInput } from '../../core/input/record-inputs';
import { OrderDirection } from '../../core/relay/synced-list';
import { CROP_DESCRIPTION } from '../field-records';
import { ProductionZoneStatus } from './production-zone.enums';
import { MAX_BOUNDARY_LENGTH } from './zone-boundary';

const ZONE_AREA = { ...RANGES.hectares, positive: true, min: 0.01 };
const UNITS = { maxItems: 50 };
const ORGANISATIONS = { maxItems: 200 };
const BOUNDARY = { maxLength: MAX_BOUNDARY_LENGTH };
const BOUNDARY_DESCRIPTION =
  'GeoJSON text of a Polygon or MultiPolygon geometry (RFC 7946: [longitude, latitude]); every ring closed, at least 4 positions, inside the province.';

@InputType()
export class EnterpriseLinkInput {
  @Field(() => ID, { description: 'The buying organisation (an ENTERPRISE or a COOPERATIVE of the register).' })
  buyerOrganisationId: string;

  @Field()
  @Limit({ maxLength: 200 })
  contractReference: string;
}

@InputType()
export class CreateProductionZoneInput extends IdempotentInput {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field({ description: CROP_DESCRIPTION })
  crop: string;

  @Field(() => [String], { description: 'The commune and ward codes the zone spans (at least one).' })
  @Limit(UNITS)
  administrativeUnitCodes: string[];

  @Field(() => Float, { description: 'Hectares; greater than zero.' })
  @Limit(ZONE_AREA)
  areaHa: number;

  @Field(() => Int)
  @Limit(RANGES.people)
  households: number;

  @Field(() => [ID], { nullable: true })
  @Limit(ORGANISATIONS)
  memberOrganisationIds?: string[] | null;

  @Field(() => [EnterpriseLinkInput], { nullable: true })
  @Limit(ORGANISATIONS)
  enterpriseLinks?: EnterpriseLinkInput[] | null;

  @Field(() => ID, { nullable: true, description: 'The ADOPTED criteria set of the same crop the zone produces to.' })
  criteriaSetId?: string | null;

  @Field(() => ProductionZoneStatus, { nullable: true, description: 'Default PLANNED; a zone is not registered DISSOLVED.' })
  status?: ProductionZoneStatus | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; required from FORMING on.' })
  @Limit({ format: 'date' })
  formingOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; required for ESTABLISHED.' })
  @Limit({ format: 'date' })
  establishedOn?: string | null;

  @Field(() => String, { nullable: true, description: BOUNDARY_DESCRIPTION })
  @Limit(BOUNDARY)
  boundary?: string | null;
}

/** Omitted fields keep their value; null clears an optional one. A status change gives the date of the new status. */
@InputType()
export class UpdateProductionZoneInput extends RecordUpdateInput {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  crop?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the communes: you must write for the old and the new ones.' })
  @Limit(UNITS)
  administrativeUnitCodes?: string[] | null;

  @Field(() => Float, { nullable: true })
  @Limit(ZONE_AREA)
  areaHa?: number | null;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.people)
  households?: number | null;

  @Field(() => [ID], { nullable: true })
  @Limit(ORGANISATIONS)
  memberOrganisationIds?: string[] | null;

  @Field(() => [EnterpriseLinkInput], { nullable: true })
  @Limit(ORGANISATIONS)
  enterpriseLinks?: EnterpriseLinkInput[] | null;

  @Field(() => ID, { nullable: true })
  criteriaSetId?: string | null;

  @Field(() => ProductionZoneStatus, { nullable: true, description: 'PLANNED → FORMING → ESTABLISHED, or → DISSOLVED from any of them.' })
  status?: ProductionZoneStatus | null;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  formingOn?: string | null;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  establishedOn?: string | null;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  dissolvedOn?: string | null;

  @Field(() => String, { nullable: true, description: BOUNDARY_DESCRIPTION })
  @Limit(BOUNDARY)
  boundary?: string | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class ProductionZoneFilter {
  @Field(() => String, { nullable: true, description: 'Spans this commune or ward.' })
  administrativeUnitCode?: string | null;

  @Field(() => String, { nullable: true })
  crop?: string | null;

  @Field(() => ProductionZoneStatus, { nullable: true })
  status?: ProductionZoneStatus | null;

  @Field(() => ID, { nullable: true, description: 'Has this organisation as a member or a buyer.' })
  organisationId?: string | null;
}

export enum ProductionZoneOrderField {
  CODE = 'CODE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(ProductionZoneOrderField, { name: 'ProductionZoneOrderField' });

@InputType({ description: 'Ignored with updatedSince: a change feed is ordered by updatedAt.' })
export class ProductionZoneOrder {
  @Field(() => ProductionZoneOrderField)
  field: ProductionZoneOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection;
}
