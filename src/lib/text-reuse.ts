/**
 * Finds texts that share wording: the same agency report printed by two outlets, or one text quoting
 * passages of another. Texts are compared as sets of word shingles (runs of `shingleSize` words
 * after normalisation); the share of a text's shingles that the other text also contains is its
 * containment in it ("teilt 62 % seines Textes mit …").
 *
 * Only passages found in at most `maxDocumentFrequency` texts count: a shingle that a great many
 * texts contain is a stock phrase or boilerplate ("Alle Rechte vorbehalten …") and says nothing about
 * which two texts are related. The counting runs over an inverted index of those shareable
 * shingles, so its work grows with the number of texts that share each passage (at most
 * `maxDocumentFrequency`), never with the square of the archive: 100,000 texts are not compared
 * pair by pair.
 */

export interface ReuseDocument {
  id: string;
  /** Body text; Markdown syntax is ignored by the normalisation. */
  text: string;
}

export interface ReuseOptions {
  /** Words per shingle. */
  shingleSize?: number;
  /** Shared shingles a pair needs to count as reuse; 8 shingles of 5 words is a 12-word passage. */
  minSharedShingles?: number;
  /** Shingles in more texts than this are stock phrases and do not count. */
  maxDocumentFrequency?: number;
}

/** Reuse between one text and another, seen from the first. */
export interface ReuseMatch {
  otherId: string;
  /** Shingles both texts contain, not counting stock phrases (see `maxDocumentFrequency`). */
  sharedShingles: number;
  /** Share of this text's shingles that the other text contains, 0–1. */
  share: number;
  /** Share of the other text's shingles that this text contains, 0–1. */
  otherShare: number;
  /** Jaccard similarity of the two shingle sets, 0–1. */
  jaccard: number;
}

const defaults: Required<ReuseOptions> = {
  shingleSize: 5,
  minSharedShingles: 8,
  maxDocumentFrequency: 50,
};

/**
 * The words of a text for comparison: Unicode-normalised, lower-cased, every run of characters
 * that are neither letters nor digits treated as a word break, so punctuation, quotation marks and
 * Markdown syntax do not matter ("„Wir werden“" and "Wir werden" compare equal).
 */
export function normalizeWords(text: string): string[] {
  return text
    .normalize('NFKC')
    // Without a locale: the same for German (only Turkish, Azeri and Lithuanian have rules of their
    // own) and several times faster.
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;
const space = ' '.charCodeAt(0);

/** One FNV-1a step: the hash so far carried on over one UTF-16 code unit. */
function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, fnvPrime);
}

/** A 32-bit FNV-1a hash so far (`fnvOffset` to begin) carried on over the characters of `value`. */
function fnvContinue(hash: number, value: string): number {
  for (let index = 0; index < value.length; index += 1) hash = fnvStep(hash, value.charCodeAt(index));
  return hash;
}

/** 32-bit FNV-1a hash of a string. */
export function hashString(value: string): number {
  return fnvContinue(fnvOffset, value) >>> 0;
}

/**
 * Hashes of the word shingles in text order (with repeats); empty when there are fewer words. Each
 * is `hashString` of the shingle's words joined by spaces, hashed word by word without making the
 * string (a text has as many shingles as words).
 */
export function shingleSequence(words: readonly string[], shingleSize: number): Uint32Array {
  const count = Math.max(0, words.length - shingleSize + 1);
  const hashes = new Uint32Array(count);
  for (let index = 0; index < count; index += 1) {
    let hash = fnvOffset;
    for (let position = index; position < index + shingleSize; position += 1) {
      if (position > index) hash = fnvStep(hash, space);
      hash = fnvContinue(hash, words[position]!);
    }
    hashes[index] = hash >>> 0;
  }
  return hashes;
}

/** The distinct values of `hashes`, sorted ascending. */
export function distinctSorted(hashes: Uint32Array): Uint32Array {
  const sorted = Uint32Array.from(hashes).sort();
  let length = 0;
  for (let index = 0; index < sorted.length; index += 1) {
    if (index === 0 || sorted[index] !== sorted[index - 1]) sorted[length++] = sorted[index]!;
  }
  return sorted.slice(0, length);
}

/** Index of `value` in the sorted `values`, or -1. */
function indexOfSorted(values: Uint32Array, value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = values[middle]!;
    if (found < value) low = middle + 1;
    else if (found > value) high = middle - 1;
    else return middle;
  }
  return -1;
}

/**
 * The shareable passages of every text, as an inverted index: shingles found in at least two and at
 * most `maxDocumentFrequency` texts, each with the sorted list of texts containing it. Typed arrays
 * throughout, because an archive of 100,000 texts has tens of millions of shingles (more than a
 * JavaScript Map may hold).
 */
