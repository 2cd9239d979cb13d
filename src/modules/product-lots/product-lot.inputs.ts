import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Limit, RANGES } from '../../core/input/input-limits';
import { IDEMPOTENCY_KEY_DESCRIPTION, IdempotentInput, RecordUpdateInput } from '../../core/input/record-inputs';
import { OrderDirection } from '../../core/relay/synced-list';
import { GwpSetEnum, GwpSetCode } from '../emissions';
import { MAX_FILES_PER_RECORD } from '../files';
import { LotEventKind, LotProduct } from './product-lot.enums';

/** The most kilograms of one lot or event: a million tonnes. */
export const MAX_LOT_KG = 1e9;
const KG = { max: MAX_LOT_KG, positive: true } as const;
/** The most activity records one lot links, and lots one import, split or merge handles. */
export const MAX_LINKED_RECORDS = 200;
export const MAX_IMPORT_LOTS = 1000;
export const MAX_SPLIT_PARTS = 100;

@InputType({ description: 'The fields of a lot a registration or an import row gives.' })
export abstract class ProductLotFields {
  @Field(() => LotProduct, { description: 'The product; the crop follows from it.' })
  product: LotProduct;

  @Field({ description: 'Commune or ward where the lot was harvested (its activity records are of it).' })
  @Limit({ maxLength: 20 })
  administrativeUnitCode: string;

  @Field(() => ID, { description: 'The producing organisation (cooperative, enterprise, group).' })
  organisationId: string;

  @Field(() => ID, { nullable: true, description: 'The production zone, when the lot comes from one.' })
  zoneId?: string | null;

  @Field({ description: 'First harvest day, YYYY-MM-DD; not in the future.' })
  @Limit({ format: 'date' })
  harvestFrom: string;

  @Field({ description: 'Last harvest day, YYYY-MM-DD, in the same year; not in the future.' })
  @Limit({ format: 'date' })
  harvestTo: string;

  @Field(() => Float, { description: 'Kilograms of product, more than 0 and at most a million tonnes.' })
  @Limit(KG)
  quantityKg: number;

  @Field(() => [ID], { description: 'The ACTUAL activity records of the same commune, crop and harvest year the lot came from.' })
  @Limit({ maxItems: MAX_LINKED_RECORDS })
  activityRecordIds: string[];

  @Field(() => String, { nullable: true, description: "The sender's own id for the lot, unique per commune." })
  @Limit({ maxLength: 100 })
  externalId?: string | null;

  @Field({ defaultValue: 'IPCC2019', description: 'Factor set the engine computes the intensity with.' })
  @Limit({ maxLength: 60 })
  factorSet: string;

  @Field(() => GwpSetEnum, { defaultValue: 'AR5' })
  gwpSet: GwpSetCode;
}

@InputType()
export class RegisterProductLotInput extends ProductLotFields {
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Files uploaded with POST /files (e.g. harvest or lab documents), in this order.' })
  @Limit({ maxItems: MAX_FILES_PER_RECORD })
  fileIds?: string[] | null;
}

@InputType({
  description: 'Deletes a lot still as registered (no custody step after its harvest); lists syncing with updatedSince receive a tombstone.',
})
export class DeleteProductLotInput extends RecordUpdateInput {}

@InputType({ description: 'Changes the given fields; the intensity is computed again from the records.' })
export class UpdateProductLotInput extends RecordUpdateInput {
  @Field(() => ID, { nullable: true })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'null removes the zone.' })
  zoneId?: string | null;

  @Field({ nullable: true })
  @Limit({ format: 'date' })
  harvestFrom?: string;

  @Field({ nullable: true })
  @Limit({ format: 'date' })
  harvestTo?: string;

  @Field(() => Float, { nullable: true, description: 'Only while the lot has no custody event beyond its harvest.' })
  @Limit(KG)
  quantityKg?: number;

  @Field(() => [ID], { nullable: true })
  @Limit({ maxItems: MAX_LINKED_RECORDS })
  activityRecordIds?: string[];

  @Field(() => String, { nullable: true })
  @Limit({ maxLength: 100 })
  externalId?: string | null;

  @Field({ nullable: true })
  @Limit({ maxLength: 60 })
  factorSet?: string;

  @Field(() => GwpSetEnum, { nullable: true })
  gwpSet?: GwpSetCode;

  @Field(() => [ID], {
    nullable: true,
    description: "Replaces the lot's uploaded files ([] removes them); only while it has no custody event beyond its harvest.",
  })
  @Limit({ maxItems: MAX_FILES_PER_RECORD })
  fileIds?: string[] | null;
}

