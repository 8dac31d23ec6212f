/**
 * Splits German closed compounds with a word list, so that search can find "Terrormiliz" by
 * "Miliz". Pagefind matches a query word only as the start of an indexed word, so the parts worth
 * indexing are the word's tails: every ending that starts at a part boundary ("Terrorismus-
 * bekämpfungsstrategie" gives "Bekämpfungsstrategie" and "Strategie"; "Bekämpfung" then matches
 * the first of them as a prefix). Pure.
 *
 * Of all the ways to cut a word into known parts, only those with the fewest parts count, the rule
 * of most compound splitters: "Kampfhandlungen" is Kampf + Handlungen, not Kampf + Hand + Lungen.
 */
import type { CompoundLexicon } from './hunspell-lexicon.ts';

/**
 * Verb particles. A noun that starts with one is mostly made from a particle verb ("Unterstützung"
 * from "unterstützen", "Festnahme" from "festnehmen"): its rest is no part a reader would look for.
 */
export const verbParticles: ReadonlySet<string> = new Set([
  'ab', 'an', 'auf', 'aus', 'bei', 'dar', 'durch', 'ein', 'fest', 'fort', 'her', 'hin', 'hinter', 'los',
  'mit', 'nach', 'nieder', 'um', 'unter', 'über', 'vor', 'weg', 'wider', 'wieder', 'zu', 'zurück', 'zusammen',
]);

export interface SplitOptions {
  /** Shortest part at the start or inside; shorter parts split words by chance. */
  minModifier?: number;
  /** Shortest last part. */
  minHead?: number;
  /** First parts after which no tail is taken; `verbParticles` unless given. */
  particles?: ReadonlySet<string>;
}

/**
 * The tails of `word` at its compound boundaries, in the word's own spelling with the first letter
 * upper-cased ("Miliz" for "Terrormiliz"), longest first. Empty when the word is no noun compound:
 * when it is written in lower case (verbs and adjectives: "unterschätzen" is no "Schätzen"), when
 * the word list knows the whole word (a listed word like "Ausbildung" or "Vorgehen" is
 * lexicalised), when it has capitals inside ("WirtschaftsWoche", a name) or is hyphenated (split
 * the parts instead). No tail is taken right after a first part that is a verb particle.
 */
export function compoundTails(word: string, lexicon: CompoundLexicon, options: SplitOptions = {}): string[] {
  const minModifier = options.minModifier ?? 3;
  const minHead = options.minHead ?? 4;
  const particles = options.particles ?? verbParticles;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return [];
  // Without a locale: the same for German letters, and several times faster.
  const lower = word.toLowerCase();
  // Lower-casing never changes the length of German letters, so offsets carry over to `word`.
  if (lower.length !== word.length) return [];
  if (lower.length < minModifier + minHead || lexicon.known.has(lower)) return [];

  // fewest[i]: the fewest parts that lower[i..] splits into, ending in a head (Infinity: none).
  // Parts before the head are modifiers.
  const fewest: number[] = new Array<number>(lower.length + 1).fill(Number.POSITIVE_INFINITY);
  for (let from = lower.length - minHead; from >= 0; from--) {
    if (lexicon.heads.has(lower.slice(from))) fewest[from] = 1;
    for (let cut = from + minModifier; cut <= lower.length - minHead; cut++) {
      if (fewest[cut]! + 1 < fewest[from]! && lexicon.modifiers.has(lower.slice(from, cut))) fewest[from] = fewest[cut]! + 1;
    }
  }
  const boundaries = new Set<number>();
  let start = 0;
  let best = fewest[0]!;
  if (!Number.isFinite(best)) {
    // A first part no word list has ("Rückkehrer" in "Rückkehrerreformmission"): take the longest
    // rest that splits into two or more known parts, so one chance word ("Lungen") is never a tail.
    start = fewest.findIndex((parts, index) => index >= minModifier + 2 && Number.isFinite(parts) && parts >= 2);
    if (start === -1) return [];
    best = fewest[start]!;
    boundaries.add(start);
  }
  if (best < 2) return [];

  // Walk every segmentation with `best` parts and collect its boundaries.
  const walk = (from: number, partsLeft: number) => {
    if (partsLeft === 1) return;
    for (let cut = from + minModifier; cut <= lower.length - minHead; cut++) {
      const part = lower.slice(from, cut);
      if (fewest[cut] === partsLeft - 1 && lexicon.modifiers.has(part)) {
        if (from > 0 || !particles.has(part)) boundaries.add(cut);
        walk(cut, partsLeft - 1);
      }
    }
  };
  walk(start, best);

  return [...boundaries].sort((a, b) => a - b).map((cut) => {
    const tail = word.slice(cut);
    return tail.charAt(0).toUpperCase() + tail.slice(1);
  });
}
