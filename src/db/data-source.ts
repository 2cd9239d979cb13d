import { DataSource, DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations';
import { CountingQueryLogger } from './query-counter';
import { SnakeNamingStrategy } from './snake-naming-strategy';

/**
 * A DataSource over these entities (the composition root, src/app, passes the modules' list).
 * `connectTimeoutMs` bounds the wait for a connection, new or from a busy pool: without it a database
 * host that stopped answering holds every request until TCP gives up (minutes).
 */
export function dataSourceFor(entities: DataSourceOptions['entities'], url: string, poolSize = 10, connectTimeoutMs?: number): DataSource {
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
    extra: { max: poolSize, ...(connectTimeoutMs ? { connectionTimeoutMillis: connectTimeoutMs } : {}) },
  });
}
