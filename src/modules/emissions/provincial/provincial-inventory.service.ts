import { EntityManager, In } from 'typeorm';
import { RequestContext } from '../../../core/context';
import { canonicalHash } from '../../../core/canonical-json';
import { ConflictError, LockedError, NotFoundError } from '../../../core/errors/app-errors';
import { ConnectionResult } from '../../../core/relay/connection';
import { decodeGlobalId } from '../../../core/relay/global-id';
import { PageArgs, paginate } from '../../../core/relay/pagination';
import { rejectWrite } from '../../../core/writes/record-writes';
import { runWrite } from '../../../core/writes/write-pipeline';
import { recordAudit } from '../../audit';
import { AdministrativeUnit, communesAndWards } from '../../geography';
import { EmissionInventory } from '../inventory/emission-inventory.entity';
import { Scenario } from '../activity/activity-record.entity';
import { totalsFromLines } from '../inventory/inventory-bases';
import { CURRENT_STATUSES, InventoryStatus } from '../inventory/inventory-status';
import { resolveFactorSetCode } from '../factor-sets/factor-set.service';
import { calculationMethod, type FactorUse } from '../engine';
import { MissingCommune, ProvincialInventory, ProvincialInventoryStatus } from './provincial-inventory.entity';
import { CompileProvincialInventoryInput, ProvincialInventoryFilter, ProvincialInventoryPayload } from './provincial-inventory.types';
import { onProvincialInventoryVerified } from './provincial-verified-hook';
import { applyProvincialUncertainty } from './provincial-uncertainty';
import { selectOnly } from '../../../core/relay/selected-columns';

const TYPE = 'ProvincialInventory';

async function lockYear(manager: EntityManager, year: number): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`provincial_inventory:${year}`]);
}

/** Which verified commune inventories go in, and which communes are missing and why. */
async function selectCommuneInventories(manager: EntityManager, year: number, factorSet: string, gwpSet: string) {
  const units = await communesAndWards(manager);
  const current = await manager.getRepository(EmissionInventory).find({ where: { year, scenario: Scenario.ACTUAL, status: In(CURRENT_STATUSES) } });
  const byUnit = new Map(current.map((inv) => [inv.administrativeUnitId, inv]));
  const included: { unit: AdministrativeUnit; inventory: EmissionInventory }[] = [];
  const missing: MissingCommune[] = [];
  for (const unit of units) {
    const inventory = byUnit.get(unit.id);
    if (!inventory) missing.push({ code: unit.code, name: unit.name, reason: 'NO_INVENTORY' });
    else if (inventory.status !== InventoryStatus.VERIFIED) missing.push({ code: unit.code, name: unit.name, reason: 'NOT_VERIFIED' });
    else if (inventory.factorSet !== factorSet || inventory.gwpSet !== gwpSet) missing.push({ code: unit.code, name: unit.name, reason: 'OTHER_FACTOR_SET' });
    else included.push({ unit, inventory });
  }
  return { included, missing };
}

function distinctFactors(uses: FactorUse[]): FactorUse[] {
  const byKey = new Map<string, FactorUse>();
  for (const use of uses) if (!byKey.has(use.key)) byKey.set(use.key, use);
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export async function compileProvincialInventory(ctx: RequestContext, input: CompileProvincialInventoryInput): Promise<ProvincialInventoryPayload> {
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'compileProvincialInventory',
    entityType: TYPE,
    write: async (manager) => {
      const factorSet = await resolveFactorSetCode(manager, input.factorSet, 'input.factorSet');
      await lockYear(manager, input.year);
      const repo = manager.getRepository(ProvincialInventory);
      const current = await repo.findOne({ where: { year: input.year, status: In([ProvincialInventoryStatus.DRAFT, ProvincialInventoryStatus.VERIFIED]) } });
      if (current?.status === ProvincialInventoryStatus.VERIFIED) {
        throw new LockedError(`The provincial inventory for ${input.year} is verified; reopen it first`);
      }
      const { included, missing } = await selectCommuneInventories(manager, input.year, factorSet.code, input.gwpSet);
      if (included.length === 0) {
        rejectWrite('year', 'NO_VERIFIED_INVENTORIES', `No commune has a verified ${input.year} inventory with ${factorSet.code} and ${input.gwpSet}`);
      }
      if (current) await repo.update(current.id, { status: ProvincialInventoryStatus.SUPERSEDED });
      const [{ max, replaced }] = await manager.query(
        `SELECT COALESCE(MAX(version), 0) AS max, MAX(version) FILTER (WHERE status = 'REOPENED') AS replaced FROM provincial_inventory WHERE year = $1`,
        [input.year],
      );
      const inventories = included.map((i) => i.inventory);
      const saved = await repo.save(
        repo.create({
          year: input.year,
          version: Number(max) + 1,
          replacesVersion: replaced === null ? null : Number(replaced),
          status: ProvincialInventoryStatus.DRAFT,
          factorSet: factorSet.code,
          factorSetChain: factorSet.chain,
          gwpSet: input.gwpSet,
          // Said once for all communes: the union of the factors they used (a country set names its own).
          method: calculationMethod(factorSet.chain, factorSet.gaps, input.gwpSet, distinctFactors(inventories.flatMap((i) => i.factorsUsed))),
          communeInventoryIds: inventories.map((i) => i.id),
          communesIncluded: included.map((i) => i.unit.code),
          communesMissing: missing,
          inputHash: canonicalHash(inventories.map((i) => ({ id: i.id, inputHash: i.inputHash, total: i.totalCo2eKg }))),
          totalCo2eKg: 0,
          emissionsCo2eKg: 0,
          removalsCo2eKg: 0,
          indirectEnergyCo2eKg: 0,
          uncertainty: null,
          verifiedAt: null,
          verifiedById: null,
          statusReason: null,
        }),
      );
      await sumCommuneLines(manager, saved.id, saved.communeInventoryIds);
      await applyProvincialUncertainty(
        manager,
        saved.id,
        saved.communeInventoryIds,
        inventories.flatMap((i) => i.factorsUsed),
      );
      const after = await repo.findOneByOrFail({ id: saved.id });
      await recordAudit(manager, ctx, {
        action: 'compileProvincialInventory',
        entityType: 'ProvincialInventory',
        entityId: after.id,
        after: {
          year: after.year,
          version: after.version,
          factorSet: after.factorSet,
          gwpSet: after.gwpSet,
          communesIncluded: after.communesIncluded,
          totalCo2eKg: after.totalCo2eKg,
        },
      });
      return after;
    },
  });
  return { provincialInventory: record, userErrors };
}

