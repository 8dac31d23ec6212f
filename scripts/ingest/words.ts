/**
 * Word counts, shared by segment (headings, captions, credits are told by their length) and enrich
 * (the word count of the body). A word is a run of non-space characters with a letter or digit in it.
 */

/** Number of words in a line. */
export function countWords(line: string): number {
  return countWordsUpTo(line, Infinity);
}

/**
 * Number of words in a line, counted no further than `limit + 1`: enough to tell whether a line has
 * at most `limit` words without reading all of a long paragraph.
 */
export function countWordsUpTo(line: string, limit: number): number {
  // Find a word's first letter or digit, then skip to the end of its run of non-space characters.
  let words = 0;
  wordStart.lastIndex = 0;
  while (words <= limit && wordStart.exec(line) !== null) words += 1;
  return words;
}

const wordStart = /[\p{L}\p{N}]\S*/gu;
