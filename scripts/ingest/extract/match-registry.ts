/**
 * Matching of registry names in tokenized text: every name and alias of every registry, across
 * German inflection ("Syriens", "Islamischen Staates") and transliteration (see `foldName`), longest
 * match first, and then compounds ("IS-Kämpfer"), place adjectives ("tadschikischen") and demonyms
 * ("Franzosen") in what is left.
 */
import type { Registries } from '../types.ts';
import { foldName, isAcronym, isCapitalised } from './fold.ts';
import { gazetteerPlaces, type GazetteerPlace } from './gazetteer.ts';
import { firstNames, functionWords, isRoleNoun, looksLikeCommonWord, looksLikeCompoundNoun, streetNouns } from './lexicon.ts';
import type { Mention, MentionType } from './mention.ts';
import { tokenize, type Token } from './tokenize.ts';
import { factsOf, type WordFacts } from './word-facts.ts';

/** A registry entry as the matcher sees it. */
export interface MatchEntity {
  type: MentionType;
  name: string;
  registry: 'people' | 'places' | 'organisations' | 'outlets' | 'gazetteer';
}

interface FormToken {
  raw: string;
  folded: string;
  acronym: boolean;
  lower: boolean;
  /** Adjective-like token inside a multi-word name ("Islamischer", "Vereinigte"): any ending. */
  adjectival: boolean;
  /** Folded stem without the adjective ending, for adjectival tokens. */
  stem: string;
  /** `plainFold(raw)`, the key gazetteer names match by. */
  plain: string;
}

export interface Form {
  tokens: FormToken[];
  entity: MatchEntity;
  /** Every token adjectival: such a form never matches on its own ("russischen" is not "Russische Luftwaffe"). */
  allAdjectival: boolean;
}

/** A prepared registry: forms indexed by the start of their first token, adjectives, demonyms. */
export interface Matcher {
  forms: Map<string, Form[]>;
  /** Folded adjective stem → place. */
  adjectives: Map<string, MatchEntity>;
  /** Folded demonym → place. */
  demonyms: Map<string, MatchEntity>;
  /** Folded single-token form → entities, for compound parts. */
  singles: Map<string, { form: FormToken; entity: MatchEntity }[]>;
  /**
   * What matching has learnt about each word of the texts so far. Words repeat across a corpus, so
   * each is tried against the registries once per run instead of once per occurrence.
   */
  words: Map<string, WordFacts>;
}

/** The facts of a word: one lookup, shared by every rule that asks about the word. */
export function wordFacts(matcher: Matcher, word: string): WordFacts {
  return factsOf(matcher.words, word);
}

const adjectiveEnding = /(e|er|es|en|em)$/;
const nounSuffixes = ['s', 'es', "'s", '’s', "'", '’'];

function indexKey(folded: string): string {
  return folded.slice(0, 3);
}

function prepareFormToken(raw: string, isLastOfMany: boolean, isOnly: boolean, isPerson: boolean): FormToken {
  const folded = foldName(raw);
  const adjectival =
    !isOnly && !isLastOfMany && adjectiveEnding.test(raw.toLowerCase()) && raw.length > 4 && !/^\p{Lu}{2,}/u.test(raw);
  const adjectiveOnlyStem = raw.toLowerCase().replace(adjectiveEnding, '');
  return {
    raw,
    folded,
    acronym: isAcronym(raw),
    lower: !isCapitalised(raw),
    adjectival: !isPerson && (adjectival || /isch(e|er|es|en|em)?$/i.test(raw)),
    stem: foldName(adjectiveOnlyStem),
    plain: plainFold(raw),
  };
}

