import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../src/analyze.js';
import { htmlToText } from '../src/cli/html/extract.js';
import { main } from '../src/cli/main.js';
import { canonical } from '../src/format/index.js';
import type { AnalysisResult } from '../src/types.js';
import { ARTICLES } from './helpers/articles.js';
import { fakeIo, tempDir } from './helpers/fake-io.js';
import { harborResult } from './helpers/invented.js';
import { errorRecordErrors, recordErrors, resultErrors, schema } from './helpers/schema.js';
import { spanViolations } from './helpers/spans.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SAMPLES = join(ROOT, 'samples');
const SEED = fileURLToPath(new URL('../../shared/seeds/000_5586bdfcea82f77e.txt', import.meta.url));

/** Every text the analyzer is run over here: the samples (when there are any), the seed, our own. */
function corpus(): [string, string][] {
  const samples = existsSync(SAMPLES)
    ? readdirSync(SAMPLES)
        .filter((f) => ['.txt', '.md', '.html'].includes(extname(f)))
        .map((f): [string, string] => {
          const raw = readFileSync(join(SAMPLES, f), 'utf8');
          return [`samples/${f}`, extname(f) === '.html' ? htmlToText(raw) : raw];
        })
    : [];
  const seed: [string, string][] = existsSync(SEED) ? [['seed', readFileSync(SEED, 'utf8')]] : [];
  const tricky: [string, string][] = [
    ['empty', ''],
    ['whitespace', ' \n\n\t '],
    ['crlf', ARTICLES['ferry-strike.txt']!.replace(/\n/g, '\r\n')],
    ['astral', '“Growth 📈 is back,” said Ana Ruiz. 🎉 Shares rose 12% on Monday.'],
    ['only quotes', '"""" “ ” « » \'\''],
  ];
  return [...samples, ...seed, ...Object.entries(ARTICLES), ...tricky];
}

describe('the schema itself', () => {
  test('is draft 2020-12 with additionalProperties false on every object', () => {
    expect((schema as { $schema?: string }).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const loose: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.type === 'object' && n.additionalProperties !== false) loose.push(path);
      for (const [k, v] of Object.entries(n)) visit(v, `${path}/${k}`);
    };
    visit(schema, '#');
    expect(loose).toEqual([]);
  });

  test('lists properties in the order the JSON output prints them', () => {
    const defs = (schema as unknown as { $defs: Record<string, { properties: Record<string, unknown> }> }).$defs;
    const keys = (name: string) => Object.keys(defs[name]!.properties);
    const r = canonical({ ...harborResult(), id: 'x', authors: [{ text: 'Lina Marsh', start: 0, end: 10, role: 'reporter' }], dates: [{ text: 'from 2010 to 2015', start: 0, end: 17, value: '2010', endValue: '2015', relative: false }] });
    expect(keys('analysisResult')).toEqual(Object.keys(r));
    expect(keys('quote')).toEqual(Object.keys(r.quotes[0]!));
    expect(keys('speaker')).toEqual(Object.keys(r.quotes[0]!.speaker!));
    expect(keys('speakerSummary')).toEqual(Object.keys(r.speakers[0]!));
    expect(keys('person')).toEqual(Object.keys(r.people[0]!));
    expect(keys('organization')).toEqual(Object.keys(r.organizations[0]!));
    expect(keys('place')).toEqual(Object.keys(r.places[0]!));
    expect(keys('author')).toEqual(Object.keys(r.authors[0]!));
    expect(keys('figure')).toEqual(Object.keys(r.figures[2]!));
    expect(keys('date')).toEqual(Object.keys(r.dates[0]!));
    expect(keys('errorRecord')).toEqual(['source', 'id', 'error']);
  });

  test('README documents every field of the contract', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## JSON output (schemaVersion 1)'));
    const defs = (schema as unknown as { $defs: Record<string, { properties?: Record<string, unknown> }> }).$defs;
    const undocumented = Object.values(defs).flatMap((d) => Object.keys(d.properties ?? {})).filter((k) => !section.includes(`\`${k}\``));
    expect([...new Set(undocumented)]).toEqual([]);
  });
});

