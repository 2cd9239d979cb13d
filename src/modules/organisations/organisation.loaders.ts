import { DataSource } from 'typeorm';
import { byIdLoader } from '../../core/loaders/by-id-loader';
import { Organisation } from './organisation.entity';

export function createOrganisationLoaders(dataSource: DataSource) {
  return {
    organisationById: byIdLoader(dataSource, Organisation),
  };
}

declare module '../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createOrganisationLoaders> {}
}
