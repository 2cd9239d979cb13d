import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { Loaders } from './loaders';

/** What every resolver and service receives first: who is asking (later), loaders, logger. */
export interface RequestContext {
  requestId: string;
  logger: Logger;
  dataSource: DataSource;
  loaders: Loaders;
}
