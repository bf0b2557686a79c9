import { Chalk, type ChalkInstance, type ForegroundColorName } from 'chalk';
import type { EntityKind, Mark } from '../article/marks.js';
import type { Voices } from '../article/voices.js';

/** How marks are shown: by colour and type style, or, without colour, by bracket markers in the text. */
export interface Look {
  color: boolean;
  /** The style key of text inside `active` (outer first); null when it is shown plain. */
  styleOf(active: readonly Mark[]): string | null;
  /** Text put before and after a mark's characters: markers without colour, nothing with it. */
  open(mark: Mark): string;
  close(mark: Mark): string;
  paint(style: string, text: string): string;
}

/**
 * One colour per speaker, in order of first quote; after twelve speakers the colours come round
 * again (the legend still tells them apart by name). Basic colours only, so every terminal has them.
 */
export const SPEAKER_HUES = [
  'green', 'cyan', 'magenta', 'yellow', 'blue', 'red',
  'greenBright', 'cyanBright', 'magentaBright', 'yellowBright', 'blueBright', 'redBright',
] as const satisfies readonly ForegroundColorName[];

/** Quotes with no speaker found: a neutral grey that belongs to nobody. */
const UNATTRIBUTED = 'gray' satisfies ForegroundColorName;

export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organization', 'place', 'figure', 'date'];

/** Entities are marked by type style, not colour, so a name inside a quote keeps the speaker's colour. */
const ENTITY_STYLE: Readonly<Record<EntityKind, { apply: (c: ChalkInstance) => ChalkInstance; looks: string }>> = {
  person: { apply: (c) => c.underline, looks: 'underlined' },
  organization: { apply: (c) => c.bold, looks: 'bold' },
  place: { apply: (c) => c.italic, looks: 'italic' },
  figure: { apply: (c) => c.inverse, looks: 'reversed' },
  date: { apply: (c) => c.bgGray, looks: 'grey background' },
};

export function entityLooks(kind: EntityKind): string {
  return ENTITY_STYLE[kind].looks;
}

/** Plain markers: `{P:Mara Quint}`; the letters are the legend's. */
export const ENTITY_LETTER: Readonly<Record<EntityKind, string>> = { person: 'P', organization: 'O', place: 'L', figure: 'F', date: 'D' };

/** `S1` for the first speaker quoted, `?` for a quote with none. */
export function speakerTag(order: number | null): string {
  return order === null ? '?' : `S${order + 1}`;
}

/** Style keys: `q0`…`q11` a speaker's colour, `q?` no speaker, then entity kinds, joined by `+`. */
export function quoteStyle(order: number | null): string {
  return order === null ? 'q?' : `q${order % SPEAKER_HUES.length}`;
}

function painter(chalk: ChalkInstance): (style: string, text: string) => string {
  const cache = new Map<string, ChalkInstance>();
  return (style, text) => {
    let styled = cache.get(style);
    if (!styled) {
      styled = chalk;
      for (const part of style.split('+')) {
        if (part === 'q?') styled = styled[UNATTRIBUTED];
        else if (part.startsWith('q')) styled = styled[SPEAKER_HUES[Number(part.slice(1))] ?? UNATTRIBUTED];
        else if (part in ENTITY_STYLE) styled = ENTITY_STYLE[part as EntityKind].apply(styled);
      }
      cache.set(style, styled);
    }
    return styled(text);
  };
}

function innermostQuote(active: readonly Mark[]): Mark | undefined {
  for (let i = active.length - 1; i >= 0; i--) if (active[i]?.kind === 'quote') return active[i];
  return undefined;
}

export function createLook(color: boolean, voices: Voices): Look {
  const orderOf = (quoteIndex: number) => voices.byQuote[quoteIndex]?.order ?? null;
  if (color) {
    return {
      color,
      styleOf(active) {
        const parts: string[] = [];
        const quote = innermostQuote(active);
        if (quote) parts.push(quoteStyle(orderOf(quote.index)));
        for (const kind of ENTITY_KINDS) if (active.some((m) => m.kind === kind)) parts.push(kind);
        return parts.length > 0 ? parts.join('+') : null;
      },
      open: () => '',
      close: () => '',
      // Basic 16 colours are all the view uses, so level 1 is enough wherever colour is on.
      paint: painter(new Chalk({ level: 1 })),
    };
  }
  return {
    color,
    styleOf: () => null,
    open: (mark) => (mark.kind === 'quote' ? `[[${speakerTag(orderOf(mark.index))}:` : `{${ENTITY_LETTER[mark.kind]}:`),
    close: (mark) => (mark.kind === 'quote' ? ']]' : '}'),
    paint: (_style, text) => text,
  };
}
