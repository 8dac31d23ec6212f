/**
 * npm run bench:generate -- [--size 1000] [--seed 1] [--out .cache/bench/corpus-1000]
 *
 * Writes a synthetic corpus (sources, facts, registries, manifest) for looking at or for running
 * ingest by hand: `npm run ingest -- --sources DIR/sources --facts DIR/sources.yaml --registry DIR/registry --out DIR/articles`.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
  strict: true,
});
const count = Number(values.size);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('bench:generate: --size must be a positive integer and --seed an integer');
  process.exit(2);
}
const outDir = resolve(values.out ?? join(root, `.cache/bench/corpus-${count}`));
const manifest = await writeCorpus({ seed, count, outDir, seedDir: join(root, 'content/sources'), registryDir: join(root, 'content/registry') });
console.log(`bench:generate: ${manifest.articles} sources (${manifest.withFacts} with facts) in ${outDir}`);
console.log(`  common word "${manifest.commonWord.word}" in ${manifest.commonWord.texts} texts; rare word "${manifest.rareWord.word}" in ${manifest.rareWord.texts}`);
