import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Limit, RANGES } from '../../core/input/input-limits';
import { IdempotentInput } from '../../core/input/record-inputs';
import { OrderDirection } from '../../core/relay/synced-list';
import { CertificationScheme, CertificationStatus } from './certification.enums';

const AREA = { ...RANGES.hectares, positive: true, min: 0.01 };
const CROPS = { maxItems: 20 };

@InputType({ description: 'An application: the holder is an organisation or a production zone (exactly one).' })
export class ApplyForCertificationInput extends IdempotentInput {
  @Field(() => CertificationScheme)
  scheme: CertificationScheme;

  @Field(() => String, { nullable: true, description: 'Required when scheme is OTHER.' })
  @Limit({ maxLength: 200 })
  schemeName?: string | null;

  @Field(() => ID, { nullable: true, description: 'The applying organisation (or give productionZoneId).' })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The applying production zone (or give organisationId).' })
  productionZoneId?: string | null;

  @Field(() => [String], { description: 'Crops covered (crop codes), at least one.' })
  @Limit(CROPS)
  crops: string[];

  @Field(() => Float, { nullable: true, description: 'Area covered, hectares.' })
  @Limit(AREA)
  areaHa?: number | null;

  @Field(() => ID, { nullable: true, description: 'The certification body reviewing it: an organisation of kind CERTIFICATION_BODY.' })
  certificationBodyId?: string | null;

  @Field(() => String, { nullable: true, description: 'The applicant’s note; it is the status reason until the first decision.' })
  @Limit({ maxLength: 2000 })
  notes?: string | null;
}

@InputType({ description: 'Moves a certification along its workflow, with a reason (audited).' })
export class DecideCertificationInput extends IdempotentInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Limit(RANGES.version)
  expectedVersion: number;

  @Field(() => CertificationStatus, {
    description: 'APPLIED → UNDER_REVIEW → GRANTED | REFUSED; GRANTED → SUSPENDED | WITHDRAWN | EXPIRED; SUSPENDED → GRANTED | WITHDRAWN | EXPIRED.',
  })
  status: CertificationStatus;

  @Field({ description: 'Why: required, recorded with the status and in the audit trail.' })
  @Limit({ maxLength: 2000 })
  reason: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: required when granting.' })
  @Limit({ format: 'date' })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before validFrom: required when granting.' })
  @Limit({ format: 'date' })
  validTo?: string | null;

  @Field(() => String, { nullable: true, description: 'The certificate number, when granting.' })
  @Limit({ maxLength: 100 })
  certificateNumber?: string | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class CertificationFilter {
  @Field(() => CertificationScheme, { nullable: true })
  scheme?: CertificationScheme | null;

  @Field(() => CertificationStatus, { nullable: true })
  status?: CertificationStatus | null;

  @Field(() => ID, { nullable: true, description: 'Held by this organisation or production zone.' })
  holderId?: string | null;

  @Field(() => String, { nullable: true, description: 'Covers this crop.' })
  crop?: string | null;

  @Field(() => String, { nullable: true, description: 'Holder in this commune or ward (5-digit code).' })
  @Limit({ maxLength: 10 })
  administrativeUnitCode?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: GRANTED and valid on that day.' })
  @Limit({ format: 'date' })
  validOn?: string | null;
}

export enum CertificationOrderField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  STATUS_CHANGED_AT = 'STATUS_CHANGED_AT',
}

registerEnumType(CertificationOrderField, { name: 'CertificationOrderField' });

@InputType({ description: 'Ignored with updatedSince: a change feed is ordered by updatedAt.' })
export class CertificationOrder {
  @Field(() => CertificationOrderField)
  field: CertificationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection;
}
