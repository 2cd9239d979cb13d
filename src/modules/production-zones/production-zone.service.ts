import { EntityManager, In } from 'typeorm';
import { assertMayWriteRegister } from '../../core/auth/register-writers';
import { lockForWrite } from '../../core/auth/references';
import { RequestContext } from '../../core/context';
import { BadUserInputError } from '../../core/errors/app-errors';
import { UserError } from '../../core/errors/user-error';
import { DeleteRecordInput } from '../../core/input/record-inputs';
import { decodeGlobalId } from '../../core/relay/global-id';
import { assertEditable, rejectWrite, softDelete } from '../../core/writes/record-writes';
import { runWrite } from '../../core/writes/write-pipeline';
import { recordAudit } from '../audit';
import { AdministrativeUnit } from '../geography';
import { PRODUCTION_ZONES, zoneWrite } from './production-zone-access';
import { ZoneFields, checkStatusDates, checkedFields, criteriaSetOf, organisationLinks, zoneUnits } from './production-zone-fields';
import { ProductionZone } from './production-zone.entity';
import { ProductionZoneStatus, ZONE_TRANSITIONS } from './production-zone.enums';
import { CreateProductionZoneInput, UpdateProductionZoneInput } from './production-zone.inputs';

export interface ProductionZoneResult {
  productionZone: ProductionZone | null;
  userErrors: UserError[];
}

const TYPE = 'ProductionZone';
const UNITS_FIELD = 'input.administrativeUnitCodes';
const UNIQUE_INDEXES = { UQ_production_zone_live_code: 'code' };

async function assertCodeFree(manager: EntityManager, code: string | undefined, exceptId: string | null): Promise<void> {
  if (!code) return;
  const clash = await manager
    .getRepository(ProductionZone)
    .createQueryBuilder('z')
    .where('z.code = :code AND z.deleted_at IS NULL', { code })
    .andWhere(exceptId ? 'z.id <> :exceptId' : 'TRUE', { exceptId })
    .getExists();
  if (clash) rejectWrite('code', 'TAKEN', `Another production zone already has code ${code}`);
}

/** The communes a stored zone spans, as register units (for the write rule on update and delete). */
async function storedUnits(manager: EntityManager, zone: ProductionZone) {
  const units = await manager.getRepository(AdministrativeUnit).findBy({ id: In(zone.administrativeUnitIds) });
  return units.map((u) => ({ id: u.id, name: u.name, field: 'input.id' }));
}

const replay = (manager: EntityManager, id: string) => manager.getRepository(ProductionZone).findOneBy({ id });

export async function createProductionZone(ctx: RequestContext, input: CreateProductionZoneInput): Promise<ProductionZoneResult> {
  const units = await zoneUnits(ctx.dataSource, input.administrativeUnitCodes, UNITS_FIELD);
  await assertMayWriteRegister(ctx, zoneWrite(ctx.dataSource, units, UNITS_FIELD));
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'createProductionZone',
    entityType: TYPE,
    input,
    uniqueIndexes: UNIQUE_INDEXES,
    replay,
    prepare: () => {
      const zone: ZoneFields = {
        status: ProductionZoneStatus.PLANNED,
        formingOn: null,
        establishedOn: null,
        dissolvedOn: null,
        boundary: null,
        memberOrganisationIds: [],
        enterpriseLinks: [],
        criteriaSetId: null,
        ...checkedFields(input),
        administrativeUnitIds: units.map((u) => u.id),
      };
      if (zone.status === ProductionZoneStatus.DISSOLVED)
        throw new BadUserInputError('A zone is not registered DISSOLVED', 'input.status', 'INVALID_TRANSITION');
      checkStatusDates(zone);
      return Promise.resolve(zone);
    },
    write: async (manager, zone) => {
      const links = await organisationLinks(ctx, manager, input);
      const criteriaSetId = input.criteriaSetId ? await criteriaSetOf(ctx, manager, input.criteriaSetId, zone.crop!) : null;
      await assertCodeFree(manager, zone.code, null);
      const repo = manager.getRepository(ProductionZone);
      const saved = await repo.save(repo.create({ ...zone, ...links, criteriaSetId }));
      await recordAudit(manager, ctx, { action: 'createProductionZone', entityType: TYPE, entityId: saved.id, before: null, after: { ...saved } });
      return saved;
    },
  });
  return { productionZone: record, userErrors };
}

export async function updateProductionZone(ctx: RequestContext, input: UpdateProductionZoneInput): Promise<ProductionZoneResult> {
  const id = decodeGlobalId(input.id, TYPE, 'input.id');
  const checked = checkedFields(input);
  const newUnits = input.administrativeUnitCodes != null ? await zoneUnits(ctx.dataSource, input.administrativeUnitCodes, UNITS_FIELD) : null;
  if (newUnits) await assertMayWriteRegister(ctx, zoneWrite(ctx.dataSource, newUnits, UNITS_FIELD));
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'updateProductionZone',
    entityType: TYPE,
    input,
    uniqueIndexes: UNIQUE_INDEXES,
    replay,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, PRODUCTION_ZONES, input.id);
      assertEditable(before, TYPE, input.expectedVersion);
      await assertMayWriteRegister(ctx, zoneWrite(manager, await storedUnits(manager, before), 'input.id'));
      if (checked.status && checked.status !== before.status && !ZONE_TRANSITIONS[before.status].includes(checked.status)) {
        throw new BadUserInputError(`A ${before.status} zone cannot become ${checked.status}`, 'input.status', 'INVALID_TRANSITION');
      }
      const fields: ZoneFields = { ...checked, ...(await organisationLinks(ctx, manager, input)) };
      if (newUnits) fields.administrativeUnitIds = newUnits.map((u) => u.id);
      const crop = fields.crop ?? before.crop;
      if (input.criteriaSetId !== undefined) fields.criteriaSetId = input.criteriaSetId ? await criteriaSetOf(ctx, manager, input.criteriaSetId, crop) : null;
      else if (fields.crop && fields.crop !== before.crop && before.criteriaSetId) {
        throw new BadUserInputError(
          'The zone produces to a criteria set of its crop: change or clear criteriaSetId with the crop',
          'input.crop',
          'CROP_MISMATCH',
        );
      }
      checkStatusDates({ ...before, ...fields });
      await assertCodeFree(manager, fields.code, id);
      const repo = manager.getRepository(ProductionZone);
      const saved = await repo.save(repo.merge(repo.create({ ...before }), fields));
      await recordAudit(manager, ctx, { action: 'updateProductionZone', entityType: TYPE, entityId: id, before: { ...before }, after: { ...saved } });
      return saved;
    },
  });
  return { productionZone: record, userErrors };
}

export async function deleteProductionZone(ctx: RequestContext, input: DeleteRecordInput): Promise<ProductionZoneResult> {
  const id = decodeGlobalId(input.id, TYPE, 'input.id');
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'deleteProductionZone',
    entityType: TYPE,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, PRODUCTION_ZONES, input.id);
      if (!before.deletedAt) await assertMayWriteRegister(ctx, zoneWrite(manager, await storedUnits(manager, before), 'input.id'));
      const after = await softDelete(manager, ProductionZone, TYPE, before, input.expectedVersion);
      if (after !== before) {
        await recordAudit(manager, ctx, { action: 'deleteProductionZone', entityType: TYPE, entityId: id, before: { ...before }, after: { ...after } });
      }
      return after;
    },
  });
  return { productionZone: record, userErrors };
}
