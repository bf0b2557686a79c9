import { Chalk, type ChalkInstance } from 'chalk';

/** The colours of the table view, one per kind of thing found, so a glance tells them apart. */
export type Hue = 'quote' | 'person' | 'organization' | 'place' | 'figure' | 'date' | 'error' | 'muted';

export interface Paint {
  hue(hue: Hue, text: string): string;
  bold(text: string): string;
}

const HUES: Readonly<Record<Hue, (c: ChalkInstance) => ChalkInstance>> = {
  quote: (c) => c.green,
  person: (c) => c.cyan,
  organization: (c) => c.magenta,
  place: (c) => c.blue,
  figure: (c) => c.yellow,
  date: (c) => c.yellowBright,
  error: (c) => c.red,
  muted: (c) => c.dim,
};

/** Basic 16 colours are all the view uses, so level 1 is enough wherever colour is on. */
export function createPaint(color: boolean): Paint {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return {
    hue: (hue, text) => (color ? HUES[hue](chalk)(text) : text),
    bold: (text) => (color ? chalk.bold(text) : text),
  };
}
