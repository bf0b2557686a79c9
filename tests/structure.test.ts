import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Doc } from '../src/pipeline/document.js';
import { segment } from '../src/pipeline/segment.js';
import { structure } from '../src/pipeline/structure.js';
import { isBoilerplate } from '../src/pipeline/structure/boilerplate.js';

/** segment + structure over an invented text. */
function read(text: string): Doc {
  const doc = new Doc(text);
  segment.run(doc);
  structure.run(doc);
  return doc;
}

const excludedTexts = (doc: Doc): string[] => doc.excluded.map((x) => doc.text.slice(x.start, x.end));

const BODY =
  'The Marlow county board voted on Tuesday to close two libraries, a decision that residents of the ' +
  'river towns had fought for most of the year at public meetings.';

describe('structure: the title', () => {
  const titled: [string, string][] = [
    ['Marlow Board Votes To Close Two Libraries', 'no final punctuation'],
    ['Marlow board votes to close two libraries', 'sentence case, no final punctuation'],
    ['Marlow Board Votes To Close Two Libraries.', 'title case with a period'],
    ['Marlow Board Votes With Residents Against Closure', 'title case with short lower-case words'],
    ["Libraries close, and a town asks 'why now?'", 'quoted words in single quotes'],
  ];
  it('a headline ending in a semicolon takes its deck', () => {
    const doc = read(`Board closes two libraries;\nResidents vow to fight the vote.\n\n${BODY}`);
    expect(doc.title?.text).toBe('Board closes two libraries;\nResidents vow to fight the vote.');
  });
  it.each(titled)('%s (%s)', (heading) => {
    const doc = read(`${heading}\n\n${BODY}`);
    expect(doc.title?.text).toBe(heading);
    expect(doc.title?.start).toBe(0);
    expect(excludedTexts(doc)).toContain(heading);
  });

  const notTitles: [string, string][] = [
    ['"We will appeal," said Nora Vance, the board chair.', 'a quote with a cue'],
    [BODY, 'a long lead paragraph'],
    ['The board said the vote was final.', 'a sentence with "said"'],
    ['Share on Facebook', 'a share button'],
    ['Board closes two libraries; residents vow a fight.', 'sentence case with a period stays in the body'],
    ['Senator Elena Whitcombe, a Democrat, filed the bill on Monday.', 'a short lead sentence'],
    ['Patients were moved to Northgate Hospital.', 'a short lead sentence without articles'],
    ['By Ellen Marsh', 'a byline'],
    ['Sen. Elena Whitcombe blocked the vote, saying it would "gut the coast guard."', 'a lead sentence ending inside a quote'],
    ['The minister, Jean Morel, added in English: «We will not give in.»', 'a lead sentence ending inside guillemets'],
    ['PARIS — «Nous ne céderons pas», a déclaré le ministre', 'a paragraph that opens with a dateline'],
  ];
  it.each(notTitles)('no title: %s (%s)', (first) => {
    const doc = read(`${first}\n\n${BODY}\n\n${BODY}`);
    expect(doc.title).toBeNull();
  });

  it('a one-paragraph text has no title', () => {
    expect(read('Marlow Board Votes To Close Two Libraries').title).toBeNull();
  });
});

