import { existsSync, readdirSync } from 'node:fs';

/**
 * Where the archive entries are, for the content config and the Astro config alike.
 * `ARCHIVE_CONTENT_DIR` points the build at another folder of ingested entries (the content-injection
 * test and the benchmarks build sites from other sources this way); the registries stay the
 * project's own.
 */
export function articlesDir(env: Record<string, string | undefined> = process.env): string {
  return env['ARCHIVE_CONTENT_DIR'] ?? './content/articles';
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
 * From this many entries on, the search index is written after `astro build` has exited
 * (`scripts/search-index.ts`), not during it (`src/integrations/search-index.ts`). During the
 * build, Pagefind's indexer parses pages on the second core while Astro renders, but both hold
 * their memory at once: at 100,000 articles Astro's process held 16 GiB and Pagefind's 7 GiB while
 * it wrote the index, and the machine's 24 GiB ran out. After the build only Pagefind's is held.
 */
export const searchIndexAfterBuildFrom = 40_000;

/** Whether an archive of `entries` articles gets its search index after the build. */
export function indexesSearchAfterBuild(entries: number): boolean {
  return entries >= searchIndexAfterBuildFrom;
}

/** How many entries (`.md` files) the folder holds; none when it does not exist. */
export function countEntries(dir: string): number {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.md')).length : 0;
}
