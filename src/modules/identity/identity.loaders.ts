import { DataSource } from 'typeorm';
import { byIdLoader } from '../../core/loaders/by-id-loader';
import { ApiKey } from './api-key.entity';
import { User } from './user.entity';

export function createIdentityLoaders(dataSource: DataSource) {
  return {
    userById: byIdLoader(dataSource, User),
    apiKeyById: byIdLoader(dataSource, ApiKey),
  };
}

declare module '../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createIdentityLoaders> {}
}
