import { describe, expect, test } from 'vitest';
import { canonical, FORMATTERS, type ErrorRecord, type FormatOptions, type OutputRecord } from '../src/format/index.js';
import { escapeForTerminal, escapeKeepingLines } from '../src/format/table/escape.js';
import { fitWidths } from '../src/format/table/grid.js';
import { formatNumber } from '../src/format/table/numbers.js';
import { displayWidth } from '../src/format/table/width.js';
import { wrapText } from '../src/format/table/wrap.js';
import type { AnalysisResult } from '../src/types.js';
import { harborResult, HARBOR_TEXT } from './helpers/invented.js';

const PLAIN: FormatOptions = { color: false, columns: 80, batch: false };
const ESC = '\u001b';

const missing: ErrorRecord = { source: 'gone.txt', error: { code: 'not-found', message: 'no such file' } };

function emptyResult(source = 'empty.txt'): AnalysisResult {
  return {
    schemaVersion: 1, source, offsetUnit: 'utf16', referenceDate: null, title: null, dateline: null, authors: [],
    quotes: [], speakers: [], people: [], organizations: [], places: [], figures: [], dates: [],
  };
}

/** The words of one column of the first table whose header row names it, top to bottom. */
function columnWords(output: string, header: string): string[] {
  const lines = output.split('\n');
  const headerRow = lines.findIndex((l) => l.startsWith('│') && l.split('│').some((c) => c.trim() === header));
  const index = lines[headerRow]!.split('│').findIndex((c) => c.trim() === header);
  const cells: string[] = [];
  for (const line of lines.slice(headerRow + 1)) {
    if (line.startsWith('└')) break;
    if (line.startsWith('│')) cells.push(line.split('│')[index]!.trim());
  }
  return cells.join(' ').split(/\s+/).filter(Boolean);
}

describe('formatNumber', () => {
  test.each([
    [44000000, '44,000,000'],
    [513000, '513,000'],
    [1.5, '1.5'],
    [999, '999'],
    [1000, '1,000'],
    [-2500.25, '-2,500.25'],
    [0, '0'],
    [1e21, '1e+21'],
  ])('%d → %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
});

describe('escapeForTerminal', () => {
  test.each([
    ['red \u001b[31malert', 'red \\x1b[31malert'],
    ['bell\u0007', 'bell\\x07'],
    ['tab\tand\nline', 'tab and line'],
    ['C1 \u009b', 'C1 \\x9b'],
    ['rtl \u202eevil', 'rtl \\u202eevil'],
    ['isolate \u2066x\u2069', 'isolate \\u2066x\\u2069'],
    ['plain “curly” café 東京', 'plain “curly” café 東京'],
  ])('%j', (input, expected) => {
    expect(escapeForTerminal(input)).toBe(expected);
  });

  test('keeping lines keeps LF, CRLF and tabs but not a bare CR or ESC', () => {
    expect(escapeKeepingLines('a\r\nb\tc\rd\u001b[2J')).toBe('a\r\nb\tc\\x0dd\\x1b[2J');
  });
});

describe('wrapText', () => {
  test.each([
    ['the quick brown fox', 10, ['the quick', 'brown fox']],
    ['short', 10, ['short']],
    ['', 10, ['']],
    ['abcdefghijkl', 5, ['abcde', 'fghij', 'kl']],
    ['a  b', 10, ['a b']],
    ['東京東京東京', 4, ['東京', '東京', '東京']],
  ])('%j at %d', (text, width, expected) => {
    expect(wrapText(text, width)).toEqual(expected);
  });

  test('never loses a character and never exceeds the width', () => {
    const text = 'Supercalifragilistic words, hyphenated-compound-terms and https://example.invalid/a/very/long/path here';
    for (const width of [3, 7, 12, 30]) {
      const lines = wrapText(text, width);
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    }
  });
});

describe('fitWidths', () => {
  test('fixed columns keep their width; flex columns share the rest, the widest last', () => {
    const columns = [{ header: '#' }, { header: 'Speaker', flex: true }, { header: 'Quote', flex: true }];
    // 80 columns minus 3 per column and one border = 70 of content.
    expect(fitWidths(columns, [2, 12, 200], 80)).toEqual([2, 12, 56]);
  });

  test('content that fits is not stretched', () => {
    expect(fitWidths([{ header: 'A', flex: true }, { header: 'B', flex: true }], [5, 6], 80)).toEqual([5, 6]);
  });
});

describe('table', () => {
  const render = (records: readonly OutputRecord[], options: Partial<FormatOptions> = {}) => FORMATTERS.table.render(records, { ...PLAIN, ...options });

  test('a header with source, title, reference date and authors, then one table per kind', () => {
    const out = render([harborResult()]);
    expect(out.split('\n').slice(0, 4)).toEqual([
      'samples/harbor.txt',
      'Title: Harbor council approves $44 million bridge repair',
      'Reference date: 2023-11-14 · Dateline: PORT ELLIS',
      'Authors: none',
    ]);
    for (const title of ['Quotes (3)', 'Speakers (1)', 'People (1)', 'Organizations (1)', 'Places (1)', 'Figures (3)', 'Dates (2)']) {
      expect(out).toContain(`\n${title}\n┌`);
    }
  });

  test('numbers are grouped, ranges shown with both ends', () => {
    const out = render([harborResult()]);
    expect(out).toContain('44,000,000');
    expect(out).toContain('513,000');
    expect(out).toContain('10–15');
  });

  test('empty kinds say so in one line', () => {
    const out = render([emptyResult()]);
    for (const kind of ['quotes', 'speakers', 'people', 'organizations', 'places', 'figures', 'dates']) {
      expect(out).toContain(`No ${kind} found.\n`);
    }
    expect(out).not.toContain('┌');
  });

  test.each([40, 60, 80, 120])('every line fits in %d columns and no word is lost', (columns) => {
    const result = harborResult();
    const long = 'This is a deliberately long quotation that goes on well past the width of any terminal, with a word like Wolfeschlegelsteinhausenbergerdorff in it.';
    const quotes = [...result.quotes, { ...result.quotes[0]!, text: long }];
    const out = render([{ ...result, quotes }], { columns });
    for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
    expect(columnWords(out, 'Quote').join('')).toContain(long.replace(/ /g, ''));
  });

  test('control characters and ANSI escapes from the article are shown escaped', () => {
    const result = harborResult();
    const quotes = [{ ...result.quotes[0]!, text: `evil ${ESC}[2J${ESC}]0;title\u0007 \u202edone` }];
    const out = render([{ ...result, quotes, title: `Title ${ESC}[31mred` }]);
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\u0007');
    expect(out).not.toContain('\u202e');
    expect(out).toContain('\\x1b[2J');
    expect(out).toContain('\\u202edone');
  });

  test('colour only when asked, and by kind', () => {
    expect(render([harborResult()])).not.toContain(ESC);
    const coloured = render([harborResult()], { color: true });
    expect(coloured).toContain(`${ESC}[36mMara Quint`); // people in cyan
    expect(coloured).toContain(`${ESC}[35mHarbor Authority`); // organizations in magenta
    expect(coloured).toContain(`${ESC}[33m$44 million`); // figures in yellow
  });

  test('an error record is one line', () => {
    expect(render([missing])).toBe('gone.txt: error: no such file [not-found]\n');
    expect(render([{ ...missing, id: 'a1' }])).toBe('gone.txt (id a1): error: no such file [not-found]\n');
  });

  test('render equals the streamed pieces concatenated', () => {
    const records: OutputRecord[] = [harborResult('a.txt'), missing, emptyResult('b.txt')];
    const pieces = records.map((r, i) => FORMATTERS.table.renderOne!(r, i, PLAIN)).join('');
    expect(render(records)).toBe(pieces);
    expect(render(records)).toContain('[not-found]\n\nempty.txt'.replace('empty.txt', 'b.txt'));
  });
});

describe('json and ndjson', () => {
  test('one input prints one object, a batch an array (even of one)', () => {
    const one = JSON.parse(FORMATTERS.json.render([harborResult()], PLAIN)) as unknown;
    expect(Array.isArray(one)).toBe(false);
    const batch = JSON.parse(FORMATTERS.json.render([harborResult()], { ...PLAIN, batch: true })) as unknown[];
    expect(batch).toHaveLength(1);
    expect(JSON.parse(FORMATTERS.json.render([], { ...PLAIN, batch: true }))).toEqual([]);
  });

  test('ndjson is one compact object per line and streams', () => {
    const records: OutputRecord[] = [harborResult('a.txt'), missing];
    const out = FORMATTERS.ndjson.render(records, PLAIN);
    const lines = out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[1]!)).toEqual(missing);
    expect(records.map((r, i) => FORMATTERS.ndjson.renderOne!(r, i, PLAIN)).join('')).toBe(out);
  });

  test('json is never coloured', () => {
    expect(FORMATTERS.json.render([harborResult()], { ...PLAIN, color: true })).not.toContain(ESC);
    expect(FORMATTERS.ndjson.render([harborResult()], { ...PLAIN, color: true })).not.toContain(ESC);
  });
});