function entitiesOf(registries: Registries, gazetteer: GazetteerPlace[]): { entity: MatchEntity; forms: string[] }[] {
  return [
    ...gazetteer.map((entry) => ({ entity: { type: 'LOC' as const, name: entry.name, registry: 'gazetteer' as const }, forms: [entry.name, ...entry.aliases] })),
    ...registries.people.map((entry) => ({ entity: { type: 'PER' as const, name: entry.name, registry: 'people' as const }, forms: [entry.name, ...entry.aliases] })),
    ...registries.places.map((entry) => ({ entity: { type: 'LOC' as const, name: entry.name, registry: 'places' as const }, forms: [entry.name, ...entry.aliases] })),
    ...registries.organisations.map((entry) => ({
      entity: { type: entry.kind === 'other' ? ('OTH' as const) : ('ORG' as const), name: entry.name, registry: 'organisations' as const },
      forms: [entry.name, ...entry.aliases],
    })),
    ...registries.outlets.map((entry) => ({ entity: { type: 'ORG' as const, name: entry.name, registry: 'outlets' as const }, forms: [entry.name, ...entry.aliases] })),
  ];
}

/**
 * Prepares the registries for matching. Build once per run: the GermEval script matches thousands
 * of sentences against the same matcher.
 */
export function buildMatcher(registries: Registries): Matcher {
  const forms = new Map<string, Form[]>();
  const singles = new Map<string, { form: FormToken; entity: MatchEntity }[]>();
  const gazetteer = gazetteerPlaces(registries);
  for (const { entity, forms: written } of entitiesOf(registries, gazetteer)) {
    for (const text of new Set(written)) {
      // Most forms are one plain word; only the others need the tokenizer.
      const words = /^\p{L}+$/u.test(text) ? [{ text }] : tokenize(text);
      if (words.length === 0) continue;
      const tokens = words.map((token, index) =>
        prepareFormToken(token.text, index === words.length - 1 && words.length > 1, words.length === 1, entity.type === 'PER'),
      );
      const form: Form = { tokens, entity, allAdjectival: tokens.every((part) => part.adjectival) };
      const key = indexKey(tokens[0]!.folded);
      const bucket = forms.get(key);
      if (bucket) bucket.push(form);
      else forms.set(key, [form]);
      if (tokens.length === 1) {
        const single = singles.get(tokens[0]!.folded);
        if (single) single.push({ form: tokens[0]!, entity });
        else singles.set(tokens[0]!.folded, [{ form: tokens[0]!, entity }]);
      }
    }
  }
  const adjectives = new Map<string, MatchEntity>();
  const demonyms = new Map<string, MatchEntity>();
  for (const place of [...gazetteer, ...registries.places]) {
    const entity: MatchEntity = { type: 'LOC', name: place.name, registry: 'places' };
    for (const adjective of place.adjectives) adjectives.set(foldName(adjective), entity);
    for (const demonym of place.demonyms) demonyms.set(foldName(demonym), entity);
  }
  return { forms, adjectives, demonyms, singles, words: new Map() };
}

/**
 * Lower case, umlauts as "ae", "oe", "ue", "ß" as "ss", other diacritics dropped: the only folding
 * gazetteer names get ("Löhne" is not "Lohne", "Goettingen" is "Göttingen", "Chisinau" is "Chișinău").
 */
