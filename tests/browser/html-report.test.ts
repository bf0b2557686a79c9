import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadEngine } from '../../src/cli/engine.js';
import { main } from '../../src/cli/main.js';
import { SPEAKER_COLOURS } from '../../src/format/html/palette.js';
import type { AnalysisResult } from '../../src/types.js';
import { fakeIo, tempDir } from '../helpers/fake-io.js';
import { countColours, decodePng } from './png.js';

/**
 * The `--format html` report in a real browser: Debian's chromium, driven by playwright-core (which
 * downloads no browser). Skipped where chromium is not installed; CI installs it and sets
 * ANALYZE_REQUIRE_BROWSER=1, which turns a missing browser into a failure.
 */
const CHROMIUM = '/usr/bin/chromium';
const REQUIRED = process.env.ANALYZE_REQUIRE_BROWSER === '1';
const PRESENT = existsSync(CHROMIUM);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** One browser start and a few page loads, on a machine busy with the rest of the suite. */
const TIMEOUT = 60_000;

const SAMPLE = fileURLToPath(new URL('../../samples/harbor-bridge.txt', import.meta.url));
/** What the page must show, from the sample's golden file, so the test follows the analysis. */
const EXPECTED = JSON.parse(readFileSync(SAMPLE.replace(/\.txt$/, '.expected.json'), 'utf8')) as AnalysisResult;
const SPEAKERS = [...new Set(EXPECTED.quotes.flatMap((q) => (q.speaker ? [q.speaker.name] : [])))];

/** An invented article that tries everything an HTML page could do, in its text and in its quote. */
const HOSTILE = [
  'Mayor & council <b>clash</b> over <style>body{display:none}</style> tolls',
  '',
  '"<script>window.injected = 1</script> We & they <img src="http://127.0.0.1:9/x.png" onerror="window.injected = 2"> will decide," said Vera Lund, the mayor, on Monday.',
  '',
  '"<iframe src="https://example.org/"></iframe> Nothing is settled," Lund said.',
].join('\n');

interface Visit {
  page: Page;
  url: string;
  consoleErrors: string[];
  pageErrors: string[];
  requests: string[];
}

const SKIP_REASON = `${CHROMIUM} not found; install Debian's chromium (as .ci/run does) to run it`;
const title = PRESENT ? 'the HTML report in headless Chromium' : `the HTML report in headless Chromium (SKIPPED: ${SKIP_REASON})`;
if (!PRESENT && !REQUIRED) console.warn(`tests/browser/html-report.test.ts: skipped: ${SKIP_REASON}`);

