/**
 * Tokenizer for German news text. Keeps hyphenated compounds ("IS-Kämpfer", "Ben-Meir") and
 * dotted forms ("D.C.", "SOTT.net") as one token, so registry names and text split alike.
 */

export interface Token {
  text: string;
  /** Character offsets into the input, end exclusive. */
  start: number;
  end: number;
  /** A word (letters or digits) rather than punctuation. */
  word: boolean;
  /** First word of a sentence: capitalisation says nothing about it. */
  sentenceStart: boolean;
}

/** Abbreviations whose dot does not end a sentence. */
const abbreviations = new Set(['dr', 'prof', 'st', 'nr', 'bzw', 'ca', 'vgl', 'u', 'z', 'b', 'usw', 'etc', 'sen', 'jr', 'mr', 'mrs', 'ms', 'gen', 'hl', 'anm', 'red', 'd']);

/**
 * Where the token that starts at `start` ends, by the grammar
 * `[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*(?:\.(?=\p{L}\.)|-(?=\s))?|[^\s\p{L}\p{N}]` (code points,
 * as with the `u` flag): a word, with inner hyphens, apostrophes, dots and ampersands and a
 * trailing hyphen before a space ("Nord- und Süd"), or one other character that is not a space.
 * A scan rather than that regular expression: this runs for every character of every text.
 */
function tokenEnd(text: string, start: number): number {
  if (!isLetterOrDigitAt(text, start)) return start + codePointLength(text, start);
  let end = skipLettersAndDigits(text, start);
  while (isJoiner(text.charCodeAt(end)) && isLetterOrDigitAt(text, end + 1)) end = skipLettersAndDigits(text, end + 1);
  const next = text.charCodeAt(end);
  if (next === 0x2e && isLetterAt(text, end + 1) && text.charCodeAt(end + 1 + codePointLength(text, end + 1)) === 0x2e) return end + 1;
  if (next === 0x2d && isSpaceAt(text, end + 1)) return end + 1;
  return end;
}

/** "-", "'", "’", ".", "&": what may join the parts of one word. */
function isJoiner(code: number): boolean {
  return code === 0x2d || code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x26;
}

function codePointLength(text: string, index: number): number {
  return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}

function skipLettersAndDigits(text: string, index: number): number {
  for (;;) {
    // Most letters are ASCII: one code unit, no code point to read.
    if (isAsciiLetterOrDigit(text.charCodeAt(index))) index += 1;
    else if (text.charCodeAt(index) >= 0x80 && isLetterOrDigitAt(text, index)) index += codePointLength(text, index);
    else return index;
  }
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

const letterOrDigitAt = /[\p{L}\p{N}]/uy;
const letterAt = /\p{L}/uy;
const spaceAt = /\s/uy;

/** Whether a letter or digit starts at `index`; ASCII is told without a regular expression. */
function isLetterOrDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (Number.isNaN(code)) return false;
  letterOrDigitAt.lastIndex = index;
  return letterOrDigitAt.test(text);
}

function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (Number.isNaN(code)) return false;
  letterAt.lastIndex = index;
  return letterAt.test(text);
}

function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (Number.isNaN(code)) return false;
  spaceAt.lastIndex = index;
  return spaceAt.test(text);
}

/**
 * Splits a text into word and punctuation tokens with offsets and sentence-start flags.
 * A sentence starts at the text start and after `.`, `!`, `?` or `:` (quotes in between are skipped).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let atStart = true;
  for (let start = 0; start < text.length; ) {
    if (isSpaceAt(text, start)) {
      start += 1;
      continue;
    }
    const end = tokenEnd(text, start);
    const value = text.slice(start, end);
    if (startsWord(value)) {
      tokens.push({ text: value, start, end, word: true, sentenceStart: atStart });
      atStart = false;
    } else {
      tokens.push({ text: value, start, end, word: false, sentenceStart: false });
      if (endsSentence(value)) atStart = true;
      if (value === '.') {
        const previous = tokens[tokens.length - 2];
        const isAbbreviation = previous?.word && previous.end === start && abbreviations.has(previous.text.toLowerCase());
        const isOrdinal = previous?.word && /^\d+$/.test(previous.text);
        if (!isAbbreviation && !isOrdinal) atStart = true;
      }
    }
    start = end;
  }
  return tokens;
}

/** Whether a token's first UTF-16 unit is a letter or digit; ASCII is told without a regular expression. */
function startsWord(value: string): boolean {
  const code = value.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return /[\p{L}\p{N}]/u.test(value[0]!);
}

/** Punctuation after which a sentence starts (a period is decided above). */
function endsSentence(value: string): boolean {
  return value === '!' || value === '?' || value === ':' || value === ';' || value === '•' || (value.length > 1 && /[!?:;•]/.test(value));
}
