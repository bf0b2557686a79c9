// Invented news articles for benchmarks and CI recipes: sentence templates filled from small
// lists of invented names, places and numbers. Deterministic (a fixed LCG), so every run and every
// machine gets the same documents. Nothing here is taken from a real publication.

const PEOPLE = [
  ['Mara Quint', 'the council\'s transport chair'], ['Tomas Reyne', 'a grower near the river'],
  ['Ruth Addo', 'a council member'], ['Pavel Oduya', 'who leads the Harbour Crews Union'],
  ['Irene Falk', 'the authority\'s director'], ['Omar Diaz', 'the county treasurer'],
  ['Nora Bell', 'chief medical officer at Northgate Hospital'], ['Lina Marsh', 'a spokeswoman for the ministry'],
  ['Dev Anand', 'the port\'s harbour master'], ['Clara Ostrova', 'a professor of economics at Westbrook College'],
];
const ORGS = [
  ['Harbor Authority of Port Ellis', 'HAPE'], ['Island Ferry Company', 'IFC'], ['Westbrook City Council', 'WCC'],
  ['Coastal Engineers Association', 'CEA'], ['Northgate Hospital Trust', 'NHT'], ['Valley Growers Cooperative', 'VGC'],
];
export const PLACES = ['PORT ELLIS', 'NORTH QUAY', 'GLEN ARDEN', 'WESTBROOK', 'CALDER FALLS', 'MILL HAVEN'];
const TOPICS = ['bridge repair', 'ferry timetable', 'library hours', 'flood defences', 'clinic opening', 'bus lanes'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const QUOTES = [
  'We cannot wait for another winter', 'Families told us the doors closed too early', 'It took one night to lose a season',
  'Nobody on this board can tell me what this will cost', 'The numbers simply do not add up', 'We held the price for six years',
  'This is the fairest plan we could find', 'People deserve a straight answer', 'We will keep the service running',
];
const CUES = ['said', 'told reporters', 'added', 'said on', 'wrote in a statement'];

/** A seeded generator (an LCG): the same seed gives the same picks on every run and machine. */
export function generator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    pick: (items) => items[Math.floor(next() * items.length)],
    int: (low, high) => low + Math.floor(next() * (high - low + 1)),
  };
}

const SENTENCES = [
  (g, c) => `"${g.pick(QUOTES)}," said ${c.person[0]}, ${c.person[1]}.`,
  (g, c) => `${c.person[0].split(' ')[1]} ${g.pick(CUES).replace('said on', `said on ${g.pick(DAYS)}`)} that the ${c.topic} would go ahead.`,
  (g, c) => `The ${c.org[0]} (${c.org[1]}) said the work would cost $${g.int(2, 90)}.${g.int(1, 9)} million and take ${g.int(6, 18)} months.`,
  (g, c) => `About ${g.int(1, 900)},${String(g.int(0, 999)).padStart(3, '0')} people use the service every month, according to the ${c.org[0]}.`,
  (g) => `Prices rose ${g.int(1, 9)}.${g.int(0, 9)} percent between ${g.int(2010, 2016)} and ${g.int(2017, 2023)}.`,
  (g, c) => `${c.other[0]}, ${c.other[1]}, called the decision "${g.pick(['a blank check', 'long overdue', 'a promise we can keep'])}."`,
  (g, c) => `A first vote on the ${c.topic} failed in ${g.pick(MONTHS)} ${g.int(2015, 2023)}, and a second was held last ${g.pick(MONTHS)}.`,
  (g, c) => `"${g.pick(QUOTES)}. ${g.pick(QUOTES)}," ${c.other[0].split(' ')[1]} said.`,
  (g, c) => `${c.org[1]} said it had received ${g.int(12, 980)} complaints since ${g.pick(MONTHS)}.`,
  (g) => `Residents packed the meeting on ${g.pick(DAYS)}, and some waited outside in the rain.`,
];

/** One invented article of `paragraphs` paragraphs, two or three sentences each. */
export function inventedArticle(index, paragraphs = 12) {
  const g = generator(0x9e3779b1 ^ index);
  const context = { person: g.pick(PEOPLE), other: g.pick(PEOPLE), org: g.pick(ORGS), topic: g.pick(TOPICS) };
  const title = `${context.org[0]} backs $${g.int(2, 90)} million ${context.topic} plan`;
  const lead = `${g.pick(PLACES)} — The ${context.org[0]} voted ${g.int(3, 9)}-${g.int(0, 2)} on ${g.pick(DAYS)} to approve the ${context.topic}, ending a dispute that began in ${g.pick(MONTHS)} ${g.int(2016, 2022)}.`;
  const body = Array.from({ length: paragraphs }, () => Array.from({ length: g.int(2, 3) }, () => g.pick(SENTENCES)(g, context)).join(' '));
  return [title, '', lead, '', ...body.flatMap((p) => [p, ''])].join('\n').trimEnd();
}

/** `count` invented articles as JSON Lines records {"id", "text"}, one per line. */
export function inventedJsonl(count, paragraphs) {
  return Array.from({ length: count }, (_, i) => `${JSON.stringify({ id: `doc-${i}`, text: inventedArticle(i, paragraphs) })}\n`).join('');
}

// `node scripts/invented-news.js 200 > docs.jsonl`
if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(inventedJsonl(Number(process.argv[2] ?? 200)));
}
