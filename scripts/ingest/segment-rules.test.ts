import { describe, expect, it } from 'vitest';
import { countWords, countWordsUpTo, isBareAuthorName, isCaptionLike, isHeadingLike } from './segment-rules.ts';

/** The first definition of a word: a piece between whitespace with a letter or digit in it. */
const splitCount = (line: string) => line.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

describe('countWords', () => {
  it('counts pieces between whitespace that hold a letter or digit', () => {
    const lines = ['', ' ', 'Wort', ' zwei  Wörter ', '– „Zitat“ –', '12 Mio. €', 'a\u00a0b\u2003c', 'x\ty\nz', '😀 x', '-- --', 'IS-Kämpfer, so Barth.'];
    for (const line of lines) expect(countWords(line), JSON.stringify(line)).toBe(splitCount(line));
  });

  it('agrees with splitting on random lines', () => {
    const alphabet = ['a', 'Z', 'ü', '1', ' ', ' ', '\u00a0', '\t', '-', '.', '„', '😀', '\ud800', '\u0301'];
    let seed = 3;
    for (let round = 0; round < 5000; round += 1) {
      let line = '';
      for (let length = round % 15; length > 0; length -= 1) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        line += alphabet[seed % alphabet.length];
      }
      expect(countWords(line), JSON.stringify(line)).toBe(splitCount(line));
    }
  });
});

describe('countWordsUpTo', () => {
  it('counts exactly up to the limit and stops one past it', () => {
    const line = 'eins zwei drei vier fünf sechs sieben';
    expect(countWordsUpTo(line, 10)).toBe(7);
    expect(countWordsUpTo(line, 7)).toBe(7);
    expect(countWordsUpTo(line, 6)).toBe(7);
    expect(countWordsUpTo(line, 3)).toBe(4);
    expect(countWordsUpTo('', 3)).toBe(0);
  });
});

describe('line rules that count words', () => {
  it('tell headings, captions and bare author names by their word counts', () => {
    const many = Array.from({ length: 30 }, (_, index) => `Wort${index}`).join(' ');
    expect(isHeadingLike('Eine kurze Überschrift')).toBe(true);
    expect(isHeadingLike(many)).toBe(false);
    expect(isHeadingLike(many, 40)).toBe(true);
    expect(isHeadingLike('Ein Satz endet so.')).toBe(false);
    expect(isCaptionLike('Delegierte bei der Konferenz')).toBe(true);
    expect(isCaptionLike(many)).toBe(false);
    expect(isBareAuthorName('Laura Wieser')).toBe(true);
    expect(isBareAuthorName('Laura Maria von Wieser')).toBe(true);
    expect(isBareAuthorName('Laura Maria Anna von Wieser')).toBe(false);
    expect(isBareAuthorName('Laura')).toBe(false);
  });
});
