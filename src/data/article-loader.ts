/**
 * The content loader of the articles: Astro's `glob()` for `*.md` in one folder, less the Markdown
 * rendering. `glob()` renders every entry's body during the content sync, on the one thread that
 * then renders the pages (8 of the sync's 20 s at 10,000 articles); this loader stores each entry's
 * checked data and its body only, and the article page renders the body with the same processor
 * (`src/data/article-body.ts`): during `astro build` on a worker thread while the content syncs.
 * Ids and the frontmatter split follow `glob()` (`src/lib/entry-files.ts`); an unchanged file
 * (same digest) is kept from the cache as `glob()` keeps it; in `astro dev` a changed, added or
 * removed file updates its entry.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleIdOf, readEntryFile } from '../lib/entry-files.ts';

export function articleLoader(dir: string): Loader {
  return {
    name: 'nachrichtenarchiv:articles',
    load: async ({ config, store, parseData, generateDigest, watcher, logger }: LoaderContext) => {
      const root = fileURLToPath(config.root);
      const folder = resolve(root, dir);

      /** Reads one file into the store; returns its id. */
      async function syncFile(path: string): Promise<string> {
        const id = articleIdOf(basename(path));
        const contents = readFileSync(path, 'utf8');
        const digest = generateDigest(contents);
        if (store.get(id)?.digest === digest) return id;
        const { raw, body } = readEntryFile(path, contents);
        const data = await parseData({ id, data: raw, filePath: path });
        store.set({ id, data, body, digest, filePath: relative(root, path) });
        return id;
      }

      const kept = new Set<string>();
      for (const name of readdirSync(folder).filter((candidate) => candidate.endsWith('.md'))) kept.add(await syncFile(join(folder, name)));
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);

      if (!watcher) return;
      watcher.add(folder);
      const isEntry = (path: string) => resolve(path).startsWith(folder) && path.endsWith('.md');
      const onChange = async (path: string) => {
        if (!isEntry(path)) return;
        try {
          await syncFile(path);
          logger.info(`reloaded ${relative(root, path)}`);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path) => {
        if (isEntry(path)) store.delete(articleIdOf(basename(path)));
      });
    },
  };
}
