import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadEngine } from '../src/cli/engine.js';
import { chooseByline, chooseTitle, composeText } from '../src/cli/html/compose.js';
import { readLinkedData } from '../src/cli/html/json-ld.js';
import type { PageMetadata } from '../src/cli/html/metadata.js';
import { isWholePage, readHtml } from '../src/cli/html/page.js';
import { publicationDay } from '../src/cli/html/publication-date.js';
import { readPage } from '../src/cli/html/readable.js';
import { isWithinLimits, pageShape } from '../src/cli/html/shape.js';
import { main } from '../src/cli/main.js';
import type { AnalysisResult } from '../src/types.js';
import { ARTICLE_TEXT, BYLINE, FURNITURE, PARAGRAPHS, PUBLISHED, TITLE, newsPage } from './fixtures/news-page.js';
import { fakeIo, tempDir } from './helpers/fake-io.js';
import { spanViolations } from './helpers/spans.js';

const OG = `<meta property="og:title" content="${TITLE}">`;
const PUBLISHED_TIME = `<meta property="article:published_time" content="${PUBLISHED}T08:00:00-05:00">`;
const jsonLd = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

function metadata(overrides: Partial<PageMetadata> = {}): PageMetadata {
  return { openGraphTitle: null, documentTitle: null, headline: null, metaAuthor: null, linkedDataAuthors: [], published: null, bylineTexts: [], ...overrides };
}

describe('publicationDay', () => {
  // [value a page gives, reference day]: the day as written, never converted to UTC.
  const cases: [string | null, string | null][] = [
    ['2024-03-14', '2024-03-14'],
    ['2024-03-14T08:00:00-05:00', '2024-03-14'],
    ['2024-03-14T23:30:00+09:00', '2024-03-14'],
    ['2024-03-14 08:00', '2024-03-14'],
    ['  2024-03-14T00:00:00Z ', '2024-03-14'],
    ['2024-02-29', '2024-02-29'],
  ];
  test.each(cases)('%j → %j', (value, day) => expect(publicationDay(value)).toBe(day));

  // Values that are not a day: no reference date rather than a wrong one.
  const refused = ['2023-02-29', '2024-13-01', '2024-00-10', '0001-01-01', 'March 14, 2024', '2024', '1710403200', '2024-03-14x', '14/03/2024', ''];
  test.each(refused)('%j gives no day', (value) => expect(publicationDay(value)).toBeNull());
});

