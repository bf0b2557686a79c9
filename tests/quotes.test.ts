import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { Quote } from '../src/types.js';

/** A quote as the tests compare it: its text, kind and the speaker's name. */
const brief = (q: Quote) => [q.text, q.kind, q.speaker?.name ?? null] as const;
const direct = (text: string) => analyze(text).quotes.filter((q) => q.kind !== 'indirect').map(brief);

const INTRO = 'Harbor County treasurer Nadia Okonkwo met the press on Monday. ';

describe('quote styles from the newsroom guide', () => {
  const cases: [string, string, (readonly [string, string, string | null])[]][] = [
    ['quote, then name + cue', `${INTRO}\n\n"We will appeal the ruling," Okonkwo said.`, [['We will appeal the ruling,', 'direct', 'Nadia Okonkwo']]],
    [
      'inverted cue with apposition',
      '"The reserve fund is empty," said Piet Vandermeer, the county auditor.',
      [['The reserve fund is empty,', 'direct', 'Piet Vandermeer']],
    ],
    ['name + cue + colon', 'Piet Vandermeer said: "Nobody warned the board."', [['Nobody warned the board.', 'direct', 'Piet Vandermeer']]],
    [
      'split quote',
      `${INTRO}\n\n"First we audit," Okonkwo said, "and then we decide."`,
      [
        ['First we audit,', 'direct', 'Nadia Okonkwo'],
        ['and then we decide.', 'direct', 'Nadia Okonkwo'],
      ],
    ],
    [
      'two quotes in one paragraph',
      `${INTRO}\n\n"It is late," she said. "But it is not too late."`,
      [
        ['It is late,', 'direct', 'Nadia Okonkwo'],
        ['But it is not too late.', 'direct', 'Nadia Okonkwo'],
      ],
    ],
    [
      'title + name, inverted',
      '"Boil your water for three days," said Dr. Tomasz Wierzbicki, chief medical officer at Eastgate Clinic.',
      [['Boil your water for three days,', 'direct', 'Tomasz Wierzbicki']],
    ],
    ['according to', '"Rents will climb again," according to Lionel Ashdown.', [['Rents will climb again,', 'direct', 'Lionel Ashdown']]],
    [
      'other cue verbs',
      '"The vote was rigged," Lionel Ashdown insisted.\n\n"We counted twice," Greta Lindqvist countered.\n\n"Count again," Ashdown urged.',
      [
        ['The vote was rigged,', 'direct', 'Lionel Ashdown'],
        ['We counted twice,', 'direct', 'Greta Lindqvist'],
        ['Count again,', 'direct', 'Lionel Ashdown'],
      ],
    ],
    [
      'addressee is not the speaker',
      'Greta Lindqvist chairs the panel.\n\n"The survey was voluntary," Lindqvist told reporters.',
      [['The survey was voluntary,', 'direct', 'Greta Lindqvist']],
    ],
    [
      'quote inside a quote',
      `${INTRO}\n\n"He told us 'never again,' and he meant it," Okonkwo said.`,
      [["He told us 'never again,' and he meant it,", 'direct', 'Nadia Okonkwo']],
    ],
    [
      'curly, guillemets, German and wire marks',
      '“Curly marks work,” said Ada Brennan.\n\n«Guillemets work too,» said Ada Brennan.\n\n„German marks as well,“ said Ada Brennan.\n\n``Wire style is fine,\'\' said Ada Brennan.',
      [
        ['Curly marks work,', 'direct', 'Ada Brennan'],
        ['Guillemets work too,', 'direct', 'Ada Brennan'],
        ['German marks as well,', 'direct', 'Ada Brennan'],
        ['Wire style is fine,', 'direct', 'Ada Brennan'],
      ],
    ],
    [
      'partial quote in reported speech',
      `${INTRO}\n\nOkonkwo called the settlement "a gift to the developers."`,
      [['a gift to the developers.', 'partial', 'Nadia Okonkwo']],
    ],
    ['dash attribution', '"Never stop asking." — Ines Carvalho', [['Never stop asking.', 'direct', 'Ines Carvalho']]],
    ['unattributed', 'The sign on the door read: "Closed until further notice."', [['Closed until further notice.', 'direct', null]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(direct(text)).toEqual(expected);
  });
});

describe('multi-paragraph quotes and continuations', () => {
  it('the person acting in the sentence just before an unattributed quote speaks it', () => {
    const text = 'Coach Dana Morrow did not hide her frustration.\n\nAsked about her future, Morrow smiled. "Ask me in a week."';
    expect(direct(text)).toEqual([['Ask me in a week.', 'direct', 'Dana Morrow']]);
    // Not someone described or acted upon, and not a crowd.
    expect(direct('Luis Ortega was arrested on Monday. "This is wrong."')).toEqual([['This is wrong.', 'direct', null]]);
    expect(direct('Luis Ortega spoke first.\n\nThe crowd cheered. "We love you!"')).toEqual([['We love you!', 'direct', null]]);
  });

  it('a paragraph that is only a quote continues the reported speech that closed the paragraph before', () => {
    expect(direct('Ana Ruiz said the plan was flawed.\n\n“It is a disgrace. We will fight it.”')).toEqual([
      ['It is a disgrace. We will fight it.', 'direct', 'Ana Ruiz'],
    ]);
    // Reported speech that does not close its paragraph gives nothing across the break.
    expect(direct('Ana Ruiz said the plan was flawed. The vote was close.\n\n“We lost.”')).toEqual([['We lost.', 'direct', null]]);
  });

  it('gives each paragraph of a run-on quote its own record and the same speaker', () => {
    const text =
      'Mayor Rosa Delgado spoke at the opening.\n\n"The bridge took nine years to build and every one of them mattered," Delgado said. "We owe the crews.\n\n"They worked through two winters and a flood."';
    expect(direct(text)).toEqual([
      ['The bridge took nine years to build and every one of them mattered,', 'direct', 'Rosa Delgado'],
      ['We owe the crews.', 'direct', 'Rosa Delgado'],
      ['They worked through two winters and a flood.', 'direct', 'Rosa Delgado'],
    ]);
  });

  it('passes the speaker to a paragraph that is only a quote', () => {
    const text = '"We will rebuild," said Rosa Delgado, the mayor.\n\n"The river will not win."';
    expect(direct(text).map((q) => q[2])).toEqual(['Rosa Delgado', 'Rosa Delgado']);
    expect(analyze(text).quotes[1]!.speaker!.resolvedBy).toBe('continuation');
  });

  it.each([
    ['"We will act," said Ursula von der Leyen.', 'Ursula von der Leyen'],
    ['"We will act," Ana de la Cruz said.', 'Ana de la Cruz'],
    ['"Maybe," said Abdul Rahman al-Hamad.', 'Abdul Rahman al-Hamad'],
  ])('the speaker mention covers a name with particles: %s', (text, surface) => {
    expect(analyze(text).quotes[0]!.speaker).toMatchObject({ name: surface, surface, resolvedBy: 'name' });
  });

  it('a paragraph whose named subject speaks sets up the multi-paragraph quote after it', () => {
    const text =
      'Ana Torres, the county clerk, described the night of the count.\n\n' +
      '"We started at six and did not stop until dawn.\n\n"By morning we had the numbers, and they matched."\n\nTorres has worked there for 22 years.';
    expect(direct(text).map((q) => q[2])).toEqual(['Ana Torres', 'Ana Torres']);
  });

  it('a paragraph that ends on how someone spoke ("she was careful.") sets up the quote after it', () => {
    const text =
      'Sarah Kettering runs the Harbour Trust.\n\n"Access has to improve," she said.\n\nHer predecessor, Colin Ward, left after a row. Asked about him, she was careful.\n\n"Colin did a lot of good work."';
    expect(direct(text).map((q) => q[2])).toEqual(['Sarah Kettering', 'Sarah Kettering']);
    expect(analyze(text).quotes[1]!.cue?.text).toBe('was careful');
  });

  it("passes it on when the quote's sentence goes on in the writer's words, with no speech verb", () => {
    const text = '"It is more tinkering," said Rosa Delgado.\n\n"It is basically a tax increase" for the top bracket.';
    expect(direct(text).map((q) => q[2])).toEqual(['Rosa Delgado', 'Rosa Delgado']);
  });

  it('does not pass a speaker across a paragraph that does not open with the quote', () => {
    const text = '"We will rebuild," said Rosa Delgado.\n\nOn the other bank, a sign read "Keep out of the water."';
    expect(direct(text)).toEqual([
      ['We will rebuild,', 'direct', 'Rosa Delgado'],
      ['Keep out of the water.', 'direct', null],
    ]);
  });

  it('ends an unbalanced quote at its paragraph and reads the next paragraph normally', () => {
    const text = '"We never saw the report, Hal Brenner said.\n\n"Nobody did," said Ivo Petrov.';
    const quotes = direct(text);
    expect(quotes[quotes.length - 1]).toEqual(['Nobody did,', 'direct', 'Ivo Petrov']);
  });
});

describe('pronouns and nominals resolve to the right earlier entity', () => {
  it('he and she follow gender and recency', () => {
    const text =
      'Marek Nowak, the union leader, and Ingrid Solberg, the plant manager, met on Friday.\n\n' +
      '"The offer is too low," Nowak said.\n\n' +
      '"It is the best we can do," Solberg said.\n\n' +
      '"We will strike," he said.\n\n' +
      '"Then we will close," she said.';
    expect(direct(text).map((q) => q[2])).toEqual(['Marek Nowak', 'Ingrid Solberg', 'Marek Nowak', 'Ingrid Solberg']);
  });

  it.each([
    ['alliance', 'The Tidewater Growers Alliance'],
    ['federation', 'The Northern Dairy Federation'],
    ['chamber', 'The Port Ellis Chamber of Commerce'],
    ['society', 'The Royal Marsh Society'],
  ])('"the %s" points back to the organization whose name says so', (noun, org) => {
    const text = `Dana Kell, a farmer, was there.\n\n${org} wrote to the minister on Monday. "We cannot compete," the ${noun} said.`;
    expect(direct(text)).toEqual([['We cannot compete,', 'direct', org.replace(/^The /u, '')]]);
  });

  it.each([
    [
      'a paragraph that opens with its subject acting on another man',
      'Mayor Mike Delgado and challenger Tom Reyes met on Monday.\n\n"We did our job," Delgado said.\n\nReyes fired back at Delgado. "Mike has been in office for six years," he said.',
      ['Mike Delgado', 'Tom Reyes'],
    ],
    [
      'a paragraph that opens with a possessed role and the name in apposition',
      '"I want to stay," said Danny Brady, the striker.\n\nBrady\'s agent, Lou Carter, backed his client. "Danny gave everything to that club," he said.',
      ['Danny Brady', 'Lou Carter'],
    ],
    [
      'an indefinite person named in apposition is named',
      '"Not one family," said Gov. Tom Whitfield.\n\nOne resident, Marla Jensen, 62, said she lost everything. "The insurance people keep telling me to wait," she said.',
      ['Tom Whitfield', 'Marla Jensen'],
    ],
    [
      'a quote-only paragraph after a paragraph that opens with the man asked',
      '"Danny has been brilliant," said Mike Renshaw, the home manager.\n\nGary Nuttall was asked about a penalty appeal, when Oduya went down under a challenge from Price.\n\n"I have seen them given," he said.',
      ['Mike Renshaw', 'Gary Nuttall'],
    ],
    [
      'a man named after a preposition in the pronoun\'s own sentence is talked about',
      'Health Secretary David Marsh spoke first. "We are at the limit," he said.\n\nChancellor Robert Haines dismissed the criticism. "That is not news," he said.\n\nAsked whether he had confidence in Marsh, he replied: "Of course."',
      ['David Marsh', 'Robert Haines', 'Robert Haines'],
    ],
  ])('"he" is the man who acts, not the one acted on: %s', (_name, text, speakers) => {
    expect(direct(text).map((q) => q[2])).toEqual(speakers);
  });

  it('two people of one surname: "said he" tells them apart, and "he" after it follows', () => {
    const text =
      '"Never sell the bottom field," said Harold Thwaite, 66.\n\nHis daughter, Emma Thwaite, 34, runs the sheep side. "They sent us a map," she said.\n\n' +
      'Barry Nolan, the highways chief, said the route was chosen with care. "No route is perfect," he said.\n\n' +
      'Thwaite said he would take the council to court. "I intend to finish it," he said.';
    expect(analyze(text).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Harold Thwaite', 'Emma Thwaite', 'Barry Nolan', 'Barry Nolan', 'Harold Thwaite', 'Harold Thwaite']);
  });

  it('"she" after a woman known only by her given name and a role that says so', () => {
    const text =
      'Judge Harriet Vance set sentencing for June 12. She warned the gallery: "Any outburst and you will be removed."\n\n' +
      'Keller\'s mother, Ruth, wept as the verdict was read. "He is a good boy," she said.';
    expect(direct(text).map((q) => q[2])).toEqual(['Harriet Vance', 'Ruth']);
  });

  it('"the charity" is an organization whose name says charity; "the company" is no university or trust', () => {
    const text =
      'Researchers at the University of Leeds led the study, funded by the Marlow Dementia Trust. "This adds to the evidence," the charity said.\n\n' +
      'Halvorsen Foods and the University of Leeds signed a deal. "It is good," the company said.';
    expect(analyze(text).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Marlow Dementia Trust', 'Halvorsen Foods']);
  });

  it('"the charity" is nobody when no organization is one', () => {
    const text = 'Researchers at the University of Leeds led the study.\n\n"This adds to the evidence," the charity said.';
    expect(analyze(text).quotes[0]!.speaker).toBeNull();
  });

  it('"the company" is not the news agency of the dateline or of "told Reuters"', () => {
    const text =
      'OSLO (Reuters) - Halvorsen Foods cut its outlook on Thursday.\n\n' +
      '"The quarter was tough," Chief Executive Ingrid Solberg told Reuters in an interview.\n\n' +
      'The company said it would cut about 300 jobs by the end of next year.';
    expect(analyze(text).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Ingrid Solberg', 'Halvorsen Foods']);
  });

  it('"the group" and "it" point back to an organization', () => {
    const text =
      'The Coastal Defense Fund (CDF) sued the port authority on Tuesday.\n\n' +
      '"The permits ignore the wetlands," the group said in a statement.\n\n' +
      '"We will see them in court," CDF said.';
    expect(direct(text).map((q) => q[2])).toEqual(['Coastal Defense Fund', 'Coastal Defense Fund']);
  });

  it('a surname resolves to the full name given earlier', () => {
    const text = 'Councilwoman Priya Raghunathan opposed the plan.\n\n"It is a giveaway," Raghunathan said.';
    const q = analyze(text).quotes.find((x) => x.kind === 'direct')!;
    expect(q.speaker).toMatchObject({ name: 'Priya Raghunathan', type: 'person', resolvedBy: 'surname', surface: 'Raghunathan' });
  });

  it('a nominal goes to the person introduced in that role, not to a nearer person of unknown role', () => {
    const text =
      'Darnell Whitcombe, the Labor nominee, toured the shipyard on Monday.\n\n' +
      '"The yard has waited long enough," said Edith Marlowe, who spoke before him.\n\n' +
      'The Labor nominee promised "a yard that builds again."';
    expect(analyze(text).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Edith Marlowe', 'Darnell Whitcombe']);
  });

  const openers: [string, string, (string | null)[]][] = [
    [
      'the woman who opens the paragraph, not the last speaker',
      '"We will not sign this," said Ana Ruiz, the finance chair.\n\nLena Barker was furious. "This is theft," she said.',
      ['Ana Ruiz', 'Lena Barker'],
    ],
    [
      'the same for a man, two sentences on',
      '"It is done," said Omar Diaz.\n\nIvo Petrov stood up. He waved the report. "This is not done," he said.',
      ['Omar Diaz', 'Ivo Petrov'],
    ],
    [
      'the opening name that only modifies another person is not the subject',
      '"We will not sign this," said Ana Ruiz.\n\nBarker aide Lena Quist spoke next. "This is theft," she said.',
      ['Ana Ruiz', 'Lena Quist'],
    ],
    [
      'not when another woman is named before the pronoun: the nearer one',
      '"We will not sign this," said Ana Ruiz.\n\nLena Barker walked out. Ingrid Holt followed. "This is theft," she said.',
      ['Ana Ruiz', 'Ingrid Holt'],
    ],
    [
      'not when the opening sentence quotes someone',
      '"We will not sign this," said Ana Ruiz.\n\nLena Barker called it "a farce." "This is theft," she said.',
      ['Ana Ruiz', 'Lena Barker', 'Lena Barker'],
    ],
  ];
  const rivals: [string, string, (string | null)[]][] = [
    [
      'a woman the text turns to after the last speaker',
      '"The cuts hit the poor," said Lena Barker, an economist.\n\nThe plan drew fire, with Ingrid Holt, the senator, attacking it.\n\n"It is trickle-down again," she said.',
      ['Lena Barker', 'Ingrid Holt'],
    ],
    [
      'not a woman named inside a quote',
      '"Ingrid Holt is wrong," said Lena Barker.\n\n"She always was," she said.',
      ['Lena Barker', 'Lena Barker'],
    ],
    [
      'not a woman named two paragraphs back',
      'Ingrid Holt chaired the hearing.\n\n"The cuts hit the poor," said Lena Barker.\n\n"It is trickle-down again," she said.',
      ['Lena Barker', 'Lena Barker'],
    ],
  ];
  it.each(rivals)('the last speaker or a woman named since: %s', (_name, text, speakers) => {
    expect(analyze(text).quotes.filter((q) => q.kind !== 'indirect').map((q) => q.speaker?.name ?? null)).toEqual(speakers);
  });

  it.each(openers)('a pronoun and the person opening its paragraph: %s', (_name, text, speakers) => {
    expect(analyze(text).quotes.map((q) => q.speaker?.name ?? null)).toEqual(speakers);
  });

  it('"the regulator" and "the agency" point to an organization whose name says so', () => {
    const text =
      'The Office of Water Regulation fined Northgate Water on Wednesday.\n\n"Customers were let down," the regulator said.\n\n' +
      'The Food and Drug Administration approved the drug. "It is safe," the agency said.\n\n' +
      'Northgate Water objected. "We will appeal," the agency said.';
    expect(analyze(text).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Office of Water Regulation', 'Food and Drug Administration', 'Food and Drug Administration']);
  });

  it('a transcript line: a name and a colon before the quote; a label or an unknown word names nobody', () => {
    const text =
      'Mayor Rosa Delgado took questions on Friday.\n\nQ: "Will you resign?"\n\nDelgado: "No. Next question."\n\n' +
      'Update: "The meeting is over."\n\nShock: "We never saw it coming."\n\nSen. Tom Ashby: "I have nothing to add."';
    expect(analyze(text).quotes.map((q) => q.speaker?.name ?? null)).toEqual([null, 'Rosa Delgado', null, null, 'Tom Ashby']);
  });

  it('a name with an article that no entity covers speaks as an organization, never as a person', () => {
    const speakers = analyze('The vote came late.\n\n"It is a mess," The Hill reported.').quotes.map((q) => q.speaker);
    expect(speakers.map((sp) => [sp?.name, sp?.type])).toEqual([['The Hill', 'organization']]);
  });

  it('"the Republican" and "the Democrat" point to the candidates the text so described', () => {
    const text =
      'Democrat Ana Ruiz and Republican Tom Ashby met for their only debate on Tuesday.\n\n' +
      '"My opponent has never held a job outside politics," the Republican said.\n\n"Nonsense," said the Democrat.\n\n' +
      '"Vote for me," said the Independent candidate, Lena Okafor.';
    expect(analyze(text).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Tom Ashby', 'Ana Ruiz', 'Lena Okafor']);
  });

  it('a description names the last speaker when no role contradicts it, or a person whose abbreviated title says so', () => {
    const text =
      '"We are united," Sanders said, speaking of his party. Bernie Sanders spoke in Ohio.\n\n' +
      'The Vermont senator acknowledged there were "some doubters."\n\n' +
      'Gov. Lena Okafor spoke later. Then the governor called the plan "a start."';
    expect(analyze(text).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Bernie Sanders', 'Bernie Sanders', 'Lena Okafor']);
  });

  it('"the airline", "the insurer": an organization whose name says what kind it is', () => {
    const text =
      'Coastal Airways cancelled 300 flights as pilots walked out. The Pilots Association said the strike would last two days.\n\n' +
      'In a statement, the airline said it was "deeply sorry" for the trouble. It said passengers would be rebooked on later flights.\n\n' +
      'Harbor Mutual Insurance paid out early. "Claims came fast," the insurer said.';
    expect(analyze(text).quotes.map((q) => q.speaker?.name ?? null)).toEqual([
      'Pilots Association', 'Coastal Airways', 'Coastal Airways', 'Harbor Mutual Insurance',
    ]);
  });

  it('leaves a pronoun unresolved when nobody fits', () => {
    expect(direct('"We tried everything," he said.')).toEqual([['We tried everything,', 'direct', null]]);
  });

  it('unnamed sources stay null', () => {
    const text = 'The mayor, Rosa Delgado, declined to comment.\n\n"The deal is done," a city official said.';
    expect(direct(text)[0]).toEqual(['The deal is done,', 'direct', null]);
  });
});

describe('scare quotes and quoted terms are not speech', () => {
  const notSpeech = [
    'The ministry launched a so-called "green corridor" for trucks.',
    'Residents had to attend a region-wide "health check" last spring.',
    'Officials defended the "stability maintenance" regime in the province.',
    'Such groups include "priority persons," a broad term used by police.',
    'Her best-known novel, "The Salt Orchard," sold widely in the 1990s.',
    'Senator Mae "Buzz" Harlan voted against the bill.',
    "The Smiths' dog and the Joneses' cat don't get along, and it's the ’90s all over again.",
  ];
  it.each(notSpeech)('%s', (text) => {
    expect(direct(text)).toEqual([]);
  });

  it('a term quoted again later is still a term', () => {
    const text = 'Police expanded the "stability maintenance" program.\n\nRights groups said "stability maintenance" is a pretext.';
    expect(direct(text)).toEqual([]);
  });
});

describe('indirect speech', () => {
  const cases: [string, string, string | null][] = [
    ['Piet Vandermeer said the county would appeal the ruling.', 'the county would appeal the ruling', 'Piet Vandermeer'],
    ['The county will appeal the ruling next week, Piet Vandermeer said.', 'The county will appeal the ruling next week', 'Piet Vandermeer'],
    ['According to Piet Vandermeer, the county will appeal the ruling.', 'the county will appeal the ruling', 'Piet Vandermeer'],
    ['Greta Lindqvist told reporters that the survey had been voluntary.', 'the survey had been voluntary', 'Greta Lindqvist'],
    // The words after "said" are the clause, not an inverted subject ("said the arrest" is no cue).
    ['Tsering Dolma, a Tibetan living in exile in India, said the arrest fit a pattern.', 'the arrest fit a pattern', 'Tsering Dolma'],
    // "said she …": the pronoun opens the reported clause, it is no inverted subject.
    ['Carmen Ortiz stayed. Her neighbor, Lucia Marsh, said she had nowhere else to go.', 'she had nowhere else to go', 'Lucia Marsh'],
    // A relative clause after a noun phrase, with a number written with a thousands separator.
    [
      'Meridian Ports reported a loss on Thursday. The company, which employs 8,000 people, said it would cut 600 jobs by March.',
      'it would cut 600 jobs by March',
      'Meridian Ports',
    ],
  ];
  it.each(cases)('%s', (text, clause, speaker) => {
    const q = analyze(text).quotes;
    expect(q.map((x) => [x.kind, x.text, x.speaker?.name ?? null])).toEqual([['indirect', clause, speaker]]);
  });

  it('is not the inverted subject after a clause: "…, said the source, who …"', () => {
    const q = analyze('Lobsang Gyatso, 29, was taken from the monastery in Ngaba on March 3, said the source, who asked not to be named.').quotes;
    expect(q.map((x) => x.speaker?.name ?? null)).not.toContain('Lobsang Gyatso');
  });

  it('a reporting verb with a noun phrase, not a clause, reports nothing', () => {
    expect(analyze('The chief executive, Rita Hale, announced the layoffs in a memo to staff on Wednesday.').quotes).toEqual([]);
    expect(analyze('Rita Hale confirmed the deal on Friday morning.').quotes).toEqual([]);
  });

  it('is not found in sentences without a speech verb', () => {
    expect(analyze('The county appealed the ruling on Monday after a long debate.').quotes).toEqual([]);
  });
});

describe('reported speech whose clause opens with a name', () => {
  it('"said Pike owed farmers an apology" reports what Pike owed; the speaker is the subject before', () => {
    const text = 'Sen. Laura Pike spoke first. Sen. Julia Moreno, a Democrat from the same state, said Pike owed farmers an apology.';
    const quotes = analyze(text).quotes;
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([['Pike owed farmers an apology', 'Julia Moreno']]);
  });
});

describe('offsets and the cue', () => {
  it('every quote, cue and speaker span slices back to its text', () => {
    const text = '\uFEFFBy the river.\r\n\r\n“It’s over,” said Ana Ruiz, the mayor. She added: “We move on.”';
    const r = analyze(text);
    expect(r.quotes.length).toBeGreaterThan(0);
    for (const q of r.quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
      if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.surface);
    }
  });

  it('reports the cue verb', () => {
    const q = analyze('"We are ready," Ana Ruiz told the council.').quotes[0]!;
    expect(q.cue?.text).toBe('told');
  });

  it('a participle that introduces the quote is its cue, the sentence gives the speaker', () => {
    const q = analyze('Ana Ruiz criticized the plan on Monday, saying, "The numbers do not add up."').quotes[0]!;
    expect([q.cue?.text, q.speaker?.name]).toEqual(['saying', 'Ana Ruiz']);
  });

  it('summarizes quotes and words per speaker, most words first', () => {
    const r = analyze('"One two three," said Ana Ruiz.\n\n"Four five," said Ivo Petrov.\n\n"Six," said Ana Ruiz.');
    expect(r.speakers).toEqual([
      { name: 'Ana Ruiz', type: 'person', quotes: 2, words: 4 },
      { name: 'Ivo Petrov', type: 'person', quotes: 1, words: 2 },
    ]);
  });
});

describe('British style: straight single quotes', () => {
  const text =
    "LEEDSWORTH, 3 March 2025 — The council defended its parking charges.\n\n" +
    "'We had no choice,' said councillor Amira Baig. 'The buses were losing money.'\n\n" +
    "'People drive to the retail park instead,' said Tom Pryce, who runs the Smiths' old shop.\n\n" +
    "'It's the '90s all over again,' he said.";
  it('reads them as quote marks when the article quotes that way', () => {
    expect(direct(text)).toEqual([
      ['We had no choice,', 'direct', 'Amira Baig'],
      ['The buses were losing money.', 'direct', 'Amira Baig'],
      ['People drive to the retail park instead,', 'direct', 'Tom Pryce'],
      ["It's the '90s all over again,", 'direct', 'Tom Pryce'],
    ]);
  });
  it('does not take the dateline for a speaker', () => {
    expect(analyze(text).quotes.some((q) => q.speaker?.name === 'LEEDSWORTH')).toBe(false);
  });
  it("a quote may open with a t ('treated with contempt'); 'tis and 'twas stay words", () => {
    const british = "'We were never shown the figures,' said Pavel Oduya.\n\nOduya said the union had been 'treated with contempt'. 'Twas ever thus, he said.";
    const found = analyze(british).quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text);
    expect(found).toEqual(['We were never shown the figures,', 'treated with contempt']);
  });
  it('leaves straight single quotes alone in an article that quotes with double marks', () => {
    expect(direct(`"We will appeal," said Ana Ruiz. 'Nobody' expected it.`)).toEqual([['We will appeal,', 'direct', 'Ana Ruiz']]);
  });
});

describe('harder attributions', () => {
  const cases: [string, string, string, string | null][] = [
    [
      'a headline speaker named in the article',
      'Greta Lindqvist Calls Survey ‘A Waste Of Money’\n\nCouncil chair Greta Lindqvist spoke on Monday about the survey.',
      'A Waste Of Money',
      'Greta Lindqvist',
    ],
    [
      'a headline speaker by title and surname, named in full below',
      'Mayor Delgado: ‘I will not resign’\n\nRosa Delgado rejected calls to step down on Thursday.',
      'I will not resign',
      'Rosa Delgado',
    ],
    ['a headline with a colon', 'Ivo Petrov: The Port Is ‘Not For Sale’\n\nThe harbor master spoke on Monday.', 'Not For Sale', 'Ivo Petrov'],
    [
      'a headline role, given to one person below',
      'Mayor vows "no more delays" on bridge\n\nPORT ELLIS — Mayor Rosa Delgado promised on Monday that the bridge would reopen by spring.',
      'no more delays',
      'Rosa Delgado',
    ],
    [
      'a headline role that two people below hold names nobody',
      'Minister slams "reckless" strike\n\nTransport Minister Ivo Petrov and Deputy Minister Ana Holt met the unions on Monday.',
      'reckless',
      null,
    ],
    [
      'a partial quote in a sentence closed by its cue',
      'Ana Ruiz chairs the board.\n\nA clerk who "loses one receipt" is fired, Ruiz said.',
      'loses one receipt',
      'Ana Ruiz',
    ],
    [
      'a participle takes the subject of its sentence',
      'Ana Ruiz criticized the port plan on Monday, saying, "The numbers do not add up."',
      'The numbers do not add up.',
      'Ana Ruiz',
    ],
    ['a country speaks for its government', 'Norway insisted that the whalers "respect the quota."', 'respect the quota.', 'Norway'],
    [
      'a title and a parenthesis between quote and verb',
      '"Subpoenas are not optional," panel chairman Rep. Dale Murch (R-Ohio) said on Tuesday.',
      'Subpoenas are not optional,',
      'Dale Murch',
    ],
    ['an inverted sentence-initial verb', 'The budget passed.\n\nSaid Ivo Petrov: "It is a good day."', 'It is a good day.', 'Ivo Petrov'],
    ['a plural noun after "of X" is not a cue', 'Factline rated 40% of Senate claims as "false" in May.', 'false', 'Factline'],
    [
      'a long apposition holding a capitalized cue word ("United States")',
      'Mara Quint spoke first.\n\n"The talks will fail," Ivo Petrov, a fellow at the Harbor Institute and a former United States envoy to Norway, said of the plan.',
      'The talks will fail,',
      'Ivo Petrov',
    ],
    [
      'a party label after the name describes it',
      'Senator Ada Brill, Democrat of Oregon, said the port was "a national asset."',
      'a national asset.',
      'Ada Brill',
    ],
    [
      'a name right after the verb and before the quote is spoken about, not speaking',
      'Councilman Ivo Petrov lost the vote.\n\nThe flyer says Petrov “has a soft spot for developers.”',
      'has a soft spot for developers.',
      null,
    ],
    ['"To quote" names no speaker "To"', 'To quote the old saying, "Some people are so poor all they have is money."', 'Some people are so poor all they have is money.', null],
    [
      'a place named by its kind is not the nearest organization',
      'Ilham Rexit was taken, his brother told the Uyghur Service.\n\nAn officer who answered the phone at the city police station said he was "not aware of the case."',
      'not aware of the case.',
      null,
    ],
    [
      'an age between the name and its apposition',
      'Zhang Wei, 45, a shopkeeper in Mong Kok, said trade was "slower than in any year."',
      'slower than in any year.',
      'Zhang Wei',
    ],
    [
      'a participle after a subject with an apposition and a day',
      'WASHINGTON — Sen. Maria Delacroix, D-Ore., on Thursday blocked the bill, saying it would "gut the coast guard."',
      'gut the coast guard.',
      'Maria Delacroix',
    ],
    ['a day between subject and verb', 'Tom Ashby on Monday vowed to "try again."', 'try again.', 'Tom Ashby'],
    [
      "the possessor of a claim is its speaker",
      'Mara Quint spoke first.\n\nThe Factline site checked Ivo Petrov’s claim that the port lost “four ships a year” to the storms.',
      'four ships a year',
      'Ivo Petrov',
    ],
    [
      'remarks that are talked about are not the speech',
      'Ivo Petrov spoke on Monday.\n\nAna Ruiz, a council member, called Petrov’s remarks on Monday “a wake-up call” for the port.',
      'a wake-up call',
      'Ana Ruiz',
    ],
    [
      'a paragraph dated day and year announces the next quote',
      'On July 6, 2015, Ivo Petrov made the following comment:\n\n“The port will not survive another decade of neglect.”',
      'The port will not survive another decade of neglect.',
      'Ivo Petrov',
    ],
    [
      'a full-sentence quote inside a sentence closed by its cue',
      '“I admire the mechanics” of the harbor plan, Ivo Petrov said. “They are better than the old ones.”',
      'I admire the mechanics',
      'Ivo Petrov',
    ],
    ['a title left without its name names nobody', '"This is our year," the mayor’s niece, state Del. Ana "Annie" Ruiz, shouted.', 'This is our year,', null],
    [
      'a clause before an inverted cue is not an apposition of the name opening it',
      'Lobsang Gyatso, 29, was taken from the monastery in Ngaba on March 3, said the source, who asked not to be named.\n\nHis brother said he was "beaten in front of the monks."',
      'beaten in front of the monks.',
      null,
    ],
    [
      'a place after "in" qualifies the name before it',
      'The European Union Chamber of Commerce in China said its members were "deeply concerned."',
      'deeply concerned.',
      'European Union Chamber of Commerce',
    ],
    [
      'a participle apposition about being asked',
      'Mayor Lina Park unveiled her budget.\n\nPark, asked about the pension fund, said: "We will deal with it next year."',
      'We will deal with it next year.',
      'Lina Park',
    ],
    [
      'an inverted cue with an organization before the role: the person speaks',
      'The Coastal Research Institute (CRI) published a study.\n\n"We are not surprised," said CRI director Helena Voss.',
      'We are not surprised,',
      'Helena Voss',
    ],
    [
      'an inverted cue with a club before any role word: the person speaks',
      'Harbor FC beat Dunmore Rovers 2-1.\n\n"It is a long season," said Rovers vice-captain Dean Moss.',
      'It is a long season,',
      'Dean Moss',
    ],
    [
      'an acronym that spells a word, before a hyphenated title',
      'The World Health Organization (WHO) met.\n\n"We see outbreaks," WHO Director-General Amara Osei told a news conference.',
      'We see outbreaks,',
      'Amara Osei',
    ],
    ['an acronym that spells a word speaks', 'The World Health Organization (WHO) met in Geneva on Monday to review the figures.\n\n"Stay home," WHO said in a statement.', 'Stay home,', 'World Health Organization'],
    [
      'a person of an organization is the person, subject of reported speech',
      'Tom Ruiz of Calder Construction called it "a gift to the town."',
      'a gift to the town.',
      'Tom Ruiz',
    ],
    ['a person at an organization, before the verb', 'Ana Diaz at the Marlow Gazette described the plan as "a shambles."', 'a shambles.', 'Ana Diaz'],
    [
      'an affiliation with "of" and "and" in it, then an apposition',
      'Dr. Ruth Mbeki of the London School of Hygiene and Tropical Medicine, who was not involved in the report, called the figures "alarming but not surprising."',
      'alarming but not surprising.',
      'Ruth Mbeki',
    ],
    [
      'an organization named after its article, with "of the" inside',
      'The Central Bank of the Philippines held rates on Monday.\n\n"Rates will rise," the Central Bank of the Philippines said.',
      'Rates will rise,',
      'Central Bank of the Philippines',
    ],
    [
      '"it" after an organization that opens the paragraph, past an earlier speaker',
      'The World Health Organization warned on Friday that measles cases had doubled.\n\n' +
        'UNICEF, the U.N. children\'s agency, said supplies were adequate. "Vaccines are not the problem; access is," it said in a statement.',
      'Vaccines are not the problem; access is,',
      'UNICEF',
    ],
    [
      'a party label in parentheses and an apposition between the subject and its verb',
      'Gov. Ana Holt (R) called the plan "improper." Attorney General Tom Reyes (D), Holt\'s rival in the race, called for the videos, saying that openness "builds trust."',
      'builds trust.',
      'Tom Reyes',
    ],
    [
      'an occupation the text gave before the name',
      'In mitigation, his barrister, Claire Moss, said her client was "deeply ashamed." "He will carry this for life," the barrister said.',
      'He will carry this for life,',
      'Claire Moss',
    ],
    ['a hyphenated particle, and the family name alone later', '"Maybe," said Abdul Rahman al-Hamad.\n\n"Yes," al-Hamad said.', 'Yes,', 'Abdul Rahman al-Hamad'],
    [
      'an apposition naming an organization, then a relative clause in dashes',
      'John Dickey, the chief executive of Ora Media -- which is also streamed on Hulu -- told me, "We are a content provider."',
      'We are a content provider.',
      'John Dickey',
    ],
    [
      'British "Mr" without a dot is not the woman of that surname',
      'Meena Patel and her husband installed the panels.\n\n"We are delighted," Mrs Patel said.\n\nMr Patel, 71, said the couple were "relieved and grateful."',
      'relieved and grateful.',
      'Patel',
    ],
    [
      '"a spokesman for" an organization speaks as the organization, not the speaker before',
      '"This was not an easy call," said Priya Raman.\n\n"We will fight it in court," a spokesman for the Ratepayers Alliance said.',
      'We will fight it in court,',
      'Ratepayers Alliance',
    ],
    [
      '"the spokeswoman for" an organization does not describe the last speaker',
      '"This was not an easy call," said Priya Raman.\n\n"We will win," the spokeswoman for the Ratepayers Alliance said Monday.',
      'We will win,',
      'Ratepayers Alliance',
    ],
    [
      'a spokesman named by the kind of organization',
      'Cotswold District Council ordered the panels removed.\n\nA council spokesman said: "We respect the decision."',
      'We respect the decision.',
      'Cotswold District Council',
    ],
    ['an inverted spokesman for an organization', 'The Harbor Council met.\n\n"Later," said a spokesman for the Harbor Council.', 'Later,', 'Harbor Council'],
    ['a spokeswoman for an organization before the quote', 'The Harbor Council met.\n\nA spokeswoman for the Harbor Council said: "We apologise."', 'We apologise.', 'Harbor Council'],
    [
      'reported speech after an apposition, then "he" in the same paragraph',
      'Kaldera\'s mayor, Ilie Petrescu, said the village had asked for a wall. "We wrote letters," he said.\n\nThe regional governor, Stefan Voinea, said an inquiry would be held. Asked about the warnings, he said: "People will be held responsible."',
      'People will be held responsible.',
      'Stefan Voinea',
    ],
    [
      'a person of unknown gender with a relative clause, opening the paragraph',
      'Gwen Parry runs the bus company. "We are losing money," she said.\n\nDr. Amara Osei, who studies rural transport, told me the problem is not money alone. "Every time a route is cut, passengers leave," she said.',
      'Every time a route is cut, passengers leave,',
      'Amara Osei',
    ],
    [
      'a place that ends a name with a comma in it is no apposition speaker',
      'Peter Lindqvist, an election law professor at the University of California, Los Angeles, said federal courts had struck down "similar requirements."',
      'similar requirements.',
      'Peter Lindqvist',
    ],
    [
      '"Those are the words of" the person named after the quote',
      '"It will end the fishing," said Jack Penrose.\n\n"Jack is wrong. The town will get jobs." Those are the words of Lucy Trewin, who runs a firm in the harbour.',
      'Jack is wrong. The town will get jobs.',
      'Lucy Trewin',
    ],
    [
      '"That is the view of" a title, then the name in apposition',
      '"It will end the fishing," said Jack Penrose.\n\n"The consultation was a sham." That is the view of the local MP, Sarah Lewin.',
      'The consultation was a sham.',
      'Sarah Lewin',
    ],
    ['a preposition before a second name keeps the first', '"No," said Ana Ruiz at Harvard Medical School.', 'No,', 'Ana Ruiz'],
    ['a sports role the nominals know', 'Harbor FC won.\n\n"We go again," said Rovers captain Dean Moss.', 'We go again,', 'Dean Moss'],
    [
      'according to a report by an organization',
      'According to a report by the Coastal Research Institute, sea levels rose "faster than any model predicted."',
      'faster than any model predicted.',
      'Coastal Research Institute',
    ],
    ['"as X put it"', 'Ana Ruiz chairs the board.\n\nThe fee is "a tax by another name," as Ruiz put it.', 'a tax by another name,', 'Ana Ruiz'],
    [
      '"as a memo put it" is not the previous speaker',
      '"We will appeal," said Ana Ruiz.\n\nThe rule requires "a lawful source of income," as a ministry memo put it.',
      'a lawful source of income,',
      null,
    ],
    ['a second verb shares the subject', 'Ana Ruiz outlined the budget and vowed to cut "every wasteful program."', 'every wasteful program.', 'Ana Ruiz'],
    ['a delegate to Congress', '"This is a waste of time," said Del. Amara Quist of Guam.', 'This is a waste of time,', 'Amara Quist'],
    [
      '"state" before a title is no cue verb',
      'Orla Bram, a state lawmaker, spoke first.\n\n"The port is ours," state Sen. Orla Bram told the crowd.',
      'The port is ours,',
      'Orla Bram',
    ],
    [
      'a name before an aside in dashes',
      'The clinic closed in May.\n\nDr. Ana Ruiz -- a surgeon who worked there for a decade -- told me, "It was chaos."',
      'It was chaos.',
      'Ana Ruiz',
    ],
    ['an aside in em dashes after the quote', 'The port reopened.\n\n"We stay," Ivo Petrov — the port director since 2019 — said on Monday.', 'We stay,', 'Ivo Petrov'],
    [
      '"as X put it" before the quote, with an apposition',
      'The council met on Monday.\n\nAs Lena Okafor, a tax lawyer at the Urban Policy Center, recently put it, "Did he lower his taxes?"',
      'Did he lower his taxes?',
      'Lena Okafor',
    ],
    [
      'a nickname inside the name after the quote',
      'The crowd grew.\n\n"The nation is watching," state Del. Marcia "Cia" Holt (D-Newport News), shouted to the crowd.',
      'The nation is watching,',
      'Marcia "Cia" Holt',
    ],
    ['a nickname inside an inverted subject', 'The team met.\n\n"We will win," said Earvin "Magic" Quist, the team owner.', 'We will win,', 'Earvin "Magic" Quist'],
    [
      'an apposition holding a relative clause',
      'The port reopened.\n\nIrene Falk, 61, a retired teacher who has lived by the docks for 40 years, said: "I will believe it when I see it."',
      'I will believe it when I see it.',
      'Irene Falk',
    ],
    ['a role, then the name in apposition', 'The operator disagrees.\n\n"Our ferries are on time," says its chief executive, Tomas Reyne.', 'Our ferries are on time,', 'Tomas Reyne'],
    ['a role the lists do not know, then the name', 'The force apologised.\n\n"We got this badly wrong," said the chief constable, Sir Tom Ward.', 'We got this badly wrong,', 'Tom Ward'],
    ['an indefinite role, then the name', 'The crowd left.\n\n"Go home," said a police officer, Sgt. Ray Holt.', 'Go home,', 'Ray Holt'],
    ['a capitalized modifier opens the role before the name', 'The council met.\n\nRetired firefighter Jim Holt was blunter: "Resign."', 'Resign.', 'Jim Holt'],
    ['"Another speaker, X," before a colon', 'The council met.\n\nAnother speaker, Jim Holt, was blunter: "Quit."', 'Quit.', 'Jim Holt'],
    ['a comma after a party label', 'The vote came late.\n\n"It is time," Lena Okafor (D-Ore.), told reporters.', 'It is time,', 'Lena Okafor'],
    ["someone's own filing speaks for them", "Ana Ruiz's brief called the claims \"old and baseless.\"", 'old and baseless.', 'Ana Ruiz'],
  ];
  it.each(cases)('%s', (_name, text, quote, speaker) => {
    const q = analyze(text).quotes.find((x) => x.text === quote);
    expect(q).toBeDefined();
    expect(q!.speaker?.name ?? null).toBe(speaker);
  });

  const noSpeaker: [string, string, string][] = [
    ['a capitalized noun is not a verb', 'The Islamic State "claims" were false, officials at the State Department said.', 'claims'],
    ['a pronoun inside a quote does not bind', '"Trump is a liar," he said.', 'Trump is a liar,'],
    ['a clause word before the name', '"It is over" for the county, when Ivo Petrov said so.', 'It is over'],
    ['nationalities are not one speaker', 'Americans said they wanted "a fair deal for everyone who works."', 'a fair deal for everyone who works.'],
    [
      "someone's aide is not that someone",
      'Mayor Ivo Petrov spoke first.\n\n"My reaction was anger," Petrov\'s former campaign manager said on Tuesday.',
      'My reaction was anger,',
    ],
    ['"state" as an adjective is no cue', '"We need more money," state officials in Pell County.', 'We need more money,'],
    [
      'an aside in dashes with its own verb is a clause',
      'Ivo Petrov chairs the board.\n\n"We stay," the plan -- Petrov was told on Monday -- said.',
      'We stay,',
    ],
    ['an occupation does not describe the last speaker', '"It is over," said Ivo Petrov.\n\n"I agree," the nurse said.', 'I agree,'],
    ['"the mayor" is nobody when no one is said to be mayor', 'Ivo Petrov runs the port.\n\n"It is over," the mayor said.', 'It is over,'],
    ['"the spokeswoman" is not a man of unknown role', 'Ivo Petrov runs the port.\n\n"We are done," the spokeswoman said.', 'We are done,'],
    ['a capitalized modifier before a group names nobody', 'The council met.\n\nLocal residents were furious: "Shame."', 'Shame.'],
    ['"as the mayor put it" with no mayor named', 'The council met on Monday.\n\nAs the mayor put it on Monday, "We are done."', 'We are done.'],
    [
      '"one resident" is nobody the text names, not the speaker before',
      '"We met every deadline," said Ivo Petrov of Calder Construction.\n\n"Nobody told us anything," said one resident, who asked not to be named.',
      'Nobody told us anything,',
    ],
    ['"another official" before the verb', 'Ivo Petrov spoke first.\n\n"It is fine," another official said.', 'It is fine,'],
    ["a possessive subject is not the speaker", "Ana Ruiz died in May. Ruiz's family has asked for \"a full and public inquiry\" into the crash.", 'a full and public inquiry'],
    [
      'a quote whose sentence names a person after it, with a verb the lexicon does not know, is no continuation',
      '"We will not give in," said Jean Morel.\n\n„Das ist inakzeptabel“, sagte Anna Weber.',
      'Das ist inakzeptabel',
    ],
    [
      'a pronoun after somebody unnamed opens its paragraph',
      '"We wrote letters," said Ilie Petrescu, the mayor.\n\nA firefighter who had been digging since dawn described finding a child. "She was crying, which was good," he said.',
      'She was crying, which was good,',
    ],
    [
      'a pronoun after somebody unnamed in the sentence before',
      'Neil Abbot runs the council. "We have no choice," he said.\n\nThere is an alternative. A Dutch transport official I spoke to was puzzled. "Why would you let a village die?" he asked.',
      'Why would you let a village die?',
    ],
    [
      '"the official" after an official the text leaves unnamed',
      'Governor Luis Ferrer spoke first. "Policy will do what it has to do," he said.\n\n' +
        'A senior official at the finance ministry, who asked not to be named, said the cabinet had been split. "Two ministers wanted cash instead," the official said.',
      'Two ministers wanted cash instead,',
    ],
    ['a paragraph whose subject does not speak sets nothing up', 'Ivo Petrov resigned on Friday.\n\n"It was time."', 'It was time.'],
    [
      '"they" after two people named since the organization',
      'The Harbor Council met on Tuesday. "We hear you," they said in a statement.\n\nIvo Petrov and Lena Marsh run the bakery. "We will stay," they said.',
      'We will stay,',
    ],
    [
      "a possessive subject's quote is not the previous speaker's",
      'Rita Bell said the videos showed nothing. Reyes\'s family has called for the videos "as a matter of transparency" and asked for calm.',
      'as a matter of transparency',
    ],
    [
      'a quoted title that is the subject of the sentence continues nobody',
      '"Where do we go from here?" said Dana Quill.\n\n"Harbor Lights (Remastered)" was written by Ivo Petrov in 1999.',
      'Harbor Lights (Remastered)',
    ],
    ['"his campaign" is nobody the text names', 'Jim Hollis, a businessman, was not invited.\n\nIn a statement, his campaign called the exclusion "a disservice to voters."', 'a disservice to voters.'],
    ['"her spokesman" is not her', '"We will appeal," said Ana Ruiz.\n\n"It is over," her spokesman said.', 'It is over,'],
    ['lawyers for a person are not that person', 'Lawyers for the actor Oliver Grant said his claim was "strong and fair."', 'strong and fair.'],
    ['a name after a preposition is no subject', 'A friend who studies with him at Aberdeen University said Callum was "a careful boy."', 'a careful boy.'],
    ['the plural of a role opening the sentence', 'Campaigners said the fine was "a drop in the ocean."', 'a drop in the ocean.'],
    ['a spokesman of a kind no organization of the text is', 'Ivo Petrov runs the port.\n\n"No," a ministry spokeswoman said.', 'No,'],
    ['"a spokeswoman for" a person is nobody the text names', 'Peter Dutton spoke.\n\n"Soon," said a spokeswoman for Dutton.', 'Soon,'],
    ['"a spokesman for" a person before the verb is not that person', 'Peter Dutton spoke.\n\nA spokesman for Dutton later said: "Families are hurting."', 'Families are hurting.'],
    ['"an aide to" a person is not that person', 'Peter Dutton spoke.\n\nAn aide to Dutton said the plan was "dead on arrival."', 'dead on arrival.'],
    ['"a lawyer for" a family is not the family', '"It hurts," said Priya Raman.\n\n"No comment," a lawyer for the Raman family told reporters.', 'No comment,'],
    [
      'a sentence that goes on to a verb the reader cannot attach is no continuation',
      '"This was not an easy call," said Priya Raman.\n\n"Prices will rise," the head of the Lakeville Water Board said.',
      'Prices will rise,',
    ],
    [
      'nor in the same paragraph',
      '"This was not an easy call," said Priya Raman. "Why now?" the head of the board asked.',
      'Why now?',
    ],
  ];
  it.each(noSpeaker)('%s', (_name, text, quote) => {
    const q = analyze(text).quotes.find((x) => x.text === quote);
    // Found, so that a null speaker is the attribution's doing, not a quote that went missing.
    expect(q).toBeDefined();
    expect(q!.speaker).toBeNull();
  });
});
