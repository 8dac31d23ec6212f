/**
 * The build's two worker threads, started as `astro build` starts them: each reads half the entry
 * files and passes them to the other, so both compute from every entry; a broken file fails both,
 * named, instead of leaving one waiting for the other's half.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, afterEach, expect, test } from 'vitest';
import type { MessagePort } from 'node:worker_threads';
import { articleTextsHandoff, computedModelHandoff, receiveDocumentsInOrder, searchDocumentPortsHandoff, type SearchDocument } from '../lib/build-sinks.ts';
import { articleSearchDocument } from '../lib/search-document.ts';
import { fingerprintsOf } from '../lib/entry-files.ts';
import { computeModel, readArticleEntries, readRegistryFiles } from '../data/archive-build.ts';
import { archiveModel } from './archive-model.ts';

const root = join(import.meta.dirname, '../..');
const articlesDir = join(root, 'content/articles');
const scratch = mkdtempSync(join(tmpdir(), 'archive-model-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => {
  searchDocumentPortsHandoff.set(undefined);
  computedModelHandoff.set(undefined);
  articleTextsHandoff.set(undefined);
});

const logged: string[] = [];
const logger = { info: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;

/** Every search document the workers send over `ports`, put in order of position, once each port has sent its last. */
async function documentsFrom(ports: readonly MessagePort[]): Promise<SearchDocument[]> {
  const documents: SearchDocument[] = [];
  await receiveDocumentsInOrder(ports, (run) => documents.push(...run));
  return documents;
}

/** Starts the workers over `dir` as the build's `astro:config:setup` hook does. */
function startWorkers(dir: string, feedsSearchIndex = true) {
  const hook = archiveModel({ offThread: true, articlesDir: dir, feedsSearchIndex }).hooks['astro:config:setup'] as (options: unknown) => void;
  hook({ command: 'build', config: { root: pathToFileURL(`${root}/`) }, logger });
  const ports = searchDocumentPortsHandoff.get();
  return { model: computedModelHandoff.get()!(), texts: articleTextsHandoff.get()!(), documents: ports && documentsFrom(ports) };
}

test('the workers compute from every entry, half of them read by each, and send every search document', async () => {
  const { model, texts, documents } = startWorkers(articlesDir);
  const entries = readArticleEntries(articlesDir);
  const expected = computeModel(entries, readRegistryFiles(join(root, 'content/registry')));
  const computed = await model;
  expect(computed.fingerprints).toEqual(fingerprintsOf(entries));
  expect(computed.model).toEqual(expected.model);
  const { bodies, elements } = await texts;
  expect([...bodies.keys()].sort()).toEqual(entries.map((entry) => entry.id));
  expect([...elements.keys()].sort()).toEqual(entries.map((entry) => entry.id));
  // In the archive's order, each made from the element its page renders.
  expect(await documents).toEqual(computed.model.articles.map((article) => ({ url: article.path, html: articleSearchDocument(elements.get(article.id)!) })));
});

test('without a search index to feed, the workers make no documents and offer no ports', async () => {
  const { texts, documents } = startWorkers(articlesDir, false);
  expect(documents).toBeUndefined();
  expect((await texts).elements.size).toBe(readArticleEntries(articlesDir).length);
});

test('a broken entry file fails both workers with its name, in either half', async () => {
  for (const name of ['000-aaaa.md', 'zzz-kaputt.md']) {
    const dir = join(scratch, name);
    cpSync(articlesDir, dir, { recursive: true });
    writeFileSync(join(dir, name), '---\ntitle: Nur ein Titel\n---\nText\n');
    const { model, texts } = startWorkers(dir);
    await Promise.all([expect(model).rejects.toThrow(name), expect(texts).rejects.toThrow(name)]);
  }
});