/** Provincial lines and totals are exact decimal sums (PostgreSQL numeric) of the communes' stored lines. */
async function sumCommuneLines(manager: EntityManager, inventoryId: string, communeInventoryIds: string[]): Promise<void> {
  await manager.query(
    `INSERT INTO provincial_inventory_line (inventory_id, line_no, category, category_name, gas, kind, mass_kg, co2e_kg)
     SELECT $1, (ROW_NUMBER() OVER (ORDER BY category, gas, kind))::int - 1, category, MIN(category_name), gas, kind, SUM(mass_kg), SUM(co2e_kg)
       FROM inventory_line WHERE inventory_id = ANY($2) GROUP BY category, gas, kind`,
    [inventoryId, communeInventoryIds],
  );
  await totalsFromLines(manager, 'provincial_inventory', 'provincial_inventory_line', inventoryId);
}

async function loadForUpdate(manager: EntityManager, globalId: string): Promise<ProvincialInventory> {
  const id = decodeGlobalId(globalId, 'ProvincialInventory', 'input.id');
  const found = await manager.getRepository(ProvincialInventory).findOneBy({ id });
  if (!found) throw new NotFoundError('ProvincialInventory', globalId);
  await lockYear(manager, found.year);
  return manager.getRepository(ProvincialInventory).findOneByOrFail({ id });
}

const refuseStatus = (inventory: ProvincialInventory, wanted: string): never =>
  rejectWrite('id', 'INVALID_STATUS', `The inventory is ${inventory.status}; it must be ${wanted}`);

/** Verifying locks it and, in the same transaction, queues its delivery to the national inventory. */
export async function verifyProvincialInventory(ctx: RequestContext, globalId: string): Promise<ProvincialInventoryPayload> {
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'verifyProvincialInventory',
    entityType: TYPE,
    write: async (manager) => {
      const inventory = await loadForUpdate(manager, globalId);
      if (inventory.status !== ProvincialInventoryStatus.DRAFT) refuseStatus(inventory, 'DRAFT');
      const stillVerified = await manager.getRepository(EmissionInventory).countBy({ id: In(inventory.communeInventoryIds), status: InventoryStatus.VERIFIED });
      if (stillVerified !== inventory.communeInventoryIds.length) {
        throw new ConflictError('A commune inventory in this compilation was reopened; compile again', 'STALE_INPUTS');
      }
      const repo = manager.getRepository(ProvincialInventory);
      await repo.update(inventory.id, {
        status: ProvincialInventoryStatus.VERIFIED,
        verifiedAt: new Date(),
        verifiedById: ctx.principal.kind === 'USER' ? ctx.principal.userId : null,
      });
      const after = await repo.findOneByOrFail({ id: inventory.id });
      await recordAudit(manager, ctx, {
        action: 'verifyProvincialInventory',
        entityType: 'ProvincialInventory',
        entityId: after.id,
        before: { status: inventory.status },
        after: { status: after.status },
      });
      await onProvincialInventoryVerified(manager, ctx, after);
      return after;
    },
  });
  return { provincialInventory: record, userErrors };
}

export async function reopenProvincialInventory(ctx: RequestContext, globalId: string, reason: string): Promise<ProvincialInventoryPayload> {
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'reopenProvincialInventory',
    entityType: TYPE,
    write: async (manager) => {
      const inventory = await loadForUpdate(manager, globalId);
      if (inventory.status !== ProvincialInventoryStatus.VERIFIED) refuseStatus(inventory, 'VERIFIED');
      const repo = manager.getRepository(ProvincialInventory);
      await repo.update(inventory.id, { status: ProvincialInventoryStatus.REOPENED, statusReason: reason });
      const after = await repo.findOneByOrFail({ id: inventory.id });
      await recordAudit(manager, ctx, {
        action: 'reopenProvincialInventory',
        entityType: 'ProvincialInventory',
        entityId: after.id,
        before: { status: inventory.status },
        after: { status: after.status, statusReason: reason },
      });
      return after;
    },
  });
  return { provincialInventory: record, userErrors };
}

/** Verified inventories are public; drafts and history are for the province. */
export function listProvincialInventories(
  ctx: RequestContext,
  page: PageArgs,
  filter: ProvincialInventoryFilter | null | undefined,
  seesDrafts: boolean,
  /** The column properties to read (see selectedColumns); null or omitted: all. */
  columns: string[] | null = null,
): Promise<ConnectionResult<ProvincialInventory>> {
  const query = ctx.dataSource.getRepository(ProvincialInventory).createQueryBuilder('p');
  selectOnly(query, columns);
  if (!seesDrafts) query.andWhere('p.status = :verified', { verified: ProvincialInventoryStatus.VERIFIED });
  if (filter?.year) query.andWhere('p.year = :year', { year: filter.year });
  if (filter?.status) query.andWhere('p.status = :status', { status: filter.status });
  return paginate(query, page, 'p.id', (p) => p.id);
}
