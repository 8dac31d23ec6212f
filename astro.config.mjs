// @ts-check
/**
 * Astro configuration of the archive site. Search is Pagefind, indexed while the pages are rendered
 * (`src/integrations/search-index.ts`); nothing here loads anything from a third party.
 */
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { archiveModel } from './src/integrations/archive-model.ts';
import { downloadFiles } from './src/integrations/download-files.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { articlesDir, computesOffThread, countEntries, indexesSearchAfterBuild, needsChunkedStorage, searchShardSize } from './src/lib/content-location.ts';

const articleCount = countEntries(articlesDir());
// An index in more than one shard is written after the build (scripts/search-index.ts).
const indexesDuringBuild = !indexesSearchAfterBuild(articleCount, searchShardSize());

export default defineConfig({
  // Where the archive is published; canonical links and the sitemap use it.
  site: process.env.SITE_URL ?? 'https://nachrichtenarchiv.example',
  trailingSlash: 'always',
  // Lossless compression instead of Astro 7's 'jsx' default: 'jsx' removes whitespace between
  // inline elements, which glues words together for readers and for Pagefind's index.
  compressHTML: true,
  // Eight pages in flight: while one page's files are written, the next renders. At 10,000
  // articles this took the build from 137 to 111 s (`npm run bench`; Astro's default is 1).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  devToolbar: { enabled: false },
  // The benchmark's scratch sites (hundreds of thousands of files) live in .cache/; `astro dev`
  // would try to watch them all.
  vite: {
    server: { watch: { ignored: ['**/.cache/**'] } },
    // Every script as a file, none inlined into the pages: the site's one CSP (src/lib/content-security-policy.ts)
    // then allows scripts from the site alone, without a hash per page.
    build: { assetsInlineLimit: 0 },
  },
  // Chunked storage only where one data-store file cannot be written (see content-location.ts).
  experimental: needsChunkedStorage(articleCount) ? { collectionStorage: 'chunked' } : {},
  integrations: [
    // The model, the articles and their search documents on worker threads while Astro syncs the
    // content (see content-location.ts); the documents go to the search index built during the build.
    archiveModel({ offThread: computesOffThread(articleCount), articlesDir: articlesDir(), feedsSearchIndex: indexesDuringBuild }),
    sitemap(),
    searchIndex({ duringBuild: indexesDuringBuild }),
    downloadFiles(),
  ],
});
