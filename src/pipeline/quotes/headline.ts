import type { Doc, Paragraph } from '../document.js';
import { tokenize } from '../tokens.js';
import { headlineSpeaker, type Cue } from './attribution.js';
import { PERSON_NOUNS } from './lexicon.js';
import { lowerCase } from '../chars.js';

const HEADLINE_VERBS = new Set(['says', 'speaks', 'calls', 'rips', 'hammers', 'blasts', 'slams', 'tells', 'warns', 'urges', 'vows', 'claims', 'admits', 'denies', 'accuses', 'reveals', 'insists', 'declares', 'praises', 'mocks']);

/**
 * Who speaks in a headline: "Pat Caddell: …", "Chris Christie Calls Clinton 'A Disgrace'", "…, Lindsey
 * Graham Says". Headlines capitalize every word, so only a name the article itself uses counts.
 */
export function titleCue(doc: Doc, para: Paragraph): Cue | null {
  const t = tokenize(doc.text, para.start, para.end);
  const colon = headlineSpeaker(t);
  if (colon) return colon;
  const names = [
    ...doc.people.flatMap((p) => [p.name, ...p.aliases]),
    ...doc.organizations.flatMap((o) => [o.name, ...o.aliases]),
  ].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const title = doc.slice(para);
  const verbAt = (k: number): boolean => HEADLINE_VERBS.has(lowerCase(t[k]?.text ?? ''));
  for (const name of names) {
    if (title.startsWith(`${name} `)) {
      const k = t.findIndex((x) => x.start >= para.start + name.length);
      if (verbAt(k)) return { start: t[k]!.start, end: t[k]!.end, subject: { start: para.start, end: para.start + name.length, kind: 'name', head: '' } };
    }
    const last = t.length - (t[t.length - 1]?.word ? 1 : 2);
    const at = title.lastIndexOf(` ${name} `);
    if (at >= 0 && verbAt(last) && para.start + at + 1 + name.length + 1 === t[last]!.start) {
      const start = para.start + at + 1;
      return { start: t[last]!.start, end: t[last]!.end, subject: { start, end: start + name.length, kind: 'name', head: '' } };
    }
  }
  // "Mayor Vows 'No More Delays'": a role opening the headline before its verb is the one person
  // the article gives that role (speakers.ts), or nobody.
  const role = lowerCase(t[0]?.text ?? '');
  if (t[0]?.word && PERSON_NOUNS.has(role) && verbAt(1)) {
    return { start: t[1]!.start, end: t[1]!.end, subject: { start: t[0].start, end: t[0].end, kind: 'nominal', head: role } };
  }
  return null;
}

