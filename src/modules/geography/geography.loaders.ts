import { DataSource, In } from 'typeorm';
import { byIdLoader, groupedLoader } from '../../core/loaders/by-id-loader';
import { AdministrativeUnit } from './administrative-unit.entity';

export function createGeographyLoaders(dataSource: DataSource) {
  const units = dataSource.getRepository(AdministrativeUnit);
  return {
    unitById: byIdLoader(dataSource, AdministrativeUnit),
    unitsByParent: groupedLoader(
      (parentIds) => units.find({ where: { parentId: In([...parentIds]) }, order: { code: 'ASC' } }),
      (unit) => unit.parentId!,
    ),
  };
}

declare module '../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createGeographyLoaders> {}
}
