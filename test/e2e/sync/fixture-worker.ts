// `npm run worker` with the test inventories' loader (the real one comes from the inventory module). Spawned by the sync guarantee tests as a real, killable process.
import 'reflect-metadata';
import { createApi } from '../../../src/app';
import { exitOnStartError, runWorkerProcess } from '../../../src/modules/sync/worker-process';
import { fixtureLoader } from './fixtures';

runWorkerProcess((config) => ({ ...createApi(config), nationalSubmissions: { load: fixtureLoader } })).catch(exitOnStartError);
