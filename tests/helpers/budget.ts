import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Time and memory of one run, to catch gross violations (a hang, quadratic time, a leak), not to
 * benchmark: the bounds are an order of magnitude above what a healthy run takes.
 */
export const BUDGET = {
  /** The bound for any single input. */
  ms: 10_000,
  /** Heap still held after the run (the result included), after a full collection. */
  heapBytes: 256 * 1024 * 1024,
} as const;

// A full collection before and after each run makes the heap numbers what the run keeps, not
// whatever garbage V8 has not yet collected. `--expose-gc` set at run time exposes `gc` to new contexts.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export interface Measured<T> {
  value: T;
  ms: number;
  /** Growth of the heap in use across the run, after full collections on both sides. */
  heapGrowth: number;
}

function heapNow(): number {
  collect();
  return process.memoryUsage().heapUsed;
}

export async function measure<T>(run: () => T | Promise<T>): Promise<Measured<T>> {
  const heapBefore = heapNow();
  const started = performance.now();
  const value = await run();
  const ms = performance.now() - started;
  return { value, ms, heapGrowth: heapNow() - heapBefore };
}

/** "1.2 s, +34 MB": for failure messages and the log of heavy cases. */
export function describeCost(m: Measured<unknown>): string {
  return `${(m.ms / 1000).toFixed(2)} s, heap ${m.heapGrowth >= 0 ? '+' : ''}${(m.heapGrowth / 1024 / 1024).toFixed(0)} MB`;
}
