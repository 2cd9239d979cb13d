import { DataSource } from 'typeorm';
import { migrations } from '../../migrations';
import { entities } from './entities';
import { CountingQueryLogger } from './query-counter';
import { SnakeNamingStrategy } from './snake-naming-strategy';

/**
 * `connectTimeoutMs` bounds the wait for a connection, new or from a busy pool: without it a database
 * host that stopped answering holds every request until TCP gives up (minutes).
 */
export function createDataSource(url: string, poolSize = 10, connectTimeoutMs?: number): DataSource {
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
