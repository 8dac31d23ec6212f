/**
 * Spelling folding for name matching. German texts write foreign names in several
 * transliterations (Khalimow/Khalimov/Chalimow, Yıldırım/Yildirim, Falludscha/Fallujah); folding
 * maps them to one key, so a registry needs each name once, not once per spelling.
 */

/** Ordered rewrites; German digraphs before the letters they contain. */
const rewrites: [RegExp, string][] = [
  [/ı/g, 'i'],
  [/ß/g, 'ss'],
  [/dsch/g, 'j'],
  [/dj/g, 'j'],
  [/tsch/g, 'ch'],
  [/sch/g, 'sh'],
  [/(kh|ch)/g, 'h'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/y/g, 'i'],
  [/w/g, 'v'],
  [/ou/g, 'u'],
  [/(.)\1+/g, '$1'],
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
  let folded = value
    .toLowerCase()
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’.]/g, '');
  for (const [pattern, replacement] of rewrites) folded = folded.replace(pattern, replacement);
  return folded;
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
