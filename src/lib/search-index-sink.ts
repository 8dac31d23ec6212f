/**
 * The meeting point of the search-index integration (`src/integrations/search-index.ts`), which owns
 * the Pagefind index during `astro build`, and the middleware (`src/middleware.ts`), which hands it
 * each article page as it is rendered. Both run in the one build process; a global symbol joins
 * them because Astro bundles the middleware apart from the integration. No sink outside a build.
 */

/** Takes a rendered page for the search index. */
export interface SearchIndexSink {
  add(url: string, html: string): void;
}

const sinkKey = Symbol.for('nachrichtenarchiv.search-index-sink');
type WithSink = typeof globalThis & { [sinkKey]?: SearchIndexSink | undefined };

export function setSearchIndexSink(sink: SearchIndexSink | undefined): void {
  (globalThis as WithSink)[sinkKey] = sink;
}

export function searchIndexSink(): SearchIndexSink | undefined {
  return (globalThis as WithSink)[sinkKey];
}
