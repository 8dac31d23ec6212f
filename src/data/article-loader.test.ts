import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { afterAll, expect, test } from 'vitest';
import { contentDigest, readEntryBody } from '../lib/entry-files.ts';
import { articleSchema } from '../lib/schema.ts';
import { articleLoader } from './article-loader.ts';

const seedsDir = join(import.meta.dirname, '../../content/articles');
const root = mkdtempSync(join(tmpdir(), 'article-loader-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Stored { id: string; data: Record<string, unknown>; body?: string; digest?: string; filePath?: string; rendered?: unknown }

/**
 * What the loader uses of Astro's loader context, over a Map: the store as Astro's content layer
 * keeps it between syncs, the schema check as `parseData` runs it. Counts the checks.
 */
function context(store: Map<string, Stored>) {
  const parsed: string[] = [];
  const value = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Stored) => { store.set(entry.id, entry); return true; },
      delete: (id: string) => { store.delete(id); },
      keys: () => [...store.keys()],
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => { parsed.push(id); return articleSchema.parse(data); },
    generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
    logger: { info: () => {}, error: () => {} },
  };
  return { context: value as unknown as LoaderContext, parsed };
}

test('stores every entry with its checked data as Astro reads it, the digest of its file and its path, and neither body nor HTML', async () => {
  cpSync(seedsDir, join(root, 'articles'), { recursive: true });
  const store = new Map<string, Stored>();
  await articleLoader('articles').load(context(store).context);
  const names = readdirSync(seedsDir).filter((name) => name.endsWith('.md'));
  expect([...store.keys()].sort()).toEqual(names.map((name) => name.replace(/\.md$/, '')).sort());
  for (const name of names) {
    const entry = store.get(name.replace(/\.md$/, ''))!;
    const astro = parseFrontmatter(readFileSync(join(seedsDir, name), 'utf8'));
    expect(entry.body).toBeUndefined();
    expect(entry.digest).toBe(contentDigest(readFileSync(join(seedsDir, name), 'utf8')));
    // The body the site reads from the file is the one Astro's reading gives.
    expect(readEntryBody(join(root, entry.filePath!))).toBe(astro.content.trim());
    expect(entry.data).toEqual(articleSchema.parse(astro.frontmatter));
    expect(entry.filePath).toBe(join('articles', name));
    expect(entry.rendered).toBeUndefined();
  }
});

test('keeps unchanged entries without checking them again, rereads a changed one and drops a removed one', async () => {
  const store = new Map<string, Stored>();
  await articleLoader('articles').load(context(store).context);
  const [first, second] = readdirSync(join(root, 'articles')).sort();
  const changedPath = join(root, 'articles', first!);
  writeFileSync(changedPath, readFileSync(changedPath, 'utf8').replace(/\n$/, '\n\nNachtrag der Redaktion.\n'));
  rmSync(join(root, 'articles', second!));

  const again = context(store);
  await articleLoader('articles').load(again.context);
  expect(again.parsed).toEqual([first!.replace(/\.md$/, '')]);
  expect(store.get(first!.replace(/\.md$/, ''))?.digest).toBe(contentDigest(readFileSync(changedPath, 'utf8')));
  expect(store.has(second!.replace(/\.md$/, ''))).toBe(false);
  expect(store.size).toBe(4);
});

test('names the file when an entry breaks the schema', async () => {
  writeFileSync(join(root, 'articles', 'kaputt.md'), '---\ntitle: [unclosed\n---\nText\n');
  await expect(articleLoader('articles').load(context(new Map()).context)).rejects.toThrow(/kaputt\.md: frontmatter is not valid YAML/);
});
