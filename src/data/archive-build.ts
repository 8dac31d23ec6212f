/**
 * What the site computes from all entries at once, or for every article: the archive model, each
 * article's body as HTML and its search terms. `archive.ts` computes them on the rendering thread from the
 * content collections (in `astro dev`, or past the size where the build keeps a second copy of the
 * entries); during `astro build` worker threads compute them from the files instead, while Astro
 * syncs the same files (`src/integrations/archive-model.ts`). Both run the same functions here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchiveModel, type ArchiveModel, type EntryInput, type RegistryInput } from '../lib/archive-model.ts';
import { entryFingerprint, parseArticleFile, parseRegistryFile } from '../lib/entry-files.ts';
import type { z } from 'astro/zod';
import { registrySchemas, type RegistryName } from '../lib/schema.ts';
import { searchTermsFor, termSourceOf, type TermRegistries } from '../lib/search-terms.ts';
import { renderArticleMarkdown } from './article-body.ts';
import { withCountryGazetteer } from './country-gazetteer.ts';
import { loadCompoundSplitter } from './word-list.ts';

/** The archive model, and a fingerprint of each entry it was computed from. */
export interface ComputedModel {
  model: ArchiveModel;
  fingerprints: Map<string, string>;
}

/** Every article's body as HTML and its search terms, and a fingerprint of each entry they came from. */
export interface ArticleTexts {
  bodyHtml: Map<string, string>;
  searchTerms: Map<string, string[]>;
  fingerprints: Map<string, string>;
}

/** The registries as search terms use them: ingest recognises the gazetteer's countries too. */
export function termRegistriesOf(registries: RegistryInput): TermRegistries {
  return { ...registries, places: withCountryGazetteer(registries.places) };
}

/** Entries in id order, so that the model never depends on the order files were listed in. */
export function inIdOrder<T extends { id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Reads and checks every entry (`.md` file) in `articlesDir`, in id order. */
export function readArticleEntries(articlesDir: string): EntryInput[] {
  const names = readdirSync(articlesDir).filter((name) => name.endsWith('.md'));
  return inIdOrder(names.map((name) => parseArticleFile(name, readFileSync(join(articlesDir, name), 'utf8'))));
}

/** Reads and checks the four registries in `registryDir` (`people.yaml`, …), as the content collections hold them. */
export function readRegistryFiles(registryDir: string): RegistryInput {
  const registry = <T>(name: RegistryName, schema: z.ZodType<T>) => {
    const path = join(registryDir, `${name}.yaml`);
    return parseRegistryFile(readFileSync(path, 'utf8'), path, schema);
  };
  return {
    people: registry('people', registrySchemas.people),
    places: registry('places', registrySchemas.places),
    organisations: registry('organisations', registrySchemas.organisations),
    outlets: registry('outlets', registrySchemas.outlets),
  };
}

/** The archive model from `entries` (in id order) and the registries. */
export function computeModel(entries: readonly EntryInput[], registries: RegistryInput): ComputedModel {
  return { model: buildArchiveModel(entries, registries), fingerprints: fingerprintsOf(entries) };
}

/** Every body of `entries` rendered to HTML (`renderArticleMarkdown`), and every article's search terms. */
export async function computeArticleTexts(entries: readonly EntryInput[], registries: RegistryInput): Promise<ArticleTexts> {
  const bodyHtml = new Map<string, string>();
  for (const entry of entries) bodyHtml.set(entry.id, await renderArticleMarkdown(entry.body ?? ''));
  const splitCompound = await loadCompoundSplitter();
  const termRegistries = termRegistriesOf(registries);
  const searchTerms = new Map(entries.map((entry) => [entry.id, searchTermsFor(termSourceOf(entry), splitCompound, termRegistries)]));
  return { bodyHtml, searchTerms, fingerprints: fingerprintsOf(entries) };
}

/** Each entry's fingerprint, by id. */
export function fingerprintsOf(entries: readonly EntryInput[]): Map<string, string> {
  return new Map(entries.map((entry) => [entry.id, entryFingerprint(entry)]));
}

/**
 * Throws unless `computedFrom` (fingerprints of the entries a result was computed from) matches
 * `collection` (those of the content collection's entries) one for one, naming the first entry that
 * differs, is missing or is extra.
 */
export function assertSameEntries(computedFrom: ReadonlyMap<string, string>, collection: ReadonlyMap<string, string>): void {
  for (const [id, fingerprint] of collection) {
    const theirs = computedFrom.get(id);
    if (theirs === undefined) throw new Error(`entry "${id}" is missing from what the worker computed`);
    if (theirs !== fingerprint) throw new Error(`entry "${id}" differs from the one the worker computed from`);
  }
  for (const id of computedFrom.keys()) {
    if (!collection.has(id)) throw new Error(`the worker computed from entry "${id}", which the content collection does not have`);
  }
}
