import { DataSource } from 'typeorm';
import { byIdLoader } from '../../../core/loaders/by-id-loader';
import { Material } from './material.entity';

export function createMaterialLoaders(dataSource: DataSource) {
  return {
    materialById: byIdLoader(dataSource, Material),
  };
}

declare module '../../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createMaterialLoaders> {}
}
