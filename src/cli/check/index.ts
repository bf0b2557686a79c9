import { shouldColor } from '../color.js';
import { loadEngine } from '../engine.js';
import type { Io } from '../io.js';
import type { Sink } from '../sink.js';
import { checkArticle } from './article.js';
import { findTargets } from './discover.js';
import { parseCheckLine, type CheckOptions } from './options.js';
import { exitCode, tally, type ArticleCheck } from './outcome.js';
import { githubReporter } from './report/github.js';
import { junitReporter } from './report/junit.js';
import { textReporter } from './report/text.js';
import type { Reporter } from './report/types.js';

function reporterFor(options: CheckOptions, io: Io): Reporter {
  if (options.format === 'github') return githubReporter();
  if (options.format === 'junit') return junitReporter();
  return textReporter(shouldColor({ flag: options.color, env: io.env, stdoutIsTTY: io.stdoutIsTTY, toFile: false }));
}

/**
 * `analyze check [paths...]`: each article against its expected file, reported as it goes (text,
 * GitHub annotations) or at the end (JUnit). Returns the exit code: 0 all hold, 1 one differs,
 * 2 one could not be checked.
 */
export async function runCheck(argv: readonly string[], io: Io, stdout: Sink, say: (message: string) => void, columns: number): Promise<number> {
  const parsed = parseCheckLine(argv, { writeOut: (text) => void stdout.write(text), writeErr: (text) => void io.stderr.write(text), columns });
  if (parsed.action === 'exit') return parsed.code;
  const { options } = parsed;
  const engine = await loadEngine();
  const targets = await findTargets(options.paths, io.cwd);
  const reporter = reporterFor(options, io);
  const checks: ArticleCheck[] = [];
  for (const target of targets) {
    const check = await checkArticle(target, engine, options.update, say);
    checks.push(check);
    // A text report shows errors itself; the others go to a file or a CI log, so say them here too.
    if (check.verdict.status === 'error' && options.format !== 'text') say(`${check.source}: ${check.verdict.message}`);
    await stdout.write(reporter.article(check));
    if (stdout.closed) return 0;
  }
  await stdout.write(reporter.end(checks));
  return exitCode(tally(checks));
}
