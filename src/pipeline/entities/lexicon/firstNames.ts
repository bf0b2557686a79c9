import { lazySet } from './lazy.js';
import type { GivenNames } from './givenNames.js';
import { AFRICAN_NAMES } from './givenNamesAfrica.js';
import { ASIAN_NAMES } from './givenNamesAsia.js';
import { EASTERN_NAMES } from './givenNamesEastern.js';
import { ENGLISH_NAMES } from './givenNamesEnglish.js';
import { MIDDLE_EASTERN_NAMES } from './givenNamesMiddleEast.js';
import { NORTHERN_NAMES } from './givenNamesNorthern.js';
import { ROMANCE_NAMES } from './givenNamesRomance.js';

/**
 * Common given names by the gender they usually carry, in the traditions the news quotes most
 * (about 5,000, one file per region). Used two ways: a capitalized run that starts with one is a
 * person, and it gives a gender. Names worn by both (Jordan, Kim, Andrea, Sasha) are in
 * `UNISEX_NAMES`: a person, but no gender. A name is in one set only (tests/first-names.test.ts).
 *
 * Left out on purpose, though they are names, because news writes them far more often as something
 * else and a run starting with one would become a person ("Grant Park", "Hope Street", "Ole Miss"):
 * - common words: May, April, August, Will, Grant, Hope, Faith, Art, Guy, Chase, Hunter, Summer,
 *   Autumn, Dawn, Ivy, Penny, Sterling, Mercy, Justice, Liberty, Destiny, Genesis, Trinity, Eden, Ruby,
 *   Pearl, Jade, Raven, Ebony, Misty, Melody, Rocky, Clay, Cliff, Colt, Hung, Tone, Tore, Per, Odd,
 *   Rune, Till, Can, Said, Pier, Ally, Akin, Fares, Shaker, Dries, Ante;
 * - titles and ranks: King, Prince, Duke, Baron, Major, Judge, Bishop, Lama (Dalai Lama), and
 *   Christian and Della, which the modifier and particle lists already read as other words;
 * - places (Paris, Israel, India, China, Carolina, Dakota, Cleveland, Houston, Dallas, Denver,
 *   Orlando, Lincoln, Washington, Jackson, Milan, Santiago, Salem, Sydney, Savannah, Brooklyn, Kent,
 *   Preston, Hudson, and now Georgia, Virginia and Madison, which the older list held: "Georgia Tech",
 *   "Virginia Tech" and "Madison Square Garden" were people) and brand or organization openers
 *   (Mercedes, Freddie and Fannie of the mortgage agencies, Siri, Shiv Sena, Padma awards, Ole Miss);
 * - surnames more than given names in the news: Kennedy, Reagan, Clinton, Erdoğan, Marshall, Carter,
 *   Baxter, Bandar (Bandar Abbas), and Dane (the demonym).
 * Other such names the older list held stay (Bill, Mark, Rose, Grace, Joy, June, Frank, Earl, Pat,
 * Rich, Florence, Charlotte, Austin, Chad, Jordan): the rest of the stage copes with them. The
 * gazetteer is read before given names, so a lone "Jordan" or "Chad" is a place and "Jordan Peterson"
 * a person; June is also a function word, so a lone "June" is weak (a name only when a full name
 * explains it).
 */
const TRADITIONS: readonly GivenNames[] = [
  ...ENGLISH_NAMES, ...ROMANCE_NAMES, ...NORTHERN_NAMES, ...EASTERN_NAMES, ...MIDDLE_EASTERN_NAMES, ...ASIAN_NAMES,
  ...AFRICAN_NAMES,
];

/** One set of one gender's names from every tradition, built on first use like `lazySet`. */
function lazyUnion(pick: (t: GivenNames) => string): () => ReadonlySet<string> {
  let names: (() => ReadonlySet<string>) | null = null;
  return () => {
    names ??= lazySet(TRADITIONS.map(pick).join('\n'));
    return names();
  };
}

export const MALE_NAMES = lazyUnion((t) => t.male);
export const FEMALE_NAMES = lazyUnion((t) => t.female);
export const UNISEX_NAMES = lazyUnion((t) => t.unisex);

/**
 * Frequent family names of the traditions the news quotes. Only a weak signal: a two- or three-word
 * capitalized run that starts or ends with one, and has no other reading, is taken for a person.
 */
export const SURNAMES = lazySet(`
  Adams Ahmed Alvarez Anderson Bailey Baker Bennett Brooks Brown Campbell Carter Castillo Chan Chang Chen
  Cheng Cheung Chow Clark Collins Cook Cooper Costa Cruz Das Davis Diaz Dubois Edwards Evans Fischer Flores
  Foster Garcia García Gomez Gonzalez González Gupta Gutierrez Hall Harris Hernandez Hill Ho Howard Huang
  Hughes Hussain Ibrahim Ito Ivanov Jackson Jiang Jimenez Johnson Jones Khan Kim Kumar Lam Lau Leung Lewis
  Lin Liu Lopez López Martin Martinez Martínez Mendoza Meyer Miller Mitchell Moore Morales Morgan Morris
  Müller Murphy Nakamura Nelson Ng Nguyen Ortiz Park Parker Patel Perez Pérez Peterson Petrov Phillips Popov
  Ramirez Ramos Reyes Richardson Rivera Roberts Robinson Rodriguez Rodríguez Rogers Rossi Ruiz Russo
  Sanchez Sánchez Sanders Santos Sato Schmidt Schneider Sharma Shih Silva Singh Smirnov Smith Stewart
  Suzuki Takahashi Tanaka Taylor Thomas Thompson Torres Tran Tsang Turner Walker Wang Ward Watanabe Watson
  Weber Williams Wilson Wong Wright Wu Xu Yamamoto Yang Zhang Zhao Zhou
`);

/** A given name of any gender ("Sophie", "Mohammed", "Jordan"). */
export const isFirstName = (w: string): boolean => MALE_NAMES().has(w) || FEMALE_NAMES().has(w) || UNISEX_NAMES().has(w);
