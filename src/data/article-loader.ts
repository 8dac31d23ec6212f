/**
 * The content loader of the articles: Astro's `glob()` for `*.md` in one folder, less the Markdown
 * rendering and the bodies. `glob()` renders every entry's body during the content sync, on the one
 * thread that then renders the pages (8 of the sync's 20 s at 10,000 articles), and keeps the body
 * in Astro's data store, which the build bundles into one module (25 MB of Markdown at 10,000
 * articles, 2.4 s of the bundling). This loader stores each entry's checked data, the digest of
 * its file (`contentDigest`) and the file's path; whoever needs a body reads it from the file
 * (`readEntryBody`): the build's worker threads, which render the bodies
 * (`src/integrations/archive-model.ts`), and `src/data/archive.ts`.
 * Ids and the frontmatter split follow `glob()` (`src/lib/entry-files.ts`); an unchanged file
 * (same digest) is kept from the cache as `glob()` keeps it; in `astro dev` a changed, added or
 * removed file updates its entry.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleIdOf, contentDigest, readEntryFile } from '../lib/entry-files.ts';

export function articleLoader(dir: string): Loader {
  return {
    name: 'nachrichtenarchiv:articles',
    load: async ({ config, store, parseData, watcher, logger }: LoaderContext) => {
      const root = fileURLToPath(config.root);
      const folder = resolve(root, dir);

      /** Reads one file into the store; returns its id. */
      async function syncFile(path: string): Promise<string> {
        const id = articleIdOf(basename(path));
        const contents = readFileSync(path, 'utf8');
        const digest = contentDigest(contents);
        if (store.get(id)?.digest === digest) return id;
        const { raw } = readEntryFile(path, contents);
        const data = await parseData({ id, data: raw, filePath: path });
        store.set({ id, data, digest, filePath: relative(root, path) });
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
