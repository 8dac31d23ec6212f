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

const tokenPattern = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*(?:\.(?=[\p{L}]\.)|-(?=\s))?|[^\s\p{L}\p{N}]/gu;

/**
 * Splits a text into word and punctuation tokens with offsets and sentence-start flags.
 * A sentence starts at the text start and after `.`, `!`, `?` or `:` (quotes in between are skipped).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let atStart = true;
  for (const match of text.matchAll(tokenPattern)) {
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
