import { ApiModule } from '../../core/modules/api-module';
import { NationalInventoryResolver } from './national-submissions.resolver';
import { SyncJob } from './sync-job.entity';
import { SYNC_READERS, SyncResolver } from './sync.resolver';

/** Its ports (the submission source, the targets) reach it through the runtime: see sync-runtime.ts. */
export const syncModule: ApiModule = {
  name: 'sync',
  entities: [SyncJob],
  resolvers: [SyncResolver, NationalInventoryResolver],
  nodeTypes: { SyncJob: { rule: SYNC_READERS, load: (ctx, id) => ctx.dataSource.getRepository(SyncJob).findOneBy({ id }) } },
};
