/**
 * Spelling folding for name matching. German texts write foreign names in several
 * transliterations (Khalimow/Khalimov/Chalimow, Yıldırım/Yildirim, Falludscha/Fallujah); folding
 * maps them to one key, so a registry needs each name once, not once per spelling.
 */

/**
 * Ordered rewrites; German digraphs before the letters they contain. A literal is replaced only
 * where the word contains it, and a pattern only where its test passes: most words contain few of
 * them, and a substring test is cheaper than a replacement that finds nothing.
 */
const rewrites: ([string, string] | [RegExp, string, (word: string) => boolean])[] = [
  ['ı', 'i'], ['ß', 'ss'], ['dsch', 'j'], ['dj', 'j'], ['tsch', 'ch'], ['sch', 'sh'],
  // One pass for both: "blockhaus" → "blochaus", not on to "blohaus".
  [/(kh|ch)/g, 'h', (word) => word.includes('h')],
  ['ph', 'f'], ['ck', 'k'], ['q', 'k'], ['y', 'i'], ['w', 'v'], ['ou', 'u'],
  [/(.)\1+/g, '$1', hasDoubledUnit],
];

// Matching folds the same words over and over (every token against every registry form): on the
// benchmark corpus (npm run bench) folding was a third of ingest's CPU time. Folding is pure, so
// results are kept; the limit bounds the memory of a long run.
const foldCache = new Map<string, string>();
const foldCacheLimit = 100_000;

/**
 * Folds a word or name to its matching key: lower case, no diacritics, no apostrophes or dots,
 * transliteration variants merged. Hyphens and spaces are kept so word boundaries survive.
 */
export function foldName(value: string): string {
  const cached = foldCache.get(value);
  if (cached !== undefined) return cached;
  if (foldCache.size >= foldCacheLimit) foldCache.clear();
  const folded = foldUncached(value);
  foldCache.set(value, folded);
  return folded;
}

function foldUncached(value: string): string {
  let folded = value.toLowerCase();
  // Plain ASCII has no umlauts, nothing to decompose and no marks to drop.
  if (!isAscii(folded)) folded = folded.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').normalize('NFKD').replace(/\p{M}/gu, '');
  folded = folded.replace(/['’.]/g, '');
  for (const [from, to, applies] of rewrites) {
    if (typeof from === 'string') {
      if (folded.includes(from)) folded = folded.replaceAll(from, to);
    } else if (applies!(folded)) {
      folded = folded.replace(from, to);
    }
  }
  return folded;
}

function isAscii(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) if (value.charCodeAt(index) >= 0x80) return false;
  return true;
}

/** Whether two neighbouring UTF-16 units are equal: without, `(.)\1+` finds nothing. */
function hasDoubledUnit(value: string): boolean {
  for (let index = 1; index < value.length; index += 1) if (value.charCodeAt(index) === value.charCodeAt(index - 1)) return true;
  return false;
}

/** True for a token written in capitals like an acronym ("USA", "IS", "SDF", "WSJ"). */
export function isAcronym(value: string): boolean {
  return /^[\p{Lu}\d]{2,}$/u.test(value) && /\p{Lu}.*\p{Lu}|^\p{Lu}\d/u.test(value);
}

/** True when the first letter is upper case. */
export function isCapitalised(value: string): boolean {
  // Most words start with an ASCII character, which needs no Unicode lookup.
  const code = value.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return /^\p{Lu}/u.test(value);
}
