/**
 * node scripts/bench/probes/search-terms.ts <articles folder> <registry folder> [count]
 *
 * Times `searchTermsFor` over the first `count` entries (default 4000), twice (the second round
 * with the compound splitter's memory warm), and prints a digest of all terms, so that a faster
 * version can be checked to give the same words.
 */
import { createHash } from 'node:crypto';
import { loadCompoundLexicon } from '../../../src/data/word-list.ts';
import { createCompoundSplitter, searchTermsFor, termSourceOf } from '../../../src/lib/search-terms.ts';
import { readArticleEntries, readRegistryFiles, termRegistriesOf } from '../../../src/data/archive-build.ts';

const [articlesDir, registryDir, count = '4000'] = process.argv.slice(2);
if (!articlesDir || !registryDir) throw new Error('usage: search-terms.ts <articles folder> <registry folder> [count]');
const entries = readArticleEntries(articlesDir).slice(0, Number(count));
const registries = termRegistriesOf(readRegistryFiles(registryDir));
const split = createCompoundSplitter(await loadCompoundLexicon());
const digest = createHash('sha1');
for (const round of [1, 2]) {
  const started = performance.now();
  for (const entry of entries) {
    const terms = searchTermsFor(termSourceOf(entry), split, registries);
    if (round === 1) digest.update(terms.join('\n'));
  }
  console.log(`round ${round}: ${(performance.now() - started).toFixed(0)} ms for ${entries.length} articles`);
}
console.log(`digest of the terms: ${digest.digest('hex')}`);
