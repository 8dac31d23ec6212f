import { existsSync, readdirSync } from 'node:fs';
import type { RegistryName } from './schema.ts';
import { defaultSearchShardSize, searchShardCount } from './search-shards.ts';

/**
 * Where the archive entries are, for the content config and the Astro config alike.
 * `ARCHIVE_CONTENT_DIR` points the build at another folder of ingested entries (the content-injection
 * test and the benchmarks build sites from other sources this way); the registries stay the
 * project's own.
 */
export function articlesDir(env: Record<string, string | undefined> = process.env): string {
  return env['ARCHIVE_CONTENT_DIR'] ?? './content/articles';
}

/** The curated registries' folder, relative to the project root (the registries are always the project's own). */
export const registryDir = './content/registry';

/** Path of a registry file, relative to the project root. */
export function registryFile(name: RegistryName): string {
  return `${registryDir}/${name}.yaml`;
}

/**
 * From this many entries on, Astro keeps the collections in chunks instead of one data-store file.
 * One file is written about five times faster (10,000 entries: 23 s against 108 s of content sync),
 * but it is one JavaScript string, and its limits (about 512 MiB, 16.7 million values for devalue)
 * fall at some 60,000 entries: at 100,000 even a bare site fails. At 10,000 entries the file is
 * 80 MiB.
 */
export const chunkedStorageFrom = 40_000;

/** Whether a collection of `entries` entries needs Astro's chunked storage. */
export function needsChunkedStorage(entries: number): boolean {
  return entries >= chunkedStorageFrom;
}

/**
 * Whether `astro build` computes the archive model, the article bodies' HTML and the search terms on
 * worker threads while the content syncs (`src/integrations/archive-model.ts`): below chunked
 * storage, where memory rather than time is the limit and more copies of every entry would cost
 * gigabytes, and unless `ARCHIVE_BUILD_WORKERS` is `off` (the tests build the site both ways and
 * compare).
 */
export function computesOffThread(entries: number, env: Record<string, string | undefined> = process.env): boolean {
  const setting = env['ARCHIVE_BUILD_WORKERS'];
  if (setting !== undefined && setting !== '' && setting !== 'on' && setting !== 'off') {
    throw new Error(`ARCHIVE_BUILD_WORKERS must be "on" or "off", not ${JSON.stringify(setting)}`);
  }
  return setting !== 'off' && !needsChunkedStorage(entries);
}

/**
 * Articles per shard of the search index (see `search-shards.ts`): `ARCHIVE_SEARCH_SHARD_SIZE`, a
 * positive whole number, or 25,000. The build reads it for the search page's list of shards and
 * `scripts/search-index.ts` for the shards it writes, so both must run with the same environment,
 * as `npm run build` runs them; tests set it small to build a sharded site from five articles.
 */
export function searchShardSize(env: Record<string, string | undefined> = process.env): number {
  const value = env['ARCHIVE_SEARCH_SHARD_SIZE'];
  if (value === undefined || value === '') return defaultSearchShardSize;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`ARCHIVE_SEARCH_SHARD_SIZE must be a positive whole number, not ${JSON.stringify(value)}`);
  return Number(value);
}

/**
 * Whether the search index is written after `astro build` has exited (`scripts/search-index.ts`)
 * rather than during it (`src/integrations/search-index.ts`): when it has more than one shard.
 * During the build, Pagefind's indexer parses pages on the second core while Astro renders, but
 * both hold their memory at once: at 100,000 articles Astro's process held 16 GiB and Pagefind's
 * 7 GiB while it wrote one index, and the machine's 24 GiB ran out. After the build only
 * Pagefind's is held, one shard at a time.
 */
export function indexesSearchAfterBuild(entries: number, shardSize: number): boolean {
  return searchShardCount(entries, shardSize) > 1;
}

/** How many entries (`.md` files) the folder holds; none when it does not exist. */
export function countEntries(dir: string): number {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.md')).length : 0;
}
