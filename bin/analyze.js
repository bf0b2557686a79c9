#!/usr/bin/env node
// The installed command: the CLI from the bundle and its code cache (bin/load-bundle.js).
// It sets process.exitCode rather than calling process.exit(), so output still being written
// to a slow pipe is never cut off.
import { setFlagsFromString } from 'node:v8';
import { loadCommand } from './load-bundle.js';
import { V8_FLAGS } from './v8-flags.js';

// Worker threads share the process's flags. The library (`import { analyze }`) leaves them alone.
setFlagsFromString(V8_FLAGS);

let cli;
try {
  cli = await loadCommand('analyze.v8cache');
} catch (error) {
  process.stderr.write(`analyze: not built, run "npm run build" first (${error instanceof Error ? error.message : error})\n`);
  process.exitCode = 2;
}
if (cli) process.exitCode = await cli.main(process.argv.slice(2), cli.nodeIo());
