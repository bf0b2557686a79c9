// Invented news-like text for the benchmark: one long article (a title, a byline, a dateline and
// paragraphs of two to four sentences) built from templates, with quotes in several styles,
// names, organizations with acronyms, figures and dates. Names are drawn from first × last name
// lists, so a bigger text also holds more distinct people, as a long real feed would. Seeded PRNG
// (an LCG): the same size gives the same bytes on every run and machine. Nothing is taken from a
// real publication.

import { DAYS, MONTHS, PLACES, generator } from '../invented-news.js';

const FIRST = ['Mara', 'Tomas', 'Ruth', 'Pavel', 'Irene', 'Omar', 'Nora', 'Lina', 'Dev', 'Clara', 'Jonah',
  'Elena', 'Victor', 'Sanna', 'Kofi', 'Wen', 'Aldo', 'Greta', 'Ibrahim', 'Talia', 'Ruben', 'Maeve', 'Hugo', 'Priya'];
const LAST = ['Quint', 'Reyne', 'Addo', 'Oduya', 'Falk', 'Diaz', 'Bellweather', 'Marsh', 'Anand', 'Ostrova',
  'Lindqvist', 'Mbeki', 'Okonjo', 'Halloran', 'Castellan', 'Varga', 'Nakamura', 'Ferreira', 'Soltani', 'Brennock',
  'Achterberg', 'Dunmore', 'Kessler', 'Moravec', 'Idowu', 'Penhallow', 'Rasmussen', 'Tiernan', 'Ulloa', 'Zeller'];
const ROLES = ['the council\'s transport chair', 'a grower near the river', 'a council member', 'the authority\'s director',
  'the county treasurer', 'chief medical officer at Northgate Hospital', 'a spokeswoman for the ministry',
  'the port\'s harbour master', 'a professor of economics at Westbrook College', 'who runs a bakery near the landing'];
const ORG_HEADS = ['Harbor', 'Valley', 'Coastal', 'Northgate', 'Westbrook', 'Calder', 'Island', 'Mill Haven', 'Eastern', 'Riverside'];
const ORG_TAILS = [['Authority', 'A'], ['Ferry Company', 'FC'], ['City Council', 'CC'], ['Engineers Association', 'EA'],
  ['Hospital Trust', 'HT'], ['Growers Cooperative', 'GC'], ['Transit Board', 'TB'], ['Water District', 'WD']];
const TOPICS = ['bridge repair', 'ferry timetable', 'library hours', 'flood defences', 'clinic opening', 'bus lanes',
  'school budget', 'water tariff'];
const SAYINGS = ['We cannot wait for another winter', 'Families told us the doors closed too early',
  'It took one night to lose a season', 'Nobody on this board can tell me what this will cost',
  'The numbers simply do not add up', 'We held the price for six years', 'This is the fairest plan we could find',
  'People deserve a straight answer', 'We will keep the service running', 'I asked for an audit and I am still waiting'];
const TERMS = ['a blank check', 'long overdue', 'a promise we can keep', 'reckless', 'a fair deal'];

const person = (g) => ({ first: g.pick(FIRST), last: g.pick(LAST), role: g.pick(ROLES) });
function organization(g) {
  const head = g.pick(ORG_HEADS);
  const [tail, tailAcronym] = g.pick(ORG_TAILS);
  return { name: `${head} ${tail}`, acronym: head.split(' ').map((w) => w[0]).join('') + tailAcronym };
}

const SENTENCES = [
  (g, c) => `"${g.pick(SAYINGS)}," said ${c.a.first} ${c.a.last}, ${c.a.role}.`,
  (g, c) => `${c.a.last} said on ${g.pick(DAYS)} that the ${c.topic} would go ahead.`,
  (g, c) => `"${g.pick(SAYINGS)}," ${c.b.last} told reporters. "${g.pick(SAYINGS)}."`,
  (g, c) => `The ${c.org.name} (${c.org.acronym}) said the work would cost $${g.int(2, 90)}.${g.int(1, 9)} million and take ${g.int(6, 18)} months.`,
  (g, c) => `About ${g.int(1, 900)},${String(g.int(0, 999)).padStart(3, '0')} people use the service every month, according to the ${c.org.name}.`,
  (g) => `Prices rose ${g.int(1, 9)}.${g.int(0, 9)} percent between ${g.int(2010, 2016)} and ${g.int(2017, 2023)}.`,
  (g, c) => `${c.b.first} ${c.b.last}, ${c.b.role}, called the decision "${g.pick(TERMS)}."`,
  (g, c) => `A first vote on the ${c.topic} failed in ${g.pick(MONTHS)} ${g.int(2015, 2023)}, and a second was held on ${g.pick(MONTHS)} ${g.int(1, 28)}.`,
  (g, c) => `${c.org.acronym} said it had received ${g.int(12, 980)} complaints since ${g.pick(MONTHS)}.`,
  (g) => `Residents packed the meeting on ${g.pick(DAYS)}, and some waited outside in the rain.`,
  (g, c) => `${c.a.last} said: "${g.pick(SAYINGS)}."`,
  (g, c) => `"${g.pick(SAYINGS)}," ${c.a.last} said, "and ${g.pick(SAYINGS).toLowerCase()}."`,
  (g, c) => `Mr. ${c.b.last} said the ${c.org.acronym} would publish the figures by ${g.pick(MONTHS)} ${g.int(2024, 2026)}.`,
];

function paragraph(g) {
  const context = { a: person(g), b: person(g), org: organization(g), topic: g.pick(TOPICS) };
  return Array.from({ length: g.int(2, 4) }, () => g.pick(SENTENCES)(g, context)).join(' ');
}

/**
 * One invented article of about `bytes` UTF-16 code units (ASCII, so also bytes). Paragraphs are
 * generated in sequence, so a smaller size is a prefix of a bigger one with the same seed.
 */
export function newsText(bytes, seed = 0x5eed) {
  const g = generator(seed);
  const org = organization(g);
  const parts = [
    `${org.name} backs $${g.int(2, 90)} million ${g.pick(TOPICS)} plan`,
    `By ${g.pick(FIRST)} ${g.pick(LAST)}`,
    `${g.pick(PLACES)}, ${g.pick(MONTHS)} ${g.int(1, 28)}, 2024 — The ${org.name} voted ${g.int(3, 9)}-${g.int(0, 2)} on ${g.pick(DAYS)} to approve the plan, ending a dispute that began in ${g.pick(MONTHS)} ${g.int(2016, 2022)}.`,
  ];
  let length = parts.reduce((sum, p) => sum + p.length + 2, 0);
  while (length < bytes) {
    const next = paragraph(g);
    parts.push(next);
    length += next.length + 2;
  }
  return parts.join('\n\n') + '\n';
}

/** Paragraphs as the compromise baseline parses them: blocks between blank lines. */
export const paragraphsOf = (text) => text.split(/\n{2,}/).filter((p) => p.trim() !== '');

export const countWords = (text) => text.split(/\s+/).filter(Boolean).length;
