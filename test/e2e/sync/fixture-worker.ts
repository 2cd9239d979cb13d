// `npm run worker` with the test inventories' loader registered (the real one comes from the
// inventory module). Spawned by the sync guarantee tests as a real, killable process.
import 'reflect-metadata';
import { registerSubmissionLoader } from '../../../src/modules/sync/submission';
import { exitOnStartError, runWorkerProcess } from '../../../src/modules/sync/worker-process';
import { fixtureLoader } from './fixtures';

registerSubmissionLoader(fixtureLoader);
runWorkerProcess().catch(exitOnStartError);