function indexReuse(documents: readonly ReuseDocument[], options: ReuseOptions) {
  const { shingleSize, maxDocumentFrequency } = { ...defaults, ...options };
  const seen = new Set<string>();
  const shingles = documents.map((document) => {
    if (seen.has(document.id)) throw new Error(`findTextReuse: id "${document.id}" occurs twice`);
    seen.add(document.id);
    return distinctSorted(shingleSequence(normalizeWords(document.text), shingleSize));
  });

  // Document frequency of every shingle: all distinct shingles of all texts, sorted and counted.
  const all = new Uint32Array(shingles.reduce((sum, set) => sum + set.length, 0));
  let offset = 0;
  for (const set of shingles) {
    all.set(set, offset);
    offset += set.length;
  }
  all.sort();
  const passages: number[] = [];
  const frequencies: number[] = [];
  for (let start = 0; start < all.length;) {
    let end = start + 1;
    while (end < all.length && all[end] === all[start]) end += 1;
    if (end - start >= 2 && end - start <= maxDocumentFrequency) {
      passages.push(all[start]!);
      frequencies.push(end - start);
    }
    start = end;
  }
  const shareable = Uint32Array.from(passages);

  // Postings in one flat array: the texts of passage p are postings[starts[p] .. starts[p + 1]].
  const starts = new Uint32Array(shareable.length + 1);
  for (let p = 0; p < shareable.length; p += 1) starts[p + 1] = starts[p]! + frequencies[p]!;
  const postings = new Uint32Array(starts[shareable.length]!);
  const filled = starts.slice(0, shareable.length);
  const passagesOf = shingles.map((set, docIndex) => {
    const own: number[] = [];
    for (const shingle of set) {
      const p = indexOfSorted(shareable, shingle);
      if (p === -1) continue;
      own.push(p);
      postings[filled[p]!++] = docIndex;
    }
    return Uint32Array.from(own);
  });
  return { sizes: shingles.map((set) => set.length), passagesOf, starts, postings };
}

/**
 * How many text pairs `findTextReuse` counts a shared passage for: the index's work, which grows with
 * the number of shareable passages, not with the square of the archive.
 */
export function countComparisons(documents: readonly ReuseDocument[], options: ReuseOptions = {}): number {
  const { passagesOf, starts } = indexReuse(documents, options);
  let comparisons = 0;
  for (const own of passagesOf) {
    for (const p of own) comparisons += starts[p + 1]! - starts[p]! - 1;
  }
  return comparisons / 2;
}

/**
 * Every pair of texts that shares at least `minSharedShingles` shareable shingles, as matches seen
 * from each side, keyed by id; each list is ordered by share, largest first, then by id. Texts
 * without reuse have no key. Throws when two documents share an id.
 */
export function findTextReuse(documents: readonly ReuseDocument[], options: ReuseOptions = {}): Map<string, ReuseMatch[]> {
  const { minSharedShingles } = { ...defaults, ...options };
  const { sizes, passagesOf, starts, postings } = indexReuse(documents, options);

  const matches = new Map<string, ReuseMatch[]>();
  const add = (id: string, match: ReuseMatch) => {
    const list = matches.get(id);
    if (list) list.push(match);
    else matches.set(id, [match]);
  };
  // For each text, count the passages it shares with every later text in one reused counter.
  const sharedWith = new Uint32Array(documents.length);
  const touched: number[] = [];
  passagesOf.forEach((own, a) => {
    for (const p of own) {
      for (let at = starts[p]!; at < starts[p + 1]!; at += 1) {
        const b = postings[at]!;
        if (b <= a) continue;
        const before = sharedWith[b]!;
        if (before === 0) touched.push(b);
        sharedWith[b] = before + 1;
      }
    }
    for (const b of touched) {
      const shared = sharedWith[b]!;
      sharedWith[b] = 0;
      if (shared < minSharedShingles) continue;
      const sizeA = sizes[a]!;
      const sizeB = sizes[b]!;
      const jaccard = shared / (sizeA + sizeB - shared);
      const idA = documents[a]!.id;
      const idB = documents[b]!.id;
      add(idA, { otherId: idB, sharedShingles: shared, share: shared / sizeA, otherShare: shared / sizeB, jaccard });
      add(idB, { otherId: idA, sharedShingles: shared, share: shared / sizeB, otherShare: shared / sizeA, jaccard });
    }
    touched.length = 0;
  });
  for (const list of matches.values()) {
    list.sort((x, y) => y.share - x.share || (x.otherId < y.otherId ? -1 : x.otherId > y.otherId ? 1 : 0));
  }
  return matches;
}

const percentFormat = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 0 });

/**
 * A share as German readers write it ("62 %"), never rounded up to 100 % or down to 0 % when it
 * is not exactly that: 0.999 is "99 %", 0.004 is "unter 1 %".
 */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.01) return `unter ${percentFormat.format(0.01)}`;
  const rounded = Math.round(share * 100);
  const percent = share < 1 && rounded === 100 ? 99 : share > 0 && rounded === 0 ? 1 : rounded;
  return percentFormat.format(percent / 100);
}
