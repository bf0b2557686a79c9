/**
 * Words of attribution. Speech verbs in every inflection news uses, the ones that may stand before
 * their subject ('"…," said Torres'), and the words that sit between a subject and its verb.
 */
import { lowerCase } from '../chars.js';

const SPEECH_VERBS: Record<string, readonly string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  write: ['write', 'writes', 'wrote', 'writing'],
  state: ['state', 'states', 'stated'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  note: ['note', 'notes', 'noted', 'noting'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  post: ['posted'],
  ask: ['ask', 'asks', 'asked', 'asking'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  recall: ['recall', 'recalls', 'recalled', 'recalling'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  counter: ['countered', 'counters'],
  urge: ['urge', 'urges', 'urged', 'urging'],
  continue: ['continued', 'continues'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  comment: ['commented', 'comments'],
  remark: ['remarked', 'remarks'],
  respond: ['respond', 'responds', 'responded', 'responding'],
  observe: ['observed', 'observes'],
  complain: ['complain', 'complains', 'complained', 'complaining'],
  contend: ['contend', 'contends', 'contended', 'contending'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  maintain: ['maintained', 'maintains'],
  stress: ['stressed', 'stresses'],
  emphasize: ['emphasized', 'emphasised', 'emphasizes', 'emphasises'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
  promise: ['promised', 'promises'],
  vow: ['vow', 'vows', 'vowed', 'vowing'],
  boast: ['boasted', 'boasts'],
  joke: ['joked', 'jokes'],
  quip: ['quipped', 'quips'],
  concede: ['concede', 'concedes', 'conceded', 'conceding'],
  conclude: ['concluded', 'concludes'],
  caution: ['cautioned', 'cautions'],
  describe: ['described', 'describes', 'describing'],
  call: ['called', 'calls', 'calling'],
  testify: ['testified', 'testifies'],
  confirm: ['confirmed', 'confirms'],
  deny: ['denied', 'denies'],
  exclaim: ['exclaimed'],
  shout: ['shouted'],
  yell: ['yelled'],
  whisper: ['whispered'],
  suggest: ['suggested', 'suggests'],
  report: ['reported', 'reports'],
  agree: ['agreed', 'agrees'],
  believe: ['believes'],
  think: ['thinks'],
  mention: ['mentioned'],
  reiterate: ['reiterated', 'reiterates'],
  proclaim: ['proclaimed', 'proclaims'],
  pledge: ['pledged', 'pledges'],
  chant: ['chanted'],
  sing: ['sang', 'sings'],
  read: ['reads'],
  demand: ['demanded', 'demands'],
  snap: ['snapped'],
  scoff: ['scoffed'],
  lament: ['lamented', 'laments'],
  muse: ['mused'],
  wonder: ['wondered'],
  plead: ['pleaded'],
  retort: ['retorted'],
  allege: ['alleged', 'alleges'],
  brag: ['bragged', 'brags'],
  grumble: ['grumbled'],
  concur: ['concurred'],
  interject: ['interjected'],
  blast: ['blasted'],
  slam: ['slammed'],
  accuse: ['accused', 'accuses'],
  dismiss: ['dismissed'],
  criticize: ['criticized', 'criticised', 'criticizes'],
  praise: ['praised', 'praises'],
  condemn: ['condemned', 'condemns'],
  brand: ['branded'],
  label: ['labeled', 'labelled'],
  liken: ['likened'],
};

/** Every inflected speech verb, lower-case. */
export const CUE_VERBS: ReadonlySet<string> = new Set(Object.values(SPEECH_VERBS).flat());

/** Verbs whose object is an addressee, never the speaker ("told RFA", "urged Congress"). */
const ADDRESSEE_VERBS = new Set(['tell', 'urge', 'call', 'describe', 'ask', 'warn']);

export const VERB_LEMMA: ReadonlyMap<string, string> = new Map(
  Object.entries(SPEECH_VERBS).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const)),
);

/** Verbs that may stand before their subject in an attribution ('said Torres', 'asked Smith'). */
export function invertible(verb: string): boolean {
  const lemma = VERB_LEMMA.get(lowerCase(verb));
  if (!lemma) return false;
  if (lemma === 'ask') return true;
  return !ADDRESSEE_VERBS.has(lemma) && !WEAK.has(lemma) && !['announce', 'agree', 'believe', 'think', 'confirm', 'deny', 'promise', 'describe', 'call'].includes(lemma);
}

/** Verbs that report speech only with a quote beside them: "called", "describes", "believes". */
export function weakCue(verb: string): boolean {
  const lemma = VERB_LEMMA.get(lowerCase(verb)) ?? '';
  return WEAK.has(lemma);
}
const WEAK = new Set(['call', 'describe', 'believe', 'think', 'read', 'sing', 'blast', 'slam', 'accuse', 'dismiss', 'criticize', 'praise', 'condemn', 'brand', 'label', 'liken']);

/** Words that may stand between a subject and its speech verb ("he also said", "she has long argued"). */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([
  'also', 'later', 'previously', 'then', 'once', 'recently', 'repeatedly', 'reportedly', 'further', 'simply',
  'flatly', 'even', 'just', 'again', 'has', 'had', 'have', 'would', 'will', 'long', 'often', 'frequently',
  'publicly', 'privately', 'separately', 'earlier', 'still', 'herself', 'himself', 'itself', 'themselves', 'quickly',
  'angrily', 'bluntly', 'softly', 'quietly', 'proudly', 'now', 'first', 'may', 'might',
  'could', 'should', 'is', 'was', 'were', 'are', 'been', 'being', 'did', 'does', 'do', 'always', 'never',
]);

export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'group' | 'self'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'group'],
  ['it', 'group'],
  ['we', 'group'],
  ['i', 'self'],
]);

/** Heads of nominal subjects that point back to an organization ("the group said"). */
export const ORG_NOUNS: ReadonlySet<string> = new Set([
  'group', 'organization', 'organisation', 'ministry', 'company', 'agency', 'firm', 'department', 'report',
  'statement', 'government', 'party', 'committee', 'council', 'commission', 'campaign', 'court', 'bank',
  'union', 'institute', 'foundation', 'association', 'office', 'administration', 'watchdog', 'network', 'newspaper',
  'paper', 'website', 'site', 'board', 'center', 'centre', 'charity', 'coalition', 'university', 'college',
  'school', 'service', 'army', 'military', 'embassy', 'regulator', 'authority', 'team', 'club', 'league',
  'study', 'survey', 'poll', 'magazine', 'outlet', 'publication', 'station', 'channel', 'broadcaster', 'movement',
  'airline', 'carrier', 'insurer', 'lender', 'retailer', 'automaker', 'carmaker', 'utility', 'operator', 'contractor',
  'hospital', 'publisher', 'manufacturer', 'developer', 'startup', 'nonprofit', 'district', 'alliance', 'federation',
  'society', 'chamber', 'bureau', 'consortium', 'cooperative', 'panel', 'tribunal', 'fund', 'trust', 'exchange',
]);

/** Heads of nominal subjects that point back to a person ("the spokeswoman said"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'minister', 'president', 'senator', 'lawmaker',
  'director', 'chairman', 'chairwoman', 'chair', 'lawyer', 'attorney', 'professor', 'researcher', 'scientist',
  'analyst', 'economist', 'governor', 'mayor', 'ambassador', 'candidate', 'nominee', 'activist', 'leader',
  'chief', 'executive', 'founder', 'author', 'expert', 'lecturer', 'judge', 'prosecutor', 'commissioner',
  'secretary', 'congressman', 'congresswoman', 'representative', 'doctor', 'physician', 'general', 'officer',
  'man', 'woman', 'mother', 'father', 'teacher', 'student', 'resident', 'owner', 'manager', 'coach', 'player',
  'treasurer', 'dissident', 'journalist', 'reporter', 'editor', 'historian', 'veteran', 'pastor', 'priest',
  'democrat', 'republican', 'businessman', 'businesswoman', 'adviser', 'advisor', 'strategist', 'pollster',
  'captain', 'skipper', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'quarterback', 'pitcher',
  'boss', 'trainer', 'jockey', 'councillor', 'councilor', 'councilman', 'councilwoman', 'superintendent',
  'sheriff', 'detective', 'inspector', 'sergeant', 'colonel', 'lieutenant', 'commander', 'bishop', 'rabbi', 'imam',
  'chancellor', 'premier', 'envoy', 'negotiator', 'ceo', 'barrister', 'solicitor', 'counsel', 'witness', 'victim',
  'nurse', 'surgeon', 'firefighter', 'engineer', 'farmer', 'worker', 'pilot', 'passenger', 'commuter', 'shopkeeper',
  'landlord', 'tenant', 'neighbour', 'neighbor', 'defendant', 'suspect', 'plaintiff', 'aide', 'staffer', 'assistant',
  'deputy',
]);

/**
 * Person nouns that may describe the last speaker when the text gave them no role: public offices,
 * which news uses as a second name ("…," Sanders said. … the Vermont senator acknowledged). An
 * occupation ("the nurse", "the barrister") names somebody the text introduced in that role, or nobody.
 */
export const OFFICE_NOUNS: ReadonlySet<string> = new Set([
  'senator', 'congressman', 'congresswoman', 'representative', 'lawmaker', 'governor', 'president', 'minister',
  'secretary', 'mayor', 'candidate', 'nominee', 'leader', 'chairman', 'chairwoman', 'chair', 'businessman',
  'businesswoman', 'democrat', 'republican', 'official', 'executive', 'chief', 'ambassador', 'general', 'premier',
  'chancellor', 'councillor', 'councilor', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson',
]);

/** Subjects that say who spoke without naming anyone: the speaker stays null. */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set([
  'source', 'sources', 'officials', 'people', 'experts', 'analysts', 'critics', 'observers', 'residents',
  'witnesses', 'activists', 'others', 'some', 'many', 'several', 'supporters', 'opponents', 'aides', 'insiders',
  'person', 'someone', 'one', 'reports', 'documents', 'studies', 'researchers', 'scientists', 'lawmakers',
  'democrats', 'republicans', 'protesters', 'demonstrators', 'voters', 'members', 'leaders', 'authorities',
  'police', 'groups', 'academics', 'tenders', 'announcements', 'statements', 'polls', 'surveys', 'data',
  'parents', 'families', 'students', 'teachers', 'workers', 'farmers', 'neighbors', 'neighbours', 'doctors',
  'nurses', 'economists', 'diplomats', 'negotiators', 'investigators', 'prosecutors', 'lawyers', 'staff',
  'employees', 'customers', 'users', 'locals', 'villagers', 'citizens', 'patients', 'victims', 'relatives',
  'readers', 'viewers', 'listeners', 'fans', 'commenters', 'participants', 'respondents', 'visitors', 'shoppers',
  'commuters', 'passengers', 'drivers', 'tenants', 'owners', 'merchants', 'retailers', 'investors', 'traders',
]);