describe('canonical key order', () => {
  function shuffled(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(shuffled);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, shuffled(v)]));
  }

  test('the same bytes whatever order the objects were built in', () => {
    const result = { ...harborResult(), id: 'doc-7' };
    const scrambled = shuffled(result) as AnalysisResult;
    expect(JSON.stringify(canonical(scrambled))).toBe(JSON.stringify(canonical(result)));
    expect(FORMATTERS.json.render([scrambled], PLAIN)).toBe(FORMATTERS.json.render([result], PLAIN));
  });

  test('the order of the types: id right after source, text before offsets', () => {
    const result = canonical({ ...harborResult(), id: 'doc-7' });
    expect(Object.keys(result)).toEqual([
      'schemaVersion', 'source', 'id', 'offsetUnit', 'referenceDate', 'title', 'dateline', 'authors',
      'quotes', 'speakers', 'people', 'organizations', 'places', 'figures', 'dates',
    ]);
    expect(Object.keys(result.quotes[0]!)).toEqual(['text', 'start', 'end', 'kind', 'speaker', 'cue']);
    expect(Object.keys(result.quotes[0]!.speaker!)).toEqual(['name', 'type', 'start', 'end', 'surface', 'resolvedBy']);
    expect(Object.keys(result.figures[2]!)).toEqual(['text', 'start', 'end', 'value', 'high', 'unit', 'counts', 'qualifier']);
    expect(Object.keys(result.figures[0]!)).not.toContain('high');
    expect(Object.keys(canonical({ error: missing.error, id: 'x', source: 's' }))).toEqual(['source', 'id', 'error']);
  });

  test('keys the contract does not know are kept, last, not hidden', () => {
    const odd = { ...harborResult(), extra: 1 } as AnalysisResult;
    expect(Object.keys(canonical(odd)).at(-1)).toBe('extra');
  });

  test('the invented fixture is honest: every span slices back to its text', () => {
    const r = harborResult();
    for (const q of r.quotes) expect(HARBOR_TEXT.slice(q.start, q.end)).toBe(q.text);
    for (const f of r.figures) expect(HARBOR_TEXT.slice(f.start, f.end)).toBe(f.text);
  });
});
