// `npm run worker`: a delivery worker on its own (see worker-process.ts). Run as many as you like.
import 'reflect-metadata';
// Registers how verified provincial inventories are read (the sync module never imports the inventory module).
import '../emissions/provincial/provincial-verified-hook';
import { exitOnStartError, runWorkerProcess } from './worker-process';

runWorkerProcess().catch(exitOnStartError);
