import { DataSource } from 'typeorm';
import { migrations } from '../../migrations';
import { entities } from './entities';
import { CountingQueryLogger } from './query-counter';
import { SnakeNamingStrategy } from './snake-naming-strategy';

export function createDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logging: ['query'],
    logger: new CountingQueryLogger(),
    extra: { max: poolSize },
  });
}
