import type { AnalysisResult, DateMention, EntityType, Figure } from '../../types.js';
import type { Cell, Grid } from './grid.js';
import { formatNumber } from './numbers.js';
import type { Hue } from './palette.js';

/** One kind of thing found, as a titled table, or one line saying there is none. */
export interface Section {
  /** Plural noun, lower case: "quotes", "figures". */
  kind: string;
  hue: Hue;
  count: number;
  grid: Grid;
}

const NONE: Cell = { text: '—', hue: 'muted' };

function typeHue(type: EntityType): Hue {
  return type === 'person' ? 'person' : 'organization';
}

function orNone(text: string | null | undefined): Cell | string {
  return text === null || text === undefined || text === '' ? NONE : text;
}

function count(n: number): string {
  return formatNumber(n);
}

function figureValue(figure: Figure): Cell | string {
  if (figure.value === null) return NONE;
  const low = formatNumber(figure.value);
  return figure.high === undefined ? low : `${low}–${formatNumber(figure.high)}`;
}

function dateValue(date: DateMention): Cell | string {
  if (date.value === null) return NONE;
  return date.endValue === undefined ? date.value : `${date.value} to ${date.endValue}`;
}

function quotes(r: AnalysisResult): Section {
  return {
    kind: 'quotes',
    hue: 'quote',
    count: r.quotes.length,
    grid: {
      columns: [
        { header: '#', align: 'right' },
        { header: 'Speaker', flex: true, max: 20 },
        { header: 'Kind' },
        { header: 'Quote', flex: true },
        { header: 'Cue', flex: true, max: 16 },
      ],
      rows: r.quotes.map((q, i) => [
        String(i + 1),
        q.speaker ? { text: q.speaker.name, hue: typeHue(q.speaker.type) } : NONE,
        q.kind,
        q.text,
        q.cue ? q.cue.text : NONE,
      ]),
    },
  };
}

function speakers(r: AnalysisResult): Section {
  return {
    kind: 'speakers',
    hue: 'quote',
    count: r.speakers.length,
    grid: {
      columns: [
        { header: 'Speaker', flex: true },
        { header: 'Type' },
        { header: 'Quotes', align: 'right' },
        { header: 'Words', align: 'right' },
      ],
      rows: r.speakers.map((s) => [{ text: s.name, hue: typeHue(s.type) }, s.type, count(s.quotes), count(s.words)]),
    },
  };
}

function people(r: AnalysisResult): Section {
  return {
    kind: 'people',
    hue: 'person',
    count: r.people.length,
    grid: {
      columns: [
        { header: 'Name', flex: true, max: 24 },
        { header: 'Aliases', flex: true, max: 24 },
        { header: 'Roles', flex: true },
        { header: 'Mentions', align: 'right' },
      ],
      rows: r.people.map((p) => [
        { text: p.name, hue: 'person' },
        orNone(p.aliases.join(', ')),
        orNone(p.roles.join('; ')),
        count(p.mentions.length),
      ]),
    },
  };
}

function organizations(r: AnalysisResult): Section {
  return {
    kind: 'organizations',
    hue: 'organization',
    count: r.organizations.length,
    grid: {
      columns: [
        { header: 'Name', flex: true },
        { header: 'Aliases', flex: true },
        { header: 'Mentions', align: 'right' },
      ],
      rows: r.organizations.map((o) => [
        { text: o.name, hue: 'organization' },
        orNone(o.aliases.join(', ')),
        count(o.mentions.length),
      ]),
    },
  };
}

function places(r: AnalysisResult): Section {
  return {
    kind: 'places',
    hue: 'place',
    count: r.places.length,
    grid: {
      columns: [
        { header: 'Name', flex: true },
        { header: 'Mentions', align: 'right' },
      ],
      rows: r.places.map((p) => [{ text: p.name, hue: 'place' }, count(p.mentions.length)]),
    },
  };
}

function figures(r: AnalysisResult): Section {
  return {
    kind: 'figures',
    hue: 'figure',
    count: r.figures.length,
    grid: {
      columns: [
        { header: 'Text', flex: true, max: 24 },
        { header: 'Value', align: 'right' },
        { header: 'Unit', flex: true, max: 12 },
        { header: 'Counts', flex: true },
        { header: 'Qualifier', flex: true, max: 14 },
      ],
      rows: r.figures.map((f) => [
        { text: f.text, hue: 'figure' },
        figureValue(f),
        orNone(f.unit),
        orNone(f.counts),
        orNone(f.qualifier),
      ]),
    },
  };
}

function dates(r: AnalysisResult): Section {
  return {
    kind: 'dates',
    hue: 'date',
    count: r.dates.length,
    grid: {
      columns: [
        { header: 'Text', flex: true },
        { header: 'Value' },
        { header: 'Relative' },
      ],
      rows: r.dates.map((d) => [{ text: d.text, hue: 'date' }, dateValue(d), d.relative ? 'yes' : 'no']),
    },
  };
}

/** The sections of the table view, in the order a reader wants them: who said what first. */
export const SECTIONS: readonly ((result: AnalysisResult) => Section)[] = [
  quotes,
  speakers,
  people,
  organizations,
  places,
  figures,
  dates,
];
