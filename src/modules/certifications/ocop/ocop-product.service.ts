import { EntityManager } from 'typeorm';
import { assertMayWriteRegister } from '../../../core/auth/register-writers';
import { lockForWrite } from '../../../core/auth/references';
import { RequestContext } from '../../../core/context';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { UserError } from '../../../core/errors/user-error';
import { isCalendarDay } from '../../../core/input/check-arguments';
import { PLAN_LAST_DAY, optionalText, requiredText } from '../../../core/input/input-checks';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { assertEditable, softDelete } from '../../../core/writes/record-writes';
import { runWrite } from '../../../core/writes/write-pipeline';
import { recordAudit } from '../../audit';
import { communeByCode } from '../../field-records';
import { AdministrativeUnit } from '../../geography';
import { cropCode, liveOrganisation } from '../../organisations';
import { OCOP_PRODUCTS } from './ocop-access';
import { OcopProduct } from './ocop-product.entity';
import { CreateOcopProductInput, UpdateOcopProductInput } from './ocop-product.inputs';

export interface OcopProductResult {
  ocopProduct: OcopProduct | null;
  userErrors: UserError[];
}

const TYPE = 'OcopProduct';
const FIRST_DAY = '2018-01-01';
type Fields = Partial<
  Pick<OcopProduct, 'name' | 'crop' | 'starRating' | 'yearRated' | 'decisionNumber' | 'reRatedOn' | 'nextReRatingDue' | 'lowEmissionCriteriaNote'>
>;

function day(value: string, field: string): string {
  const text = value.trim();
  if (!isCalendarDay(text)) throw new BadUserInputError(`${field} must be a date written YYYY-MM-DD`, field, 'INVALID_DATE');
  if (text < FIRST_DAY || text > PLAN_LAST_DAY) throw new BadUserInputError(`${field} must be from ${FIRST_DAY} to ${PLAN_LAST_DAY}`, field, 'OUT_OF_RANGE');
  return text;
}

function checkedFields(input: Partial<CreateOcopProductInput> | UpdateOcopProductInput): Fields {
  const fields: Fields = {};
  if (input.name != null) fields.name = requiredText(input.name, 'input.name', 300);
  if (input.crop !== undefined) fields.crop = input.crop == null ? null : cropCode(input.crop, 'input.crop');
  if (input.starRating != null) fields.starRating = input.starRating;
  if (input.yearRated != null) fields.yearRated = input.yearRated;
  if (input.decisionNumber !== undefined) fields.decisionNumber = optionalText(input.decisionNumber, 'input.decisionNumber', 200);
  if (input.reRatedOn !== undefined) fields.reRatedOn = [...new Set((input.reRatedOn ?? []).map((d, i) => day(d, `input.reRatedOn[${i}]`)))].sort();
  if (input.nextReRatingDue !== undefined) fields.nextReRatingDue = input.nextReRatingDue == null ? null : day(input.nextReRatingDue, 'input.nextReRatingDue');
  if (input.lowEmissionCriteriaNote !== undefined) {
    fields.lowEmissionCriteriaNote = optionalText(input.lowEmissionCriteriaNote, 'input.lowEmissionCriteriaNote', 2000);
  }
  return fields;
}

/** Re-ratings come after the first rating. */
function checkDates(product: Pick<OcopProduct, 'yearRated' | 'reRatedOn'>): void {
  const early = product.reRatedOn.findIndex((d) => Number(d.slice(0, 4)) < product.yearRated);
  if (early >= 0) throw new BadUserInputError('A re-rating cannot precede the year rated', `input.reRatedOn[${early}]`, 'DATE_ORDER');
}

const unitOf = async (manager: EntityManager, id: string) => await manager.getRepository(AdministrativeUnit).findOneByOrFail({ id });
const replay = (manager: EntityManager, id: string) => manager.getRepository(OcopProduct).findOneBy({ id });

export async function createOcopProduct(ctx: RequestContext, input: CreateOcopProductInput): Promise<OcopProductResult> {
  const fields = checkedFields(input);
  const organisation = await liveOrganisation(ctx, ctx.dataSource, input.organisationId, 'input.organisationId');
  const [unit, unitField] = input.administrativeUnitCode
    ? [await communeByCode(ctx.dataSource, input.administrativeUnitCode, 'input.administrativeUnitCode'), 'input.administrativeUnitCode']
    : [await unitOf(ctx.dataSource.manager, organisation.administrativeUnitId), 'input.organisationId'];
  await assertMayWriteRegister(ctx, { units: [{ id: unit.id, name: unit.name, field: unitField }], field: unitField });
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'createOcopProduct',
    entityType: TYPE,
    input,
    replay,
    write: async (manager) => {
      const product = { reRatedOn: [], nextReRatingDue: null, crop: null, decisionNumber: null, lowEmissionCriteriaNote: null, ...fields };
      checkDates(product as OcopProduct);
      const repo = manager.getRepository(OcopProduct);
      const saved = await repo.save(repo.create({ ...product, organisationId: organisation.id, administrativeUnitId: unit.id }));
      await recordAudit(manager, ctx, { action: 'createOcopProduct', entityType: TYPE, entityId: saved.id, before: null, after: { ...saved } });
      return saved;
    },
  });
  return { ocopProduct: record, userErrors };
}

export async function updateOcopProduct(ctx: RequestContext, input: UpdateOcopProductInput): Promise<OcopProductResult> {
  const fields = checkedFields(input);
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'updateOcopProduct',
    entityType: TYPE,
    input,
    replay,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, OCOP_PRODUCTS, input.id);
      assertEditable(before, TYPE, input.expectedVersion);
      const repo = manager.getRepository(OcopProduct);
      const next = repo.merge(repo.create({ ...before }), fields);
      checkDates(next);
      const saved = await repo.save(next);
      await recordAudit(manager, ctx, { action: 'updateOcopProduct', entityType: TYPE, entityId: saved.id, before: { ...before }, after: { ...saved } });
      return saved;
    },
  });
  return { ocopProduct: record, userErrors };
}

export async function deleteOcopProduct(ctx: RequestContext, input: DeleteRecordInput): Promise<OcopProductResult> {
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'deleteOcopProduct',
    entityType: TYPE,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, OCOP_PRODUCTS, input.id);
      const after = await softDelete(manager, OcopProduct, TYPE, before, input.expectedVersion);
      if (after !== before) {
        await recordAudit(manager, ctx, { action: 'deleteOcopProduct', entityType: TYPE, entityId: after.id, before: { ...before }, after: { ...after } });
      }
      return after;
    },
  });
  return { ocopProduct: record, userErrors };
}
