import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../src/pipeline/segment.js';

const paragraphs = (text: string) => splitParagraphs(text).map((p) => text.slice(p.start, p.end));
const sentences = (text: string) =>
  splitParagraphs(text).flatMap((p) => splitSentences(text, p).map((s) => text.slice(s.start, s.end)));

describe('paragraphs', () => {
  const cases: [string, string, string[]][] = [
    ['blank lines', 'One.\n\nTwo.\n\n\nThree.', ['One.', 'Two.', 'Three.']],
    ['single line breaks in unwrapped text', 'Title\n\nFirst paragraph here.\nSecond paragraph here.', ['Title', 'First paragraph here.', 'Second paragraph here.']],
    ['CRLF and trailing spaces', 'One. \r\n\r\nTwo.\r\n', ['One.', 'Two.']],
    ['leading and trailing white space', '\n\n  One.  \n\n', ['One.']],
    ['empty text', '', []],
    ['only white space', ' \n\t\n ', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(paragraphs(text)).toEqual(expected);
  });

  it('keeps the lines of hard-wrapped text together', () => {
    const line = 'The council met on Monday to discuss the budget for the coming year and';
    const text = `${line}\n${line}\n${line}\n${line}\nended late.\n\nNext paragraph.`;
    expect(paragraphs(text)).toEqual([`${line}\n${line}\n${line}\n${line}\nended late.`, 'Next paragraph.']);
  });
});

describe('sentences', () => {
  const cases: [string, string, string[]][] = [
    ['plain', 'It rained. The river rose! Did it flood?', ['It rained.', 'The river rose!', 'Did it flood?']],
    ['titles and initials', 'Dr. Lena Okafor met George W. Bush. They talked.', ['Dr. Lena Okafor met George W. Bush.', 'They talked.']],
    ['dotted acronyms', 'The U.S. Senate voted. It passed.', ['The U.S. Senate voted.', 'It passed.']],
    ['months', 'It opened on Nov. 5 in the city. Crowds came.', ['It opened on Nov. 5 in the city.', 'Crowds came.']],
    ['closing quotes stay with their sentence', '"We won." She smiled.', ['"We won."', 'She smiled.']],
    ['ellipsis inside a sentence', 'It was taken from ... the whole town. Then more.', ['It was taken from ... the whole town.', 'Then more.']],
    ['no final punctuation', 'A headline without a period', ['A headline without a period']],
    ["a delegate's title", 'The vote was close, said Del. Amara Quist of Guam. It passed.', ['The vote was close, said Del. Amara Quist of Guam.', 'It passed.']],
    ['the state after a comma', 'She grew up in Dover, Del. She left in 1990.', ['She grew up in Dover, Del.', 'She left in 1990.']],
    ['the state in a party label', 'The bill came from Sen. Ray Holt, D-Del. He wrote it alone.', ['The bill came from Sen. Ray Holt, D-Del.', 'He wrote it alone.']],
    ['"no" ends a sentence', 'She was the first to say no. They left.', ['She was the first to say no.', 'They left.']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  const notBoundaries = ['He paid $4.5 million.', 'Version 2.0 shipped.', 'See p.m. hours at 5 p.m. today.', 'Mr. and Mrs. Smith left.', 'He lives at No. 10 Downing Street.', 'See Nos. 3 and 4 here.'];
  it.each(notBoundaries)('does not split inside: %s', (text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it('never crosses a paragraph and always slices back', () => {
    const text = 'First one. Second one.\n\nThird one.';
    const ps = splitParagraphs(text);
    const ss = ps.flatMap((p) => splitSentences(text, p));
    expect(ss.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    for (const s of ss) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });
});
