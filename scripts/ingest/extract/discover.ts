/**
 * Discovery of names no registry knows. German capitalises every noun, so a capital letter is
 * never enough: each rule needs a cue (a known first name, a role noun before the name, a place
 * noun, a place preposition) and a name that the word lists do not know as an ordinary word.
 * What falls short becomes a candidate for the review report, never an entity.
 */
import { isAcronym, isCapitalised } from './fold.ts';
import {
  firstNames,
  frequentWords,
  functionWords,
  hasToponymEnding,
  inflectedForms,
  isRoleNoun,
  looksLikeCommonWord,
  looksLikeCompoundNoun,
  nameParticles,
  placeCueNouns,
  streetNouns,
  surnames,
} from './lexicon.ts';
import type { Mention, MentionCandidate } from './mention.ts';
import type { Token } from './tokenize.ts';
import type { WordFacts } from './word-facts.ts';

/** Place-name prefixes that need the next word ("Bad Tölz", "Sankt Augustin", "New York"). */
const placePrefixes = new Set(['bad', 'sankt', 'st', 'san', 'santa', 'los', 'las', 'new', 'neu', 'nieder', 'ober', 'unter', 'groß', 'klein', 'alt', 'port', 'fort']);

/** Street-name compounds: a name part and "-straße", "-allee", "-gasse", "-damm", "-chaussee". */
const streetCompound = /^(\p{L}[\p{L}-]{2,}?)(straße|strasse|allee|gasse|damm|chaussee)$/u;

/** First parts that make a street compound an ordinary noun ("Landstraße", "Einkaufsstraße"). */
const genericStreets = /^(haupt|land|bundes|staats|kreis|seiten|neben|quer|einkaufs|umgehungs|durchgangs|wasser|fern|schnell|zufahrts|ausfall|ring|stadt|dorf|ufer|park|fluss|meeres|nord|süd|ost|west|damm|deich|stau|eisenbahn|bahn|straßen|wohn|geschäfts|nachbar|sack|dreh|hinter|vorder|mittel|ober|unter|alt|neu|lang|breit|schmal|schön|gross|groß|klein)s?$/;

/** A lower-case name particle joined to a capitalised name part ("al-Burhan", "el-Sisi", "ben-Gvir"). */
const hyphenParticle = /^(al|el|ad|as|ash|at|az|bin|ben|ibn|abu|ul|ur|d|l)-\p{Lu}/u;

/**
 * Place-name openers that are never a first name ("San Marino", "Port Said", "Bad Ems"), and "Abu",
 * which opens Arabic names of places ("Abu Dhabi") and of people ("Abu Bakr al-Baghdadi").
 */
const placeOpeners = new Set(['san', 'santa', 'santo', 'são', 'sao', 'sankt', 'st', 'port', 'puerto', 'porto', 'bad', 'neu', 'new', 'fort', 'los', 'las', 'rio', 'ciudad', 'abu']);

/** Nouns that open the name of an institution ("Verlag Paul Haupt", "Stiftung Carl Zeiss"). */
const institutionNouns = /^(verlag|stiftung|institut|klinik|universität|schule|gymnasium|preis|club|klub|verein|firma|haus|galerie|theater|sankt|san|santa|st)$/i;

/** Endings of abstract and collective nouns, never surnames. */
const nounSuffix = /(ung|heit|keit|schaft|tion|ität|ismus|tum|ungen|heiten|keiten|schaften|tionen)$/;

/** Place cue nouns long enough to close a compound ("Provinzhauptstadt", "Küstenregion"). */
const longPlaceCueNouns = [...placeCueNouns].filter((cue) => cue.length >= 5);

/** A place noun, or a compound that ends in a long one ("Provinzhauptstadt"). */
function isPlaceCue(lower: string): boolean {
  return placeCueNouns.has(lower) || longPlaceCueNouns.some((cue) => lower.endsWith(cue));
}

/** A street name in one word ("Schwanitzstraße", "Karl-Marx-Allee"), not an ordinary noun ("Landstraße"). */
function isStreetName(lower: string): boolean {
  const compound = streetCompound.exec(lower);
  return Boolean(compound && !genericStreets.test(compound[1]!.replace(/-$/, '')) && !frequentWords.has(lower));
}

/** A word that can be the place adjective of a street name before a street noun ("Schwabacher"). */
function isStreetAdjective(lower: string): boolean {
  return /er$/.test(lower) && lower.length >= 5 && !frequentWords.has(lower) && !functionWords.has(lower);
}