function plainFold(value: string): string {
  return value
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

/**
 * Whether one text token can stand for one token of a registry form. A gazetteer name takes only
 * the genitive "s", and only after a longer name that does not end in a vowel or sibilant: "Han" +
 * "s" would be "Hans". The word's facts hold what the test needs of the token's text, each part
 * computed once per word.
 */
function tokenMatches(token: Token, facts: WordFacts | undefined, form: FormToken, gazetteer = false): boolean {
  if (!token.word || facts === undefined) return token.text === form.raw;
  if (form.acronym) return token.text === form.raw || (form.raw.length >= 3 && token.text.length === form.raw.length + 1 && token.text.startsWith(form.raw) && token.text.endsWith('s'));
  if (form.lower && !form.adjectival) return facts.folded === form.folded && (!facts.capitalised || token.sentenceStart);
  if (form.adjectival) return facts.folded === form.folded || adjectiveStemOf(facts) === form.stem;
  if (!facts.capitalised) return false;
  // Gazetteer names are many and unchecked by an editor: they match as written, up to diacritics,
  // not across transliterations ("Wellen" is not "Velen").
  if (gazetteer) {
    const plain = (facts.plain ??= plainFold(facts.word));
    const name = form.plain;
    return plain === name || (name.length >= 5 && !/[aeiouysxz]$/.test(name) && (plain === `${name}s` || plain === `${name}'s` || plain === `${name}’s`));
  }
  if (facts.folded === form.folded) return true;
  // Inflect only names of some length: "ISs" or "Rom" + "s" must not stretch to other words.
  if (form.raw.length < 3) return false;
  const takesN = form.raw.endsWith('e');
  return inflectionStemsOf(facts).some((stem) => (stem.ending !== 'n' || takesN) && stem.folded === form.folded);
}

/** The folded word without its adjective ending: "islamischen" → "islamish". */
function adjectiveStemOf(facts: WordFacts): string {
  return (facts.adjectiveStem ??= foldName(facts.lower.replace(adjectiveEnding, '')));
}

/** Endings a registry name may take in the text: the noun suffixes, and "n" after a final "e". */
const inflectionEndings = [...nounSuffixes, 'n'];

/** The word without each inflection ending it has, folded: "Syriens" → "syrien" (ending "s"). */
function inflectionStemsOf(facts: WordFacts): readonly { ending: string; folded: string }[] {
  if (facts.inflectionStems === undefined) {
    const stems: { ending: string; folded: string }[] = [];
    for (const ending of inflectionEndings) if (facts.lower.endsWith(ending)) stems.push({ ending, folded: foldName(facts.word.slice(0, -ending.length)) });
    facts.inflectionStems = stems;
  }
  return facts.inflectionStems;
}

interface RawMatch {
  start: number;
  end: number;
  entity: MatchEntity;
  length: number;
}

/**
 * The forms of the token's index bucket whose first token the token matches, in bucket order.
 * `tokenMatches` depends on nothing but the token's text and sentence-start flag (for a word), so
 * the answer is memoised per matcher.
 */
function formsOpeningWith(token: Token, matcher: Matcher, facts: WordFacts): readonly Form[] {
  const known = token.sentenceStart ? facts.openersAtSentenceStart : facts.openers;
  if (known) return known;
  const bucket = matcher.forms.get(indexKey(facts.folded)) ?? [];
  const forms = bucket.filter((form) => tokenMatches(token, facts, form.tokens[0]!, form.entity.registry === 'gazetteer'));
  if (token.sentenceStart) facts.openersAtSentenceStart = forms;
  else facts.openers = forms;
  return forms;
}

function findFormMatches(tokens: Token[], matcher: Matcher, facts: readonly (WordFacts | undefined)[]): RawMatch[] {
  const matches: RawMatch[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (!token.word) continue;
    for (const form of formsOpeningWith(token, matcher, facts[index]!)) {
      const count = form.tokens.length;
      if (index + count > tokens.length) continue;
      let ok = true;
      for (let offset = 1; offset < count && ok; offset += 1) {
        // Words of one name sit next to each other, not across a line or a long gap.
        ok = tokens[index + offset]!.start - tokens[index + offset - 1]!.end <= 1;
        if (ok) ok = tokenMatches(tokens[index + offset]!, facts[index + offset], form.tokens[offset]!, form.entity.registry === 'gazetteer');
      }
      // A lower-case adjective alone is not a name ("russischen" is not "Russische Luftwaffe").
      if (ok && count > 1 && form.allAdjectival) ok = false;
      if (ok) matches.push({ start: index, end: index + count, entity: form.entity, length: tokens[index + count - 1]!.end - token.start });
    }
  }
  return matches;
}

/** The facts of each word token (undefined for punctuation), looked up once for all the rules. */
export function factsOfTokens(tokens: readonly Token[], matcher: Matcher): (WordFacts | undefined)[] {
  const facts: (WordFacts | undefined)[] = [];
  for (const token of tokens) facts.push(token.word ? wordFacts(matcher, token.text) : undefined);
  return facts;
}

/**
 * Finds registry names in tokens. Longest match first across all registries; a consumed token is
 * not matched again. Marks the consumed tokens in `consumed`.
 */
export function matchRegistryNames(
  tokens: Token[],
  matcher: Matcher,
  block: number,
  consumed: boolean[],
  text: string,
  facts = factsOfTokens(tokens, matcher),
): Mention[] {
  const raw = findFormMatches(tokens, matcher, facts).sort((a, b) => b.length - a.length || a.start - b.start);
  const mentions: Mention[] = [];
  for (const match of raw) {
    let free = true;
    for (let index = match.start; index < match.end; index += 1) if (consumed[index]) free = false;
    if (!free) continue;
    // A gazetteer town right after a first name is a surname: "Michael Buhl", "Wilhelm Epstein".
    if (match.entity.registry === 'gazetteer' && (afterFirstName(tokens, match.start) || afterRoleNoun(tokens, match.start))) continue;
    for (let index = match.start; index < match.end; index += 1) consumed[index] = true;
    const start = tokens[match.start]!.start;
    const end = tokens[match.end - 1]!.end;
    const mention: Mention = { block, start, end, text: text.slice(start, end), type: match.entity.type, form: 'name', name: match.entity.name, rule: 'registry' };
    if (match.entity.type === 'LOC' && (insideLongerName(tokens, match.start, consumed, matcher) || opensLongerName(tokens, match.end))) mention.inner = true;
    mentions.push(mention);
    // A place adjective opening an organisation's name ("russischen Luftwaffe") still names the place.
    if (match.entity.registry === 'organisations') {
      for (let index = match.start; index < match.end; index += 1) {
        const place = adjectivePlace(tokens[index]!.text, matcher);
        if (place) mentions.push({ block, start: tokens[index]!.start, end: tokens[index]!.end, text: tokens[index]!.text, type: 'LOC', form: 'deriv', name: place.name, rule: 'adjective', inner: true });
      }
    }
  }
  return mentions;
}

/** Place nouns after which a place name is the place itself ("Stadt Rakka"). */
const placeNouns = /(stadt|provinz|region|land|staat|staaten|republik|hauptstadt|gemeinde|dorf|insel|kanton|bezirk|kreis)$/i;

/** Nouns that open an institution's name with the place after them ("Universität Wien", "Flughafen Frankfurt"). */
const institutionNoun = /(universität|hochschule|schule|gymnasium|akademie|klinik|klinikum|theater|oper|museum|verlag|stiftung|institut|bank|werke|flughafen|bahnhof|messe|zoo|club|verein|zeitung|rundschau|kurier|anzeiger|zentrum|kirche|dom|arena|stadion|halle|direktion|gericht)$/;

/**
 * True when a place name, in its base form, directly follows a capitalised word that is not an
 * article, preposition or place noun: "TU Berlin", "Air Berlin", "Hochschule Hannover", "FC Bayern".
 * The place then is part of an organisation's name; it still counts for the article, as an inner
 * mention, but it is not the outer span. A genitive ("Bürger Frankreichs") is a place of its own.
 */
function insideLongerName(tokens: Token[], start: number, consumed: boolean[], matcher: Matcher): boolean {
  const token = tokens[start]!;
  const previous = tokens[start - 1];
  if (!previous?.word || token.start - previous.end !== 1 || consumed[start - 1]) return false;
  if (!isCapitalised(previous.text) || previous.text.includes('-')) return false;
  if (/[^s]s$/.test(token.text) && token.text.length > 3) return false;
  const lower = previous.text.toLowerCase();
  if (/^(in|im|aus|nach|von|vom|bei|beim|zu|zum|zur|für|über|gegen|und|oder|der|die|das|den|dem|des|ganz|nord|süd|ost|west)$/.test(lower)) return false;
  if (placeNouns.test(lower) || adjectivePlace(previous.text, matcher) || demonymPlace(previous.text, matcher)) return false;
  // "Aber Russland ist …": a function word at the sentence start is no name.
  if (functionWords.has(lower)) return false;
  // "Neuling Ungarn", "Amtsgericht Stockholm": an ordinary noun before the place stands in
  // apposition, unless it names an institution the place belongs to ("Universität Wien").
  const isGermanNoun = previous.text.length >= 5 && !isAcronym(previous.text) && (looksLikeCommonWord(previous.text) || looksLikeCompoundNoun(previous.text));
  if (isGermanNoun && !institutionNoun.test(lower)) return false;
  return true;
}

/** "Präsident Cleveland": a gazetteer name right after a role noun is a person's. */
function afterRoleNoun(tokens: Token[], start: number): boolean {
  const previous = tokens[start - 1];
  return Boolean(previous?.word && tokens[start]!.start - previous.end === 1 && isCapitalised(previous.text) && isRoleNoun(previous.text));
}

function afterFirstName(tokens: Token[], start: number): boolean {
  const previous = tokens[start - 1];
  return Boolean(previous?.word && tokens[start]!.start - previous.end === 1 && isCapitalised(previous.text) && firstNames.has(previous.text.toLowerCase()));
}

/**
 * True when a place name opens the name of a team, club or company: a number or a capitalised word
 * that is not an ordinary German word follows it ("Chicago Bulls", "Mainz 05", "Manchester
 * United"). The place still counts as an inner mention, like "TU Berlin".
 */
function opensLongerName(tokens: Token[], end: number): boolean {
  const last = tokens[end - 1]!;
  const next = tokens[end];
  if (!next?.word || next.start - last.end !== 1 || next.sentenceStart) return false;
  if (/^\d{1,4}$/.test(next.text)) return /^0\d$|^\d{2}$/.test(next.text) && !/^[0-9]{4}$/.test(next.text);
  if (!isCapitalised(next.text) || isAcronym(next.text) || /[^s]s$/.test(last.text)) return false;
  const lower = next.text.toLowerCase();
  if (functionWords.has(lower) || firstNames.has(lower) || looksLikeCommonWord(next.text) || looksLikeCompoundNoun(next.text)) return false;
  return /^(united|city|town|county|rovers|wanderers|athletic|bulls|lakers|giants|flyers|spurs|red|blue|white|royals|kings|rangers|stars|nationals|post|times|tribune|herald|fc|sc)$/i.test(next.text);
}

/** The place an adjective token refers to ("tadschikischen" → Tadschikistan), if any. */
export function adjectivePlace(word: string, matcher: Matcher, facts = wordFacts(matcher, word)): MatchEntity | undefined {
  if (facts.adjectivePlace === undefined) facts.adjectivePlace = findAdjectivePlace(word, matcher) ?? null;
  return facts.adjectivePlace ?? undefined;
}

function findAdjectivePlace(word: string, matcher: Matcher): MatchEntity | undefined {
  const lower = word.toLowerCase();
  for (const ending of ['', 'e', 'er', 'es', 'en', 'em']) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    const place = matcher.adjectives.get(foldName(stem));
    if (place) return place;
  }
  return undefined;
}

