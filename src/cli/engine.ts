import type { analyze, checkReferenceDate } from '../analyze.js';

export interface Engine {
  analyze: typeof analyze;
  checkReferenceDate: typeof checkReferenceDate;
}

let loading: Promise<Engine> | null = null;

/**
 * The analysis library, loaded on first need: it brings the NLP model, which `--help`,
 * `--version` and usage errors should not wait for.
 */
export function loadEngine(): Promise<Engine> {
  loading ??= import('../analyze.js').then((m) => ({ analyze: m.analyze, checkReferenceDate: m.checkReferenceDate }));
  return loading;
}
