/**
 * The words an article is indexed under besides its own text, so that search finds what German
 * readers type: the parts of closed compounds ("Miliz" for "Terrormiliz") and every name of the
 * people, places, organisations and media the article mentions, from the registries ("Chalimow",
 * "Daesh", "Raqqa", "Syria"). Pure: the word splitter and registries come in as arguments.
 *
 * Umlauts and ß written out ("Tuerkei", "Strasse") need no added words: Pagefind 1.6 stems German
 * with Snowball's German stemmer, which reads ae, oe, ue as ä, ö, ü and ß as ss, on both sides.
 *
 * The site puts these words into the Pagefind metadata field `searchTermsMetaKey`: Pagefind 1.6
 * searches metadata like body text but never shows it in an excerpt, and `searchRanking` weighs
 * the field low, so an article that names a thing ranks above one that is only indexed under it.
 */
import { compoundTails } from './compound-split.ts';
import type { CompoundLexicon } from './hunspell-lexicon.ts';
import type { ArticleFrontmatter, Organisation, Outlet, Person, Place } from './schema.ts';

/** Gives the compound tails of one word (see `compoundTails`). */
export type CompoundSplitter = (word: string) => readonly string[];

/**
 * A splitter over `lexicon` that remembers every word it has split: an archive repeats its words
 * from article to article, so each is split once per build.
 */
export function createCompoundSplitter(lexicon: CompoundLexicon): CompoundSplitter {
  const cache = new Map<string, readonly string[]>();
  return (word) => {
    let tails = cache.get(word);
    if (tails === undefined) {
      tails = compoundTails(word, lexicon);
      cache.set(word, tails);
    }
    return tails;
  };
}

/** Pagefind metadata key of the added words (`data-pagefind-meta`). */
export const searchTermsMetaKey = 'suchbegriffe';

/**
 * Ranking options for Pagefind's `options({ ranking })`, for the search page and the benchmark
 * alike: a match in the added words counts 0.2, where Pagefind counts a title match 5 and any other
 * metadata 1, so the added words decide only where the text itself does not match.
 */
export const searchRanking = { metaWeights: { [searchTermsMetaKey]: 0.2 } } as const;

const collator = new Intl.Collator('de');

/** Words of a text: letters and digits, hyphenated words kept whole ("Anti-IS-Koalition"). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

/** Spelling rules for names transliterated from Russian, Arabic and Turkish, by where they apply. */
const endingRules: [RegExp, string][] = [[/ow$/u, 'ov'], [/ov$/u, 'ow'], [/ew$/u, 'ev'], [/ev$/u, 'ew']];
const beginningRules: [RegExp, string][] = [[/^Kh/u, 'Ch'], [/^Ch(?=[aeiou])/u, 'Kh']];
const innerRules: [RegExp, string][] = [
  [/sch/gu, 'sh'], [/sh/gu, 'sch'], // Baschar, Bashar
  [/^Dsch/u, 'J'], // Dschihad, Jihad
  [/ı/gu, 'i'], // Yıldırım: Pagefind keeps the dotless i, readers type an i
];

function applyFirst(word: string, rules: readonly [RegExp, string][]): string {
  const rule = rules.find(([pattern]) => pattern.test(word));
  return rule ? word.replace(rule[0], rule[1]) : word;
}

/**
 * Other spellings of the words of a person's name: the ending (-ow/-ov, -ew/-ev), the beginning
 * (Kh-/Ch-), both at once, sch/sh, Dsch-/J- and ı/i ("Gulmurod Khalimov" → "Khalimow", "Chalimov",
 * "Chalimow"), and in a Russian name (-ow, -ew, -owa, -ewa and the v forms) every w as v and back
 * ("Iwanowa" → "Ivanova"). Words of the name itself are not in the result.
 */
export function nameVariants(name: string): string[] {
  const words = wordsOf(name);
  const variants = new Set<string>();
  for (const word of words) {
    const ending = applyFirst(word, endingRules);
    const beginning = applyFirst(word, beginningRules);
    variants.add(ending).add(beginning).add(applyFirst(ending, beginningRules));
    for (const [pattern, replacement] of innerRules) variants.add(word.replace(pattern, replacement));
    // Russian names: German writes в as w throughout, English as v ("Iwanowa", "Ivanova").
    if (/(?:ow|ew)a?$/u.test(word)) variants.add(word.replace(/w/gu, 'v').replace(/W/gu, 'V'));
    if (/(?:ov|ev)a?$/u.test(word)) variants.add(word.replace(/v/gu, 'w').replace(/V/gu, 'W'));
  }
  for (const word of words) variants.delete(word);
  return [...variants];
}

/** The registries the names come from. */
export interface TermRegistries {
  people: readonly Person[];
  places: readonly Place[];
  organisations: readonly Organisation[];
  outlets: readonly Outlet[];
}

/** What of an article the added words are made from. */
export interface TermSource {
  /** Headline, kicker, standfirst, body, captions: everything the article shows. */
  texts: readonly string[];
  /** Canonical names of what the article mentions, as in its frontmatter. */
  people: readonly string[];
  places: readonly string[];
  organisations: readonly string[];
  /** Outlet and credited origins. */
  media: readonly string[];
}

/** The term source of one entry: its shown texts and the names its frontmatter mentions. */
export function termSourceOf({ data, body }: { data: ArticleFrontmatter; body?: string | undefined }): TermSource {
  return {
    texts: [data.title, data.kicker ?? '', data.standfirst ?? '', body ?? '', ...data.captions.map((caption) => caption.text)],
    people: data.people.map((mention) => mention.name),
    places: data.places.map((mention) => mention.name),
    organisations: data.organisations.map((mention) => mention.name),
    media: [...(data.outlet === null ? [] : [data.outlet]), ...data.origins],
  };
}

