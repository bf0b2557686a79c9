/**
 * Units written right after a number that say what it measures: money's sub-units ("512 pence",
 * "40p", "99c") and measures ("42 km", "5kg", "500 MW", "40°C"). The stage reports them as what the
 * figure counts, as it does for "5,000 litres": `unit` holds currencies and percent only, and a
 * sub-unit is not converted ("40p" is 40 counting pence, not 0.4 GBP).
 */
import { glued, type Token } from '../dates/tokens.js';

export interface Measure {
  /** What the figure counts: the abbreviation as written ("km", "MW"), or "pence", "cents", "°C". */
  name: string | null;
  /** Index of the measure's last token. */
  last: number;
}

/** Abbreviations of measures, exactly as news writes them: "km" but not "KM" ("500 KM" is rare, "KM" an initialism). */
const ABBREVIATIONS = new Set([
  'km', 'kg', 'mg', 'cm', 'mm', 'ha', 'ft', 'lb', 'lbs', 'oz', 'mph', 'kph', 'kmh', 'bpd',
  'MW', 'GW', 'kW', 'KW', 'kWh', 'MWh', 'GWh', 'TWh', 'GB', 'TB', 'MB',
]);

/** "sq km", "sq ft", "sq miles": the measure is the pair. */
const SQUARED = new Set(['km', 'ft', 'm', 'mi', 'miles', 'metres', 'meters', 'feet', 'kilometres', 'kilometers']);

/** Video resolutions ("1080p", "720p") are not pence. */
const RESOLUTIONS = new Set(['144', '240', '360', '480', '576', '720', '1080', '1440', '2160', '4320']);

/** Words near a lower-case "c" that make it degrees ("highs of 30c") or cents ("costs 99c"). */
const TEMPERATURE_WORDS = new Set([
  'temperature', 'temperatures', 'degrees', 'heat', 'heatwave', 'warm', 'warmer', 'warmest', 'hot', 'hotter',
  'hottest', 'cold', 'colder', 'coldest', 'freezing', 'high', 'highs', 'low', 'lows', 'celsius', 'mercury',
  'thermometer', 'thermometers', 'weather', 'sunshine',
]);
const MONEY_WORDS = new Set([
  'cost', 'costs', 'costing', 'price', 'prices', 'priced', 'pay', 'pays', 'paid', 'fare', 'fares', 'fee', 'fees',
  'charge', 'charges', 'charged', 'sell', 'sells', 'selling', 'sold', 'buy', 'buys', 'bought', 'cheaper', 'dearer',
  'share', 'shares', 'stamp', 'stamps', 'ticket', 'tickets', 'tax', 'dollar', 'dollars', 'cents', 'litre', 'liter',
  'gallon', 'dividend', 'dividends', 'earnings', 'worth',
]);

/** How far around a lower-case "c" the context words are looked for: the clause, not the text. */
const CONTEXT_BEFORE = 8;
const CONTEXT_AFTER = 4;

/** "99c": cents near money words, degrees near weather words, else unknown (the value still stands). */
function lowerC(tokens: readonly Token[], at: number): string | null {
  let money = false;
  const from = Math.max(0, at - CONTEXT_BEFORE);
  const to = Math.min(tokens.length, at + CONTEXT_AFTER + 1);
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (TEMPERATURE_WORDS.has(t.lower)) return '°C';
    if (MONEY_WORDS.has(t.lower) || t.text === '$' || t.text === '€') money = true;
  }
  return money ? 'cents' : null;
}

/** Plausible air and water temperatures: "35C" is degrees, "250C" is not read as such. */
function isTemperature(scale: 'C' | 'F', value: number): boolean {
  return scale === 'C' ? value >= -90 && value <= 60 : value >= -130 && value <= 140;
}

/** "°C", "°F" glued after the degree sign at k. */
function degreesAt(tokens: readonly Token[], k: number): Measure | null {
  const sign = tokens[k];
  const letter = tokens[k + 1];
  if (sign?.text !== '°' || !letter || !glued(sign, letter) || (letter.text !== 'C' && letter.text !== 'F')) return null;
  return { name: `°${letter.text}`, last: k + 1 };
}

/**
 * A measure glued to the number token at `num` ("40p", "5kg", "35C", "40°C"), read with the value
 * the number carries (its sign included), or null.
 */
export function gluedMeasure(tokens: readonly Token[], num: number, value: number): Measure | null {
  const n = tokens[num]!;
  const next = tokens[num + 1];
  if (!next || !glued(n, next)) return null;
  if (next.text === '°') return degreesAt(tokens, num + 1);
  if (next.kind !== 'word') return null;
  // A letter glued after the suffix ("5kgs", "40pX") makes another word: an id, not a measure.
  const after = tokens[num + 2];
  if (after && glued(next, after) && after.kind !== 'punct') return null;
  if (next.text === 'p') return RESOLUTIONS.has(n.text) ? null : { name: 'pence', last: num + 1 };
  if (next.text === 'c') return { name: lowerC(tokens, num), last: num + 1 };
  if (next.text === 'C' || next.text === 'F') return isTemperature(next.text, value) ? { name: `°${next.text}`, last: num + 1 } : null;
  return ABBREVIATIONS.has(next.text) ? { name: next.text, last: num + 1 } : null;
}

/** A measure written apart after the figure's last token ("42 km", "512 pence", "40 °C", "3 sq km"), or null. */
export function spacedMeasure(tokens: readonly Token[], last: number): Measure | null {
  const next = tokens[last + 1];
  if (!next || glued(tokens[last], next)) return null;
  if (next.text === '°') return degreesAt(tokens, last + 1);
  if (next.lower === 'pence') return { name: next.text, last: last + 1 };
  const second = tokens[last + 2];
  if (next.text === 'sq' && second && SQUARED.has(second.lower)) return { name: `sq ${second.text}`, last: last + 2 };
  return ABBREVIATIONS.has(next.text) ? { name: next.text, last: last + 1 } : null;
}
