import type { Mention } from './mention.js';
import { addresseeOrSource, speechVerbAfter, speechVerbBefore } from './context.js';
import { NON_ORG_ACRONYMS, ORG_HEADS } from './lexicon/organizations.js';
import { isAcronym } from './shape.js';
import { startsUpper } from '../chars.js';

/**
 * Grouping organization mentions. Acronyms link to full names both ways: by the parentheses that
 * introduce them ("Human Rights Watch (HRW)") or by initials ("RFA" and "Radio Free Asia", only when
 * the full name is in the text). An acronym nothing explains is an organization on its own only
 * with evidence: it speaks, is spoken to, owns something ("HRW's"), or is "the FBI".
 */
export interface OrgGroup {
  mentions: Mention[];
  /** The words of the full name joined by spaces when one is known, else the acronym. */
  key: string;
}

const DOTS = /\./gu;

const bare = (acronym: string): string => acronym.replace(DOTS, '');

/** "Human Rights Watch" → "HRW"; lower-case connectors and "&" do not count. */
function initialsOf(words: readonly string[]): string {
  return words.filter((w) => startsUpper(w)).map((w) => w[0]!).join('');
}

/** The acronym in parentheses right after the mention, if any: "(HRW)". */
function parenthesizedAfter(m: Mention): string | null {
  const { tokens, shaped } = m.view;
  const open = tokens[shaped.nameTo];
  const acronym = tokens[shaped.nameTo + 1];
  const close = tokens[shaped.nameTo + 2];
  if (open?.text !== '(' || close?.text !== ')' || !acronym || !isAcronym(acronym.text)) return null;
  return bare(acronym.text);
}

const CAPITALS_ONLY = /^[\p{Lu}&-]+$/u;

/** Evidence that a lone acronym names an organization. */
function actsLikeOrganization(m: Mention): boolean {
  const { tokens, shaped } = m.view;
  if (speechVerbAfter(tokens, shaped.nameTo) || speechVerbBefore(tokens, shaped.titleFrom, shaped.nameTo)) return true;
  if (addresseeOrSource(tokens, shaped.titleFrom)) return true;
  if (tokens[shaped.nameTo]?.kind === 'poss') return true;
  const before = tokens[shaped.titleFrom - 1]?.text;
  return (before === 'the' || before === 'The') && CAPITALS_ONLY.test(m.words[0]!);
}

/** Last words of a company's name, whose first word alone is then the company ("Halvorsen Foods" → "Halvorsen said"). */
const COMPANY_TAILS = new Set([
  'Foods', 'Group', 'Holdings', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Ltd', 'Ltd.', 'LLC', 'Co', 'Co.',
  'Company', 'Motors', 'Airlines', 'Airways', 'Energy', 'Pharmaceuticals', 'Industries', 'Construction', 'Mining',
  'Petroleum', 'Technologies', 'Systems', 'Media', 'Entertainment', 'Insurance', 'Logistics', 'Capital', 'Ventures',
  'Partners', 'Enterprises', 'Telecom', 'Electric', 'Chemicals', 'Shipping', 'Software', 'Hotels', 'Studios',
  'Records', 'Publishing', 'Consulting', 'Solutions', 'Realty', 'Properties', 'Investments', 'Labs', 'Laboratories',
  'Healthcare', 'Bancorp', 'Homes', 'Developments', 'Builders', 'Brewery', 'Farms', 'Dairies', 'Wines',
]);

/** The first word of each company named in two or three words, with where the company is first named. */
export function companyFirstWords(orgs: readonly Mention[]): Map<string, number> {
  const firstWords = new Map<string, number>();
  for (const m of orgs) {
    if (m.words.length < 2 || m.words.length > 3 || !COMPANY_TAILS.has(m.words[m.words.length - 1]!)) continue;
    const word = m.words[0]!;
    firstWords.set(word, Math.min(firstWords.get(word) ?? Infinity, m.start));
  }
  return firstWords;
}

/**
 * `shortNames` are lone words that companyFirstWords found named before them: each joins the
 * last company opened by that word before it.
 */
export function groupOrganizations(
  orgs: readonly Mention[],
  acronyms: readonly Mention[],
  headWords: readonly Mention[],
  shortNames: readonly Mention[] = [],
): OrgGroup[] {
  const groups: OrgGroup[] = [];
  const byKey = new Map<string, OrgGroup>();
  const byAcronym = new Map<string, OrgGroup>();
  const add = (key: string, m: Mention): OrgGroup => {
    let g = byKey.get(key);
    if (!g) {
      g = { mentions: [], key };
      byKey.set(key, g);
      groups.push(g);
    }
    g.mentions.push(m);
    return g;
  };

  const loneAcronyms: Mention[] = [...acronyms];
  for (const m of orgs) {
    if (m.words.length === 1 && isAcronym(m.words[0]!)) {
      loneAcronyms.push(m);
      continue;
    }
    const g = add(m.words.join(' '), m);
    const paren = parenthesizedAfter(m);
    if (paren && !byAcronym.has(paren)) byAcronym.set(paren, g);
  }
  for (const g of groups) {
    const initials = initialsOf(g.mentions[0]!.words);
    if (initials.length >= 2 && !byAcronym.has(initials)) byAcronym.set(initials, g);
  }

  // An acronym that acts as an organization once is one everywhere in the text.
  const standing = new Set(
    loneAcronyms.filter((m) => m.kind === 'organization' || actsLikeOrganization(m)).map((m) => bare(m.words[0]!)),
  );
  loneAcronyms.sort((a, b) => a.start - b.start);
  for (const m of loneAcronyms) {
    const key = bare(m.words[0]!);
    const full = byAcronym.get(key);
    if (full) full.mentions.push(m);
    else if (standing.has(key) && !NON_ORG_ACRONYMS().has(key)) add(key, m);
  }

  // "the Post", "the Times": a head word alone points back to the organization it ends, the last
  // found of those named before it. Looked up by last word, with each one's first mention kept as
  // head words join, rather than every organization and its mentions read for each head word.
  const byLastWord = new Map<string, OrgGroup[]>();
  const firstStart = new Map<OrgGroup, number>();
  for (const g of groups) {
    const space = g.key.lastIndexOf(' ');
    if (space < 0) continue;
    const last = g.key.slice(space + 1);
    const list = byLastWord.get(last);
    if (list) list.push(g);
    else byLastWord.set(last, [g]);
    let first = Infinity;
    for (const x of g.mentions) first = Math.min(first, x.start);
    firstStart.set(g, first);
  }
  for (const m of headWords) {
    const word = m.words[0]!;
    const before = m.view.tokens[m.view.shaped.titleFrom - 1]?.text;
    if (!ORG_HEADS().has(word) || (before !== 'the' && before !== 'The')) continue;
    const named = byLastWord.get(word) ?? [];
    let target: OrgGroup | undefined;
    for (let k = named.length - 1; k >= 0 && !target; k--) if (firstStart.get(named[k]!)! < m.start) target = named[k];
    if (!target) continue;
    target.mentions.push(m);
    firstStart.set(target, Math.min(firstStart.get(target)!, m.start));
  }

  for (const m of shortNames) {
    let target: OrgGroup | undefined;
    for (const g of groups) {
      if (g.key.startsWith(`${m.words[0]!} `) && (firstStart.get(g) ?? Infinity) < m.start) target = g;
    }
    target?.mentions.push(m);
  }

  for (const g of groups) g.mentions.sort((a, b) => a.start - b.start);
  return groups;
}
