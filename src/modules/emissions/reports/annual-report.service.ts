import { EntityManager } from 'typeorm';
import { combine, factorUncertainties, type FactorUncertainty, type FactorUse } from '../engine';
import { roundKg } from '../inventory/kg-column';
import { communeLinePartials, type GroupPartial } from '../provincial/provincial-uncertainty';
import { ProvincialInventoryLine } from '../provincial/provincial-inventory-line.entity';
import { ProvincialInventory, ProvincialInventoryStatus } from '../provincial/provincial-inventory.entity';
import { AnnualEmissionReport, ReportCommuneRow, ReportCropRow } from './annual-report.types';
import { annualReductions } from './annual-reductions';

const cropUncertainty = (group: GroupPartial | undefined, factors: Map<string, FactorUncertainty>): number | null =>
  !group || group.unassessed > 0 ? null : combine(group.partial, factors).pct;

export const xlsxPathFor = (year: number) => `/reports/annual-emissions/${year}.xlsx`;

export function methodStatement(inventory: ProvincialInventory): string {
  const uncertainty = inventory.uncertainty ? ` Uncertainty: ${inventory.uncertainty.approach}.` : ' Uncertainty: not assessed for this version.';
  return `${inventory.method}. Factor set ${inventory.factorSetChain.join(' over ')}; GWP-100 ${inventory.gwpSet}.${uncertainty} Provincial inventory ${inventory.year} version ${inventory.version}, verified ${inventory.verifiedAt?.toISOString() ?? '-'}.`;
}

/** The report of the verified provincial inventory of the year (emissions and verified reductions), or null when none is verified. */
export async function annualEmissionReport(manager: EntityManager, year: number): Promise<AnnualEmissionReport | null> {
  const inventory = await manager.getRepository(ProvincialInventory).findOneBy({ year, status: ProvincialInventoryStatus.VERIFIED });
  if (!inventory) return null;
  const factorsUsed: FactorUse[] = [];
  const byCategory = await manager.getRepository(ProvincialInventoryLine).find({ where: { inventoryId: inventory.id }, order: { lineNo: 'ASC' } });
  const byCommune: ReportCommuneRow[] = (
    await manager.query(
      `SELECT u.code, u.name, i.version, i.emissions_co2e_kg, i.removals_co2e_kg, i.total_co2e_kg, i.indirect_energy_co2e_kg,
              (i.uncertainty->'total'->>'pct')::float8 AS uncertainty_pct, i.factors_used
         FROM emission_inventory i JOIN administrative_unit u ON u.id = i.administrative_unit_id
        WHERE i.id = ANY($1) ORDER BY u.code`,
      [inventory.communeInventoryIds],
    )
  ).map((r: Record<string, string> & { factors_used: FactorUse[]; uncertainty_pct: number | null }) => {
    factorsUsed.push(...r.factors_used);
    return {
      administrativeUnitCode: r.code,
      name: r.name,
      inventoryVersion: Number(r.version),
      emissionsCo2eKg: Number(r.emissions_co2e_kg),
      removalsCo2eKg: Number(r.removals_co2e_kg),
      totalCo2eKg: Number(r.total_co2e_kg),
      indirectEnergyCo2eKg: Number(r.indirect_energy_co2e_kg),
      uncertaintyPct: r.uncertainty_pct,
    };
  });
  const factors = factorUncertainties(factorsUsed).byKey;
  const cropPartials = (await communeLinePartials(manager, inventory.communeInventoryIds, 'crop_code', "kind <> 'INDIRECT'")).groups;
  // Area counts each record once, whatever number of lines it produced.
  const byCrop: ReportCropRow[] = (
    await manager.query(
      `SELECT l.crop_code,
              (SELECT COALESCE(SUM(r.area_ha), 0) FROM activity_record r
                WHERE r.id IN (SELECT DISTINCT activity_record_id FROM inventory_line x WHERE x.inventory_id = ANY($1) AND x.crop_code = l.crop_code)) AS area,
              COALESCE(SUM(l.co2e_kg) FILTER (WHERE l.kind = 'EMISSION'), 0) AS emissions,
              COALESCE(SUM(l.co2e_kg) FILTER (WHERE l.kind = 'REMOVAL'), 0) AS removals
         FROM inventory_line l WHERE l.inventory_id = ANY($1) GROUP BY l.crop_code ORDER BY l.crop_code`,
      [inventory.communeInventoryIds],
    )
  ).map((r: Record<string, string>) => {
    const total = Number(r.emissions) + Number(r.removals);
    const area = Number(r.area);
    return {
      cropCode: r.crop_code,
      areaHa: area,
      emissionsCo2eKg: Number(r.emissions),
      removalsCo2eKg: Number(r.removals),
      totalCo2eKg: roundKg(total),
      co2ePerHa: area > 0 ? total / area : null,
      uncertaintyPct: cropUncertainty(cropPartials.get(r.crop_code), factors),
    };
  });
  return {
    year,
    provincialInventory: inventory,
    methodStatement: methodStatement(inventory),
    uncertainty: inventory.uncertainty,
    byCategory,
    byCommune,
    byCrop,
    missingCommunes: inventory.communesMissing,
    ...(await annualReductions(manager, inventory)),
    xlsxPath: xlsxPathFor(year),
  };
}