describe('structure: the dateline', () => {
  const datelines: [string, string][] = [
    ['WASHINGTON (AP) — The Senate voted on Tuesday to extend the program.', 'WASHINGTON (AP) —'],
    ['LONDON, May 17 (Reuters) - Shares fell sharply in early trading.', 'LONDON, May 17 (Reuters) -'],
    ['PORTVALE, March 14, 2024 — The board voted on Tuesday.', 'PORTVALE, March 14, 2024 —'],
    ['LEEDSWORTH, 3 March 2025 — The council defended its charges.', 'LEEDSWORTH, 3 March 2025 —'],
    ['HEMPSTEAD, N.Y., Sept. 26 (UPI) — The candidate was escorted off the campus.', 'HEMPSTEAD, N.Y., Sept. 26 (UPI) —'],
    ['NEWPORT NEWS, Va. - In a tradition he has kept for years, the congressman hosted a picnic.', 'NEWPORT NEWS, Va. -'],
    ['BRUSSELS -- European leaders met on Friday.', 'BRUSSELS --'],
    ['May 17, 2017', 'May 17, 2017'],
    ['Published May 17, 2017', 'Published May 17, 2017'],
    ['Updated: Tuesday, March 3, 2020 10:45 a.m. EST', 'Updated: Tuesday, March 3, 2020 10:45 a.m. EST'],
  ];
  it.each(datelines)('%s', (paragraph, expected) => {
    const text = `Senate Extends Program\n\n${paragraph}\n\n${BODY}`;
    const doc = read(text);
    expect(doc.dateline?.text).toBe(expected);
    expect(text.slice(doc.dateline!.start, doc.dateline!.end)).toBe(expected);
  });

  const none = [
    'The U.S. - Mexico border talks resumed on Monday.',
    'Washington - the city, not the state - saw record heat.',
    'May 17 was the hottest day of the year, officials said.',
  ];
  it.each(none)('no dateline: %s', (paragraph) => {
    expect(read(`Heat Records Fall\n\n${paragraph}\n\n${BODY}`).dateline).toBeNull();
  });

  it('a dateline far down the text is not the dateline', () => {
    const text = ['Headline Here', BODY, BODY, BODY, BODY, 'PARIS (AP) — Late news.'].join('\n\n');
    expect(read(text).dateline).toBeNull();
  });
});

describe('structure: bylines and credits', () => {
  const credits: [string, [string, string][]][] = [
    ['By Ellen Marsh', [['Ellen Marsh', 'author']]],
    ['By Ellen Marsh and Tomas Oyelaran', [['Ellen Marsh', 'author'], ['Tomas Oyelaran', 'author']]],
    ['By ELLEN MARSH, Associated Press', [['ELLEN MARSH', 'author']]],
    [
      'Reported by Mei Lan for Harbor Radio, and by Chan Ka-wing for the Cantonese Desk. Translated and edited by Petra Noll.',
      [['Mei Lan', 'reporter'], ['Chan Ka-wing', 'reporter'], ['Petra Noll', 'translator and editor']],
    ],
    [
      '(Reporting by Ana Ruiz in Lima; Additional reporting by Jon Eke; Editing by Dana Ko)',
      [['Ana Ruiz', 'reporter'], ['Jon Eke', 'reporter'], ['Dana Ko', 'editor']],
    ],
    ['Writing by Omar Haddad; editing by Lise Berg', [['Omar Haddad', 'writer'], ['Lise Berg', 'editor']]],
    ['--additional reporting from Ruth Abara.', [['Ruth Abara', 'reporter']]],
  ];
  it.each(credits)('%s', (credit, expected) => {
    const text = `Libraries Close\n\n${BODY}\n\n${BODY}\n\n${credit}`;
    const doc = read(text);
    expect(doc.authors.map((a) => [a.text, a.role])).toEqual(expected);
    for (const a of doc.authors) expect(text.slice(a.start, a.end)).toBe(a.text);
    expect(excludedTexts(doc)).toContain(credit);
  });

  const trailing: [string, string[]][] = [
    ['Ruth Abara and Jon Eke contributed reporting.', ['Ruth Abara', 'Jon Eke']],
    ['Lena Holm reported from Tromso, and Karl Berg and Ivo Sand from Bodo, Norway.', ['Lena Holm', 'Karl Berg', 'Ivo Sand']],
    ['— Harbor Wire writer Jill Lawless in London contributed to this report.', ['Jill Lawless']],
    ['Harbor Wire writers Jill Lawless in London and Tom Reyne in Paris contributed to this report.', ['Jill Lawless', 'Tom Reyne']],
  ];
  it.each(trailing)('closing credit: %s', (credit, names) => {
    const doc = read(`Libraries Close\n\n${BODY}\n\n${BODY}\n\n${credit}`);
    expect(doc.authors.map((a) => a.text)).toEqual(names);
    expect(doc.authors.every((a) => a.role === 'reporter')).toBe(true);
  });

  const notCredits = [
    'By the time the board met, the libraries had closed.',
    'By Tuesday, the petition had 4,000 signatures.',
    'The library was reported by residents to be in poor repair.',
    '"By God, we will reopen them," said Nora Vance.',
    'Nora Vance reported from the meeting that the mood was grim, and residents agreed with her.',
  ];
  it.each(notCredits)('not a credit: %s', (paragraph) => {
    const doc = read(`Libraries Close\n\n${BODY}\n\n${paragraph}`);
    expect(doc.authors).toEqual([]);
    expect(excludedTexts(doc)).not.toContain(paragraph);
  });
});

