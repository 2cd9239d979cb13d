import { EntityManager } from 'typeorm';
import { lockForWrite } from '../../core/auth/references';
import { RequestContext } from '../../core/context';
import { BadUserInputError } from '../../core/errors/app-errors';
import { UserError } from '../../core/errors/user-error';
import { decodeGlobalId } from '../../core/relay/global-id';
import { PageArgs } from '../../core/relay/pagination';
import { OrderDirection, RecordSort, SyncedConnectionResult, listRecords } from '../../core/relay/synced-list';
import { assertEditable } from '../../core/writes/record-writes';
import { runWrite } from '../../core/writes/write-pipeline';
import { recordAudit } from '../audit';
import { GwpSetCode } from '../emissions';
import { communeByCode, cropCode } from '../field-records';
import { replaceFileLinks, resolveFiles } from '../files';
import { AdministrativeUnit } from '../geography';
import { assertKeyBound, assertMayWriteForOrganisation, PRODUCT_LOTS } from './lot-access';
import { generateLotCode } from './lot-code';
import { externalIdOf, harvestPeriod, linkedRecords, lotQuantity, organisationOf, zoneOf } from './lot-fields';
import { lotIntensity } from './lot-intensity';
import { ProductLotEvent } from './product-lot-event.entity';
import { ProductLot } from './product-lot.entity';
import { LOT_PRODUCTS, LotEventKind, LotOrigin } from './product-lot.enums';
import {
  ProductLotFields,
  ProductLotFilter,
  ProductLotOrder,
  ProductLotOrderField,
  RegisterProductLotInput,
  UpdateProductLotInput,
} from './product-lot.inputs';

export interface ProductLotResult {
  productLot: ProductLot | null;
  userErrors: UserError[];
}

export const LOT_TYPE = 'ProductLot';
/** Unique index names → the input field a duplicate is reported on. */
export const LOT_UNIQUE_INDEXES = { UQ_product_lot_code: 'code', UQ_product_lot_live_external_id: 'externalId' };

const replay = (manager: EntityManager, id: string) => manager.getRepository(ProductLot).findOneBy({ id });

/** Builds and stores a new lot from checked fields (registration and import rows): lot, harvest event, audit. */
export async function insertLot(
  ctx: RequestContext,
  manager: EntityManager,
  unit: AdministrativeUnit,
  input: ProductLotFields,
  prefix: string,
  action: string,
  fileIds: string[] = [],
): Promise<ProductLot> {
  const crop = LOT_PRODUCTS[input.product].crop;
  const period = harvestPeriod(input.harvestFrom, input.harvestTo, prefix);
  const quantityKg = lotQuantity(input.quantityKg, `${prefix}.quantityKg`);
  const externalId = externalIdOf(input.externalId, `${prefix}.externalId`);
  const organisation = await organisationOf(ctx, manager, input.organisationId, `${prefix}.organisationId`);
  assertMayWriteForOrganisation(ctx, organisation.id, `${prefix}.organisationId`);
  const lot = { administrativeUnitId: unit.id, crop, ...period };
  const zone = input.zoneId ? await zoneOf(ctx, manager, input.zoneId, lot, `${prefix}.zoneId`) : null;
  const records = await linkedRecords(ctx, manager, input.activityRecordIds, lot, `${prefix}.activityRecordIds`);
  const intensity = await lotIntensity(ctx, manager, records, quantityKg, input.factorSet, input.gwpSet, `${prefix}.factorSet`);
  const repo = manager.getRepository(ProductLot);
  const saved = await repo.save(
    repo.create({
      ...lot,
      ...intensity,
      code: generateLotCode(unit.code, period.harvestYear),
      externalId,
      product: input.product,
      origin: LotOrigin.HARVEST,
      organisationId: organisation.id,
      zoneId: zone?.id ?? null,
      quantityKg,
      balanceKg: quantityKg,
      activityRecordIds: records.map((r) => r.id),
      parentLotIds: [],
    }),
  );
  await manager.getRepository(ProductLotEvent).insert({
    lotId: saved.id,
    kind: LotEventKind.HARVESTED,
    quantityKg,
    balanceChangeKg: quantityKg,
    date: period.harvestTo,
    partyOrganisationId: organisation.id,
    partyName: organisation.name,
    relatedLotIds: [],
  });
  const after = fileIds.length ? { ...saved, fileIds } : { ...saved };
  await recordAudit(manager, ctx, { action, entityType: LOT_TYPE, entityId: saved.id, before: null, after });
  return saved;
}

