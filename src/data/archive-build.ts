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
import { fingerprintsOf, parseArticleFile, parseRegistryFile, type ArticleEntryFile } from '../lib/entry-files.ts';
import { positionCounter } from '../lib/batch.ts';
import type { z } from 'astro/zod';
import { registrySchemas, type RegistryName } from '../lib/schema.ts';
import { searchTermsFor, termSourceOf, type TermRegistries } from '../lib/search-terms.ts';
import { renderArticleMarkdown, type RenderedBody } from './article-body.ts';
import { withCountryGazetteer } from './country-gazetteer.ts';
import { loadCompoundSplitter } from './word-list.ts';

/** The archive model, and a fingerprint of each entry it was computed from. */
export interface ComputedModel {
  model: ArchiveModel;
  fingerprints: Map<string, string>;
}

/** Every article's body as HTML and plain text and its search terms, and a fingerprint of each entry they came from. */
export interface ArticleTexts {
  bodies: Map<string, RenderedBody>;
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

/** The entry files (`.md`) in `articlesDir`, sorted by name. */
export function articleFileNames(articlesDir: string): string[] {
  return readdirSync(articlesDir).filter((name) => name.endsWith('.md')).sort();
}

/** Reads and checks the entry files `names` in `articlesDir`, in id order. */
export function readArticleFiles(articlesDir: string, names: readonly string[]): ArticleEntryFile[] {
  return inIdOrder(names.map((name) => parseArticleFile(name, readFileSync(join(articlesDir, name), 'utf8'))));
}

/** Reads and checks every entry (`.md` file) in `articlesDir`, in id order. */
export function readArticleEntries(articlesDir: string): ArticleEntryFile[] {
  return readArticleFiles(articlesDir, articleFileNames(articlesDir));
}

/**
 * Part `part` of `count` parts of `names` (sorted), as even as can be and in order: threads that
 * each read one part and pass it to the others read every file once between them.
 */
export function partOf<T>(names: readonly T[], part: number, count: number): T[] {
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(part) || part < 0 || part >= count) {
    throw new Error(`partOf: part ${part} of ${count} does not exist`);
  }
  const size = Math.ceil(names.length / count);
  return names.slice(part * size, (part + 1) * size);
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
export function computeModel(entries: readonly ArticleEntryFile[], registries: RegistryInput): ComputedModel {
  return { model: buildArchiveModel(entries, registries), fingerprints: fingerprintsOf(entries) };
}

/** Bodies claimed at a time: few enough that two threads finish within a fraction of a second of each other. */
const bodiesPerClaim = 64;

/**
 * The bodies of `entries` (the same list, in the same order, on every thread) that this thread
 * claims from `take` (`positionCounter` in `batch.ts`), rendered (`renderArticleMarkdown`), until none
 * is left. Threads that render a share each finish when the last body is rendered, however long
 * their other work took.
 */
export async function renderBodies(entries: readonly EntryInput[], take: (count: number) => number, perClaim = bodiesPerClaim): Promise<Map<string, RenderedBody>> {
  const bodies = new Map<string, RenderedBody>();
  for (let start = take(perClaim); start < entries.length; start = take(perClaim)) {
    for (const entry of entries.slice(start, start + perClaim)) bodies.set(entry.id, await renderArticleMarkdown(entry.body ?? ''));
  }
  return bodies;
}

/** Every article's search terms (`searchTermsFor`), by id. */
export async function computeSearchTerms(entries: readonly EntryInput[], registries: RegistryInput): Promise<Map<string, string[]>> {
  const splitCompound = await loadCompoundSplitter();
  const termRegistries = termRegistriesOf(registries);
  return new Map(entries.map((entry) => [entry.id, searchTermsFor(termSourceOf(entry), splitCompound, termRegistries)]));
}

/** Every body of `entries` rendered, and every article's search terms, on this thread. */
export async function computeArticleTexts(entries: readonly ArticleEntryFile[], registries: RegistryInput): Promise<ArticleTexts> {
  const bodies = await renderBodies(entries, positionCounter().take);
  return { bodies, searchTerms: await computeSearchTerms(entries, registries), fingerprints: fingerprintsOf(entries) };
}