describe('structure: boilerplate', () => {
  const boilerplate = [
    'Share on WhatsApp',
    'Share on Facebook',
    'Tweet',
    'Email',
    'Print',
    'Share on Facebook Share on Twitter Email',
    'marlow-library-05172017.jpg Readers at the Marlow library in a file photo.',
    'Add your comment by filling out the form below in plain text.',
    'Comments are approved by a moderator and can be edited in accordance with our Terms of Use.',
    'Read the rest here.',
    'Sign up for our newsletter to get the news every morning.',
    'Click here to subscribe.',
    'Copyright 2017 Marlow Gazette. All rights reserved.',
    '© 2017 Marlow Gazette',
    'Follow Ellen Marsh on Twitter @emarsh.',
    "Editor's note: This story was updated with comment from the board.",
  ];
  it.each(boilerplate)('%s', (text) => expect(isBoilerplate(text)).toBe(true));

  const prose = [
    'The board will share the report with residents on Tuesday.',
    'She sent an email to every member of the board.',
    'Residents can print the petition at home, organizers said.',
    'The library holds a photo archive of 4,000 images.',
    'Readers are asked to comment on the plan before March.',
    'The copyright dispute went to court in 2015.',
  ];
  it.each(prose)('not boilerplate: %s', (text) => expect(isBoilerplate(text)).toBe(false));

  it('excludes share rows and a file-name caption stacked line by line', () => {
    const text = `Libraries Close\n\nShare on WhatsApp\nShare on WhatsApp\nmarlow-05172017.jpg Readers at a library.\n\n${BODY}`;
    const doc = read(text);
    const excluded = excludedTexts(doc).join('\n');
    expect(excluded).toBe('Libraries Close\nShare on WhatsApp\nShare on WhatsApp\nmarlow-05172017.jpg Readers at a library.');
    expect(doc.bodySentences().map((s) => text.slice(s.start, s.end)).join(' ')).toBe(BODY);
  });

  it('keeps the body lines of a paragraph that also holds a share row', () => {
    const text = `Libraries Close\n\nShare on Facebook\n${BODY}\n\n${BODY}`;
    const doc = read(text);
    expect(excludedTexts(doc)).toContain('Share on Facebook');
    expect(excludedTexts(doc)).not.toContain(BODY);
  });
});

describe('structure: the seed article', () => {
  const seedPath = fileURLToPath(new URL('../../shared/seeds/000_5586bdfcea82f77e.txt', import.meta.url));
  const text = readFileSync(seedPath, 'utf8');
  const doc = read(text);

  it('finds the title', () => {
    expect(doc.title?.text).toBe('China Targets Xinjiang Region For Mass DNA Sampling of Local Population');
  });

  it('finds the three credited authors with their roles', () => {
    expect(doc.authors.map((a) => [a.text, a.role])).toEqual([
      ['Xi Wang', 'reporter'],
      ['Wong Lok-to', 'reporter'],
      ['Luisetta Mudie', 'translator and editor'],
    ]);
    for (const a of doc.authors) expect(text.slice(a.start, a.end)).toBe(a.text);
  });

  it('excludes the title, share buttons, the caption, the credits and the comment form, and nothing else', () => {
    const excluded = excludedTexts(doc);
    expect(excluded).toHaveLength(6);
    expect(excluded[0]).toMatch(/^China Targets/u);
    expect(excluded.slice(1, 3)).toEqual(['Share on WhatsApp', 'Share on WhatsApp']);
    expect(excluded[3]).toMatch(/^uyghur-file-05172017\.jpg Ethnic Uighurs/u);
    expect(excluded[4]).toMatch(/^Reported by Xi Wang/u);
    expect(excluded[5]).toMatch(/^Add your comment/u);
  });

  it('has no dateline', () => expect(doc.dateline).toBeNull());
});
