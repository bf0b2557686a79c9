import { Command, CommanderError, Option } from 'commander';
import { UsageError } from '../errors.js';
import { quietOutput } from '../options.js';

export const CHECK_FORMATS = ['text', 'github', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions {
  paths: string[];
  update: boolean;
  format: CheckFormat;
  /** --color / --no-color; undefined when neither. */
  color: boolean | undefined;
}

export type ParsedCheck = { action: 'run'; options: CheckOptions } | { action: 'exit'; code: number };

export interface CheckParseEnvironment {
  writeOut: (text: string) => void;
  writeErr: (text: string) => void;
  columns: number;
}

const EXAMPLES = `Examples:
  analyze check samples/                 each X.txt against X.expected.json
  analyze check --update samples/        rewrite the expected files that differ
  analyze check --format github samples  annotations for GitHub Actions
  analyze check --format junit . > junit.xml
`;

const AFTER = `
X.expected.json holds exactly what "analyze --format json X.txt" prints, run from
the same directory. Articles without one are listed as skipped.
Exit codes: 0 all hold, 1 an article differs, 2 an article or expected file could
not be read.`;

interface RawCheckOptions {
  update?: boolean;
  format: CheckFormat;
  color?: boolean;
}

/** `analyze check [options] [paths...]`; never exits the process (see parseCommandLine). */
export function parseCheckLine(argv: readonly string[], env: CheckParseEnvironment): ParsedCheck {
  const program = new Command('analyze check')
    .description('Compare the analysis of each article with the expected file beside it (X.txt → X.expected.json).')
    .usage('[options] [paths...]')
    .argument('[paths...]', 'articles or directories (searched for .txt, .md, .html); default: the current directory')
    .option('--update', 'rewrite the expected files that differ with the current analysis')
    .addOption(new Option('-f, --format <name>', 'report format').choices(CHECK_FORMATS).default('text'))
    .option('--color', 'colour the text report even when stdout is not a terminal')
    .option('--no-color', 'never colour (also: NO_COLOR=1)')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('beforeAll', EXAMPLES)
    .addHelpText('afterAll', AFTER)
    .exitOverride()
    .configureOutput(quietOutput(env));
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help') return { action: 'exit', code: 0 };
    throw new UsageError(error.message.replace(/^error: /, '').split('\n').map((l) => l.trim()).filter(Boolean).join(' '));
  }
  const raw = program.opts<RawCheckOptions>();
  return {
    action: 'run',
    options: { paths: program.args.length > 0 ? program.args : ['.'], update: raw.update === true, format: raw.format, color: raw.color },
  };
}
