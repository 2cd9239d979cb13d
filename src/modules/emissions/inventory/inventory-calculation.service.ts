import { EntityManager, In } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { actorOf } from '../../../core/auth/principal';
import { RequestContext } from '../../../core/context';
import { LockedError } from '../../../core/errors/app-errors';
import { userError } from '../../../core/errors/user-error';
import { rejectWrite } from '../../../core/writes/record-writes';
import { runWrite } from '../../../core/writes/write-pipeline';
import { recordAudit } from '../../audit';
import { AdministrativeUnit, AdministrativeUnitKind } from '../../geography';
import { EmissionInventory } from './emission-inventory.entity';
import { InventoryLine } from './inventory-line.entity';
import { calculateRecords } from '../activity/calculate-records';
import { Scenario } from '../activity/activity-record.entity';
import { gatherInventoryInputs, type InventoryInputs } from './inventory-inputs';
import type { CalculationResult } from '../engine';
import { lockUnitYears } from './inventory-locks';
import { CalculateEmissionInventoryInput, EmissionInventoryPayload } from './inventory.inputs';
import { CURRENT_STATUSES, InventoryStatus, LOCKING_STATUSES } from './inventory-status';
import { totalsFromLines } from './inventory-bases';
import { roundKg } from './kg-column';

export async function currentInventory(
  manager: EntityManager,
  unitId: string,
  year: number,
  scenario: Scenario = Scenario.ACTUAL,
): Promise<EmissionInventory | null> {
  return manager.getRepository(EmissionInventory).findOne({ where: { administrativeUnitId: unitId, year, scenario, status: In(CURRENT_STATUSES) } });
}

/** A new DRAFT version; an unsubmitted previous version is kept as SUPERSEDED. */
export async function calculateEmissionInventory(ctx: RequestContext, input: CalculateEmissionInventoryInput): Promise<EmissionInventoryPayload> {
  const failed = (field: string, code: string, message: string) => ({ emissionInventory: null, userErrors: [userError(field, code, message)] });
  const unit = await ctx.dataSource.getRepository(AdministrativeUnit).findOneBy({ code: input.administrativeUnitCode.trim() });
  if (!unit || unit.kind === AdministrativeUnitKind.PROVINCE) {
    return failed('administrativeUnitCode', 'NOT_FOUND', `No commune or ward has code ${input.administrativeUnitCode}`);
  }
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'calculateEmissionInventory',
    entityType: 'EmissionInventory',
    unit: { id: unit.id, name: unit.name, field: 'input.administrativeUnitCode' },
    write: async (manager) => {
      await lockUnitYears(manager, [{ unitId: unit.id, year: input.year }]);
      const scenario = input.scenario ?? Scenario.ACTUAL;
      const current = await currentInventory(manager, unit.id, input.year, scenario);
      if (current && LOCKING_STATUSES.includes(current.status)) {
        throw new LockedError(
          `The ${input.year} ${scenario} inventory of ${unit.name} is ${current.status.toLowerCase()}; a province officer must reopen it first`,
        );
      }
      const inputs = await gatherInventoryInputs(manager, {
        administrativeUnitId: unit.id,
        year: input.year,
        factorSet: input.factorSet,
        gwpSet: input.gwpSet,
        climateZone: input.climateZone,
        region: input.region,
        scenario,
      });
      if (inputs.records.length === 0) rejectWrite('year', 'NO_ACTIVITY_DATA', `${unit.name} has no ${scenario} activity records for ${input.year}`);
      const result = await calculateRecords(ctx, { ...inputs.settings, factorSet: inputs.factorSet }, inputs.records);

      if (current) await manager.getRepository(EmissionInventory).update(current.id, { status: InventoryStatus.SUPERSEDED });
      const saved = await writeInventoryVersion(manager, ctx, { unitId: unit.id, year: input.year, scenario, status: InventoryStatus.DRAFT, inputs, result });
      await recordAudit(manager, ctx, {
        action: 'calculateEmissionInventory',
        entityType: 'EmissionInventory',
        entityId: saved.id,
        before: current ? { status: current.status, version: current.version } : null,
        after: {
          scenario: saved.scenario,
          version: saved.version,
          status: saved.status,
          factorSet: saved.factorSet,
          gwpSet: saved.gwpSet,
          inputHash: saved.inputHash,
          totalCo2eKg: saved.totalCo2eKg,
        },
      });
      return saved;
    },
  });
  return { emissionInventory: record, userErrors };
}

/** Stores a new version of a unit-year-scenario inventory with its lines; totals are the exact sums of the stored lines. */
export async function writeInventoryVersion(
  manager: EntityManager,
  ctx: RequestContext,
  version: { unitId: string; year: number; scenario: Scenario; status: InventoryStatus; inputs: InventoryInputs; result: CalculationResult },
): Promise<EmissionInventory> {
  const { unitId, year, scenario, status, inputs, result } = version;
  const inventories = manager.getRepository(EmissionInventory);
  const [{ max }] = await manager.query(
    'SELECT COALESCE(MAX(version), 0) AS max FROM emission_inventory WHERE administrative_unit_id = $1 AND year = $2 AND scenario = $3',
    [unitId, year, scenario],
  );
  const inventory = await inventories.save(
    inventories.create({
      administrativeUnitId: unitId,
      year,
      scenario,
      version: Number(max) + 1,
      status,
      factorSet: inputs.factorSet.code,
      factorSetChain: inputs.factorSet.chain,
      gwpSet: inputs.settings.gwpSet,
      climateZone: inputs.settings.climateZone,
      region: inputs.settings.region,
      method: result.method,
      inputHash: inputs.inputHash,
      totalCo2eKg: 0,
      emissionsCo2eKg: 0,
      removalsCo2eKg: 0,
      indirectEnergyCo2eKg: 0,
      uncertainty: result.uncertainty,
      warnings: result.warnings,
      factorsUsed: result.factorsUsed,
      recordVersions: Object.fromEntries(inputs.records.map((r) => [r.id, r.version])),
      calculatedById: actorOf(ctx.principal).actorId,
      statusReason: null,
    }),
  );
  await manager.getRepository(InventoryLine).insert(
    result.lines.map((line, lineNo) => ({
      inventoryId: inventory.id,
      lineNo,
      activityRecordId: inputs.records[line.activityIndex].id,
      cropCode: inputs.records[line.activityIndex].cropCode,
      category: line.category,
      categoryName: line.categoryName,
      gas: line.gas,
      kind: line.kind,
      massKg: roundKg(line.massKg),
      co2eKg: roundKg(line.co2eKg),
      details: line.details,
      factorKeys: line.uncertainty.factorKeys,
      activityDataUncertaintyPct: line.uncertainty.activityDataPct,
      uncertaintyPct: line.uncertainty.pct,
      uncertaintyLowerPct: line.uncertainty.lowerPct,
      uncertaintyUpperPct: line.uncertainty.upperPct,
    })) as QueryDeepPartialEntity<InventoryLine>[],
  );
  await totalsFromLines(manager, 'emission_inventory', 'inventory_line', inventory.id);
  return inventories.findOneByOrFail({ id: inventory.id });
}
