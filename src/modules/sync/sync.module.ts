import { ApiModule } from '../../core/modules/api-module';
import { nationalSubmissionRoutes } from './crt/national-submission.routes';
import { NationalInventoryResolver } from './national-submissions.resolver';
import { SyncPorts } from './ports';
import { configureSync } from './sync-runtime';
import { SyncJob } from './sync-job.entity';
import { SYNC_READERS, SyncResolver } from './sync.resolver';

/** The sync takes the verified inventories as a port, so it never imports the module that owns them. */
export function syncModule(ports: SyncPorts): ApiModule {
  return {
    name: 'sync',
    entities: [SyncJob],
    resolvers: [SyncResolver, NationalInventoryResolver],
    routes: [{ path: '/reports/national-submission', router: nationalSubmissionRoutes }],
    nodeTypes: { SyncJob: { rule: SYNC_READERS, load: (ctx, id) => ctx.dataSource.getRepository(SyncJob).findOneBy({ id }) } },
    // A bad SYNC_TARGETS throws here, so it stops a start.
    services: ({ config, env }) => ({ sync: configureSync(config, env), nationalSubmissions: ports.submissions }),
  };
}
