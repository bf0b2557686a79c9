import { lazySet } from './lazy.js';

/**
 * Capitalized words that are never part of a name when they open a sentence (or stand alone):
 * function words, pronouns, sentence adverbs, calendar words. Lower-case, compared lower-cased.
 */
export const FUNCTION_WORDS = lazySet(`
  a about above according across after afterward afterwards again against ago all almost along already also
  although always among amid an and another any anyone anything are around as at back because been before
  being below besides between beyond both but by can could despite did do does doing during each earlier
  either else even ever every everybody everyone everything except few first for from further had has have
  having he her here hers herself him himself his how however i if in including inside instead into is it
  its itself just last later least less like many may me meanwhile might more moreover most much must my
  neither never nevertheless next no nobody none nor not nothing now of off often on once one only or other
  others otherwise our ours out outside over perhaps please rather since so some somebody someone something
  she sometimes soon still such than that the their theirs them themselves then there therefore these they this
  those though through throughout thus to today together tomorrow too toward towards under unless unlike
  until up upon us very via was we well were what whatever when whenever where whereas wherever whether
  which while who whoever whom whose why will with within without would yes yesterday yet you your yours
  asked yours ok okay oh mr mrs ms dr hello thanks thank sorry tonight later earlier recently currently
  overall indeed still also finally first second third fourth fifth initially ultimately eventually
  meanwhile nearly roughly about almost only even just already again instead here there so
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  spring summer autumn fall winter christmas easter ramadan thanksgiving halloween eid diwali passover
  hanukkah new year
`);

/**
 * Nationalities, peoples, faiths, party labels and rank words: adjectives, not entities on their own
 * ("Chinese", "Democrats", "Former"); stripped from the front of a name ("Democrat Hillary Clinton").
 */
export const MODIFIERS = lazySet(`
  Afghan African Albanian Algerian American Arab Arabic Argentine Argentinian Armenian Asian Australian
  Austrian Azerbaijani Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian British Bulgarian Burmese
  Cambodian Canadian Cantonese Catalan Catholic Chilean Chinese Christian Colombian Congolese Croatian
  Cuban Czech Danish Dutch Ecuadorian Egyptian English Eritrean Estonian Ethiopian European Filipino
  Finnish French Georgian German Ghanaian Greek Guatemalan Haitian Han Hindu Hispanic Honduran Hungarian
  Icelandic Indian Indonesian Iranian Iraqi Irish Islamic Israeli Italian Jamaican Japanese Jewish
  Jordanian Kazakh Kenyan Korean Kurdish Kuwaiti Kyrgyz Laotian Latin Latino Latina Latvian Lebanese
  Liberian Libyan Lithuanian Malaysian Malian Mandarin Maori Mexican Mongolian Moroccan Muslim Moslem
  Nepali Nicaraguan Nigerian Nigerien Norwegian Pakistani Palestinian Panamanian Persian Peruvian
  Polish Portuguese Protestant Qatari Romanian Russian Rwandan Salvadoran Saudi Scottish Senegalese
  Serbian Shiite Shia Sikh Singaporean Slovak Somali South Spanish Sudanese Sunni Swedish Swiss Syrian
  Taiwanese Tajik Tamil Thai Tibetan Tunisian Turkish Turkmen Ugandan Ukrainian Uighur Uyghur Uzbek
  Venezuelan Vietnamese Welsh Western Eastern Northern Southern Yemeni Zimbabwean Kazakhstani Buddhist
  Evangelical Orthodox Sephardic Hui Kazak Mongol Rohingya Yazidi Druze Alawite Coptic Baptist Mormon
  Democrat Democrats Democratic Republican Republicans Libertarian Conservative Conservatives Liberal
  Liberals Labour Tory Tories Communist Communists Socialist Socialists Green Greens Independent
  Progressive Progressives Federal National Global International Regional Provincial Municipal Senior
  Junior Former Retired Late Acting Interim Then Ex Outgoing Incoming Deputy Assistant Associate
  Americans Africans Arabs Asians Australians Britons Canadians Chinese Christians Europeans Germans
  Hindus Hispanics Indians Iranians Iraqis Israelis Italians Japanese Jews Koreans Latinos Mexicans
  Muslims Moslems Pakistanis Palestinians Russians Saudis Syrians Turks Uighurs Uyghurs Ukrainians
  Kurds Afghans Tibetans Sikhs Sunnis Shiites Catholics Protestants Evangelicals Mormons
  Westerners Northerners Southerners Millennials Baby Boomers
`);

/**
 * Words that open a name as a title or honorific; they are left out of the name. `HONORIFICS`
 * carry a gender and are not roles; the rest of `TITLES` become roles ("President", "Sen.").
 * "Miss" is left out: "Miss Universe" is a title, and the verb opens sentences.
 */
export const HONORIFICS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ['mr', 'male'], ['mr.', 'male'], ['messrs.', 'male'], ['sir', 'male'], ['lord', 'male'],
  ['mrs', 'female'], ['mrs.', 'female'], ['ms', 'female'], ['ms.', 'female'],
  ['dame', 'female'], ['lady', 'female'], ['madam', 'female'], ['mme.', 'female'], ['mx.', null],
]);