describe('what it accepts and refuses', () => {
  test('a full hand-made result, with and without id', () => {
    expect(resultErrors(harborResult())).toEqual([]);
    expect(resultErrors({ ...harborResult(), id: 'doc-1' })).toEqual([]);
  });

  test('error records', () => {
    expect(errorRecordErrors({ source: 'a.txt', error: { code: 'not-found', message: 'no such file' } })).toEqual([]);
    expect(recordErrors({ source: '-', id: '9', error: { code: 'invalid-json', message: 'line 3: not valid JSON' } })).toEqual([]);
    expect(errorRecordErrors({ source: 'a.txt', error: { code: 'oops', message: 'x' } })).not.toEqual([]);
  });

  const h = harborResult;
  test.each([
    ['an unknown top-level key', () => ({ ...h(), extra: true })],
    ['an unknown key in a quote', () => ({ ...h(), quotes: [{ ...h().quotes[0]!, confidence: 0.9 }] })],
    ['an unknown key in a speaker', () => ({ ...h(), quotes: [{ ...h().quotes[0]!, speaker: { ...h().quotes[0]!.speaker!, score: 1 } }] })],
    ['an unknown key in a mention', () => ({ ...h(), people: [{ ...h().people[0]!, mentions: [{ start: 0, end: 1, text: 'x' }] }] })],
    ['schemaVersion 2', () => ({ ...h(), schemaVersion: 2 })],
    ['offsetUnit "utf8"', () => ({ ...h(), offsetUnit: 'utf8' })],
    ['a missing field', () => { const partial: Partial<AnalysisResult> = h(); delete partial.dates; return partial; }],
    ['a negative offset', () => ({ ...h(), figures: [{ ...h().figures[0]!, start: -1 }] })],
    ['a fractional offset', () => ({ ...h(), figures: [{ ...h().figures[0]!, end: 2.5 }] })],
    ['a date value that is not ISO', () => ({ ...h(), dates: [{ ...h().dates[0]!, value: 'March 2024' }] })],
    ['a reference date with a time', () => ({ ...h(), referenceDate: '2023-11-14T00:00:00Z' })],
    ['an unknown quote kind', () => ({ ...h(), quotes: [{ ...h().quotes[0]!, kind: 'paraphrase' }] })],
    ['an unknown gender', () => ({ ...h(), people: [{ ...h().people[0]!, gender: 'other' }] })],
    ['an unknown resolution', () => ({ ...h(), quotes: [{ ...h().quotes[0]!, speaker: { ...h().quotes[0]!.speaker!, resolvedBy: 'guess' } }] })],
  ])('refuses %s', (_name, make) => {
    expect(resultErrors(make())).not.toEqual([]);
  });
});

describe('analyze() output', () => {
  test.each(corpus())('%s conforms and its spans slice back', (_name, text) => {
    const result = analyze(text, { source: 'x.txt', referenceDate: '2017-05-17' });
    expect(resultErrors(result)).toEqual([]);
    expect(spanViolations(result, text)).toEqual([]);
  });
});

describe('the command line output', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, 'docs.jsonl'), [
      JSON.stringify({ id: 'one', text: ARTICLES['orchard-frost.txt'] }),
      'not json',
      JSON.stringify({ id: 'three', text: 'Short.', referenceDate: '2024-02-29' }),
    ].join('\n'));
  });

  async function output(argv: string[]): Promise<string> {
    const fake = fakeIo({ cwd: dir });
    await main(argv, fake.io);
    return fake.stdout();
  }

  test('--json for one file', async () => {
    expect(resultErrors(JSON.parse(await output(['--json', 'ferry-strike.txt'])))).toEqual([]);
  });

  test('--json for a batch with a missing file', async () => {
    const records = JSON.parse(await output(['--json', ...Object.keys(ARTICLES), 'missing.txt'])) as unknown[];
    expect(records).toHaveLength(4);
    for (const record of records) expect(recordErrors(record)).toEqual([]);
  });

  test('ndjson from JSON Lines, error records included', async () => {
    const lines = (await output(['docs.jsonl'])).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(recordErrors(JSON.parse(line))).toEqual([]);
    expect((JSON.parse(lines[0]!) as AnalysisResult).id).toBe('one');
  });
});