@InputType()
export class SplitTargetInput {
  @Field(() => Float, { description: 'Kilograms the new lot receives.' })
  @Limit(KG)
  quantityKg: number;

  @Field(() => String, { nullable: true })
  @Limit({ maxLength: 100 })
  externalId?: string | null;
}

@InputType({ description: 'One step of the chain of custody. A refused event changes nothing.' })
export class RecordLotEventInput extends IdempotentInput {
  @Field(() => ID)
  lotId: string;

  @Field(() => LotEventKind)
  kind: LotEventKind;

  @Field(() => Float, {
    nullable: true,
    description: 'Kilograms: required except for SPLIT (the targets add up) and MERGED (the lots merge whole).',
  })
  @Limit(KG)
  quantityKg?: number | null;

  @Field({ description: 'YYYY-MM-DD; not before the harvest began, not in the future.' })
  @Limit({ format: 'date' })
  date: string;

  @Field(() => ID, { nullable: true, description: 'The party as an organisation of the register.' })
  partyOrganisationId?: string | null;

  @Field(() => String, { nullable: true, description: "The party's organisation name, when it is not in the register. Never a person's name." })
  @Limit({ maxLength: 300 })
  partyName?: string | null;

  @Field(() => Float, { nullable: true, description: 'PROCESSED: output ÷ input, more than 0 and at most 1.' })
  @Limit({ max: 1, positive: true })
  yieldRatio?: number | null;

  @Field(() => LotProduct, { nullable: true, description: 'PROCESSED of the whole lot: what it becomes (same crop), e.g. GREEN_COFFEE from COFFEE_CHERRY.' })
  outputProduct?: LotProduct | null;

  @Field(() => [SplitTargetInput], { nullable: true, description: 'SPLIT: the new lots.' })
  @Limit({ maxItems: MAX_SPLIT_PARTS })
  targetLots?: SplitTargetInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'MERGED: the other lots merged with this one into a new lot.' })
  @Limit({ maxItems: MAX_SPLIT_PARTS })
  mergeLotIds?: string[] | null;
}

@InputType({ description: 'A lot of an import: externalId is required (rows upsert by it, per commune).' })
export class ImportProductLotRow extends ProductLotFields {}

@InputType()
export class ImportProductLotsInput {
  @Field(() => [ImportProductLotRow])
  @Limit({ maxItems: MAX_IMPORT_LOTS })
  lots: ImportProductLotRow[];

  @Field({ defaultValue: false, description: 'Check every row and report what would happen, writing nothing.' })
  dryRun: boolean;
}

@InputType()
export class ProductLotFilter {
  @Field({ nullable: true })
  @Limit({ maxLength: 20 })
  administrativeUnitCode?: string;

  @Field({ nullable: true })
  @Limit({ maxLength: 30 })
  crop?: string;

  @Field(() => LotProduct, { nullable: true })
  product?: LotProduct;

  @Field(() => ID, { nullable: true })
  organisationId?: string;

  @Field(() => ID, { nullable: true })
  zoneId?: string;

  @Field(() => Int, { nullable: true })
  @Limit(RANGES.year)
  harvestYear?: number;
}

export enum ProductLotOrderField {
  CODE = 'CODE',
  HARVEST_FROM = 'HARVEST_FROM',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(ProductLotOrderField, { name: 'ProductLotOrderField' });

@InputType({ description: 'Ignored with updatedSince: a change feed is ordered by updatedAt.' })
export class ProductLotOrder {
  @Field(() => ProductLotOrderField)
  field: ProductLotOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection;
}
