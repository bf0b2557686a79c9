import { setFlagsFromString } from 'node:v8';

/**
 * V8 flags for the isolates of `--jobs` worker threads, set just before the first one starts.
 *
 * With one job, V8 compiles hot functions with TurboFan on a background thread that runs on an
 * otherwise idle core: for a few hundred articles that compilation is about as much CPU as the
 * analysis itself, and it costs no wall time. Each worker is a new isolate that compiles the same
 * code anew, and with every core analyzing, that compilation now takes cores from the analysis.
 * A larger interrupt budget makes V8 wait for more work before optimizing a function, so only the
 * hottest are compiled (about half the compile time), and Sparkplug's baseline code, cheap to
 * make, replaces the bytecode interpreter meanwhile. Measured with scripts/bench-jobs.js (README,
 * "Batches"). The main thread only reads and writes once workers run, so the flags cost it little.
 */
export const WORKER_V8_FLAGS = '--interrupt-budget=400000 --always-sparkplug';

let set = false;

/** Sets the flags once per process; V8 reads them when a new isolate compiles and tiers up. */
export function setWorkerFlags(): void {
  if (set) return;
  set = true;
  setFlagsFromString(WORKER_V8_FLAGS);
}