export async function registerProductLot(ctx: RequestContext, input: RegisterProductLotInput): Promise<ProductLotResult> {
  assertKeyBound(ctx);
  const unit = await communeByCode(ctx.dataSource, input.administrativeUnitCode, 'input.administrativeUnitCode');
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'registerProductLot',
    entityType: LOT_TYPE,
    input,
    unit: { ...unit, field: 'input.administrativeUnitCode' },
    uniqueIndexes: LOT_UNIQUE_INDEXES,
    replay,
    write: async (manager) => {
      const files = await resolveFiles(ctx, manager, input.fileIds ?? [], 'input.fileIds');
      const saved = await insertLot(
        ctx,
        manager,
        unit,
        input,
        'input',
        'registerProductLot',
        files.map((file) => file.id),
      );
      await replaceFileLinks(manager, LOT_TYPE, saved.id, files);
      return saved;
    },
  });
  return { productLot: record, userErrors };
}

/** Whether the lot is still as registered: a harvest lot whose only event is its harvest. */
export async function asRegistered(manager: EntityManager, lot: ProductLot): Promise<boolean> {
  if (lot.origin !== LotOrigin.HARVEST) return false;
  const events = await manager.getRepository(ProductLotEvent).countBy({ lotId: lot.id });
  return events <= 1;
}

export async function updateProductLot(ctx: RequestContext, input: UpdateProductLotInput): Promise<ProductLotResult> {
  assertKeyBound(ctx);
  const id = decodeGlobalId(input.id, LOT_TYPE, 'input.id');
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'updateProductLot',
    entityType: LOT_TYPE,
    input,
    uniqueIndexes: LOT_UNIQUE_INDEXES,
    replay,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, PRODUCT_LOTS, input.id);
      assertEditable(before, LOT_TYPE, input.expectedVersion);
      const fields: Partial<ProductLot> = {};
      if (input.harvestFrom != null || input.harvestTo != null) {
        Object.assign(fields, harvestPeriod(input.harvestFrom ?? before.harvestFrom, input.harvestTo ?? before.harvestTo));
      }
      if (input.externalId !== undefined) fields.externalId = externalIdOf(input.externalId, 'input.externalId');
      if (input.organisationId != null) {
        fields.organisationId = (await organisationOf(ctx, manager, input.organisationId, 'input.organisationId')).id;
        assertMayWriteForOrganisation(ctx, fields.organisationId, 'input.organisationId');
      }
      const merged = { ...before, ...fields };
      if (input.zoneId !== undefined) fields.zoneId = input.zoneId === null ? null : (await zoneOf(ctx, manager, input.zoneId, merged, 'input.zoneId')).id;
      const recompute =
        input.quantityKg != null || input.activityRecordIds != null || input.factorSet != null || input.gwpSet != null || fields.harvestYear !== undefined;
      const files = input.fileIds != null ? await resolveFiles(ctx, manager, input.fileIds, 'input.fileIds') : null;
      if (files) {
        // The documents are part of the lot as registered: once custody starts they are fixed too.
        if (!(await asRegistered(manager, before))) {
          throw new BadUserInputError(
            'The lot has custody events or came from a split or merge: its files no longer change',
            'input.fileIds',
            'LOT_IN_CUSTODY',
          );
        }
        await replaceFileLinks(manager, LOT_TYPE, id, files);
      }
      if (recompute) {
        if (!(await asRegistered(manager, before))) {
          throw new BadUserInputError(
            'The lot has custody events or came from a split or merge: its quantity, records and intensity no longer change',
            input.quantityKg != null
              ? 'input.quantityKg'
              : input.activityRecordIds != null
                ? 'input.activityRecordIds'
                : fields.harvestYear !== undefined
                  ? 'input.harvestFrom'
                  : 'input.factorSet',
            'LOT_IN_CUSTODY',
          );
        }
        const quantityKg = input.quantityKg != null ? lotQuantity(input.quantityKg, 'input.quantityKg') : before.quantityKg;
        const ids = input.activityRecordIds ?? before.activityRecordGlobalIds;
        const records = await linkedRecords(ctx, manager, ids, merged, 'input.activityRecordIds');
        const intensity = await lotIntensity(
          ctx,
          manager,
          records,
          quantityKg,
          input.factorSet ?? before.factorSetCode!,
          input.gwpSet ?? (before.gwpSet as GwpSetCode),
          'input.factorSet',
        );
        Object.assign(fields, intensity, { quantityKg, balanceKg: quantityKg, activityRecordIds: records.map((r) => r.id) });
        if (quantityKg !== before.quantityKg) {
          await manager.getRepository(ProductLotEvent).update({ lotId: id, kind: LotEventKind.HARVESTED }, { quantityKg, balanceChangeKg: quantityKg });
        }
      }
      const repo = manager.getRepository(ProductLot);
      let saved = await repo.save(repo.merge(repo.create({ ...before }), fields));
      if (files && saved.version === before.version) {
        // Only the files changed: version and updatedAt still move on, so sync sees it.
        await manager.createQueryBuilder().update(ProductLot).set({ code: before.code }).where('id = :id', { id }).execute();
        saved = await repo.findOneByOrFail({ id });
      }
      const after = { ...saved, ...(files ? { fileIds: files.map((file) => file.id) } : {}) };
      await recordAudit(manager, ctx, { action: 'updateProductLot', entityType: LOT_TYPE, entityId: id, before: { ...before }, after });
      return saved;
    },
  });
  return { productLot: record, userErrors };
}