describe('JSON-LD', () => {
  // [blocks, what is read]
  const cases: [string, string[], { headline: string | null; authors: string[]; published: string | null }][] = [
    [
      'one NewsArticle',
      [JSON.stringify({ '@type': 'NewsArticle', headline: 'Pier reopens', datePublished: '2024-03-14T08:00:00Z', author: { '@type': 'Person', name: 'Lina Marsh' } })],
      { headline: 'Pier reopens', authors: ['Lina Marsh'], published: '2024-03-14' },
    ],
    [
      'a list, the article second',
      [JSON.stringify([{ '@type': 'WebSite', name: 'Coast Gazette' }, { '@type': 'ReportageNewsArticle', headline: 'Pier reopens', datePublished: '2024-03-14' }])],
      { headline: 'Pier reopens', authors: [], published: '2024-03-14' },
    ],
    [
      'an @graph, authors as a list of names and people; an organization is no author',
      [
        JSON.stringify({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebPage', datePublished: '2024-03-10' },
            { '@type': ['Article', 'NewsArticle'], headline: 'Pier reopens', datePublished: '2024-03-14', author: ['Lina Marsh', { name: 'Omar Diaz' }, { '@type': 'Organization', name: 'Coast Gazette' }] },
          ],
        }),
      ],
      { headline: 'Pier reopens', authors: ['Lina Marsh', 'Omar Diaz'], published: '2024-03-14' },
    ],
    ['an author given by reference only', [JSON.stringify({ '@type': 'NewsArticle', author: { '@id': '#lina' } })], { headline: null, authors: [], published: null }],
    ['a video is not the article', [JSON.stringify({ '@type': 'VideoObject', datePublished: '2020-01-01', author: 'Someone Else' })], { headline: null, authors: [], published: null }],
    ['the web page when no article says', [JSON.stringify({ '@type': 'WebPage', datePublished: '2024-03-14' })], { headline: null, authors: [], published: '2024-03-14' }],
    [
      'a broken block is skipped, the next one read',
      ['{"@type": "NewsArticle", "headline": "Broken",', JSON.stringify({ '@type': 'NewsArticle', headline: 'Pier reopens' })],
      { headline: 'Pier reopens', authors: [], published: null },
    ],
    ['a CDATA wrapper', [`//<![CDATA[\n${JSON.stringify({ '@type': 'NewsArticle', datePublished: '2024-03-14' })}\n//]]>`], { headline: null, authors: [], published: '2024-03-14' }],
    ['not JSON at all', ['<p>oops</p>', '', 'null', '42', '"text"'], { headline: null, authors: [], published: null }],
    ['a date that is not a day', [JSON.stringify({ '@type': 'NewsArticle', datePublished: 'last Tuesday' })], { headline: null, authors: [], published: null }],
  ];
  test.each(cases)('%s', (_name, blocks, expected) => expect(readLinkedData(blocks)).toEqual(expected));

  test('a block nested 100,000 deep or 2 MB wide neither throws nor takes long', () => {
    const started = performance.now();
    expect(readLinkedData(['['.repeat(100_000) + ']'.repeat(100_000)]).published).toBeNull();
    const wide = JSON.stringify(Array.from({ length: 40_000 }, (_, i) => ({ '@type': 'Thing', name: `item ${i}`, about: { '@type': 'Thing' } })));
    expect(readLinkedData([wide]).headline).toBeNull();
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('title and byline', () => {
  // [metadata, Readability's title, chosen title]
  const titles: [Partial<PageMetadata>, string | null, string | null][] = [
    [{ openGraphTitle: 'Pier reopens', documentTitle: 'Pier to reopen | Gazette' }, 'Pier to reopen', 'Pier reopens'],
    [{ documentTitle: 'Pier to reopen | Coast Gazette' }, 'Pier to reopen', 'Pier to reopen'],
    [{ documentTitle: 'Pier to reopen' }, 'Something else', 'Pier to reopen'],
    [{}, 'Pier to reopen', 'Pier to reopen'],
    [{ headline: 'Pier to reopen' }, null, 'Pier to reopen'],
    [{ openGraphTitle: `  Pier\n to   reopen ` }, null, 'Pier to reopen'],
    [{ openGraphTitle: 'x'.repeat(400) }, null, null],
    [{}, null, null],
  ];
  test.each(titles)('title from %j and %j → %j', (meta, found, title) => expect(chooseTitle(metadata(meta), found)).toBe(title));

  // [metadata, Readability's byline, chosen byline]
  const bylines: [Partial<PageMetadata>, string | null, string | null][] = [
    [{ bylineTexts: ['By Lina Marsh'] }, 'By Lina Marsh', 'Lina Marsh'],
    [{ metaAuthor: 'Lina Marsh' }, 'Lina Marsh', 'Lina Marsh'],
    [{ linkedDataAuthors: ['Lina Marsh', 'Omar Diaz'] }, 'Lina Marsh, Omar Diaz', 'Lina Marsh, Omar Diaz'],
    // A name Readability found outside any byline we saw (a commenter's): not taken.
    [{ bylineTexts: ['By Lina Marsh'] }, 'Greta Lindqvist', null],
    [{ metaAuthor: 'Omar Diaz' }, 'Greta Lindqvist', 'Omar Diaz'],
    [{ linkedDataAuthors: ['Lina Marsh', 'Omar Diaz', 'Ruth Addo'] }, null, 'Lina Marsh, Omar Diaz and Ruth Addo'],
    [{ metaAuthor: 'https://social.example/lina' }, null, null],
    [{ metaAuthor: 'by: Lina Marsh' }, null, 'Lina Marsh'],
    [{}, null, null],
  ];
  test.each(bylines)('byline from %j and %j → %j', (meta, found, byline) => expect(chooseByline(metadata(meta), found)).toBe(byline));

  // [title, byline, body, text]
  const composed: [string | null, string | null, string, string][] = [
    ['Pier reopens', 'Lina Marsh', 'First.\n\nSecond.', 'Pier reopens\n\nBy Lina Marsh\n\nFirst.\n\nSecond.'],
    // The article's own headline and byline are not repeated under the page's.
    ['Pier reopens', 'Lina Marsh', 'Pier Reopens\n\nBY LINA MARSH\n\nFirst.', 'Pier reopens\n\nBy Lina Marsh\n\nFirst.'],
    ['Pier reopens', 'Lina Marsh', 'By Lina Marsh | March 14, 2024\n\nFirst.', 'Pier reopens\n\nBy Lina Marsh\n\nFirst.'],
    // …but a paragraph between them stays, and so does a later one that happens to match.
    ['Pier reopens', null, 'Pier reopens\n\nFirst.\n\nSecond.\n\nThird.\n\nFourth.\n\nPier reopens', 'Pier reopens\n\nFirst.\n\nSecond.\n\nThird.\n\nFourth.\n\nPier reopens'],
    [null, null, 'First.', 'First.'],
    [null, 'Lina Marsh', '', 'By Lina Marsh'],
  ];
  test.each(composed)('%j, %j over %j', (title, byline, body, text) => expect(composeText(title, byline, body)).toBe(text));
});

describe('page shape', () => {
  test('counts elements and the depth of those that need an end tag', () => {
    // html, body and p close themselves (no depth); br and img hold nothing; div, div, span nest.
    expect(pageShape('<html><body><div><p>a<p>b<br><img src=x><div><span>c</span></div></div></body></html>')).toEqual({ elements: 9, depth: 3, depthSum: 16 });
    expect(pageShape('</div></div><div>')).toEqual({ elements: 1, depth: 1, depthSum: 1 });
  });

  test('deep or huge pages are beyond Readability', () => {
    expect(isWithinLimits(pageShape('<div>'.repeat(100)))).toBe(true);
    expect(isWithinLimits(pageShape('<div>'.repeat(101)))).toBe(false);
    expect(isWithinLimits(pageShape(`${'<div>'.repeat(90)}${'<span>x</span>'.repeat(20_000)}`))).toBe(false);
    expect(isWithinLimits(pageShape('<p>x'.repeat(200_000)))).toBe(false);
  });
});

describe('readHtml', () => {
  // [name, page, publication day]: every page gives exactly the plain-text article.
  const pages: [string, string, string | null][] = [
    ['og:title, article:published_time, meta author', newsPage({ head: `${OG}${PUBLISHED_TIME}<meta name="author" content="${BYLINE}">` }), PUBLISHED],
    [
      'JSON-LD in an @graph',
      newsPage({ head: jsonLd({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', headline: TITLE, datePublished: `${PUBLISHED}T10:00:00Z`, author: { name: BYLINE } }] }) }),
      PUBLISHED,
    ],
    ['only a <title> and a <time datetime>', newsPage({ beforeText: `<time datetime="${PUBLISHED}T08:00">March 14, 2024</time>` }), PUBLISHED],
    ['a meta date', newsPage({ head: `<meta name="date" content="${PUBLISHED}">` }), PUBLISHED],
    ['broken JSON-LD beside a good meta tag', newsPage({ head: `<script type="application/ld+json">{"datePublished": "2020-01-01",</script>${PUBLISHED_TIME}` }), PUBLISHED],
    ['article:published_time before JSON-LD', newsPage({ head: `${PUBLISHED_TIME}${jsonLd({ '@type': 'NewsArticle', datePublished: '2024-03-01' })}` }), PUBLISHED],
    ['no date anywhere', newsPage(), null],
  ];
  test.each(pages)('%s: the article as in plain text, nothing around it, the page date', async (_name, html, published) => {
    const page = await readHtml(html);
    expect(page.text).toBe(ARTICLE_TEXT);
    expect(page.published).toBe(published);
    for (const furniture of FURNITURE) expect(page.text).not.toContain(furniture);
  });

  test('og:title is the title line even when the headline on the page differs', async () => {
    const page = await readHtml(newsPage({ head: '<meta property="og:title" content="Ferries to run again">' }));
    expect(page.text.split('\n\n').slice(0, 2)).toEqual(['Ferries to run again', `By ${BYLINE}`]);
    for (const paragraph of PARAGRAPHS) expect(page.text).toContain(paragraph);
  });

  test.each([
    ['a meta author only', newsPage({ byline: '', head: `<meta name="author" content="${BYLINE}">` }), `By ${BYLINE}`],
    ['two JSON-LD authors', newsPage({ byline: '', head: jsonLd({ '@type': 'NewsArticle', author: [{ name: BYLINE }, { name: 'Omar Diaz' }] }) }), `By ${BYLINE} and Omar Diaz`],
  ])('byline from %s', async (_name, html, line) => {
    expect((await readHtml(html)).text.split('\n\n')[1]).toBe(line);
  });

  test('without a byline, no commenter is taken for the author', async () => {
    const page = await readHtml(newsPage({ byline: '' }));
    expect(page.text).toBe([TITLE, ...PARAGRAPHS].join('\n\n'));
  });

  test('a page whose article Readability cannot find is read by our own extractor', async () => {
    // The article is hidden until the page's script shows it: Readability's first pass finds nothing.
    const html = newsPage({ articleAttributes: 'style="display:none"', head: PUBLISHED_TIME });
    expect(readPage(html)?.body).toBeNull();
    const page = await readHtml(html);
    // Our extractor drops navigation, headers, asides and footers, but not the banners, the ads
    // and the comments that Readability would have left out.
    expect(page.text.startsWith(`${TITLE}\n\n`)).toBe(true);
    for (const paragraph of PARAGRAPHS) expect(page.text).toContain(paragraph);
    for (const furniture of ['Obituaries', 'Related stories', 'All rights reserved']) expect(page.text).not.toContain(furniture);
    expect(page.published).toBe(PUBLISHED);
  });

  test('a fragment is read by our own extractor, without a DOM', async () => {
    expect(isWholePage('<p>One</p><p>Two &amp; three</p>')).toBe(false);
    expect(await readHtml('<p>One</p><p>Two &amp; three</p>')).toEqual({ text: 'One\n\nTwo & three', published: null });
    expect(isWholePage('<!doctype html><p>x')).toBe(true);
  });

  // Hostile and broken pages: each is read (never a throw) within the budget, about 2 MB each.
  const MB2 = 2 * 1024 * 1024;
  const story = `<p>${PARAGRAPHS[1]}</p>`;
  const hostile: [string, string][] = [
    ['nested 400,000 deep', `<!DOCTYPE html><html><body>${'<div>'.repeat(MB2 / 5)}${story}</body></html>`],
    ['nested 150 deep around 2 MB of paragraphs', `<!DOCTYPE html><html><body>${'<div>'.repeat(150)}${story.repeat(MB2 / story.length)}</body></html>`],
    ['100,000 paragraphs', `<!DOCTYPE html><html><head><title>T</title></head><body><article>${'<p>The pier opened, said Mara Quint.</p>'.repeat(MB2 / 40)}</article></body></html>`],
    ['a 2 MB attribute value', `<!DOCTYPE html><html><body><p title="${'x'.repeat(MB2)}">${PARAGRAPHS[1]}</p></body></html>`],
    ['a 2 MB attribute value never closed', `<!DOCTYPE html><html><body>${story}<p title="${'x'.repeat(MB2)}`],
    ['a 2 MB JSON-LD block', `<!DOCTYPE html><html><head>${jsonLd({ '@type': 'NewsArticle', articleBody: 'y'.repeat(MB2) })}</head><body>${story}</body></html>`],
    ['tag soup', `<!DOCTYPE html><html><body>${'<p>open <b>bold <i>both</b> crossed</i> <table><p>in table</td></tr> <<<>>> </div></span> &#xD800; &bogus; <!-- unclosed '.repeat(MB2 / 120)}`],
    ['only a doctype', '<!DOCTYPE html>'],
    ['an empty page', '<html></html>'],
  ];
  test.each(hostile)('%s', async (_name, html) => {
    const started = performance.now();
    const page = await readHtml(html);
    const ms = performance.now() - started;
    expect(typeof page.text).toBe('string');
    expect(ms, `${ms.toFixed(0)} ms`).toBeLessThan(5000);
  });
});

describe('analyze on HTML pages', () => {
  let dir: string;
  const PAGE = newsPage({ head: `${OG}${PUBLISHED_TIME}` });

  beforeAll(async () => {
    dir = tempDir();
    writeFileSync(join(dir, 'story.html'), PAGE);
    writeFileSync(join(dir, 'story.txt'), ARTICLE_TEXT);
    await loadEngine();
  });

  async function run(argv: string[]): Promise<{ code: number; stdout: string }> {
    const fake = fakeIo({ cwd: dir });
    const code = await main(['--jobs', '1', ...argv], fake.io);
    return { code, stdout: fake.stdout() };
  }

  async function analyzed(argv: string[]): Promise<AnalysisResult> {
    const { code, stdout } = await run(['--json', ...argv]);
    expect(code).toBe(0);
    return JSON.parse(stdout) as AnalysisResult;
  }

  const dateOf = (result: AnalysisResult, text: string) => result.dates.find((d) => d.text === text)?.value;

  test('the same analysis as the plain-text article, dated by the page', async () => {
    const html = await analyzed(['story.html']);
    const text = await analyzed(['-r', PUBLISHED, 'story.txt']);
    expect({ ...html, source: '' }).toEqual({ ...text, source: '' });
    expect(html.referenceDate).toBe(PUBLISHED);
    expect(html.title).toBe(TITLE);
    expect(html.authors.map((a) => a.text)).toEqual([BYLINE]);
    expect(html.quotes.map((q) => [q.text.slice(0, 24), q.speaker?.name])).toEqual([
      ['Ferry crossings to the o', 'Harbor Authority'],
      ['We will not close the ha', 'Mara Quint'],
      ['The pier is stronger tha', 'Mara Quint'],
      ['bookings had fallen by 4', 'Tomas Reyne'],
      ['It has been a hard month', 'Tomas Reyne'],
    ]);
  });

  test('relative dates count from the page date, or from --reference-date when given', async () => {
    const dated = await analyzed(['story.html']);
    expect([dateOf(dated, 'yesterday'), dateOf(dated, 'last week')]).toEqual(['2024-03-13', '2024-03']);
    const overridden = await analyzed(['--reference-date', '2017-05-17', 'story.html']);
    expect(overridden.referenceDate).toBe('2017-05-17');
    expect([dateOf(overridden, 'yesterday'), dateOf(overridden, 'last week')]).toEqual(['2017-05-16', '2017-05']);
  });

  test('offsets slice the text --print-text prints', async () => {
    const { code, stdout } = await run(['--print-text', 'story.html']);
    expect([code, stdout]).toEqual([0, ARTICLE_TEXT]);
    const result = await analyzed(['story.html']);
    expect(spanViolations(result, stdout)).toEqual([]);
    expect(result.quotes.length).toBeGreaterThan(0);
  });

  test('worker threads get the page date too', async () => {
    const fake = fakeIo({ cwd: dir });
    expect(await main(['--format', 'ndjson', '--jobs', '2', ...Array<string>(10).fill('story.html')], fake.io)).toBe(0);
    const records = fake.stdout().trim().split('\n').map((line) => JSON.parse(line) as AnalysisResult);
    expect(records.map((r) => r.referenceDate)).toEqual(Array<string>(10).fill(PUBLISHED));
  });
});
