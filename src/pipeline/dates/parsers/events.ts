/**
 * Days news names by their date alone: "9/11" is 11 September 2001 whatever the reference day
 * ("Sept. 11 attacks" is read in calendarDates, next to the other month-day forms).
 */
import { fixed, type DateParser } from '../match.js';
import { glued } from '../tokens.js';

/** The token "9/11" opens on, for the scanner's dispatch. */
export const NINE_ELEVEN_OPENERS: readonly string[] = ['9'];

/** "9/11", "post-9/11", "(9/11)"; not "9/11/2001" (a full date), "19/11" or "9/11.5". */
export const nineEleven: DateParser = (ctx, i) => {
  const nine = ctx.tokens[i];
  if (nine?.text !== '9') return null;
  const slash = ctx.tokens[i + 1];
  const eleven = ctx.tokens[i + 2];
  if (slash?.text !== '/' || eleven?.text !== '11' || !glued(nine, slash) || !glued(slash, eleven)) return null;
  const before = ctx.tokens[i - 1];
  if (before && glued(before, nine) && (before.kind === 'num' || before.text === '/' || before.text === '.')) return null;
  const after = ctx.tokens[i + 3];
  if (after && glued(eleven, after) && (after.kind !== 'punct' || after.text === '/' || (after.text === '.' && ctx.tokens[i + 4]?.kind === 'num'))) return null;
  return fixed(i + 2, 'day', '2001-09-11');
};
