/**
 * What the search terms cost at build time: reading the word list, and computing the terms of
 * every article, with the same functions the site build calls (`src/data/word-list.ts`,
 * `src/lib/search-terms.ts`), over the entries and registries on disk.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { loadCompoundLexicon } from '../../src/data/word-list.ts';
import {
  articleSchema, organisationSchema, outletSchema, personSchema, placeSchema,
} from '../../src/lib/schema.ts';
import { createCompoundSplitter, searchTermsFor, termSourceOf, type TermRegistries } from '../../src/lib/search-terms.ts';
import { withCountryGazetteer } from '../../src/data/country-gazetteer.ts';

export interface TermCost {
  articles: number;
  /** Added words over all articles. */
  terms: number;
  lexiconSeconds: number;
  termsSeconds: number;
}

async function readRegistry<T extends z.ZodType>(dir: string, name: string, schema: T): Promise<z.infer<T>[]> {
  const list: unknown = parse(await readFile(join(dir, `${name}.yaml`), 'utf8')) ?? [];
  if (!Array.isArray(list)) throw new Error(`measureTermCost: ${name}.yaml must be a YAML list`);
  return list.map((entry) => schema.parse(entry));
}

/** Splits an entry into its YAML frontmatter and Markdown body. */
function splitEntry(text: string, file: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`measureTermCost: ${file} has no frontmatter`);
  return { data: parse(match[1]!), body: match[2]! };
}

/** One entry on disk: its id (file name), frontmatter and Markdown body. */
export interface EntryOnDisk {
  id: string;
  data: z.infer<typeof articleSchema>;
  body: string;
}

/** The entries of `articlesDir`, by file name. */
export async function readEntries(articlesDir: string): Promise<EntryOnDisk[]> {
  const files = (await readdir(articlesDir)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(files.map(async (file) => {
    const { data, body } = splitEntry(await readFile(join(articlesDir, file), 'utf8'), file);
    return { id: file.replace(/\.md$/, ''), data: articleSchema.parse(data), body };
  }));
}

/** The registries as the site's collections hold them. */
export async function readRegistries(registryDir: string) {
  return {
    people: await readRegistry(registryDir, 'people', personSchema),
    places: await readRegistry(registryDir, 'places', placeSchema),
    organisations: await readRegistry(registryDir, 'organisations', organisationSchema),
    outlets: await readRegistry(registryDir, 'outlets', outletSchema),
  };
}

/** The registries as the site build reads them for search terms (gazetteer countries included). */
export async function readTermRegistries(registryDir: string): Promise<TermRegistries> {
  const registries = await readRegistries(registryDir);
  return { ...registries, places: withCountryGazetteer(registries.places) };
}

export async function measureTermCost(articlesDir: string, registryDir: string): Promise<TermCost> {
  const registries = await readTermRegistries(registryDir);
  const entries = await readEntries(articlesDir);

  let started = performance.now();
  const lexicon = await loadCompoundLexicon();
  const lexiconSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const splitCompound = createCompoundSplitter(lexicon);
  let terms = 0;
  for (const entry of entries) terms += searchTermsFor(termSourceOf(entry), splitCompound, registries).length;
  return { articles: entries.length, terms, lexiconSeconds, termsSeconds: (performance.now() - started) / 1000 };
}
