/**
 * URL slugs from German names: umlauts and ß are transliterated the German way (Müller → mueller),
 * other diacritics are dropped (Çelik → celik), everything else becomes a hyphen.
 */

const germanLetters: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS',
};

/** Fallback for names with no Latin letters or digits at all. */
export const emptySlug = 'eintrag';

/** A lowercase ASCII slug of `text`; `eintrag` when nothing of it survives. */
export function slugify(text: string): string {
  const slug = text
    .replace(/[äöüÄÖÜßẞ]/g, (letter) => germanLetters[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || emptySlug;
}

/**
 * Unique slugs for a set of names. Names are taken in German collation order, so the result does
 * not depend on the input order; the second name with the same slug gets `-2`, the third `-3`.
 */
export function assignSlugs(names: Iterable<string>, toSlug: (name: string) => string = slugify): Map<string, string> {
  const collator = new Intl.Collator('de');
  const sorted = [...new Set(names)].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  const taken = new Set<string>();
  const result = new Map<string, string>();
  for (const name of sorted) {
    const base = toSlug(name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    result.set(name, slug);
  }
  return result;
}
