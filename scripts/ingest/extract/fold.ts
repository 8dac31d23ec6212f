/**
 * Spelling folding for name matching. German texts write foreign names in several
 * transliterations (Khalimow/Khalimov/Chalimow, Yıldırım/Yildirim, Falludscha/Fallujah); folding
 * maps them to one key, so a registry needs each name once, not once per spelling.
 */

/**
 * Ordered rewrites; German digraphs before the letters they contain. Each names a text the pattern
 * cannot match without (none for the doubled letters): most words contain few of them, and a
 * substring test is cheaper than a replacement that finds nothing.
 */
const rewrites: [RegExp, string, string | undefined][] = [
  [/ı/g, 'i', 'ı'],
  [/ß/g, 'ss', 'ß'],
  [/dsch/g, 'j', 'dsch'],
  [/dj/g, 'j', 'dj'],
  [/tsch/g, 'ch', 'tsch'],
  [/sch/g, 'sh', 'sch'],
  [/(kh|ch)/g, 'h', 'h'],
  [/ph/g, 'f', 'ph'],
  [/ck/g, 'k', 'ck'],
  [/q/g, 'k', 'q'],
  [/y/g, 'i', 'y'],
  [/w/g, 'v', 'w'],
  [/ou/g, 'u', 'ou'],
  [/(.)\1+/g, '$1', undefined],
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
  for (const [pattern, replacement, needed] of rewrites) {
    if (needed === undefined ? hasDoubledUnit(folded) : folded.includes(needed)) folded = folded.replace(pattern, replacement);
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