/** Prepositions before a place name ("in Passau", "aus Gütersloh", "nach Duschanbe"). */
const placePrepositions = new Set(['in', 'aus', 'nach']);

/** Company forms after an organisation's name ("Siemens AG", "Handelsblatt GmbH"). */
const companyForms = new Set(['GmbH', 'AG', 'KG', 'SE', 'Inc', 'Ltd', 'e.V']);

/** The words that cue a rule of `discoverNames`, as bits: a rule looks only at the words with its bit. */
const Cue = {
  /** Capitalised role noun ("Präsident", "Außenminister"). */
  roleNoun: 1 << 0,
  /** Capitalised known first name. */
  firstName: 1 << 1,
  /** Capitalised place noun ("Stadt", "Provinzhauptstadt"). */
  placeNoun: 1 << 2,
  /** Capitalised street name in one word ("Schwanitzstraße"). */
  streetName: 1 << 3,
  /** Capitalised place adjective that can open a street name ("Schwabacher"). */
  streetAdjective: 1 << 4,
  /** "St" or "Sankt". */
  saint: 1 << 5,
  /** "in", "aus", "nach", in any case. */
  preposition: 1 << 6,
  /** A lower-case verb of saying, or "so" (which cues only after a quote). */
  speaker: 1 << 7,
  /** A verb of saying in any case. */
  speechVerb: 1 << 8,
  /** A company form ("GmbH", "AG"). */
  companyForm: 1 << 9,
} as const;

/** The cues of a word: asked once per word and kept in its facts. */
function cuesOf(word: WordFacts): number {
  word.discoveryCues ??= findCues(word);
  return word.discoveryCues;
}

function findCues(word: WordFacts): number {
  let cues = 0;
  if (word.capitalised) {
    if (isRoleNoun(word.word)) cues |= Cue.roleNoun;
    if (word.firstName) cues |= Cue.firstName;
    if (isPlaceCue(word.lower)) cues |= Cue.placeNoun;
    if (isStreetName(word.lower)) cues |= Cue.streetName;
    if (isStreetAdjective(word.lower)) cues |= Cue.streetAdjective;
  } else if (word.speechVerb || word.lower === 'so') cues |= Cue.speaker;
  if (word.word === 'St' || word.word === 'Sankt') cues |= Cue.saint;
  if (placePrepositions.has(word.lower)) cues |= Cue.preposition;
  if (word.speechVerb) cues |= Cue.speechVerb;
  if (companyForms.has(word.word)) cues |= Cue.companyForm;
  return cues;
}

/** Words before which a capitalised token is never a name in these rules. */
const isPlainWord = (token: Token): boolean =>
  !token.word || !isCapitalised(token.text) || functionWords.has(token.text.toLowerCase()) || /\d/.test(token.text);

/** Tokens `a` and `b` are neighbours in running text (one space, no punctuation between). */
const adjacent = (a: Token, b: Token): boolean => b.start - a.end === 1;

/**
 * The span of a personal name starting at `from`: capitalised words and name particles, up to
 * four words, ending on a capitalised word. Returns the end index (exclusive) or `from` if none.
 */
function personNameEnd(tokens: Token[], from: number, consumed: boolean[]): number {
  let end = from;
  let words = 0;
  for (let index = from; index < tokens.length && words < 4; index += 1) {
    const token = tokens[index]!;
    if (consumed[index] || !token.word) break;
    if (index > from && !adjacent(tokens[index - 1]!, token)) break;
    const lower = token.text.toLowerCase();
    // "der" is a particle only in "von der" ("Ursula von der Leyen").
    const isParticle = index > from && !isCapitalised(token.text) && nameParticles.has(lower) && (lower !== 'der' || tokens[index - 1]!.text === 'von');
    if (isParticle) {
      words += 1;
      continue;
    }
    // A particle joined by a hyphen is a name word: "Abdel Fattah al-Burhan", "Mohammed bin-Salman".
    if (hyphenParticle.test(token.text)) {
      words += 1;
      end = index + 1;
      continue;
    }
    // A middle initial ("George W. Bush") joins the name only when a surname follows it.
    if (/^\p{Lu}$/u.test(token.text)) {
      const dot = tokens[index + 1];
      const after = tokens[index + 2];
      if (index > from && dot?.text === '.' && after?.word && isCapitalised(after.text) && !isPlainWord(after)) {
        index += 1;
        continue;
      }
      break;
    }
    if (isPlainWord(token) || isAcronym(token.text)) break;
    words += 1;
    end = index + 1;
    // A genitive ends the name: "Heidi Klums Modelsuche".
    if (index > from && /[^s]s$/.test(token.text) && tokens[index + 1]?.word && isCapitalised(tokens[index + 1]!.text)) break;
  }
  return end;
}

