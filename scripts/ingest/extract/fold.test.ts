import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCES_DIR } from '../test-support.ts';
import { foldName, isCapitalised } from './fold.ts';
import { tokenize, type Token } from './tokenize.ts';

describe('isCapitalised', () => {
  it('is true exactly when the first code point is an upper-case letter', () => {
    const firsts = [...Array.from({ length: 0x3000 }, (_, code) => String.fromCharCode(code)), '𝐀', '𝐚', '😀', '\ud800'];
    for (const first of firsts) {
      for (const word of [first, `${first}bc`]) expect(isCapitalised(word), JSON.stringify(word)).toBe(/^\p{Lu}/u.test(word));
    }
    expect(isCapitalised('')).toBe(false);
  });
});

/** The tokenizer as first written, with a regular expression for every token's first character. */
function tokenizeByRegExp(text: string): Token[] {
  const abbreviations = new Set(['dr', 'prof', 'st', 'nr', 'bzw', 'ca', 'vgl', 'u', 'z', 'b', 'usw', 'etc', 'sen', 'jr', 'mr', 'mrs', 'ms', 'gen', 'hl', 'anm', 'red', 'd']);
  const pattern = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*(?:\.(?=[\p{L}]\.)|-(?=\s))?|[^\s\p{L}\p{N}]/gu;
  const tokens: Token[] = [];
  let atStart = true;
  for (const match of text.matchAll(pattern)) {
    const value = match[0];
    const start = match.index;
    const word = /[\p{L}\p{N}]/u.test(value[0]!);
    if (word) {
      tokens.push({ text: value, start, end: start + value.length, word, sentenceStart: atStart });
      atStart = false;
    } else {
      tokens.push({ text: value, start, end: start + value.length, word, sentenceStart: false });
      if (/[!?:;•]/.test(value)) atStart = true;
      if (value === '.') {
        const previous = tokens.at(-2);
        const isAbbreviation = previous?.word && previous.end === start && abbreviations.has(previous.text.toLowerCase());
        const isOrdinal = previous?.word && /^\d+$/.test(previous.text);
        if (!isAbbreviation && !isOrdinal) atStart = true;
      }
    }
  }
  return tokens;
}

describe('tokenize', () => {
  it('cuts the seeds and odd text as the first tokenizer did', () => {
    const texts = [
      ...readdirSync(SOURCES_DIR).map((file) => readFileSync(join(SOURCES_DIR, file), 'utf8')),
      'Ärger in Köln: 12 „Fälle“ – 𝐀lpha, éclair; ½ Jahr. Dr. Maas sagte am 3. Mai: „Nein!“ • St. Pauli',
      'IS-Kämpfer, D.C., SOTT.net, Ben-Meir, Nord- und Süd, 😀 x, 𝟘 y',
    ];
    for (const text of texts) expect(tokenize(text)).toEqual(tokenizeByRegExp(text));
  });

  it('cuts random text of awkward characters as the first tokenizer did', () => {
    const alphabet = [
      'a', 'Z', 'ß', 'é', '1', '٣', '½', '.', '.', '-', '-', "'", '’', '&', ' ', ' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u2009', '\u2028', '\ufeff', '\u0085', '\u001c',
      ',', '!', '?', ':', ';', '•', '„', '“', '(', ')', '\u0301', '𝐀', '𝟘', '😀', '\ud800', '\udc00', 'Dr', 'St', 'u', '3',
    ];
    let seed = 13;
    for (let round = 0; round < 20000; round += 1) {
      let text = '';
      for (let length = round % 12; length > 0; length -= 1) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += alphabet[seed % alphabet.length];
      }
      expect(tokenize(text), JSON.stringify(text)).toEqual(tokenizeByRegExp(text));
    }
  });
});

/** `foldName` as first written: every replacement run on every word. */
function foldByRegExps(value: string): string {
  let folded = value.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’.]/g, '');
  const rewrites: [RegExp, string][] = [
    [/ı/g, 'i'], [/ß/g, 'ss'], [/dsch/g, 'j'], [/dj/g, 'j'], [/tsch/g, 'ch'], [/sch/g, 'sh'], [/(kh|ch)/g, 'h'],
    [/ph/g, 'f'], [/ck/g, 'k'], [/q/g, 'k'], [/y/g, 'i'], [/w/g, 'v'], [/ou/g, 'u'], [/(.)\1+/g, '$1'],
  ];
  for (const [pattern, replacement] of rewrites) folded = folded.replace(pattern, replacement);
  return folded;
}

describe('foldName', () => {
  it('folds random words of awkward characters as the first definition did', () => {
    const alphabet = [
      'a', 'A', 'c', 'C', 'd', 'h', 'j', 'k', 'o', 'p', 's', 'S', 't', 'u', 'w', 'y', 'q', 'ä', 'Ä', 'ö', 'ü', 'ß', 'ẞ', 'ı', 'İ', 'é', 'ł',
      '\u0301', '\u0308', '\u212a', 'ﬀ', '½', '𝐀', "'", '’', '.', '-', ' ', '\n', '\u2028',
    ];
    let seed = 7;
    for (let round = 0; round < 20000; round += 1) {
      let word = '';
      for (let length = 1 + (round % 9); length > 0; length -= 1) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        word += alphabet[seed % alphabet.length];
      }
      expect(foldName(word), JSON.stringify(word)).toBe(foldByRegExps(word));
    }
    for (const word of ['Falludscha', 'Djerba', 'Tschechow', 'Khalimow', 'Yıldırım', 'Straße', 'Mussolini', 'Kelvin\u212a']) expect(foldName(word)).toBe(foldByRegExps(word));
  });
});
