import type { Change } from './changes.js';
import type { Position } from './location.js';

export type Verdict =
  | { status: 'pass' }
  | { status: 'fail'; changes: Change[] }
  /** --update rewrote the expected file; `changes` are what it held before. */
  | { status: 'updated'; changes: Change[] }
  | { status: 'skip'; reason: string }
  | { status: 'error'; message: string };

export interface ArticleCheck {
  /** The article's path as given, relative to the working directory. */
  source: string;
  /** The expected file's path, likewise; null when there is no article to pair with. */
  expected: string | null;
  /** Line and column of an offset in the file; null when offsets do not refer to the file's own text (HTML). */
  locate: ((offset: number) => Position) | null;
  verdict: Verdict;
}

export interface Tally {
  articles: number;
  passed: number;
  failed: number;
  updated: number;
  skipped: number;
  errors: number;
}

export function tally(checks: readonly ArticleCheck[]): Tally {
  const count = (status: Verdict['status']) => checks.filter((c) => c.verdict.status === status).length;
  return { articles: checks.length, passed: count('pass'), failed: count('fail'), updated: count('updated'), skipped: count('skip'), errors: count('error') };
}

/** 2 when anything could not be checked, 1 when an article differs from its expected file, else 0. */
export function exitCode(t: Tally): number {
  if (t.errors > 0) return 2;
  return t.failed > 0 ? 1 : 0;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** "4 articles: 1 passed, 1 failed, 1 skipped, 1 error". */
export function tallyLine(t: Tally): string {
  const parts = [`${t.passed} passed`, `${t.failed} failed`];
  if (t.updated > 0) parts.push(`${t.updated} updated`);
  parts.push(`${t.skipped} skipped`, plural(t.errors, 'error'));
  return `${plural(t.articles, 'article')}: ${parts.join(', ')}`;
}

export function changeCount(changes: readonly Change[]): string {
  return plural(changes.length, 'change');
}
