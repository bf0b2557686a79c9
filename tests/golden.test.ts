import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

/**
 * Golden files: each `samples/<name>.txt` is analyzed and compared with `samples/<name>.expected.json`,
 * the exact JSON `analyze --format json samples/<name>.txt` prints. After an intended change, review the
 * diff and rewrite them with `UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts`.
 */
const SAMPLES = fileURLToPath(new URL('../samples/', import.meta.url));
const names = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();

describe('samples match their golden files', () => {
  it('has at least three samples', () => {
    expect(names.length).toBeGreaterThanOrEqual(3);
  });

  it.each(names)('%s', (name) => {
    const text = readFileSync(join(SAMPLES, name), 'utf8');
    const result = analyze(text, { source: `samples/${name}` });
    const expectedPath = join(SAMPLES, name.replace(/\.txt$/u, '.expected.json'));
    const actual = `${JSON.stringify(result, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(expectedPath, actual);
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
  });
});

describe('the seed article (../shared/seeds), against its answer key', () => {
  const seedPath = fileURLToPath(new URL('../../shared/seeds/000_5586bdfcea82f77e.txt', import.meta.url));
  const keyPath = seedPath.replace(/\.txt$/u, '.expected.json');
  const text = readFileSync(seedPath, 'utf8');
  const key = JSON.parse(readFileSync(keyPath, 'utf8')) as {
    quotes: { start: number; text: string; speaker: string }[];
    notQuotes: string[];
    referenceDate: string;
  };
  const result = analyze(text, { referenceDate: key.referenceDate });
  const spoken = result.quotes.filter((q) => q.kind !== 'indirect');

  it('finds every quote of the key, with its speaker', () => {
    const found = key.quotes.map((k) => {
      const q = spoken.find((x) => x.start === k.start);
      return [k.text, q?.text ?? null, q?.speaker?.name ?? null];
    });
    expect(found).toEqual(key.quotes.map((k) => [k.text, k.text, k.speaker]));
  });

  it('reports no other direct or partial quote, and no quoted term', () => {
    expect(spoken.length).toBe(key.quotes.length);
    for (const term of key.notQuotes) {
      expect(spoken.some((q) => term.startsWith(q.text) || q.text.startsWith(term))).toBe(false);
    }
  });
});
