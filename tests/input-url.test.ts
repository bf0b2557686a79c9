import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadEngine } from '../src/cli/engine.js';
import { main } from '../src/cli/main.js';
import { fetchPage } from '../src/cli/url/fetch.js';
import type { AnalysisResult } from '../src/types.js';
import { fakeIo } from './helpers/fake-io.js';
import { spanViolations } from './helpers/spans.js';

/** Invented pages, served by a local server on 127.0.0.1 only. */
const STORY = '"We will reopen the pier by June," said Mara Quint, the harbor master, on Tuesday.';
const PAGE = `<!DOCTYPE html><html><head><title>Pier to reopen</title></head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Pier to reopen</h1><p>${STORY}</p></article>
<footer>Copyright Harbor Gazette</footer></body></html>`;
const PAGE_TEXT = `Pier to reopen\n\n${STORY}`;
/** The same story dated by its page: the date is the reference for "on Tuesday". */
const DATED_PAGE = PAGE.replace('<title>', '<meta property="article:published_time" content="2024-03-14T08:00:00Z"><title>');
const MARKDOWN = `# Pier to reopen\n\n"We will reopen the pier by June," said **Mara Quint**, the harbor master.\n`;

type Route = (res: ServerResponse) => void;

function send(type: string | null, body: string | Buffer, status = 200): Route {
  return (res) => {
    if (type !== null) res.setHeader('content-type', type);
    res.statusCode = status;
    res.end(body);
  };
}

