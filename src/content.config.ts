/**
 * Content collections: the archive entries written by ingest, and the curated registries. Both use
 * the one schema in `src/lib/schema.ts`, so an entry that passes ingest passes the site build.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articleSchema, registrySchemas, type RegistryName } from './lib/schema.ts';
import { articlesDir, registryFile } from './lib/content-location.ts';
import { articleLoader } from './data/article-loader.ts';
import { parseRegistryList } from './lib/entry-files.ts';

/** Registry files are YAML lists keyed by `name`; the loader wants an `id`, so the name is it. */
function registry(name: RegistryName) {
  const path = registryFile(name);
  return file(path, { parser: (text) => parseRegistryList(text, path) });
}

const articles = defineCollection({
  // glob() for *.md less the Markdown rendering, which the site does (src/data/article-loader.ts).
  loader: articleLoader(articlesDir()),
  schema: articleSchema,
});

const people = defineCollection({ loader: registry('people'), schema: registrySchemas.people });
const places = defineCollection({ loader: registry('places'), schema: registrySchemas.places });
const organisations = defineCollection({ loader: registry('organisations'), schema: registrySchemas.organisations });
const outlets = defineCollection({ loader: registry('outlets'), schema: registrySchemas.outlets });

export const collections = { articles, people, places, organisations, outlets };
