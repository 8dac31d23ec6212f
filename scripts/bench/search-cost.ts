/**
 * What the search terms cost at build time: reading the word list, and computing the terms of
 * every article, with the same functions the site build calls (`src/data/word-list.ts`,
 * `src/lib/search-terms.ts`), over the entries and registries on disk as the build's workers read
 * them (`src/data/archive-build.ts`).
 */
import { readArticleEntries, readRegistryFiles, termRegistriesOf } from '../../src/data/archive-build.ts';
import { loadCompoundLexicon } from '../../src/data/word-list.ts';
import { createCompoundSplitter, searchTermsFor, termSourceOf } from '../../src/lib/search-terms.ts';

export interface TermCost {
  articles: number;
  /** Added words over all articles. */
  terms: number;
  lexiconSeconds: number;
  termsSeconds: number;
}

export async function measureTermCost(articlesDir: string, registryDir: string): Promise<TermCost> {
  const registries = termRegistriesOf(readRegistryFiles(registryDir));
  const entries = readArticleEntries(articlesDir);

  let started = performance.now();
  const lexicon = await loadCompoundLexicon();
  const lexiconSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const splitCompound = createCompoundSplitter(lexicon);
  let terms = 0;
  for (const entry of entries) terms += searchTermsFor(termSourceOf(entry), splitCompound, registries).length;
  return { articles: entries.length, terms, lexiconSeconds, termsSeconds: (performance.now() - started) / 1000 };
}