const ROUTES: Record<string, Route> = {
  '/article.html': send('text/html; charset=utf-8', PAGE),
  '/article': send('text/html', PAGE),
  '/dated': send('text/html; charset=utf-8', DATED_PAGE),
  '/untyped': send(null, PAGE),
  '/story.md': send('text/markdown; charset=utf-8', MARKDOWN),
  '/plain-1252': send('text/plain; charset=windows-1252', Buffer.from([0x93, 0x4f, 0x6b, 0x2c, 0x94, 0x20, 0x73, 0x68, 0x65, 0x20, 0x73, 0x61, 0x69, 0x64, 0x2e])),
  '/plain-unlabelled-1252': send('text/plain', Buffer.from([0x93, 0x4f, 0x6b, 0x2c, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64, 0x2e])),
  '/utf16-with-bom': send('text/plain; charset=iso-8859-1', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ok, she said.', 'utf16le')])),
  '/missing': send('text/html', 'gone', 404),
  '/broken': send('text/html', 'oops', 500),
  '/photo.png': send('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
  '/nul': send('text/plain', Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01])),
  '/big': send('text/plain', 'x'.repeat(5000)),
  '/big-stream': (res) => {
    res.setHeader('content-type', 'text/plain');
    // No Content-Length: the limit must be found while reading.
    for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
    res.end();
  },
  '/slow': (res) => {
    res.setHeader('content-type', 'text/plain');
    res.write('The first words arrive, ');
    // …and the rest never does, until the server closes.
  },
  '/to-https-less': (res) => {
    res.statusCode = 302;
    res.setHeader('location', 'ftp://127.0.0.1/x');
    res.end();
  },
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    const hops = /^\/hop\/(\d{1,2})$/u.exec(path);
    if (hops) {
      const left = Number(hops[1]);
      res.statusCode = 302;
      res.setHeader('location', left === 0 ? '/article.html' : `/hop/${left - 1}`);
      res.end();
      return;
    }
    const route = ROUTES[path];
    if (route) route(res);
    else send('text/plain', 'no such page', 404)(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await loadEngine();
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

async function run(argv: string[]) {
  const fake = fakeIo({});
  const code = await main(['--jobs', '1', ...argv], fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

describe('analyze URL', () => {
  test('an HTML page is extracted by its content type and analyzed; spans slice the extracted text', async () => {
    for (const path of ['/article.html', '/article', '/untyped']) {
      const printed = await run(['--print-text', `${base}${path}`]);
      expect(printed).toMatchObject({ code: 0, stdout: PAGE_TEXT, stderr: '' });
      const { code, stdout } = await run(['--json', `${base}${path}`]);
      expect(code).toBe(0);
      const result = JSON.parse(stdout) as AnalysisResult;
      expect(result.source).toBe(`${base}${path}`);
      expect(spanViolations(result, PAGE_TEXT)).toEqual([]);
      expect(result.quotes[0]?.speaker?.name).toBe('Mara Quint');
    }
  });

  test("a page's publication date is the reference date, unless --reference-date is given", async () => {
    const dated = JSON.parse((await run(['--json', `${base}/dated`])).stdout) as AnalysisResult;
    expect(dated.referenceDate).toBe('2024-03-14');
    expect(dated.dates.find((d) => d.text === 'Tuesday')?.value).toBe('2024-03-12');
    const given = JSON.parse((await run(['--json', '-r', '2017-05-17', `${base}/dated`])).stdout) as AnalysisResult;
    expect(given.referenceDate).toBe('2017-05-17');
    expect((await run(['--print-text', `${base}/dated`])).stdout).toBe(PAGE_TEXT);
  });

  test('a Markdown page is masked like a .md file', async () => {
    const { code, stdout } = await run(['--json', `${base}/story.md`]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as AnalysisResult;
    expect(result.title).toBe('Pier to reopen');
    expect(spanViolations(result, MARKDOWN)).toEqual([]);
  });

  // [path, text printed, warning]
  const encodings: [string, string, string][] = [
    ['/plain-1252', '“Ok,” she said.', ''],
    ['/plain-unlabelled-1252', '“Ok,” said.', 'not valid UTF-8; read as Windows-1252'],
    ['/utf16-with-bom', 'Ok, she said.', ''],
  ];
  test.each(encodings)('%s is decoded by its charset or byte-order mark', async (path, text, warning) => {
    const { code, stdout, stderr } = await run(['--print-text', `${base}${path}`]);
    expect(code).toBe(0);
    expect(stdout).toBe(text);
    if (warning) expect(stderr).toBe(`analyze: ${base}${path}: ${warning}\n`);
    else expect(stderr).toBe('');
  });

  test('follows up to 5 redirects, no more', async () => {
    expect((await run(['--print-text', `${base}/hop/4`])).stdout).toBe(PAGE_TEXT);
    expect(await run(['--print-text', `${base}/hop/5`])).toMatchObject({ code: 2, stderr: `analyze: ${base}/hop/5: too many redirects (over 5)\n` });
  });

  // [path, extra options, one-line error]
  const failures: [string, string[], string][] = [
    ['/missing', [], 'HTTP 404'],
    ['/broken', [], 'HTTP 500'],
    ['/photo.png', [], 'not a text or HTML page'],
    ['/nul', [], 'binary file, not text'],
    ['/big', ['--max-bytes', '1K'], 'too large (over --max-bytes 1024)'],
    ['/big-stream', ['--max-bytes', '2K'], 'too large (over --max-bytes 2048)'],
    ['/to-https-less', [], 'redirected to a ftp: address'],
  ];
  test.each(failures)('%s fails in one line', async (path, options, message) => {
    const { code, stdout, stderr } = await run(['--json', ...options, `${base}${path}`]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`analyze: ${base}${path}: ${message}\n`);
  });

  test('a refused connection is one line', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    const { code, stderr } = await run([`http://127.0.0.1:${port}/x`]);
    expect(code).toBe(2);
    expect(stderr).toBe(`analyze: http://127.0.0.1:${port}/x: cannot connect (ECONNREFUSED)\n`);
  });

  test('in a batch a failed URL keeps its place as an error record', async () => {
    const { code, stdout } = await run(['--format', 'ndjson', `${base}/missing`, `${base}/article.html`]);
    expect(code).toBe(2);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { error?: { code: string } });
    expect(lines[0]?.error?.code).toBe('not-found');
    expect(lines[1]?.error).toBeUndefined();
  });

  test('a page that stalls times out', async () => {
    const started = performance.now();
    await expect(fetchPage(`${base}/slow`, { maxBytes: 1000, timeoutMs: 300 })).rejects.toThrow('timed out');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
