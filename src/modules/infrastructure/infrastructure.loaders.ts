import { DataSource } from 'typeorm';
import { byIdLoader } from '../../core/loaders/by-id-loader';
import { InfrastructureWork } from './works/infrastructure-work.entity';

export function createInfrastructureLoaders(dataSource: DataSource) {
  return {
    infrastructureWorkById: byIdLoader(dataSource, InfrastructureWork),
  };
}

declare module '../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createInfrastructureLoaders> {}
}
