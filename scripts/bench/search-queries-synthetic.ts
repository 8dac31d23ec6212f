/**
 * The query list of the search benchmark for the synthetic corpus of the scale benchmark
 * (`scripts/bench/search-queries-synthetic.yaml`, written by `npm run bench:search -- --corpus
 * synthetic --write-queries`). What readers would type for that corpus, chosen from its ingested
 * entries by fixed rules (no randomness): parts of the generator's compounds, other spellings of its
 * people, English names of its places, umlauts written out, inflected forms, words that work
 * unaided, and negatives. The articles each query must find come from the entries' own text and
 * entity lists, never from a search, and are named by their ids, which the generator's seed value
 * and size fix. Pure: the caller reads the corpus.
 */
import { stringify } from 'yaml';
import type { Person, Place } from '../../src/lib/schema.ts';
import type { BenchQuery } from './search-queries.ts';

/** One ingested entry, as the query rules see it. */
export interface SyntheticArticle {
  id: string;
  /** Everything the article shows: headline, kicker, standfirst, body, captions. */
  texts: readonly string[];
  /** Canonical names of what it mentions. */
  people: readonly string[];
  places: readonly string[];
  /** The words the site adds for search (`searchTermsFor`): negatives must not meet them either. */
  terms: readonly string[];
}

/** What the rules draw from besides the entries. */
export interface SyntheticNames {
  /** The generator's people: invented ones first, then the registry's. */
  people: readonly Person[];
  /** Places as ingest knows them: the registry's and the country gazetteer's. */
  places: readonly Place[];
  /** The generator's compound nouns (`generateVocabulary`), in any case. */
  vocabulary: readonly string[];
  /** Middles and last parts of those compounds (`compoundParts`), lower case. */
  compoundEndings: { middles: readonly string[]; tails: readonly string[] };
  /** How many people the generator invented: they come first in `people`. */
  invented: number;
  /** Words a reader of a news archive may type that are candidates for negatives. */
  negativeCandidates: readonly string[];
}

const collator = new Intl.Collator('de');

/** ä, ö, ü, ß written out as a German keyboard without them gives them: "Flüchtlinge" → "Fluechtlinge". */
export function writtenOut(word: string): string {
  const table: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };
  return word.replace(/[äöüÄÖÜß]/g, (letter) => table[letter]!);
}

/**
 * The English transliteration of a Russian surname written the German way: -ow, -owa, -ew, -ewa
 * endings with every w as v ("Iwanowa" → "Ivanova", "Petrow" → "Petrov"). Undefined for other words.
 */
export function englishRussianSpelling(word: string): string | undefined {
  if (!/(?:ow|owa|ew|ewa)$/u.test(word)) return undefined;
  return word.replace(/w/g, 'v').replace(/W/g, 'V');
}

/** Letters without accents, as readers type foreign names ("García" → "Garcia", "Yılmaz" → "Yilmaz"); ä, ö, ü stay. */
export function withoutAccents(word: string): string {
  return word.replace(/[^äöüÄÖÜ]/gu, (letter) => letter.normalize('NFD').replace(/\p{M}/gu, '')).replace(/ı/g, 'i');
}

