import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Limit, RANGES } from '../../core/input/input-limits';
import { IdempotentInput, RecordUpdateInput } from '../../core/input/record-inputs';
import { ExportContractStatus, TradeEventKind, TradeEventScope } from './trade-promotion.enums';

const COUNTRY = 'ISO 3166-1 alpha-2 code, e.g. VN, JP, DE.';
const PRODUCTS = "Crop codes of the emission engine's catalogue, e.g. COFFEE, PEPPER, DURIAN; at most 50.";
const VALUE = 'US dollars as a decimal text with at most 2 decimals, e.g. "125000.50" (kept exact, never a float); at most 10^13.';
const TONNES = { max: 10_000_000 };

@InputType({ description: 'A new trade promotion event.' })
export class CreateTradePromotionEventInput extends IdempotentInput {
  @Field()
  name: string;

  @Field(() => TradeEventKind)
  kind: TradeEventKind;

  @Field(() => TradeEventScope)
  scope: TradeEventScope;

  @Field({ description: `${COUNTRY} VN exactly when DOMESTIC.` })
  countryCode: string;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field({ description: 'YYYY-MM-DD within the plan period.' })
  @Limit({ format: 'date' })
  startDate: string;

  @Field({ description: 'YYYY-MM-DD, not before startDate.' })
  @Limit({ format: 'date' })
  endDate: string;

  @Field(() => [ID], { nullable: true, description: 'Global IDs of the participating organisations; at most 200.' })
  organisationIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: PRODUCTS })
  productCodes?: string[] | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

/** Omitted fields keep their value. */
@InputType()
export class UpdateTradePromotionEventInput extends RecordUpdateInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => TradeEventKind, { nullable: true })
  kind?: TradeEventKind | null;

  @Field(() => TradeEventScope, { nullable: true })
  scope?: TradeEventScope | null;

  @Field(() => String, { nullable: true })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'An empty text clears it.' })
  location?: string | null;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  @Limit({ format: 'date' })
  endDate?: string | null;

  @Field(() => [ID], { nullable: true })
  organisationIds?: string[] | null;

  @Field(() => [String], { nullable: true })
  productCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'An empty text clears it.' })
  note?: string | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class TradePromotionEventFilter {
  @Field(() => TradeEventKind, { nullable: true })
  kind?: TradeEventKind | null;

  @Field(() => TradeEventScope, { nullable: true })
  scope?: TradeEventScope | null;

  @Field(() => String, { nullable: true })
  countryCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Held (at least partly) in this year.' })
  @Limit(RANGES.year)
  year?: number | null;

  @Field(() => ID, { nullable: true, description: 'An organisation that took part.' })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'A product shown.' })
  productCode?: string | null;
}

@InputType({ description: 'A new export contract.' })
export class CreateExportContractInput extends IdempotentInput {
  @Field(() => ID, { description: 'The selling organisation (global ID).' })
  organisationId: string;

  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field({ description: `${COUNTRY} Not VN.` })
  buyerCountryCode: string;

  @Field({ description: 'Crop code of the product.' })
  productCode: string;

  @Field(() => Float)
  @Limit(TONNES)
  volumeTonnes: number;

  @Field({ description: VALUE })
  valueUsd: string;

  @Field(() => [String], { nullable: true, description: 'Product lot codes of the low-emission claim (codes only for now); at most 200.' })
  claimedLotCodes?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'A Certification global ID the claim rests on (checked in form only for now).' })
  claimedCertificationId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the future; required unless DRAFT.' })
  @Limit({ format: 'date' })
  signedDate?: string | null;

  @Field(() => ExportContractStatus, { nullable: true, description: 'Default DRAFT.' })
  status?: ExportContractStatus | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

/** Omitted fields keep their value; the organisation never changes. */
@InputType()
export class UpdateExportContractInput extends RecordUpdateInput {
  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => String, { nullable: true })
  buyerCountryCode?: string | null;

  @Field(() => String, { nullable: true })
  productCode?: string | null;

  @Field(() => Float, { nullable: true })
  @Limit(TONNES)
  volumeTonnes?: number | null;

  @Field(() => String, { nullable: true })
  valueUsd?: string | null;

  @Field(() => [String], { nullable: true })
  claimedLotCodes?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Null clears it.' })
  claimedCertificationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Null clears it (DRAFT only).' })
  @Limit({ format: 'date' })
  signedDate?: string | null;

  @Field(() => ExportContractStatus, { nullable: true })
  status?: ExportContractStatus | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: 'All given conditions must hold.' })
export class ExportContractFilter {
  @Field(() => String, { nullable: true, description: "The organisation's commune or ward." })
  administrativeUnitCode?: string | null;

  @Field(() => ID, { nullable: true })
  organisationId?: string | null;

  @Field(() => String, { nullable: true })
  buyerCountryCode?: string | null;

  @Field(() => String, { nullable: true })
  productCode?: string | null;

  @Field(() => ExportContractStatus, { nullable: true })
  status?: ExportContractStatus | null;

  @Field(() => Int, { nullable: true, description: 'Signed in this year.' })
  @Limit(RANGES.year)
  year?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'With (true) or without (false) a low-emission claim.' })
  lowEmissionClaim?: boolean | null;
}