/** The place a demonym token refers to ("Franzosen" → Frankreich, "Berliner" → Berlin), if any. */
export function demonymPlace(word: string, matcher: Matcher, facts = wordFacts(matcher, word)): MatchEntity | undefined {
  if (facts.demonymPlace === undefined) facts.demonymPlace = findDemonymPlace(word, matcher) ?? null;
  return facts.demonymPlace ?? undefined;
}

function findDemonymPlace(word: string, matcher: Matcher): MatchEntity | undefined {
  if (!isCapitalised(word)) return undefined;
  const lower = word.toLowerCase();
  for (const ending of ['', 'n', 'en', 's', 'nen']) {
    if (!lower.endsWith(ending)) continue;
    const place = matcher.demonyms.get(foldName(lower.slice(0, lower.length - ending.length)));
    if (place) return place;
  }
  return undefined;
}

/** A single registry form a compound part names exactly ("US" → Vereinigte Staaten, "IS" → Islamischer Staat). */
function compoundPartEntity(part: string, matcher: Matcher): MatchEntity | undefined {
  if (part.length < 2) return undefined;
  const entries = matcher.singles.get(foldName(part)) ?? [];
  for (const { form, entity } of entries) {
    if (entity.type === 'OTH') continue;
    if (form.acronym ? part === form.raw : isCapitalised(part) && foldName(part) === form.folded) return entity;
  }
  // "US" is the compound form of "USA" and not listed on its own.
  if (part === 'US') return matcher.singles.get(foldName('USA'))?.[0]?.entity;
  return undefined;
}

