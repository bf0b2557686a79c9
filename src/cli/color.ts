export interface ColorInputs {
  /** --color (true), --no-color (false), neither (undefined). */
  flag: boolean | undefined;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  /** Output goes to --output FILE: colour only on an explicit --color. */
  toFile: boolean;
}

/**
 * Whether the table view is coloured. The flags win; then FORCE_COLOR (any value but "0" or
 * "false", even empty, forces colour on); then NO_COLOR (any non-empty value turns it off, no-color.org);
 * else colour exactly when stdout is a terminal that is not "dumb".
 */
export function shouldColor({ flag, env, stdoutIsTTY, toFile }: ColorInputs): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return stdoutIsTTY && env.TERM !== 'dumb';
}
