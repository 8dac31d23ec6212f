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
