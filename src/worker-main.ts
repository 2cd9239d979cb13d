// `npm run worker`: a delivery worker on its own (see modules/sync/worker-process.ts). Run as many as
// you like. Like main.ts, an entry point: it hands the sync module the inventory module's port.
import 'reflect-metadata';
import { loadSubmissionSource } from './modules/emissions/provincial/submission-source';
import { exitOnStartError, runWorkerProcess } from './modules/sync/worker-process';

runWorkerProcess({ loader: loadSubmissionSource }).catch(exitOnStartError);
