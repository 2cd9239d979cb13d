import { DataSource } from 'typeorm';
import { parseCommunesCsv } from '../modules/geography';
import { parseAppendix } from './appendix/parse-appendix';
import { loadAgencies } from './load-agencies';
import { loadGeography } from './load-geography';
import { loadPlan } from './load-plan';
import { SeedSources, readSeedSources } from './seed-sources';

export interface SeedSummary {
  administrativeUnits: number;
  agencies: number;
  tasks: number;
}

// Arbitrary constant: replicas starting together take turns loading instead of racing.
const SEED_LOCK_KEY = 66_2026_2035;

/**
 * Loads the official data in one transaction, idempotently: loading the same sources twice changes
 * no row. Everything is parsed before the first write, so bad source data changes nothing.
 */
export async function loadSeedData(dataSource: DataSource, sources: SeedSources = readSeedSources()): Promise<SeedSummary> {
  const communes = parseCommunesCsv(sources.communesCsv);
  const parsedPlan = parseAppendix(sources.appendixText, sources.agencyCatalogue);
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    const unitIds = await loadGeography(manager, sources.province, communes);
    const agencyIds = await loadAgencies(manager, sources.agencyCatalogue, communes, unitIds, sources.province.code);
    const { tasks } = await loadPlan(manager, sources.plan, parsedPlan, agencyIds);
    return { administrativeUnits: unitIds.size, agencies: agencyIds.size, tasks };
  });
}
