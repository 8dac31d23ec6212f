import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildArchiveModel } from '../lib/archive-model.ts';
import { assertSameEntries, contentDigest, fingerprintsOf } from '../lib/entry-files.ts';
import { positionCounter } from '../lib/batch.ts';
import { articleFileNames, computeArticleTexts, computeModel, partOf, readArticleEntries, readArticleFiles, readRegistryFiles, renderBodies } from './archive-build.ts';
import { renderArticleMarkdown } from './article-body.ts';
import { markdownToPlainText } from '../lib/article-text.ts';

const root = join(import.meta.dirname, '../..');
const articlesDir = join(root, 'content/articles');
const registryDir = join(root, 'content/registry');
const scratch = mkdtempSync(join(tmpdir(), 'archive-build-'));
const readArchiveFiles = (dir: string) => ({ entries: readArticleEntries(dir), registries: readRegistryFiles(registryDir) });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('readArticleEntries and readRegistryFiles', () => {
  test('reads every seed entry, in id order, and the registries', () => {
    const { entries, registries } = readArchiveFiles(articlesDir);
    expect(entries.map((entry) => `${entry.id}.md`)).toEqual(readdirSync(articlesDir).filter((name) => name.endsWith('.md')).sort());
    expect(registries.people.length).toBeGreaterThan(5);
    expect(registries.places.every((place) => typeof place.lat === 'number')).toBe(true);
  });

  test('names the file that breaks the schema', () => {
    const dir = join(scratch, 'broken');
    cpSync(articlesDir, dir, { recursive: true });
    writeFileSync(join(dir, 'kaputt.md'), '---\ntitle: Nur ein Titel\n---\nText\n');
    expect(() => readArchiveFiles(dir)).toThrow(/^kaputt\.md: /);
  });
});

describe('partOf and readArticleFiles', () => {
  test('split the files into even parts, in order, that together read every entry once', () => {
    const names = articleFileNames(articlesDir);
    const halves = [partOf(names, 0, 2), partOf(names, 1, 2)];
    expect(halves.flat()).toEqual(names);
    expect(halves[0]!.length - halves[1]!.length).toBe(names.length % 2);
    expect(halves.flatMap((half) => readArticleFiles(articlesDir, half))).toEqual(readArticleEntries(articlesDir));
    expect([0, 1, 2].map((part) => partOf(['a', 'b', 'c', 'd'], part, 3))).toEqual([['a', 'b'], ['c', 'd'], []]);
    expect(partOf([], 1, 2)).toEqual([]);
  });

  test('refuse a part that does not exist', () => {
    expect(() => partOf(['a'], 2, 2)).toThrow(/part 2 of 2/);
    expect(() => partOf(['a'], 0, 0)).toThrow(/part 0 of 0/);
  });
});

describe('computeModel and computeArticleTexts', () => {
  const { entries, registries } = readArchiveFiles(articlesDir);

  test('hand over a model that survives the copy to another thread unchanged', () => {
    const { model, fingerprints } = computeModel(entries, registries);
    expect(structuredClone(model)).toEqual(buildArchiveModel(entries, registries));
    expect([...fingerprints.keys()]).toEqual(entries.map((entry) => entry.id));
  });

  test('render each body as the article page renders it outside a build, and give each article its search terms', async () => {
    const texts = structuredClone(await computeArticleTexts(entries, registries));
    for (const entry of entries) {
      expect(texts.bodies.get(entry.id)).toEqual(await renderArticleMarkdown(entry.body ?? ''));
      expect(texts.bodies.get(entry.id)?.html).toMatch(/^<p>/);
      // The plain text of the .txt download, from the same parse as the HTML.
      expect(texts.bodies.get(entry.id)?.text).toBe(markdownToPlainText(entry.body ?? ''));
      expect(texts.searchTerms.get(entry.id)?.length, entry.id).toBeGreaterThan(0);
    }
  });
});

describe('renderBodies', () => {
  const { entries } = readArchiveFiles(articlesDir);

  test('two renderers sharing one counter render every body once between them', async () => {
    const { buffer } = positionCounter();
    // Two threads' shares, here interleaved on one thread: each claims from the same buffer.
    const [first, second] = await Promise.all([renderBodies(entries, positionCounter(buffer).take, 1), renderBodies(entries, positionCounter(buffer).take, 1)]);
    expect(first.size).toBeGreaterThan(0);
    expect(second.size).toBeGreaterThan(0);
    const ids = [...first.keys(), ...second.keys()];
    expect(ids.sort()).toEqual(entries.map((entry) => entry.id).sort());
    for (const entry of entries) expect(first.get(entry.id) ?? second.get(entry.id)).toEqual(await renderArticleMarkdown(entry.body ?? ''));
  });

  test('renders nothing once the counter is past the last entry', async () => {
    const counter = positionCounter();
    counter.take(entries.length);
    expect((await renderBodies(entries, counter.take)).size).toBe(0);
  });
});

describe('assertSameEntries', () => {
  const { entries } = readArchiveFiles(articlesDir);
  const collection = fingerprintsOf(entries);

  test('passes when the worker read the same entries', () => {
    expect(() => assertSameEntries(fingerprintsOf(structuredClone(entries)), collection)).not.toThrow();
  });

  test('names an entry that changed, is missing or is extra', () => {
    const [first, ...rest] = entries;
    // The file changed between the worker's reading and the collection's (its digest with it).
    const changed = fingerprintsOf([{ ...first!, digest: contentDigest('---\ntitle: Geändert\n---\nNachtrag.\n') }, ...rest]);
    expect(() => assertSameEntries(changed, collection)).toThrow(`entry "${first!.id}" differs from the one the worker computed from`);
    expect(() => assertSameEntries(fingerprintsOf(rest), collection)).toThrow(`entry "${first!.id}" is missing from what the worker computed`);
    const extra = fingerprintsOf([...entries, { ...first!, id: 'zusatz' }]);
    expect(() => assertSameEntries(extra, collection)).toThrow('the worker computed from entry "zusatz", which the content collection does not have');
  });
});