/** Strips a genitive "s" from a name's last word when a noun follows ("Lindqvists Rede"). */
function nameText(text: string, tokens: Token[], start: number, end: number): string {
  let value = text.slice(tokens[start]!.start, tokens[end - 1]!.end);
  const next = tokens[end];
  if (/[^s]s$/.test(value) && next?.word && isCapitalised(next.text) && adjacent(tokens[end - 1]!, next)) value = value.slice(0, -1);
  return value;
}

function isNameWord(token: Token): boolean {
  const lower = token.text.toLowerCase();
  return !nameParticles.has(lower);
}

/**
 * Finds persons and places by cue in the tokens not yet consumed.
 *
 * @returns mentions for confident finds and candidates for the rest; marks consumed tokens
 */
export function discoverNames(
  tokens: Token[],
  text: string,
  block: number,
  consumed: boolean[],
  facts: readonly (WordFacts | undefined)[],
): { mentions: Mention[]; candidates: MentionCandidate[] } {
  const mentions: Mention[] = [];
  const candidates: MentionCandidate[] = [];
  // Every rule below looks at words in lower case: the facts of each word hold it.
  const lowerAt = (index: number): string => facts[index]?.lower ?? tokens[index]!.text.toLowerCase();
  const take = (start: number, end: number, mention: Omit<Mention, 'block' | 'start' | 'end' | 'text'>) => {
    for (let index = start; index < end; index += 1) consumed[index] = true;
    const span = { start: tokens[start]!.start, end: tokens[end - 1]!.end };
    mentions.push({ block, ...span, text: text.slice(span.start, span.end), ...mention });
  };
  // Most words cue no rule: one scan finds those that do, and each rule visits only them.
  const cues: number[] = [];
  const cued: number[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const word = facts[index];
    const wordCues = word ? cuesOf(word) : 0;
    if (wordCues === 0) continue;
    cues.push(wordCues);
    cued.push(index);
  }
  const cuedBy = (cue: number): number[] => cued.filter((_, at) => cues[at]! & cue);

  // Person after a role noun: "Präsident Barack Obama", "Außenminister Heiko Maas", "Oberst Khalimow".
  for (const index of cuedBy(Cue.roleNoun)) {
    const token = tokens[index]!;
    let from = index + 1;
    while (tokens[from] && /^(Dr|Prof|\.)$/.test(tokens[from]!.text)) from += 1;
    if (!tokens[from] || !adjacent(tokens[from - 1]!, tokens[from]!) && tokens[from - 1]!.text !== '.') continue;
    const end = personNameEnd(tokens, from, consumed);
    if (end === from) continue;
    const words = tokens.slice(from, end).filter(isNameWord);
    const hasFirstName = words.length >= 2 && firstNames.has(words[0]!.text.toLowerCase());
    // "General Motors", "Major League": these role nouns also open names of things.
    if (!hasFirstName && /^(general|major|chef|herr|frau)$/i.test(token.text) && words.length === 1) continue;
    const allNameLike = words.every(
      (word) => surnames.has(word.text.toLowerCase()) || (!looksLikeCommonWord(word.text) && (words.length > 1 || !looksLikeCompoundNoun(word.text))),
    );
    const name = nameText(text, tokens, from, end);
    if (hasFirstName || allNameLike) take(from, end, { type: 'PER', form: 'name', name, rule: 'role-cue' });
    else candidates.push({ block, type: 'PER', name, reason: `after the role noun "${token.text}", but "${name}" also reads as an ordinary word` });
  }

  // Person from a known first name: "Anna Lindqvist", "Heiko Maas".
  for (const index of cuedBy(Cue.firstName)) {
    const token = tokens[index]!;
    if (consumed[index]) continue;
    // "San Antonio Spurs", "FC Carl Zeiss Jena", "Verlag Paul Haupt": a name inside a longer name.
    const previous = tokens[index - 1];
    if (
      !token.sentenceStart &&
      previous?.word &&
      adjacent(previous, token) &&
      (isAcronym(previous.text) ||
        institutionNouns.test(previous.text) ||
        (isCapitalised(previous.text) && !looksLikeCommonWord(previous.text) && !firstNames.has(previous.text.toLowerCase())))
    )
      continue;
    const end = personNameEnd(tokens, index + 1, consumed);
    if (end === index + 1) continue;
    const rest = tokens.slice(index + 1, end).filter(isNameWord);
    // "Abu Dhabi", "San Antonio": a place opener makes a two-word name a place more often than a
    // person; only a longer name or one with a particle ("Abu Bakr al-Baghdadi") is a person.
    if (placeOpeners.has(lowerAt(index))) {
      const hasParticle = tokens.slice(index + 1, end).some((word) => nameParticles.has(word.text.toLowerCase()) || hyphenParticle.test(word.text));
      if (lowerAt(index) !== 'abu' || (end - index < 3 && !hasParticle)) {
        candidates.push({ block, type: 'PER', name: nameText(text, tokens, index, end), reason: `"${token.text}" opens place names as well as personal names` });
        continue;
      }
    }
    // After a known first name a capitalised word is a surname even when it is also a noun
    // ("Steffi Graf"), unless its ending marks an abstract noun ("Anna Bewerbung").
    const surnameOk = rest.length <= 3 && rest.every((word) => surnames.has(word.text.toLowerCase()) || !nounSuffix.test(word.text.toLowerCase()));
    const name = nameText(text, tokens, index, end);
    if (surnameOk) take(index, end, { type: 'PER', form: 'name', name, rule: 'first-name' });
    else candidates.push({ block, type: 'PER', name, reason: `starts with the first name "${token.text}", but the rest reads as ordinary words` });
  }

  // Place after a place noun: "die syrische Stadt Rakka", "Provinz Idlib", "Hauptstadt Duschanbe".
  for (const index of cuedBy(Cue.placeNoun)) {
    const token = tokens[index]!;
    const first = index + 1;
    const next = tokens[first];
    if (!next || consumed[first] || !adjacent(token, next) || isPlainWord(next) || isAcronym(next.text)) continue;
    let end = first + 1;
    if (placePrefixes.has(lowerAt(first)) && tokens[end]?.word && isCapitalised(tokens[end]!.text)) end += 1;
    const words = tokens.slice(first, end);
    const name = text.slice(next.start, tokens[end - 1]!.end);
    const nameLike = words.every((word, wordIndex) => (wordIndex === 0 && end - first > 1) || !looksLikeCommonWord(word.text));
    if (nameLike && !firstNames.has(lowerAt(first))) take(first, end, { type: 'LOC', form: 'name', name, rule: 'place-cue' });
    else candidates.push({ block, type: 'LOC', name, reason: `after the place noun "${token.text}", but "${name}" also reads as an ordinary word or first name` });
  }

  // Streets: "Schwanitzstraße", "Karl-Marx-Allee", "Schwabacher Straße", "Potsdamer Platz".
  for (const index of cuedBy(Cue.streetName | Cue.streetAdjective)) {
    const token = tokens[index]!;
    if (consumed[index]) continue;
    if (cuesOf(facts[index]!) & Cue.streetName) {
      take(index, index + 1, { type: 'LOC', form: 'name', name: token.text, rule: 'place-cue' });
      continue;
    }
    const next = tokens[index + 1];
    if (!next || consumed[index + 1] || !adjacent(token, next) || !streetNouns.test(next.text)) continue;
    take(index, index + 2, { type: 'LOC', form: 'name', name: text.slice(token.start, next.end), rule: 'place-cue' });
  }

  // Saints' names of towns, churches and quarters: "St. Moritz", "Sankt Augustin", "St. Pauli".
  for (const index of cuedBy(Cue.saint)) {
    const token = tokens[index]!;
    if (consumed[index]) continue;
    const hasDot = tokens[index + 1]?.text === '.';
    const first = index + (token.text === 'St' ? (hasDot ? 2 : 0) : 1);
    if (first === index) continue;
    const next = tokens[first];
    if (!next?.word || consumed[first] || !isCapitalised(next.text) || isAcronym(next.text) || functionWords.has(lowerAt(first))) continue;
    if (next.start - tokens[first - 1]!.end > 1) continue;
    take(index, first + 1, { type: 'LOC', form: 'name', name: text.slice(token.start, next.end), rule: 'place-cue' });
  }

  // Place after "in"/"aus" (and "nach" with a place-name ending): "in Passau", "aus Gütersloh".
  for (const index of cuedBy(Cue.preposition)) {
    const token = tokens[index]!;
    const lower = lowerAt(index);
    const first = index + 1;
    const next = tokens[first];
    if (!next || consumed[first] || !adjacent(token, next) || isPlainWord(next) || isAcronym(next.text) || next.text.length < 3) continue;
    let end = first + 1;
    if (placePrefixes.has(lowerAt(first)) && tokens[end]?.word && isCapitalised(tokens[end]!.text) && adjacent(next, tokens[end]!)) end += 1;
    const after = tokens[end];
    // "in Obamas Amtszeit": a capitalised word right after means the token is not the place itself.
    if (after?.word && adjacent(tokens[end - 1]!, after) && (isCapitalised(after.text) || /^\d/.test(after.text))) continue;
    const head = tokens[end - 1]!.text;
    const toponym = hasToponymEnding(head);
    if (lower === 'nach' && !toponym) continue;
    const lowerHead = head.toLowerCase();
    const ordinary =
      inflectedForms(lowerHead).some((form) => frequentWords.has(form)) || firstNames.has(lowerHead) || looksLikeCommonWord(head) || (!toponym && looksLikeCompoundNoun(head));
    if (ordinary || head.includes('-')) continue;
    take(first, end, { type: 'LOC', form: 'name', name: text.slice(next.start, tokens[end - 1]!.end), rule: 'place-preposition' });
  }

  // Speaker after a verb of saying or "so" closing a quote: "sagt Eymer der Zeitung", ", so Barth".
  for (const index of cuedBy(Cue.speaker)) {
    const token = tokens[index]!;
    const lower = lowerAt(index);
    const isQuoteSo = lower === 'so' && (tokens[index - 1]?.text === ',' || tokens[index - 1]?.text === '"' || tokens[index - 1]?.text === '“');
    if (!facts[index]!.speechVerb && !isQuoteSo) continue;
    const first = index + 1;
    const next = tokens[first];
    if (!next || consumed[first] || !adjacent(token, next) || isPlainWord(next) || isAcronym(next.text)) continue;
    const end = personNameEnd(tokens, first, consumed);
    if (end === first || end - first > 3) continue;
    const words = tokens.slice(first, end).filter(isNameWord);
    const ordinary = words.some((word) => looksLikeCommonWord(word.text) && !surnames.has(word.text.toLowerCase()) && !firstNames.has(word.text.toLowerCase()));
    // Only where the clause ends or the addressee follows: "so Barth ." / "sagt Eymer der Zeitung".
    const after = tokens[end];
    const closes = !after || !after.word || /^(der|dem|den|die|am|im|in|auf|gegenüber|zu|zur|zum|bei|beim)$/.test(after.text);
    if (ordinary || !closes || words.some((word) => frequentWords.has(word.text.toLowerCase()) && words.length === 1 && !surnames.has(word.text.toLowerCase()))) continue;
    take(first, end, { type: 'PER', form: 'name', name: nameText(text, tokens, first, end), rule: 'speech-cue' });
  }

  // Held back: capitalised words before a verb of saying ("Lindqvist sagte") without any other cue.
  for (const index of cuedBy(Cue.speechVerb)) {
    const token = tokens[index]!;
    if (index === 0) continue;
    let start = index;
    while (start > 0 && tokens[start - 1]!.word && !consumed[start - 1] && !isPlainWord(tokens[start - 1]!) && index - start < 3) start -= 1;
    if (start === index) continue;
    const words = tokens.slice(start, index);
    if (words.some((word) => looksLikeCommonWord(word.text))) continue;
    candidates.push({ block, type: 'PER', name: text.slice(tokens[start]!.start, tokens[index - 1]!.end), reason: `capitalised words before "${token.text}" with no first name or role noun` });
  }

  // Held back: company forms ("Siemens AG", "Handelsblatt GmbH") that no registry knows.
  for (const index of cuedBy(Cue.companyForm)) {
    const token = tokens[index]!;
    if (index === 0) continue;
    let start = index;
    while (start > 0 && tokens[start - 1]!.word && !consumed[start - 1] && isCapitalised(tokens[start - 1]!.text) && index - start < 3) start -= 1;
    if (start === index) continue;
    candidates.push({ block, type: 'ORG', name: text.slice(tokens[start]!.start, token.end), reason: 'company form with no registry entry' });
  }

  return { mentions, candidates };
}
