/**
 * What the rules learn about each word of the texts. Words repeat across a corpus ("der", "sagte",
 * "Berlin"), and every rule asks about every token: its lower-case and folded forms, whether it is
 * a first name, which registry forms open with it. Each word's answers are kept in one record, so
 * a token costs one map lookup, and each question about a word is answered once per run instead of
 * once per occurrence and rule.
 */
import { foldName, isCapitalised } from './fold.ts';
import { firstNames, speechVerbs } from './lexicon.ts';
import type { Form, MatchEntity } from './match-registry.ts';

/**
 * Memoised answers about one word. The first fields are computed with the record; a field that
 * starts undefined is computed on first ask by the rule that needs it (null: asked, no answer).
 * Every field is declared here, so all records share one shape.
 */
export class WordFacts {
  readonly word: string;
  readonly lower: string;
  /** `foldName(word)`. */
  readonly folded: string;
  /** `isCapitalised(word)`. */
  readonly capitalised: boolean;
  /** A known first name (`firstNames`). */
  readonly firstName: boolean;
  /** A verb of saying (`speechVerbs`). */
  readonly speechVerb: boolean;

  // Registry matching (match-registry.ts).
  /** The forms whose first token the word matches (`formsOpeningWith`), in and not at a sentence start. */
  openers: readonly Form[] | undefined = undefined;
  openersAtSentenceStart: readonly Form[] | undefined = undefined;
  /** `adjectivePlace` and `demonymPlace` of the word. */
  adjectivePlace: MatchEntity | null | undefined = undefined;
  demonymPlace: MatchEntity | null | undefined = undefined;
  /** `plainFold(word)`, the key gazetteer names match by. */
  plain: string | undefined = undefined;
  /** The folded word without an adjective ending, for adjectival form tokens. */
  adjectiveStem: string | undefined = undefined;
  /** The word without each inflection ending it has, folded, for inflected registry names. */
  inflectionStems: readonly { ending: string; folded: string }[] | undefined = undefined;
  /** The entities the parts of a hyphenated compound name, in part order ("IS-Kämpfer"). */
  compoundParts: readonly MatchEntity[] | undefined = undefined;

  // Discovery (discover.ts).
  /** The rules of `discoverNames` the word cues, as bits of `Cue`. */
  discoveryCues: number | undefined = undefined;

  // Surnames (recognise.ts).
  /** The folded forms the word can stand for as a surname word. */
  surnameKeys: readonly string[] | null | undefined = undefined;

  constructor(word: string) {
    this.word = word;
    this.lower = word.toLowerCase();
    this.folded = foldName(word);
    this.capitalised = isCapitalised(word);
    this.firstName = firstNames.has(this.lower);
    this.speechVerb = speechVerbs.has(this.lower);
  }
}

/** Bounds the memory of a long run; the records are rebuilt as words recur. */
const wordsLimit = 200_000;

/** The facts of a word, kept in `words`: one lookup, shared by every rule that asks about the word. */
export function factsOf(words: Map<string, WordFacts>, word: string): WordFacts {
  let facts = words.get(word);
  if (facts === undefined) {
    if (words.size >= wordsLimit) words.clear();
    facts = new WordFacts(word);
    words.set(word, facts);
  }
  return facts;
}
