import { changeCount, tally, type ArticleCheck } from '../outcome.js';
import { diffText } from './diff-text.js';
import type { Reporter } from './types.js';

/** Characters XML 1.0 cannot hold at all are shown as escapes, like the terminal view does. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function xml(text: string): string {
  return text
    .replace(NOT_XML, (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function testcase(check: ArticleCheck): string {
  const open = `    <testcase classname="analyze check" name="${xml(check.source)}" file="${xml(check.source)}"`;
  const v = check.verdict;
  switch (v.status) {
    case 'pass':
      return `${open}/>\n`;
    case 'fail':
      return `${open}>\n      <failure type="mismatch" message="${xml(`${changeCount(v.changes)} from ${check.expected ?? '?'}`)}">${xml(diffText(v.changes))}</failure>\n    </testcase>\n`;
    case 'updated':
      return `${open}>\n      <system-out>${xml(`${changeCount(v.changes)} written to ${check.expected ?? '?'}\n${diffText(v.changes)}`)}</system-out>\n    </testcase>\n`;
    case 'skip':
      return `${open}>\n      <skipped message="${xml(v.reason)}"/>\n    </testcase>\n`;
    case 'error':
      return `${open}>\n      <error type="error" message="${xml(v.message)}"/>\n    </testcase>\n`;
  }
}

/** A JUnit XML report for CI systems other than GitHub: one test case per article, written at the end. */
export function junitReporter(): Reporter {
  return {
    article: () => '',
    end(checks) {
      const t = tally(checks);
      const counts = `tests="${t.articles}" failures="${t.failed}" errors="${t.errors}" skipped="${t.skipped}"`;
      return [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        `<testsuites name="analyze check" ${counts}>\n`,
        `  <testsuite name="analyze check" ${counts}>\n`,
        ...checks.map(testcase),
        '  </testsuite>\n',
        '</testsuites>\n',
      ].join('');
    },
  };
}
