import type { Doc, Stage } from './document.js';
import { findMentions } from './entities/find.js';
import { assemble } from './entities/assemble.js';

export { entityAt } from './entities/entityAt.js';

/**
 * People, organizations and places. Names are found by our own rules (capitalized runs, typed by
 * titles, word lists, head words and speech context; see docs/ENTITIES.md), only in the article
 * body: the title, credits and boilerplate that `structure` excluded are not read for mentions.
 */
export const entities: Stage = {
  name: 'entities',
  reads: ['text', 'sentences', 'excluded', 'authors'],
  writes: ['people', 'organizations', 'places'],
  run(doc: Doc) {
    const found = findMentions(doc);
    const { people, organizations, places } = assemble(doc, found);
    doc.people = people;
    doc.organizations = organizations;
    doc.places = places;
  },
};