/** Compound heads that do not make the compound about the place ("US-Dollar"). */
const neutralHeads = new Set(['dollar', 'cent']);

/**
 * The entities the parts of a hyphenated compound name, in part order: registry names, and place
 * adjectives after the first part or in lower case. A place does not count before a neutral head.
 */
function compoundParts(word: string, matcher: Matcher): MatchEntity[] {
  const parts = word.split('-');
  const head = parts.at(-1)!.toLowerCase();
  const entities: MatchEntity[] = [];
  parts.forEach((part, partIndex) => {
    const entity = compoundPartEntity(part, matcher) ?? (partIndex > 0 || !isCapitalised(part) ? adjectivePlace(part, matcher) : undefined);
    if (!entity || (entity.type === 'LOC' && neutralHeads.has(head))) return;
    entities.push(entity);
  });
  return entities;
}

/** Where a one-token mention sits: made only for a mention, and most words are none. */
function spanOf(block: number, token: Token): Pick<Mention, 'block' | 'start' | 'end' | 'text'> {
  return { block, start: token.start, end: token.end, text: token.text };
}

/**
 * Reads what is left after registry names: hyphenated compounds whose parts are registry names
 * (`part`), place adjectives (`deriv`, lower case or sentence-initial) and demonyms (`deriv`).
 */
