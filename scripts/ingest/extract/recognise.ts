/**
 * Mention-level recogniser: runs every rule over a list of text blocks (one article, or one
 * sentence of an evaluation corpus) and returns spans with character offsets. `extractEntities`
 * counts these spans; `scripts/eval-germeval.ts` scores them.
 */
import { foldName, isAcronym, isCapitalised } from './fold.ts';
import { discoverNames } from './discover.ts';
import { firstNames, frequentWords, functionWords, isRoleNoun, looksLikeCommonWord, looksLikeCompoundNoun, nameParticles } from './lexicon.ts';
import { factsOfTokens, matchDerivedForms, matchRegistryNames, type Matcher } from './match-registry.ts';
import type { WordFacts } from './word-facts.ts';
import type { Mention, MentionCandidate } from './mention.ts';
import { tokenize, type Token } from './tokenize.ts';

export interface Recognition {
  mentions: Mention[];
  candidates: MentionCandidate[];
}

/** The words that stand for a person on their own after a full mention ("Sales", "Le Bret"). */
function surnameOf(name: string): string[] | undefined {
  const words = tokenize(name).filter((token) => token.word).map((token) => token.text);
  if (words.length < 2) return undefined;
  const beforeLast = words.at(-2)!;
  if (words.length >= 3 && nameParticles.has(beforeLast.toLowerCase())) return words.slice(-2);
  return [words.at(-1)!];
}

const surnameSuffixes = ['s', "'s", '’s', "'", '’'];

/**
 * The folded words a token can stand for as a surname word: itself, or itself without a genitive
 * ending ("Sales'", "Trumps"). Undefined when the token cannot be part of a surname at all.
 */
function surnameKeys(token: Token): string[] | undefined {
  if (!token.word || !isCapitalised(token.text) && !nameParticles.has(token.text.toLowerCase())) return undefined;
  const keys = [foldName(token.text)];
  for (const suffix of surnameSuffixes) if (token.text.endsWith(suffix)) keys.push(foldName(token.text.slice(0, -suffix.length)));
  return keys;
}

/** `surnameKeys` of a word token, kept in its facts. */
function surnameKeysOf(token: Token, facts: WordFacts): readonly string[] | null {
  if (facts.surnameKeys === undefined) facts.surnameKeys = surnameKeys(token) ?? null;
  return facts.surnameKeys;
}

function surnameWordMatches(token: Token, facts: WordFacts | undefined, word: string): boolean {
  return (facts && surnameKeysOf(token, facts)?.includes(foldName(word))) ?? false;
}

/** A text block as the rules share it: its tokens, which of them a mention took, and their word facts. */
interface PreparedBlock {
  text: string;
  tokens: Token[];
  consumed: boolean[];
  facts: (WordFacts | undefined)[];
}

/** A surname of a person of the text; the lower its rank, the earlier it is tried. */
interface SurnameEntry {
  words: string[];
  name: string;
  rank: number;
}

/**
 * People named by surname alone after a full mention anywhere in the blocks count toward the full
 * name. A surname shared by two people of the text stays unmatched.
 */
function matchSurnames(blocks: PreparedBlock[], people: Set<string>): Mention[] {
  const bySurname = new Map<string, { words: string[]; name: string } | null>();
  for (const name of people) {
    const words = surnameOf(name);
    if (!words) continue;
    const key = words.map(foldName).join(' ');
    bySurname.set(key, bySurname.has(key) && bySurname.get(key)?.name !== name ? null : { words, name });
  }
  // The surnames by their folded first word, each with its rank: the first surname in `bySurname`
  // order that matches at a token wins.
  const byFirstWord = new Map<string, SurnameEntry[]>();
  let rank = 0;
  for (const entry of bySurname.values()) {
    rank += 1;
    if (!entry) continue;
    const key = foldName(entry.words[0]!);
    byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), { ...entry, rank }]);
  }
  const mentions: Mention[] = [];
  if (byFirstWord.size === 0) return mentions;
  blocks.forEach(({ tokens, text, consumed, facts }, block) => {
    tokens.forEach((token, index) => {
      if (consumed[index] || !token.word) return;
      const keys = surnameKeysOf(token, facts[index]!);
      if (!keys) return;
      // Most words open no surname: the list of candidates is built only for those that do.
      let entries: SurnameEntry[] | undefined;
      for (const key of keys) {
        const opened = byFirstWord.get(key);
        if (opened) (entries ??= []).push(...opened);
      }
      if (!entries) return;
      if (keys.length > 1) entries = [...new Set(entries)].sort((a, b) => a.rank - b.rank);
      for (const entry of entries) {
        const count = entry.words.length;
        let ok = index + count <= tokens.length;
        for (let offset = 1; ok && offset < count; offset += 1) {
          ok = !consumed[index + offset] && surnameWordMatches(tokens[index + offset]!, facts[index + offset], entry.words[offset]!);
        }
        if (!ok) continue;
        for (let offset = 0; offset < count; offset += 1) consumed[index + offset] = true;
        const start = token.start;
        const end = tokens[index + count - 1]!.end;
        mentions.push({ block, start, end, text: text.slice(start, end), type: 'PER', form: 'name', name: entry.name, rule: 'surname' });
        break;
      }
    });
  });
  return mentions;
}

