// `npm run worker`: a delivery worker on its own (see modules/sync/worker-process.ts). Run as many as
// you like. Like main.ts, an entry point: it builds the API's parts through the composition root.
import './tracing'; // first: tracing (when on) must patch modules before they load
import 'reflect-metadata';
import { createApi } from './app';
import { exitOnStartError, runWorkerProcess } from './modules/sync';

runWorkerProcess(createApi).catch(exitOnStartError);
