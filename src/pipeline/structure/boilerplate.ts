/**
 * Paragraphs that are page furniture, not article text: share buttons, photo file names, comment
 * forms, newsletter and "read more" prompts, copyright lines, editors' notes. Conservative: each
 * test looks for wording that article prose does not use.
 */
import { isSpaceAt, lowerCase } from '../chars.js';

/** Words of share-button rows ("Share on WhatsApp", "Tweet", "Email", "Print"). */
const SHARE_WORDS = new Set([
  'share', 'on', 'via', 'this', 'article', 'story', 'page', 'tweet', 'email', 'e-mail', 'print', 'facebook',
  'twitter', 'whatsapp', 'linkedin', 'reddit', 'pinterest', 'telegram', 'messenger', 'copy', 'link', 'save',
  'comment', 'comments', 'x', 'sms', 'flipboard', 'tumblr', 'mail', '|', '·', '•',
]);
const SHARE_VERBS = new Set(['share', 'tweet', 'email', 'e-mail', 'print', 'save']);

/** The first word of `text` (up to white space), lower-cased. */
function firstWordLower(text: string): string {
  let a = 0;
  while (a < text.length && isSpaceAt(text, a)) a++;
  let b = a;
  while (b < text.length && !isSpaceAt(text, b)) b++;
  return lowerCase(text.slice(a, b));
}

const WHITE_SPACE = /\s+/u;

function isShareRow(text: string): boolean {
  if (text.length > 160) return false;
  // Most short paragraphs fail on their first word: no need to split them all.
  if (!SHARE_WORDS.has(firstWordLower(text))) return false;
  const words = text.toLowerCase().split(WHITE_SPACE).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => SHARE_WORDS.has(w)) && words.some((w) => SHARE_VERBS.has(w));
}

/** A caption that opens with the photo's file name: "uyghur-file-05172017.jpg Ethnic Uighurs …". */
const FILE_CAPTION = /^[\w.-]{1,120}\.(?:jpe?g|png|gif|webp|bmp|tiff?)(?:\s|$)/iu;

/** Openings of comment-form, subscription and navigation prompts. */
const PROMPT_OPENINGS = [
  'add your comment', 'comments are approved', 'comments will not appear', 'comments are closed',
  'read the rest', 'read more', 'read the full', 'continue reading', 'sign up for', 'subscribe to',
  'click here', 'follow us on', 'terms of use', 'all rights reserved',
  "editor's note:", 'editor’s note:', 'correction:', 'clarification:', 'this material may not be',
  'this post has been updated', 'this article has been revised', 'this article has been updated',
  'join the conversation', 'we welcome your comments', 'please be respectful',
];

/** Phrases that mark a short paragraph as furniture wherever they stand in it. */
const PROMPT_PHRASES = [
  'comments are approved by a moderator', 'add your comment', 'terms of use', 'all rights reserved',
  'sign up for our newsletter', 'click here', 'may not be published, broadcast, rewritten',
];

/** "Copyright 2017 …", "© 2017 …", "(c) 2017 …". */
const COPYRIGHT = /^(?:copyright\b|©|\(c\)\s?\d{4})/iu;

/** "Follow Pam Key on Twitter", "Follow him on Twitter": author promotion lines. */
const FOLLOW_ON = /(?:^|[.!?]\s)follow [\p{L} .'’-]{1,40} on (?:twitter|facebook|instagram|x)\b/iu;

const OPENING_QUOTES = /^["“”']+/u;

export function isBoilerplate(paragraph: string): boolean {
  // A stray quote mark may open the line ('"Follow Pam Key on Twitter').
  const text = paragraph.trim().replace(OPENING_QUOTES, '');
  if (text === '') return false;
  if (isShareRow(text)) return true;
  if (FILE_CAPTION.test(text) || COPYRIGHT.test(text)) return true;
  const lower = text.toLowerCase();
  // Loops, not some() with a closure: this runs for every paragraph and line.
  for (const p of PROMPT_OPENINGS) if (lower.startsWith(p)) return true;
  if (text.length <= 600) for (const p of PROMPT_PHRASES) if (lower.includes(p)) return true;
  return text.length <= 400 && FOLLOW_ON.test(text);
}
