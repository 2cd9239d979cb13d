import { Brackets } from 'typeorm';
import { ReferenceRule } from '../../../core/auth/references';
import { draftReadableUnits } from '../../../core/auth/unit-scope';
import { RequestContext } from '../../../core/context';
import { BadUserInputError, NotFoundError } from '../../../core/errors/app-errors';
import { ConnectionResult } from '../../../core/relay/connection';
import { decodeGlobalId, toGlobalId } from '../../../core/relay/global-id';
import { PageArgs, paginate } from '../../../core/relay/pagination';
import { AdministrativeUnit } from '../../geography';
import { FactorUse } from '../engine';
import { EmissionInventory } from './emission-inventory.entity';
import { InventoryLine } from './inventory-line.entity';
import { roundKg } from './kg-column';
import { EmissionInventoryDiff, EmissionInventoryFilter, FactorChange, InventoryLineChange } from './inventory.inputs';
import { CURRENT_STATUSES, InventoryStatus } from './inventory-status';

/** Verified inventories are published figures; the others are visible to their unit and the province. */
export function canReadInventory(ctx: RequestContext, inventory: Pick<EmissionInventory, 'status' | 'administrativeUnitId'>): boolean {
  if (inventory.status === InventoryStatus.VERIFIED) return true;
  const units = draftReadableUnits(ctx.principal);
  return units === 'ALL' || units.includes(inventory.administrativeUnitId);
}

/** Inventories as the subject of a workflow step: a draft of another unit does not exist for the caller. */
export const EMISSION_INVENTORIES: ReferenceRule<EmissionInventory> = {
  type: 'EmissionInventory',
  entity: EmissionInventory,
  unitOf: (inventory) => inventory.administrativeUnitId,
  canRead: canReadInventory,
};

export function listEmissionInventories(
  ctx: RequestContext,
  page: PageArgs,
  filter: EmissionInventoryFilter | null | undefined,
): Promise<ConnectionResult<EmissionInventory>> {
  const query = ctx.dataSource.getRepository(EmissionInventory).createQueryBuilder('inv');
  const units = draftReadableUnits(ctx.principal);
  if (units !== 'ALL') {
    query.andWhere(
      new Brackets((q) =>
        q.where('inv.status = :verified', { verified: InventoryStatus.VERIFIED }).orWhere('inv.administrative_unit_id = ANY(:units)', { units }),
      ),
    );
  }
  if (filter?.administrativeUnitCode) {
    query
      .innerJoin(AdministrativeUnit, 'unit', 'unit.id = inv.administrative_unit_id')
      .andWhere('unit.code = :code', { code: filter.administrativeUnitCode.trim() });
  }
  if (filter?.year) query.andWhere('inv.year = :year', { year: filter.year });
  if (filter?.status) query.andWhere('inv.status = :status', { status: filter.status });
  if (filter?.scenario) query.andWhere('inv.scenario = :scenario', { scenario: filter.scenario });
  if (!filter?.includeHistory) query.andWhere('inv.status IN (:...current)', { current: CURRENT_STATUSES });
  return paginate(query, page, 'inv.id', (inv) => inv.id);
}

export async function findVisibleInventory(ctx: RequestContext, globalId: string, field: string): Promise<EmissionInventory> {
  const inventory = await ctx.loaders.emissionInventoryById.load(decodeGlobalId(globalId, 'EmissionInventory', field));
  if (!inventory || !canReadInventory(ctx, inventory)) throw new NotFoundError('EmissionInventory', globalId);
  return inventory;
}

const lineKey = (line: InventoryLine) => `${line.activityRecordId}|${line.category}|${line.gas}|${line.kind}`;

/** Two versions of the same unit and year, compared line by line and factor by factor. */
export async function diffEmissionInventories(ctx: RequestContext, fromId: string, toId: string): Promise<EmissionInventoryDiff> {
  const from = await findVisibleInventory(ctx, fromId, 'fromId');
  const to = await findVisibleInventory(ctx, toId, 'toId');
  if (from.administrativeUnitId !== to.administrativeUnitId || from.year !== to.year || from.scenario !== to.scenario) {
    throw new BadUserInputError('Both inventories must be versions of the same unit, year and scenario', 'toId', 'DIFFERENT_INVENTORY');
  }
  const [fromLines, toLines] = (await ctx.loaders.inventoryLinesByInventory.loadMany([from.id, to.id])) as InventoryLine[][];
  const sums = new Map<string, { line: InventoryLine; from: number | null; to: number | null }>();
  for (const line of fromLines) sums.set(lineKey(line), { line, from: line.co2eKg, to: null });
  for (const line of toLines) {
    const entry = sums.get(lineKey(line));
    if (entry) entry.to = line.co2eKg;
    else sums.set(lineKey(line), { line, from: null, to: line.co2eKg });
  }
  const lines: InventoryLineChange[] = [...sums.values()]
    .filter((e) => e.from !== e.to)
    .map(({ line, from: a, to: b }) => ({
      activityRecordId: toGlobalId('ActivityRecord', line.activityRecordId),
      cropCode: line.cropCode,
      category: line.category,
      gas: line.gas,
      kind: line.kind,
      fromCo2eKg: a,
      toCo2eKg: b,
      deltaCo2eKg: roundKg((b ?? 0) - (a ?? 0)),
    }));
  return {
    from,
    to,
    totalDeltaCo2eKg: roundKg(to.totalCo2eKg - from.totalCo2eKg),
    lines,
    factorChanges: diffFactors(from.factorsUsed, to.factorsUsed),
  };
}

function diffFactors(before: FactorUse[], after: FactorUse[]): FactorChange[] {
  const a = new Map(before.map((f) => [f.key, f]));
  const b = new Map(after.map((f) => [f.key, f]));
  return [...new Set([...a.keys(), ...b.keys()])]
    .sort()
    .filter((key) => a.get(key)?.value !== b.get(key)?.value || a.get(key)?.source !== b.get(key)?.source)
    .map((key) => ({
      key,
      fromValue: a.get(key)?.value ?? null,
      toValue: b.get(key)?.value ?? null,
      fromSource: a.get(key)?.source ?? null,
      toSource: b.get(key)?.source ?? null,
    }));
}
