// A `--jobs` worker thread of the installed command: the bundle bin/analyze.js runs, with a code
// cache of its own, taken by the build under the workers' extra V8 flags
// (src/cli/parallel/worker-flags.ts), since V8 rejects a cache made under other flags. An error
// here ends the thread, and the batch goes on without it.
import { parentPort } from 'node:worker_threads';
import { loadCommand } from './load-bundle.js';

const cli = await loadCommand('analyze-worker.v8cache');
if (parentPort) cli.serveTasks(parentPort);
