/**
 * normalize: decoded text → clean text with one block per line. Line endings, Unicode form and
 * whitespace are made uniform so later stages never meet two spellings of the same text.
 * German quotation marks stay German; straight quotes are turned into German ones where they pair.
 */

/** Space characters other than the plain space that captured web text carries (NBSP above all). */
const SPACE_LIKE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g;
/** Characters that are invisible on the page and only get in the way of matching. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** Control characters other than the line feed. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/**
 * Replaces straight double quotes by German ones („…“) when they pair up within the line; an odd
 * count means the capture lost a quote, so the line is left as it is rather than guessed at.
 */
export function germanizeStraightQuotes(line: string): string {
  if (!line.includes('"')) return line;
  const count = line.split('"').length - 1;
  if (count === 0 || count % 2 !== 0) return line;
  let opening = true;
  return line.replace(/"/g, () => {
    const mark = opening ? '„' : '“';
    opening = !opening;
    return mark;
  });
}

/** Removes the stray space a capture leaves just inside German quotes („ Al Kaida“). */
function tightenGermanQuotes(line: string): string {
  // Both rules start at an opening quote.
  if (!line.includes('„')) return line;
  return line.replace(/„\s+/g, '„').replace(/(„[^„“]*?)\s+“/g, '$1“');
}

/** Normalizes one line: spaces, quotes, stray whitespace. */
function normalizeLine(line: string): string {
  const spaced = line.replace(SPACE_LIKE, ' ').replace(/ {2,}/g, ' ').trim();
  return tightenGermanQuotes(germanizeStraightQuotes(spaced));
}

/**
 * Normalizes a decoded text: `\n` line endings, NFC, no invisible or control characters, single
 * spaces, no whitespace at line ends, lines of nothing but (no-break) spaces emptied, at most one
 * empty line between blocks, none at the start or end.
 */
export function normalizeText(text: string): string {
  const lines = text
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(CONTROL, (char) => (char === '\t' ? ' ' : ''))
    .split('\n')
    .map(normalizeLine);
  const kept: string[] = [];
  for (const line of lines) {
    if (line === '' && (kept.length === 0 || kept.at(-1) === '')) continue;
    kept.push(line);
  }
  while (kept.at(-1) === '') kept.pop();
  return kept.join('\n');
}