/**
 * Words a name contributes. Left out: function words and fragments ("im", "von", "of", "net" from
 * "SOTT.net"), which would match every query that starts with them, and all words of one or two
 * letters ("UK", "IS"). Pagefind matches a query word that no indexed word starts with against the
 * longest indexed word it starts with, so "UK" would make "Ukraine" find every article about
 * Britain; and a reader's "IS" finds "IS" and "Islamischer Staat" without help.
 */
function nameWords(name: string): string[] {
  return wordsOf(name).filter((word) => word.length > 2 && !/^\p{Ll}{1,3}$/u.test(word));
}

/**
 * Aliases of places, organisations and media with more than this many words are left out: a long
 * official name ("Islamischer Staat im Irak und in Syrien") would index every article about the IS
 * under "Syrien". People's names are kept whole.
 */
const maxAliasWords = 2;

/** What a mentioned name is looked up in: the registry of its kind (media: the outlets). */
type MentionKind = 'people' | 'places' | 'organisations' | 'media';

interface RegistryMaps {
  people: Map<string, Person>;
  places: Map<string, Place>;
  organisations: Map<string, Organisation>;
  media: Map<string, Outlet>;
  /**
   * The name words of each mentioned name met so far, by kind and name: an archive names the same
   * people and places in article after article, and a person's spelling variants cost a dozen
   * regular expressions each.
   */
  words: Map<string, readonly string[]>;
}

/** The registries by name, built once per registries object. */
const registryMaps = new WeakMap<TermRegistries, RegistryMaps>();

function mapsOf(registries: TermRegistries): RegistryMaps {
  let maps = registryMaps.get(registries);
  if (!maps) {
    const byName = <T extends { name: string }>(list: readonly T[]) => new Map(list.map((entry) => [entry.name, entry]));
    maps = {
      people: byName(registries.people),
      places: byName(registries.places),
      organisations: byName(registries.organisations),
      media: byName(registries.outlets),
      words: new Map(),
    };
    registryMaps.set(registries, maps);
  }
  return maps;
}

/** The names one mentioned name stands for: itself and its registry aliases, and a person's variants. */
function namesOf(kind: MentionKind, name: string, maps: RegistryMaps): string[] {
  if (kind === 'people') {
    const forms = [name, ...(maps.people.get(name)?.aliases ?? [])];
    return [...forms, ...forms.flatMap(nameVariants)];
  }
  const aliases = maps[kind].get(name)?.aliases ?? [];
  return [name, ...aliases.filter((alias) => wordsOf(alias).length <= maxAliasWords)];
}

const mentionKinds: readonly MentionKind[] = ['people', 'places', 'organisations', 'media'];

/** The names of what the article mentions: canonical names and registry aliases, people's variants. */
export function entityNames(source: TermSource, registries: TermRegistries): string[] {
  const maps = mapsOf(registries);
  return mentionKinds.flatMap((kind) => source[kind].flatMap((name) => namesOf(kind, name, maps)));
}

/** The words one mentioned name adds (`nameWords` of `namesOf`), computed once per registries. */
function wordsOfName(kind: MentionKind, name: string, maps: RegistryMaps): readonly string[] {
  const key = `${kind}\u0000${name}`;
  let words = maps.words.get(key);
  if (words === undefined) {
    words = namesOf(kind, name, maps).flatMap(nameWords);
    maps.words.set(key, words);
  }
  return words;
}

/** `entityNames(source, registries).flatMap(nameWords)`, each mentioned name's words taken from memory. */
function entityNameWords(source: TermSource, registries: TermRegistries): string[] {
  const maps = mapsOf(registries);
  return mentionKinds.flatMap((kind) => source[kind].flatMap((name) => wordsOfName(kind, name, maps)));
}

/**
 * The added words of one article, each once (case-insensitively), sorted with German collation:
 * compound tails of its words and of its hyphenated words' parts, and the names of what it
 * mentions. Words the text already has are left out, except the names: a name in both the text
 * and the added words ranks its article a little higher, which is what a reader searching that
 * name wants.
 */
export function searchTermsFor(source: TermSource, splitCompound: CompoundSplitter, registries: TermRegistries): string[] {
  // Lower case without a locale: German has no casing rules of its own (only Turkish, Azeri and
  // Lithuanian do), and the locale-aware call was a third of this function's time.
  const inText = new Set<string>();
  // Each word, or each part of a hyphenated word, once and in order of appearance.
  const parts = new Set<string>();
  // Words as written, to skip repeats early: half of a news text's words are repeats.
  const seenWords = new Set<string>();
  for (const text of source.texts) {
    for (const word of wordsOf(text)) {
      if (seenWords.has(word)) continue;
      seenWords.add(word);
      inText.add(word.toLowerCase());
      if (!word.includes('-')) parts.add(word);
      else for (const part of word.split('-')) {
        inText.add(part.toLowerCase());
        parts.add(part);
      }
    }
  }
  const names = entityNameWords(source, registries);

  const seen = new Set<string>();
  const terms: string[] = [];
  const add = (word: string, evenIfInText: boolean) => {
    const key = word.toLowerCase();
    if (seen.has(key) || (!evenIfInText && inText.has(key))) return;
    seen.add(key);
    terms.push(word);
  };
  for (const word of names) add(word, true);
  for (const part of parts) for (const tail of splitCompound(part)) add(tail, false);
  return terms.sort(collator.compare);
}
