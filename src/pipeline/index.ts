import { Doc, type Stage } from './document.js';
import { segment } from './segment.js';
import { structure } from './structure.js';
import { entities } from './entities.js';
import { quotes } from './quotes.js';
import { speakers } from './speakers.js';
import { figures } from './figures.js';
import { dates } from './dates.js';

/**
 * The stages, in order. Each constraint on the order is a data dependency:
 * - segment first: every later stage works on paragraphs and sentences.
 * - structure before the extractors: it marks the title, byline, credits and boilerplate as
 *   excluded, and finds the dateline that can give the reference date.
 * - entities before quotes and speakers: speakers resolve to the people and organizations found.
 * - quotes before speakers: speakers are attached to the quote spans.
 * - figures and dates last and independent; dates may read the dateline for a reference date.
 */
export const STAGES: readonly Stage[] = [segment, structure, entities, quotes, speakers, figures, dates];

export function runPipeline(text: string, referenceDate: string | null): Doc {
  const doc = new Doc(text, referenceDate);
  for (const stage of STAGES) stage.run(doc);
  return doc;
}