/** True for a capitalised token that can be a first or middle name before a surname. */
function canOpenName(token: Token | undefined, consumed: boolean): boolean {
  if (!token?.word || consumed || !isCapitalised(token.text) || isAcronym(token.text) || token.text.includes('-') && !firstNames.has(token.text.toLowerCase())) return false;
  const lower = token.text.toLowerCase();
  if (functionWords.has(lower) || isRoleNoun(token.text)) return false;
  if (firstNames.has(lower)) return true;
  return !looksLikeCommonWord(token.text) && !looksLikeCompoundNoun(token.text) && !frequentWords.has(lower) && !/\d/.test(token.text);
}

/**
 * Joins people found by one word after a cue ("sagte Aasheim", "Oberst Khalimow") to their full
 * name: a longer name of the text that ends in the word, or else one or two capitalised words right
 * before the word elsewhere in the text ("Der Norweger Sindre Aasheim"), which need not be known
 * first names but must not be function words, role nouns, place words or ordinary nouns. The
 * occurrence of the full name becomes a mention of its own. A word that finds no full name stays
 * a person span, marked `surnameOnly`.
 */
function resolveSurnames(blocks: PreparedBlock[], mentions: Mention[]): Mention[] {
  const single = mentions.filter((mention) => mention.type === 'PER' && mention.form === 'name' && (mention.rule === 'role-cue' || mention.rule === 'speech-cue') && !/\s/.test(mention.name));
  if (single.length === 0) return [];
  const longer = [...new Set(mentions.filter((mention) => mention.type === 'PER' && mention.form === 'name' && /\s/.test(mention.name)).map((mention) => mention.name))];
  const added: Mention[] = [];
  const resolved = new Map<string, string | undefined>();
  for (const mention of single) {
    const key = foldName(mention.name);
    if (!resolved.has(key)) {
      const owners = longer.filter((name) => foldName(name.split(/\s+/).at(-1)!) === key);
      let full: string | undefined = owners.length === 1 ? owners[0] : undefined;
      if (!full && owners.length === 0) {
        const found = new Set<string>();
        blocks.forEach(({ tokens, text, consumed, facts }, block) => {
          tokens.forEach((token, index) => {
            if (consumed[index] || !token.word || facts[index]!.folded !== key) return;
            let start = index;
            while (start > 0 && index - start < 2 && tokens[start - 1]!.end + 1 === tokens[start]!.start && canOpenName(tokens[start - 1], consumed[start - 1]!)) start -= 1;
            if (start === index) return;
            const name = text.slice(tokens[start]!.start, token.end);
            found.add(name);
            for (let at = start; at <= index; at += 1) consumed[at] = true;
            added.push({ block, start: tokens[start]!.start, end: token.end, text: name, type: 'PER', form: 'name', name, rule: 'full-name' });
          });
        });
        if (found.size === 1) full = [...found][0];
      }
      resolved.set(key, full);
    }
    const full = resolved.get(key);
    if (full) mention.name = full;
    else mention.surnameOnly = true;
  }
  return added;
}

/**
 * Recognises person, place, organisation and other-name mentions in text blocks.
 * Order: registry and gazetteer names (longest first), compounds, adjectives and demonyms, cue-based
 * discovery, full names for one-word people found by a cue, then surnames of the people found. A token belongs to at most one outer mention.
 *
 * @param blocks texts read as separate paragraphs; offsets in the result refer to these strings
 * @param matcher registries prepared by `buildMatcher`
 * @returns mentions in block and offset order, and held-back candidates
 */
export function recogniseMentions(blocks: readonly string[], matcher: Matcher): Recognition {
  const prepared = blocks.map((text): PreparedBlock => {
    const tokens = tokenize(text);
    return { text, tokens, consumed: new Array<boolean>(tokens.length).fill(false), facts: factsOfTokens(tokens, matcher) };
  });
  const mentions: Mention[] = [];
  const candidates: MentionCandidate[] = [];
  prepared.forEach(({ text, tokens, consumed, facts }, block) => {
    mentions.push(...matchRegistryNames(tokens, matcher, block, consumed, text, facts));
    mentions.push(...matchDerivedForms(tokens, matcher, block, consumed, facts));
  });
  prepared.forEach(({ text, tokens, consumed, facts }, block) => {
    const found = discoverNames(tokens, text, block, consumed, facts);
    mentions.push(...found.mentions);
    candidates.push(...found.candidates);
  });
  mentions.push(...resolveSurnames(prepared, mentions));
  const people = new Set(mentions.filter((mention) => mention.type === 'PER' && mention.form === 'name' && !mention.surnameOnly).map((mention) => mention.name));
  mentions.push(...matchSurnames(prepared, people));
  mentions.sort((a, b) => a.block - b.block || a.start - b.start || Number(a.inner ?? false) - Number(b.inner ?? false));
  // A candidate whose words ended up in a mention is settled.
  const settled = new Set(mentions.map((mention) => `${mention.block}:${mention.text}`));
  return { mentions, candidates: candidates.filter((candidate) => !settled.has(`${candidate.block}:${candidate.name}`)) };
}