/** Genitive of a name or noun as German writes it: +s, nothing after s, ß, x, z. */
export function genitive(word: string): string | undefined {
  return /[sßxz]$/u.test(word) ? undefined : `${word}s`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when `text` has a word that contains `part` (case-insensitive) and goes on for at most three
 * more letters (an inflection ending): "Grenzschutzabkommens" for "Schutzabkommen".
 */
export function hasWordWith(text: string, part: string): boolean {
  return new RegExp(`${escape(part)}\\p{L}{0,3}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** True when `text` has `word` as a word of its own, with at most three more letters. */
export function hasWord(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}\\p{L}{0,3}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

const sortedIds = (articles: readonly SyntheticArticle[]) => articles.map((article) => article.id).sort();

/** FNV-1a of a string: a fixed order that is not the alphabet's, so one kind does not take only "A…" words. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return hash;
}

/** Candidates ordered by how few articles they find (rare ones test ranking most), then by `fnv1a`. */
function rarestFirst<T extends { query: string; find: string[] }>(items: T[], minFound = 1, maxFound = 12): T[] {
  return items
    .filter((item) => item.find.length >= minFound && item.find.length <= maxFound)
    .sort((a, b) => a.find.length - b.find.length || fnv1a(a.query) - fnv1a(b.query) || collator.compare(a.query, b.query));
}

/** The first `count` of `items` whose query is not yet taken. */
function take(items: readonly BenchQuery[], count: number, taken: Set<string>): BenchQuery[] {
  const chosen: BenchQuery[] = [];
  for (const item of items) {
    if (chosen.length >= count) break;
    const key = item.query.toLocaleLowerCase('de');
    if (taken.has(key)) continue;
    taken.add(key);
    chosen.push(item);
  }
  return chosen;
}

/** Last parts of the generator's compounds whose genitive adds -s (masculine and neuter ones). */
const genitiveTails = [
  'abkommen', 'bericht', 'programm', 'gipfel', 'plan', 'mandat', 'register', 'streit', 'paket', 'zentrum', 'netzwerk',
  'gutachten', 'verbot', 'urteil', 'entwurf', 'gremium', 'verband', 'dialog',
];

/** How many queries of each kind the list has. */
export const syntheticQueryCounts = { compound: 12, spelling: 10, place: 12, umlaut: 8, inflection: 8, plain: 6, negative: 10 } as const;

/**
 * The query list for a synthetic corpus. Deterministic: the same entries and names give the same
 * list. Each kind takes its candidates rarest first (fewest articles), ties by German collation.
 */
export function syntheticQueries(articles: readonly SyntheticArticle[], names: SyntheticNames): BenchQuery[] {
  const fullText = new Map(articles.map((article) => [article.id, article.texts.join('\n')]));
  const textOf = (article: SyntheticArticle) => fullText.get(article.id)!;
  const taken = new Set<string>();
  const capitalised = (word: string) => word.charAt(0).toLocaleUpperCase('de') + word.slice(1);
  const withPart = (part: string) => sortedIds(articles.filter((article) => hasWordWith(textOf(article), part)));
  const withWord = (word: string) => sortedIds(articles.filter((article) => hasWord(textOf(article), word)));
  const mentioning = (person: string) => sortedIds(articles.filter((article) => article.people.includes(person)));
  const inPlace = (place: string) => sortedIds(articles.filter((article) => article.places.includes(place)));

  // Vocabulary words the corpus uses, in their spelling.
  const used = [...new Set(names.vocabulary.map((word) => word.toLocaleLowerCase('de')))]
    .filter((word) => articles.some((article) => hasWord(textOf(article), word)))
    .sort(collator.compare);

  // Compound parts: middle and last part of a three-part word ("Schutzabkommen" of
  // "Grenzschutzabkommen"), and last parts of six letters or more, where the corpus never has
  // the part as a word of its own.
  const endings = [
    ...names.compoundEndings.middles.filter(Boolean).flatMap((middle) => names.compoundEndings.tails.map((tail) => `${middle}${tail}`)),
    ...names.compoundEndings.tails.filter((tail) => tail.length >= 6),
  ].filter((ending) => used.some((word) => word.endsWith(ending) && word !== ending));
  const compoundCandidates = [...new Set(endings)]
    .map((ending): BenchQuery => ({ query: capitalised(ending), kind: 'compound', find: withPart(ending) }))
    .filter((entry) => !articles.some((article) => hasWord(textOf(article), entry.query)));
  const compound = take(rarestFirst(compoundCandidates, 2), syntheticQueryCounts.compound, taken);

  // Other spellings of people: English transliteration of Russian names, without accents, ı as i;
  // surname alone and with the first name.
  const spellingCandidates: BenchQuery[] = [];
  for (const person of names.people) {
    const find = mentioning(person.name);
    if (find.length === 0) continue;
    const words = person.name.split(' ');
    const surname = words.at(-1)!;
    const plainLetters = withoutAccents(surname);
    const other = englishRussianSpelling(surname) ?? (plainLetters !== surname ? plainLetters : undefined);
    if (other !== undefined) {
      const surnameFind = sortedIds(articles.filter((article) => article.people.some((name) => name.split(' ').at(-1) === surname)));
      spellingCandidates.push({ query: other, kind: 'spelling', find: surnameFind });
      spellingCandidates.push({ query: [...words.slice(0, -1), other].join(' '), kind: 'spelling', find });
    }
    for (const alias of person.aliases) spellingCandidates.push({ query: alias, kind: 'spelling', find });
  }
  const spelling = take(rarestFirst(spellingCandidates), syntheticQueryCounts.spelling, taken);

  // Other names of places, English ones among them: aliases of one or two plain Latin words that
  // no other place uses and that are not the start of the German name ("Syrie" of "Syrien").
  const aliasOwners = new Map<string, number>();
  for (const place of names.places) for (const form of new Set([place.name, ...place.aliases])) aliasOwners.set(form.toLowerCase(), (aliasOwners.get(form.toLowerCase()) ?? 0) + 1);
  const placeCandidates: BenchQuery[] = [];
  for (const place of names.places) {
    const find = inPlace(place.name);
    if (find.length === 0) continue;
    const aliases = place.aliases.filter((alias) => /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(alias)
      && aliasOwners.get(alias.toLowerCase()) === 1
      && !place.name.toLowerCase().startsWith(alias.toLowerCase())
      && !alias.toLowerCase().startsWith(place.name.toLowerCase())
      && !alias.split(' ').some((word) => place.name.split(' ').includes(word)));
    // One alias per place: the shortest, then by collation.
    const alias = aliases.sort((a, b) => a.length - b.length || collator.compare(a, b))[0];
    if (alias) placeCandidates.push({ query: alias, kind: 'place', find });
  }
  const place = take(rarestFirst(placeCandidates), syntheticQueryCounts.place, taken);

  // Umlauts and ß written out: vocabulary words and surnames.
  const umlautCandidates: BenchQuery[] = [
    ...used.filter((word) => /[äöüß]/.test(word)).map((word): BenchQuery => ({ query: writtenOut(capitalised(word)), kind: 'umlaut', find: withWord(word) })),
    ...names.people.filter((person) => /[äöüß]/.test(person.name.split(' ').at(-1)!)).map((person): BenchQuery => ({ query: writtenOut(person.name), kind: 'umlaut', find: mentioning(person.name) })),
    ...names.places.filter((entry) => /[äöüÄÖÜß]/.test(entry.name)).map((entry): BenchQuery => ({ query: writtenOut(entry.name), kind: 'umlaut', find: inPlace(entry.name) })),
  ];
  const umlaut = take(rarestFirst(umlautCandidates), syntheticQueryCounts.umlaut, taken);

  // Inflected forms: the genitive of vocabulary words and of places' German names.
  const inflectionCandidates: BenchQuery[] = [
    ...used.flatMap((word): BenchQuery[] => {
      const tail = genitiveTails.find((ending) => word.endsWith(ending));
      return tail ? [{ query: `${capitalised(word)}s`, kind: 'inflection', find: withWord(word) }] : [];
    }),
    ...names.places.filter((entry) => /^\p{Lu}\p{Ll}+$/u.test(entry.name) && !/(?:e|ei)$/u.test(entry.name)).flatMap((entry): BenchQuery[] => {
      const form = genitive(entry.name);
      return form ? [{ query: form, kind: 'inflection', find: inPlace(entry.name) }] : [];
    }),
    ...names.people.slice(0, names.invented).flatMap((entry): BenchQuery[] => {
      const form = genitive(entry.name);
      return form ? [{ query: form, kind: 'inflection', find: mentioning(entry.name) }] : [];
    }),
  ];
  const inflection = take(rarestFirst(inflectionCandidates, 2), syntheticQueryCounts.inflection, taken);

  // Works without help: whole vocabulary words and full names as the text has them.
  const plainCandidates: BenchQuery[] = [
    ...used.map((word): BenchQuery => ({ query: capitalised(word), kind: 'plain', find: withWord(word) })),
    ...names.people.map((person): BenchQuery => ({ query: person.name, kind: 'plain', find: mentioning(person.name) })),
  ];
  const plain = take(rarestFirst(plainCandidates, 2), syntheticQueryCounts.plain, taken);

  // Negatives: generator people no article names (first and last name never in one article), and
  // candidate words that no article has, even as the start or end of a longer word.
  const searchable = articles.map((article) => `${textOf(article)}\n${article.terms.join(' ')}`.toLocaleLowerCase('de'));
  // The page around the text shows dates too.
  const words = new Set([...searchable.flatMap((text) => text.match(/[\p{L}\p{N}]+/gu) ?? []), ...monthNames]);
  const absent = (word: string) => {
    const lower = word.toLocaleLowerCase('de');
    if (searchable.some((text) => text.includes(lower))) return false;
    // Pagefind may match a word it does not know against a known word the query starts with.
    for (let length = 2; length < lower.length; length++) if (words.has(lower.slice(0, length))) return false;
    return true;
  };
  const negativeCandidates: BenchQuery[] = [
    ...names.people.slice(0, names.invented).filter((person) => mentioning(person.name).length === 0 && person.name.split(' ').length === 2)
      .filter((person) => {
        const [first, last] = person.name.toLocaleLowerCase('de').split(' ') as [string, string];
        return !searchable.some((text) => text.includes(first) && text.includes(last));
      })
      .map((person): BenchQuery => ({ query: person.name, kind: 'negative', find: [] }))
      .slice(0, Math.floor(syntheticQueryCounts.negative / 2)),
    ...names.negativeCandidates.filter(absent).map((word): BenchQuery => ({ query: word, kind: 'negative', find: [] })),
  ];
  const negative = take(negativeCandidates, syntheticQueryCounts.negative, taken);

  return [...compound, ...spelling, ...place, ...umlaut, ...inflection, ...plain, ...negative];
}

/** The list as YAML in the shape of `search-queries.yaml`, one flow mapping per line, under `header`. */
export function formatQueryList(queries: readonly BenchQuery[], header: string): string {
  const lines = header.trimEnd().split('\n').map((line) => (line ? `# ${line}` : '#'));
  let kind: string | undefined;
  for (const entry of queries) {
    if (entry.kind !== kind) {
      kind = entry.kind;
      lines.push('', `# ${kind}`);
    }
    lines.push(`- ${stringify(entry, { flow: true, lineWidth: 0 }).trim()}`);
  }
  return `${lines.join('\n')}\n`;
}

const monthNames = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];

/** The seed value and size a list was written for, from its header line `# corpus: seed 1, size 300`. */
export function corpusOfList(text: string): { seed: number; size: number } | undefined {
  const match = /^#\s*corpus: seed (-?\d+), size (\d+)\s*$/m.exec(text);
  return match ? { seed: Number(match[1]), size: Number(match[2]) } : undefined;
}

/**
 * Words readers of a news archive type that the generator never writes (sport, health, money,
 * home affairs); `syntheticQueries` keeps those that no article has.
 */
export const negativeWords: readonly string[] = [
  'Fußball', 'Bundesliga', 'Kryptowährung', 'Impfstoff', 'Oktoberfest', 'Weltmeisterschaft', 'Pandemie', 'Brexit',
  'Klimawandel', 'Kanzlerin', 'Dieselskandal', 'Autobahnmaut', 'Photovoltaik', 'Erdbeben', 'Olympia', 'Bitcoin',
  'Tarifstreik', 'Lokführer', 'Hochwasser', 'Schwimmbad',
];
