/**
 * node scripts/bench/probes/model.ts <articles folder> <registry folder>
 *
 * Builds the archive model (`buildArchiveModel`) outside Astro and prints how long loading and
 * building took and the heap after each; e.g. on a benchmark corpus kept with `npm run bench --
 * --keep`: `.cache/bench/10000/site-1/content/articles` and `…/content/registry`.
 */
import { buildArchiveModel } from '../../../src/lib/archive-model.ts';
import { readArticleEntries, readRegistryFiles } from '../../../src/data/archive-build.ts';

const [articlesDir, registryDir] = process.argv.slice(2);
if (!articlesDir || !registryDir) throw new Error('usage: model.ts <articles folder> <registry folder>');
const heapMiB = () => (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0);
let started = performance.now();
const entries = readArticleEntries(articlesDir);
const registries = readRegistryFiles(registryDir);
console.log(`loaded ${entries.length} entries in ${((performance.now() - started) / 1000).toFixed(1)} s, heap ${heapMiB()} MiB`);
started = performance.now();
const model = buildArchiveModel(entries, registries);
console.log(`model in ${((performance.now() - started) / 1000).toFixed(1)} s, heap ${heapMiB()} MiB; ${model.articles.length} articles`);