export function matchDerivedForms(tokens: Token[], matcher: Matcher, block: number, consumed: boolean[], facts = factsOfTokens(tokens, matcher)): Mention[] {
  const mentions: Mention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    const word = facts[index];
    if (!token.word || consumed[index] || word === undefined) continue;
    if (token.text.includes('-') && !token.text.endsWith('-')) {
      word.compoundParts ??= compoundParts(token.text, matcher);
      for (const entity of word.compoundParts) {
        mentions.push({ ...spanOf(block, token), type: entity.type, form: 'part', name: entity.name, rule: 'compound' });
      }
      if (word.compoundParts.length > 0) consumed[index] = true;
      continue;
    }
    // "Frankfurter Allee", "Potsdamer Platz": the adjective is part of a street name, found later.
    const after = tokens[index + 1];
    if (word.capitalised && token.text.endsWith('er') && after && after.start - token.end === 1 && streetNouns.test(after.text)) continue;
    const isLowerAdjective = !word.capitalised || token.sentenceStart;
    const adjective = isLowerAdjective ? adjectivePlace(token.text, matcher, word) : undefined;
    if (adjective) {
      mentions.push({ ...spanOf(block, token), type: 'LOC', form: 'deriv', name: adjective.name, rule: 'adjective' });
      consumed[index] = true;
      continue;
    }
    const demonym = demonymPlace(token.text, matcher, word);
    if (demonym) {
      mentions.push({ ...spanOf(block, token), type: 'LOC', form: 'deriv', name: demonym.name, rule: 'demonym' });
      consumed[index] = true;
    }
  }
  return mentions;
}