/**
 * Title words that may stand right before a name, lower-cased and without their dot ("Sen.",
 * "President", "Lt. Gen."). Words before them in the same capitalized run belong to the title too
 * ("Massachusetts Sen.", "Wells Fargo CEO", "Vice President"); the name is what follows.
 */
export const TITLES = lazySet(`
  president premier chancellor king queen prince princess emperor empress pope sheikh sheik emir sultan
  ayatollah imam rabbi cardinal bishop archbishop reverend rev pastor father fr sister sen senator rep
  representative congressman congresswoman gov governor lt lieutenant mayor secretary minister judge
  justice gen general maj major brig adm admiral col colonel capt captain sgt sergeant cpl corporal
  officer detective det chief sheriff deputy commissioner ambassador amb dr doctor prof professor speaker
  chairman chairwoman chairperson chair director ceo cfo coach councilman councilwoman councilor
  councillor assemblyman assemblywoman atty attorney superintendent supt inspector insp marshal commander
  cmdr trooper dean provost treasurer comptroller prosecutor leader hon mp mep secretary-general
  vice-president president-elect sens senators reps representatives messrs director-general
  attorney-general solicitor-general governor-general auditor-general inspector-general surgeon-general
  vice-chancellor vice-chairman vice-chair editor-in-chief commander-in-chief
`);

/**
 * Role nouns: a lower-case word that, right before a name or inside an apposition, says what the
 * person is ("democracy activist Wei Jingsheng", "Mark Ellison, the county treasurer").
 */
export const ROLE_NOUNS = lazySet(`
  activist actor actress adviser advisor advocate aide ally ambassador analyst anchor archbishop architect
  artist assemblyman assemblywoman assistant associate astronaut athlete attorney auditor author banker
  billionaire biographer bishop blogger boss broadcaster brother businessman businesswoman campaigner
  candidate captain cardinal challenger chair chairman chairperson chairwoman champion chancellor chef
  chief citizen cleric clerk coach colonel columnist comedian commander commentator commissioner
  comptroller congressman congresswoman consultant contestant contributor coordinator correspondent
  councilman councilor councillor councilwoman counsel critic dad daughter dean delegate deputy designer
  detective developer diplomat director dissident doctor donor economist editor educator entrepreneur envoy
  epidemiologist executive expert farmer father fellow filmmaker founder co-founder friend general
  governor guard head historian host husband imam incumbent inspector investigator investor journalist
  judge justice king lawmaker lawyer leader lecturer legislator librarian lieutenant manager marshal
  mayor member minister moderator mom monk mother musician negotiator neighbor neighbour nominee novelist
  nurse observer officer official operative organizer organiser owner partner pastor patient philosopher
  photographer physician physicist pilot player playwright poet policeman politician pollster
  pope premier president priest prince princess principal producer professor prosecutor protester
  provost psychiatrist psychologist publisher queen rabbi rapper representative researcher resident
  rival ruler scholar scientist secretary senator sergeant sheriff singer sister sociologist soldier son
  specialist spokesman spokesperson spokeswoman staffer strategist student superintendent supporter
  surgeon surrogate survivor teacher technician theologian trainer treasurer trooper trustee uncle
  veteran victim volunteer widow wife witness worker writer ceo cfo coo cto chairman-elect
  president-elect nominee-elect legislator academic expert researcher sinologist demographer
  shopkeeper vendor merchant trader villager herder fisherman miner driver deckhand nun monk
  barrister solicitor firefighter engineer passenger commuter landlord tenant defendant plaintiff
  grandmother grandfather grandson granddaughter aunt niece nephew girlfriend boyfriend stepfather
  stepmother goalkeeper striker midfielder defender winger skipper quarterback pitcher jockey referee umpire
  paramedic carer caregiver pharmacist dentist veterinarian midwife cashier plumber electrician
  mechanic landowner homeowner
  lecturer instructor tutor clerk cashier waiter waitress landlord tenant homeowner parent
`);

/**
 * Hyphenated tails that turn a name into a modifier: "New York-based", "U.S.-led". The name before
 * the hyphen is kept, the tail is not part of it.
 */
export const MODIFIER_TAILS = lazySet(`
  based born led backed owned run style made funded linked era affiliated controlled held bound
  language speaking dominated sponsored allied aligned oriented centric friendly leaning registered
  flagged listed educated trained
`);

/** Particles inside names of many traditions ("Mohammed bin Salman", "María de los Ángeles Pérez"). */
export const NAME_PARTICLES = lazySet(`
  bin ibn bint binti al el de del della der den di da das dos du la le las los van von ter ten zu y
`);

/**
 * Last words that make a capitalized run something other than a person, organization or place:
 * events, laws, works, days ("Election Day", "Affordable Care Act", "Cold War").
 */
export const NON_ENTITY_HEADS = lazySet(`
  Act Acts Amendment Amendments Award Awards Bill Cup Day Days Debate Debates Games Olympics Prize Summit
  War Wars Treaty Accord Accords Agreement Plan Doctrine Rule Rules Law Laws Bowl Series Championship
  Tournament Festival Week Month Year Era Age Show Hour Tonight Live Sunday Convention Conventions Code
  Index Dream Crisis Revolution Spring Protocol Declaration Constitution Budget Scandal Gate
  Primary Primaries Caucuses Election Elections Hearing Program Programme Prize Trophy Theory Effect
  Syndrome Disease Virus Fever Pandemic Epidemic Agenda Pledge Strategy
`);