describe.skipIf(!PRESENT && !REQUIRED)(title, () => {
  let browser: Browser;
  let dir: string;
  const started = performance.now();

  async function render(file: string, paths: string[]): Promise<string> {
    const fake = fakeIo({ cwd: dir });
    const code = await main(['--format', 'html', '--output', file, ...paths], fake.io);
    if (!existsSync(join(dir, file))) throw new Error(`no report written (exit ${code}): ${fake.stderr()}`);
    return join(dir, file);
  }

  async function visit(path: string): Promise<Visit> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const visit: Visit = { page, url: pathToFileURL(path).href, consoleErrors: [], pageErrors: [], requests: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') visit.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => visit.pageErrors.push(error.message));
    page.on('request', (request) => visit.requests.push(request.url()));
    await page.goto(visit.url, { waitUntil: 'load' });
    return visit;
  }

  function expectQuiet(v: Visit): void {
    expect(v.consoleErrors).toEqual([]);
    expect(v.pageErrors).toEqual([]);
    expect(v.requests).toEqual([v.url]);
  }

  beforeAll(async () => {
    if (!PRESENT) throw new Error(`ANALYZE_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
    dir = tempDir('analyze-browser-');
    writeFileSync(join(dir, 'harbor-bridge.txt'), readFileSync(SAMPLE, 'utf8'));
    writeFileSync(join(dir, 'hostile.txt'), HOSTILE);
    await loadEngine();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    // The whole file's time, for the report: one browser start, three pages.
    console.info(`browser test: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });

  test('a sample loads with no console error, no page error and no request but the file itself', async () => {
    const v = await visit(await render('harbor.html', ['harbor-bridge.txt']));
    try {
      expectQuiet(v);
      expect(await v.page.title()).toBe('harbor-bridge.txt · analyze');
    } finally {
      await v.page.close();
    }
  }, TIMEOUT);

  test('hovering a quote shows its speaker and cue', async () => {
    const v = await visit(await render('harbor.html', ['harbor-bridge.txt']));
    try {
      const quote = v.page.locator('.article .q').first();
      const tip = () => quote.evaluate((el) => {
        const style = getComputedStyle(el, '::after');
        return { content: style.content, visibility: style.visibility };
      });
      expect((await tip()).visibility).toBe('hidden');
      await quote.hover();
      const shown = await tip();
      expect(shown.visibility).toBe('visible');
      const first = EXPECTED.quotes[0]!;
      const who = first.speaker ? `${first.speaker.name} (${first.speaker.type})` : 'No speaker found';
      expect(shown.content).toBe(`"${who} · ${first.kind} · ${first.cue ? `cue: ${first.cue.text}` : 'no cue'}"`);
      expectQuiet(v);
    } finally {
      await v.page.close();
    }
  }, TIMEOUT);

  test('the screenshot shows every speaker\'s highlights, in their colours', async () => {
    const v = await visit(await render('harbor.html', ['harbor-bridge.txt']));
    try {
      const n = EXPECTED.quotes.length;
      expect(SPEAKERS.length).toBeGreaterThanOrEqual(3);
      expect(await v.page.locator('.article .q').count()).toBe(n);
      expect(await v.page.locator(`h2:text-is("Quotes (${n})") + table tbody tr`).count()).toBe(n);
      const classes = await v.page.locator('.article .q').evaluateAll((els) => [...new Set(els.map((e) => e.className))]);
      expect(classes.filter((c) => c !== 'q none')).toEqual(SPEAKERS.map((_, i) => `q s${i}`));
      const image = decodePng(await v.page.screenshot({ fullPage: true }));
      const counts = countColours(image, SPEAKER_COLOURS);
      // Each speaker's colour fills their quotes, swatches and bar; the colours of no one are nowhere.
      for (const colour of SPEAKER_COLOURS.slice(0, SPEAKERS.length)) expect(counts.get(colour)).toBeGreaterThan(2000);
      for (const colour of SPEAKER_COLOURS.slice(SPEAKERS.length)) expect(counts.get(colour)).toBe(0);
    } finally {
      await v.page.close();
    }
  }, TIMEOUT);

  test('an article full of markup runs nothing, loads nothing and reads as written', async () => {
    const v = await visit(await render('hostile.html', ['hostile.txt']));
    try {
      expectQuiet(v);
      expect(await v.page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
      expect(await v.page.locator('.article script, .article img, .article iframe, .article b, .article style').count()).toBe(0);
      expect(await v.page.locator('.article').textContent()).toBe(HOSTILE);
      expect(await v.page.locator('body').isVisible()).toBe(true);
    } finally {
      await v.page.close();
    }
  }, TIMEOUT);

  test('a batch with a missing file: one page, a section each, the error in its place', async () => {
    const v = await visit(await render('batch.html', ['harbor-bridge.txt', 'missing.txt', 'hostile.txt']));
    try {
      expectQuiet(v);
      expect(await v.page.locator('section.doc > h2').allTextContents()).toEqual(['harbor-bridge.txt', 'missing.txt', 'hostile.txt']);
      expect(await v.page.locator('#doc-2 .error').textContent()).toBe('Error: no such file [not-found]');
      await v.page.locator('nav a').nth(2).click();
      expect(v.page.url()).toBe(`${v.url}#doc-3`);
      expectQuiet(v);
    } finally {
      await v.page.close();
    }
  }, TIMEOUT);
});
