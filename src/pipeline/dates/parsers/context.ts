/**
 * What the rest of the sentence says about a date phrase that cannot tell by itself: whether "the
 * third quarter" is a company's or a game's, and whether "the year" may be one named earlier.
 * Each runs only once a phrase has matched, over the tokens near it.
 */
import { yearAt, type ScanContext } from '../match.js';

/** Words of company and economic news, where quarters and halves are parts of a year. */
const BUSINESS_WORDS = new Set([
  'profit', 'profits', 'revenue', 'revenues', 'sales', 'earnings', 'growth', 'grew', 'gdp', 'economy',
  'economic', 'output', 'income', 'loss', 'losses', 'results', 'quarterly', 'fiscal', 'percent', 'pct',
  'inflation', 'margin', 'margins', 'shares', 'stock', 'investors', 'analysts', 'company', 'firm',
  'bank', 'retailer', 'carmaker', 'airline', 'insurer', 'lender', 'demand', 'exports', 'imports',
  'deliveries', 'delivered', 'production', 'spending', 'orders', 'unemployment', 'jobless', 'dividend',
  'turnover', 'prices', 'rates', 'consumer', 'market', 'markets', 'billion', 'million', 'sold',
  'shipments', 'shipped', 'contracted', 'expanded', 'shrank', 'rebound', 'recovery', 'slowdown',
  'recession', 'deficit', 'borrowing', 'debt', 'investment', 'guidance', 'outlook', 'forecast',
  'forecasts', 'annualized', 'annualised', 'seasonally', 'ebitda', 'operating', '%', '$', '€', '£',
]);

/** Words only a game report uses (not "goal" or "game", which companies have too): "scored in the third quarter". */
const SPORT_WORDS = new Set([
  'scored', 'scoring', 'touchdown', 'touchdowns', 'yards', 'rebounds', 'assists', 'halftime',
  'quarterback', 'penalty', 'inning', 'innings', 'overtime', 'striker', 'kickoff', 'wicket', 'wickets',
]);

/**
 * How many tokens each way these look: about a long sentence. A range with no sentence break (a
 * megabyte without a full stop) must not be rescanned at every phrase: quadratic time.
 */
const REACH = 60;

/** True when the words around token i read as business news and not as a game report. */
export function inBusinessContext(ctx: ScanContext, i: number): boolean {
  let business = false;
  const end = Math.min(ctx.tokens.length, i + REACH);
  for (let k = Math.max(0, i - REACH); k < end; k++) {
    const w = ctx.tokens[k]!.lower;
    if (SPORT_WORDS.has(w)) return false;
    if (BUSINESS_WORDS.has(w)) business = true;
  }
  return business;
}

/** True when a year stands shortly before token i: "the year" may then be that one. */
export function yearNamedBefore(ctx: ScanContext, i: number): boolean {
  for (let k = Math.max(0, i - REACH); k < i; k++) {
    if (ctx.tokens[k]!.kind === 'num' && yearAt(ctx, k, 1600, 2099) !== null) return true;
  }
  return false;
}
