/**
 * Content collections: the archive entries written by ingest, and the curated registries. Both use
 * the one schema in `src/lib/schema.ts`, so an entry that passes ingest passes the site build.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import {
  articleSchema, organisationSchema, outletSchema, personSchema, placeSchema,
} from './lib/schema.ts';
import { articlesDir } from './lib/content-location.ts';

/** Registry files are YAML lists keyed by `name`; the loader wants an `id`, so the name is it. */
function registry(path: string) {
  return file(path, {
    parser: (text) => {
      const list: unknown = parseYaml(text) ?? [];
      if (!Array.isArray(list)) throw new Error(`registry: ${path} must be a YAML list`);
      return list.map((entry: Record<string, unknown>) => ({ id: String(entry['name']), ...entry }));
    },
  });
}

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: articlesDir() }),
  schema: articleSchema,
});

const people = defineCollection({ loader: registry('./content/registry/people.yaml'), schema: personSchema });
const places = defineCollection({ loader: registry('./content/registry/places.yaml'), schema: placeSchema });
const organisations = defineCollection({ loader: registry('./content/registry/organisations.yaml'), schema: organisationSchema });
const outlets = defineCollection({ loader: registry('./content/registry/outlets.yaml'), schema: outletSchema });

export const collections = { articles, people, places, organisations, outlets };
