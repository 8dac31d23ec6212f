/**
 * The archive's own site in a scratch folder, over other content: the project's `src/`, `public/`,
 * Astro config and registries of a synthetic corpus, with `node_modules` shared through a symlink.
 * Used by the scale benchmark (`run.ts`) and the search benchmark's synthetic run
 * (`scripts/bench-search.ts --corpus synthetic`). The project's own files are never changed.
 */
import { cpSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Options of Astro's for large collections that `run.ts --variant` tries on the scratch copy. */
export type SiteVariant = 'chunked';
export const siteVariants: readonly SiteVariant[] = ['chunked'];

const root = resolve(import.meta.dirname, '../..');

/**
 * node_modules is shared through a symlink, so Astro's and Vite's caches (both under node_modules
 * by default) would be shared with the project and between runs: each build gets its own, empty
 * ones, through `bench.config.mjs`, which wraps the project's config.
 */
export function privateCacheConfig(variants: ReadonlySet<SiteVariant> = new Set()): string {
  return `import config from './astro.config.mjs';
export default {
  ...config,
  cacheDir: './.astro-cache',
  vite: { ...config.vite, cacheDir: './.vite-cache' },${variants.has('chunked') ? "\n  experimental: { ...config.experimental, collectionStorage: 'chunked' }," : ''}
};
`;
}

/**
 * Copies the archive's site into `dir` with the registries of `registryDir`; ingest writes the
 * articles to `dir/content/articles`. Build it with `astro build --config bench.config.mjs` and
 * nothing else: the build writes the Pagefind index too.
 */
export function prepareScratchSite(dir: string, registryDir: string, variants: ReadonlySet<SiteVariant> = new Set()): void {
  mkdirSync(join(dir, 'content'), { recursive: true });
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(root, name))) cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  cpSync(registryDir, join(dir, 'content/registry'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'bench.config.mjs'), privateCacheConfig(variants));
}

/** One command of the scratch build, for `runStep`. */
export interface ScratchStep {
  label: string;
  name: string;
  command: string;
  args: string[];
  cwd: string;
  /** Output lines worth echoing while it runs. */
  progress?: RegExp;
}

/**
 * The archive's pipeline over a corpus written by `writeCorpus` into `corpusDir`, for the site
 * prepared in `siteDir`: ingest (into `siteDir/content/articles`), then astro build, which writes the
 * Pagefind index as it renders.
 */
export function scratchBuildSteps(corpusDir: string, siteDir: string, reviewFile: string): ScratchStep[] {
  const node = process.execPath;
  return [
    {
      label: 'ingest', name: 'ingest', command: node, cwd: root,
      args: [
        join(root, 'scripts/ingest.ts'),
        '--sources', join(corpusDir, 'sources'), '--facts', join(corpusDir, 'sources.yaml'), '--registry', join(corpusDir, 'registry'),
        '--out', join(siteDir, 'content/articles'), '--review', reviewFile,
      ],
      progress: /^ingest: \d+\/\d+ sources|^ingest: \d+ sources/,
    },
    { label: 'astro build', name: 'astro build', command: node, args: [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', 'bench.config.mjs'], cwd: siteDir },
    // The rest of `npm run build`: writes the search index here only past one shard of it (indexesSearchAfterBuild).
    { label: 'search index', name: 'search index', command: node, args: [join(root, 'scripts/search-index.ts')], cwd: siteDir },
  ];
}