const SORTS: Record<ProductLotOrderField, Omit<RecordSort<ProductLot>, 'direction'>> = {
  CODE: { name: 'CODE', column: 'l.code', kind: 'text', value: (l) => l.code },
  HARVEST_FROM: { name: 'HARVEST_FROM', column: 'l.harvest_from', kind: 'date', value: (l) => l.harvestFrom },
  CREATED_AT: { name: 'CREATED_AT', column: 'l.created_at', kind: 'timestamp', value: (l) => l.createdAt.toISOString() },
  UPDATED_AT: { name: 'UPDATED_AT', column: 'l.updated_at', kind: 'timestamp', value: (l) => l.updatedAt.toISOString() },
};

export function listProductLots(
  ctx: RequestContext,
  page: PageArgs,
  filter: ProductLotFilter | null | undefined,
  orderBy: ProductLotOrder | null | undefined,
  updatedSince: Date | null | undefined,
): Promise<SyncedConnectionResult<ProductLot>> {
  const query = ctx.dataSource.getRepository(ProductLot).createQueryBuilder('l');
  if (filter?.administrativeUnitCode) {
    query.andWhere('l.administrative_unit_id = (SELECT id FROM administrative_unit WHERE code = :unitCode)', {
      unitCode: filter.administrativeUnitCode.trim(),
    });
  }
  if (filter?.crop) query.andWhere('l.crop = :crop', { crop: cropCode(filter.crop, 'filter.crop') });
  if (filter?.product) query.andWhere('l.product = :product', { product: filter.product });
  if (filter?.organisationId)
    query.andWhere('l.organisation_id = :organisationId', { organisationId: decodeGlobalId(filter.organisationId, 'Organisation', 'filter.organisationId') });
  if (filter?.zoneId) query.andWhere('l.zone_id = :zoneId', { zoneId: decodeGlobalId(filter.zoneId, 'ProductionZone', 'filter.zoneId') });
  if (filter?.harvestYear != null) query.andWhere('l.harvest_year = :harvestYear', { harvestYear: filter.harvestYear });
  const sort = { ...SORTS[orderBy?.field ?? ProductLotOrderField.CODE], direction: orderBy?.direction ?? OrderDirection.ASC };
  return listRecords(query, page, sort, updatedSince);
}
