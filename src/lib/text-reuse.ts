/**
 * Finds texts that share wording: the same agency report printed by two outlets, or one text quoting
 * passages of another. Texts are compared as sets of word shingles (runs of `shingleSize` words
 * after normalisation); the share of a text's shingles that also occur in the other text is its
 * containment in it ("teilt 62 % seines Textes mit …").
 *
 * Comparing all pairs would not scale to a large archive, so candidates come from an inverted index
 * of winnowed fingerprints (Schleimer, Wilkerson, Aiken 2003: the smallest shingle hash in every
 * window of `window` shingles). Winnowing guarantees that two texts sharing a run of at least
 * `window + shingleSize - 1` words share a fingerprint, and it keeps only about 2/(window + 1) of
 * the shingles. Fingerprints found in more than `maxDocumentFrequency` texts (stock phrases,
 * boilerplate) do not propose candidates. Each candidate pair is then verified exactly on the full
 * shingle sets.
 */

export interface ReuseDocument {
  id: string;
  /** Body text; Markdown syntax is ignored by the normalisation. */
  text: string;
}

export interface ReuseOptions {
  /** Words per shingle. */
  shingleSize?: number;
  /** Shingles per winnowing window. */
  window?: number;
  /** Shared shingles a pair needs to count as reuse; 8 shingles of 5 words is a 12-word passage. */
  minSharedShingles?: number;
  /** Fingerprints in more texts than this propose no candidates. */
  maxDocumentFrequency?: number;
}

/** Reuse between one text and another, seen from the first. */
export interface ReuseMatch {
  otherId: string;
  /** Shingles both texts contain. */
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
  window: 4,
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
    .toLocaleLowerCase('de-DE')
    .replace(/ß/g, 'ss')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** 32-bit FNV-1a hash of a string. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index += 1) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Hashes of the word shingles in text order (with repeats); empty when there are fewer words. */
export function shingleSequence(words: readonly string[], shingleSize: number): Uint32Array {
  const count = Math.max(0, words.length - shingleSize + 1);
  const hashes = new Uint32Array(count);
  for (let index = 0; index < count; index += 1) {
    hashes[index] = hashString(words.slice(index, index + shingleSize).join(' '));
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

/**
 * Winnowing: the smallest hash of every window of `window` consecutive hashes (the rightmost on
 * ties), each selected position once. Sequences shorter than a window yield their minimum.
 */
export function winnow(hashes: Uint32Array, window: number): Uint32Array {
  if (hashes.length === 0) return new Uint32Array(0);
  const size = Math.min(window, hashes.length);
  const picked: number[] = [];
  let lastPosition = -1;
  for (let start = 0; start + size <= hashes.length; start += 1) {
    let position = start;
    for (let index = start + 1; index < start + size; index += 1) {
      if (hashes[index]! <= hashes[position]!) position = index;
    }
    if (position !== lastPosition) {
      picked.push(hashes[position]!);
      lastPosition = position;
    }
  }
  return distinctSorted(Uint32Array.from(picked));
}

/** Size of the intersection of two sorted arrays of distinct values. */
export function countShared(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i += 1;
    else if (a[i]! > b[j]!) j += 1;
    else {
      shared += 1;
      i += 1;
      j += 1;
    }
  }
  return shared;
}

/**
 * Shingles every text and finds the pairs worth comparing: texts that share a winnowed fingerprint
 * of a passage no more common than `maxDocumentFrequency`. Pairs are keyed as
 * lower index * count + higher index.
 */
function indexReuse(documents: readonly ReuseDocument[], options: ReuseOptions): { shingles: Uint32Array[]; candidates: Set<number> } {
  const { shingleSize, window, maxDocumentFrequency } = { ...defaults, ...options };
  const shingles: Uint32Array[] = [];
  const postings = new Map<number, number[]>();
  const seen = new Set<string>();
  documents.forEach((document, docIndex) => {
    if (seen.has(document.id)) throw new Error(`findTextReuse: id "${document.id}" occurs twice`);
    seen.add(document.id);
    const sequence = shingleSequence(normalizeWords(document.text), shingleSize);
    shingles.push(distinctSorted(sequence));
    for (const fingerprint of winnow(sequence, window)) {
      const list = postings.get(fingerprint);
      if (list) list.push(docIndex);
      else postings.set(fingerprint, [docIndex]);
    }
  });
  // Documents arrive in index order, so every posting list is sorted.
  const candidates = new Set<number>();
  const count = documents.length;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > maxDocumentFrequency) continue;
    for (let a = 0; a < list.length; a += 1) {
      for (let b = a + 1; b < list.length; b += 1) candidates.add(list[a]! * count + list[b]!);
    }
  }
  return { shingles, candidates };
}

/** How many pairs of texts `findTextReuse` compares exactly: the index's work, not all pairs. */
export function countCandidatePairs(documents: readonly ReuseDocument[], options: ReuseOptions = {}): number {
  return indexReuse(documents, options).candidates.size;
}

/**
 * Every pair of texts that shares at least `minSharedShingles` shingles, as matches seen from each
 * side, keyed by id; each list is ordered by share, largest first, then by id. Texts without reuse
 * have no key. Throws when two documents share an id.
 */
export function findTextReuse(documents: readonly ReuseDocument[], options: ReuseOptions = {}): Map<string, ReuseMatch[]> {
  const { minSharedShingles } = { ...defaults, ...options };
  const { shingles, candidates } = indexReuse(documents, options);
  const count = documents.length;

  const matches = new Map<string, ReuseMatch[]>();
  const add = (id: string, match: ReuseMatch) => {
    const list = matches.get(id);
    if (list) list.push(match);
    else matches.set(id, [match]);
  };
  for (const key of candidates) {
    const a = Math.floor(key / count);
    const b = key % count;
    const shared = countShared(shingles[a]!, shingles[b]!);
    if (shared < minSharedShingles) continue;
    const sizeA = shingles[a]!.length;
    const sizeB = shingles[b]!.length;
    const jaccard = shared / (sizeA + sizeB - shared);
    const idA = documents[a]!.id;
    const idB = documents[b]!.id;
    add(idA, { otherId: idB, sharedShingles: shared, share: shared / sizeA, otherShare: shared / sizeB, jaccard });
    add(idB, { otherId: idA, sharedShingles: shared, share: shared / sizeB, otherShare: shared / sizeA, jaccard });
  }
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
