/**
 * Loads ingested entries and registries the way the site's collections would, outside Astro, for
 * the probes in this folder: frontmatter parsed with `yaml` and checked with the shared schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import type { EntryInput } from '../../../src/lib/archive-model.ts';
import { articleSchema, organisationSchema, outletSchema, personSchema, placeSchema } from '../../../src/lib/schema.ts';

export function loadEntries(articlesDir: string, limit = Infinity): EntryInput[] {
  return readdirSync(articlesDir).filter((name) => name.endsWith('.md')).slice(0, limit).map((name) => {
    const text = readFileSync(join(articlesDir, name), 'utf8');
    const end = text.indexOf('\n---\n', 4);
    if (!text.startsWith('---\n') || end < 0) throw new Error(`${name}: no frontmatter`);
    return { id: name.replace(/\.md$/, ''), data: articleSchema.parse(parse(text.slice(4, end))), body: text.slice(end + 5) };
  });
}

export function loadRegistries(registryDir: string) {
  const read = <T extends z.ZodType>(file: string, schema: T): z.infer<T>[] =>
    (parse(readFileSync(join(registryDir, file), 'utf8')) as unknown[]).map((entry) => schema.parse(entry));
  return {
    people: read('people.yaml', personSchema),
    places: read('places.yaml', placeSchema),
    organisations: read('organisations.yaml', organisationSchema),
    outlets: read('outlets.yaml', outletSchema),
  };
}
