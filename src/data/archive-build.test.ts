import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildArchiveModel } from '../lib/archive-model.ts';
import { assertSameEntries, contentDigest, fingerprintsOf } from '../lib/entry-files.ts';
import { positionCounter } from '../lib/batch.ts';
import { articleFileNames, computeModel, computeSearchTerms, makeArticles, partOf, readArticleEntries, readArticleFiles, readRegistryFiles } from './archive-build.ts';
import { articleElementHtml, elementViewOf } from '../lib/article-element.ts';
import type { SearchDocument } from '../lib/build-sinks.ts';
import { articleSearchDocument } from '../lib/search-document.ts';
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

describe('computeModel, computeSearchTerms and makeArticles on one thread', () => {
  const { entries, registries } = readArchiveFiles(articlesDir);

  test('hand over a model that survives the copy to another thread unchanged', () => {
    const { model, fingerprints } = computeModel(entries, registries);
    expect(structuredClone(model)).toEqual(buildArchiveModel(entries, registries));
    expect([...fingerprints.keys()]).toEqual(entries.map((entry) => entry.id));
  });

  test('render each body as the article page renders it outside a build, and give each article its search terms and element', async () => {
    const { model } = computeModel(entries, registries);
    const searchTerms = structuredClone(await computeSearchTerms(entries, registries));
    const texts = structuredClone(makeArticles(model.articles.map(elementViewOf), new Map(entries.map((entry) => [entry.id, entry])), searchTerms, positionCounter().take, undefined));
    const views = new Map(buildArchiveModel(entries, registries).articles.map((view) => [view.id, view]));
    for (const entry of entries) {
      const body = renderArticleMarkdown(entry.body ?? '');
      expect(texts.elements.get(entry.id)).toBe(articleElementHtml(views.get(entry.id)!, body.html, searchTerms.get(entry.id)!));
      expect(texts.bodies.get(entry.id)).toEqual(renderArticleMarkdown(entry.body ?? ''));
      expect(texts.bodies.get(entry.id)?.html).toMatch(/^<p>/);
      // The plain text of the .txt download, from the same parse as the HTML.
      expect(texts.bodies.get(entry.id)?.text).toBe(markdownToPlainText(entry.body ?? ''));
      expect(searchTerms.get(entry.id)?.length, entry.id).toBeGreaterThan(0);
    }
  });
});

const seeds = readArchiveFiles(articlesDir);
const seedSearchTerms = await computeSearchTerms(seeds.entries, seeds.registries);

describe('makeArticles', () => {
  const { entries, registries } = seeds;
  const views = computeModel(entries, registries).model.articles.map(elementViewOf);
  const entriesById = new Map(entries.map((entry) => [entry.id, entry]));
  const searchTerms = seedSearchTerms;

  test('two makers sharing one counter make every article once between them and send each run of documents with its position', async () => {
    const { buffer } = positionCounter();
    const runs = new Map<number, SearchDocument[]>();
    const send = (start: number, documents: SearchDocument[]) => {
      expect(runs.has(start), `run at ${start} sent twice`).toBe(false);
      runs.set(start, documents);
    };
    // Two threads' shares, one after the other on one thread: the first makes two runs of one
    // article and stops as a thread would that finds the counter past the end; the second, with
    // runs of two, makes the rest from the same buffer.
    const shared = positionCounter(buffer).take;
    let claims = 0;
    const first = makeArticles(views, entriesById, searchTerms, (count) => (++claims <= 2 ? shared(count) : views.length), send, 1);
    const second = makeArticles(views, entriesById, searchTerms, positionCounter(buffer).take, send, 2);
    expect(first.bodies.size).toBe(2);
    expect(first.bodies.size).toBeGreaterThan(0);
    expect(second.bodies.size).toBeGreaterThan(0);
    expect([...first.bodies.keys(), ...second.bodies.keys()].sort()).toEqual(entries.map((entry) => entry.id));
    // The runs, put in order of position, are every article's document in the archive's order.
    const documents = [...runs.entries()].sort(([a], [b]) => a - b).flatMap(([, run]) => run);
    expect(documents.map((document) => document.url)).toEqual(views.map((view) => view.path));
    for (const [index, view] of views.entries()) {
      const body = renderArticleMarkdown(entriesById.get(view.id)!.body ?? '');
      const made = first.bodies.has(view.id) ? first : second;
      expect(made.bodies.get(view.id)).toEqual(body);
      expect(made.elements.get(view.id)).toBe(articleElementHtml(view, body.html, searchTerms.get(view.id)!));
      expect(documents[index]!.html).toBe(articleSearchDocument(made.elements.get(view.id)!));
    }
  });

  test('makes nothing once the counter is past the last article', () => {
    const counter = positionCounter();
    counter.take(views.length);
    const made = makeArticles(views, entriesById, searchTerms, counter.take, () => expect.unreachable('a document was sent'));
    expect([made.bodies.size, made.elements.size]).toEqual([0, 0]);
  });

  test('names an article that has no entry or no search terms', () => {
    const [view] = views;
    expect(() => makeArticles(views, new Map(), searchTerms, positionCounter().take, undefined)).toThrow(`makeArticles: article "${view!.id}" has no entry`);
    expect(() => makeArticles(views, entriesById, new Map(), positionCounter().take, undefined)).toThrow(`makeArticles: article "${view!.id}" has no search terms`);
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
