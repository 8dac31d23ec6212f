/**
 * The German word list for splitting compounds: the Hunspell dictionary of the `dictionary-de`
 * package (igerman98, GPL-2.0 or GPL-3.0), read once per process. It is used at build time only;
 * nothing of it is published but the parts of the archive's own words.
 */
import { buildCompoundLexicon, type CompoundLexicon } from '../lib/hunspell-lexicon.ts';
import { createCompoundSplitter, type CompoundSplitter } from '../lib/search-terms.ts';

let lexicon: Promise<CompoundLexicon> | undefined;
let splitter: Promise<CompoundSplitter> | undefined;

/** The compound lexicon, built on first use (about a second) and kept for the rest of the build. */
export function loadCompoundLexicon(): Promise<CompoundLexicon> {
  lexicon ??= import('dictionary-de').then(({ default: dictionary }) => {
    const decoder = new TextDecoder('utf-8');
    return buildCompoundLexicon(decoder.decode(dictionary.aff), decoder.decode(dictionary.dic));
  });
  return lexicon;
}

/** A compound splitter over the word list that remembers its words for the rest of the build. */
export function loadCompoundSplitter(): Promise<CompoundSplitter> {
  splitter ??= loadCompoundLexicon().then(createCompoundSplitter);
  return splitter;
}
