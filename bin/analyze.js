#!/usr/bin/env node
// The installed command: everything lives in dist/cli/main.js (built by `npm run build`).
// It sets process.exitCode rather than calling process.exit(), so output still being written
// to a slow pipe is never cut off.
let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (error) {
  process.stderr.write(`analyze: not built, run "npm run build" first (${error instanceof Error ? error.message : error})\n`);
  process.exitCode = 2;
}
if (cli) process.exitCode = await cli.main(process.argv.slice(2), cli.nodeIo());
