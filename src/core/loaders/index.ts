import { DataSource } from 'typeorm';
import { createAgencyLoaders } from '../../modules/agencies/agency.loaders';
import { createGeographyLoaders } from '../../modules/geography/geography.loaders';
import { createIdentityLoaders } from '../../modules/identity/identity.loaders';
import { createPlanLoaders } from '../../modules/plan/plan.loaders';

/** One fresh set per request, so batching never leaks data between principals. */
export function createLoaders(dataSource: DataSource) {
  return {
    ...createGeographyLoaders(dataSource),
    ...createAgencyLoaders(dataSource),
    ...createPlanLoaders(dataSource),
    ...createIdentityLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
