import { parentPort } from 'node:worker_threads';
import { serveTasks } from './serve.js';

// The worker script of an unbundled build (tsc output only); the installed command's workers run
// bin/worker.js, which serves the same way from the bundle.
if (parentPort) serveTasks(parentPort);
