/**
 * The archive's content files read the way Astro's loaders read them, for code that reads them
 * without Astro: the build's worker thread builds the archive model from the files while Astro syncs
 * the same files into its content layer (`src/integrations/archive-model.ts`). Ids, the frontmatter
 * split and the body follow Astro's glob loader and Markdown entry type; the content config uses the
 * same id and registry functions, and the rendering thread compares both readings entry by entry
 * (`entryFingerprint`) before it uses the worker's model.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { articleSchema, describeSchemaIssues, type ArticleFrontmatter } from './schema.ts';

/** The id of the entry in file `fileName` (`000-76ed7095f0a0894c.md`): the name without `.md`. */
export function articleIdOf(fileName: string): string {
  return fileName.replace(/\.md$/, '');
}

/** Astro's frontmatter fence (`@astrojs/internal-helpers`): `---` lines at the start of the file. */
const frontmatterPattern = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/**
 * The YAML between the fences and the Markdown body after them, trimmed as Astro trims it; no
 * frontmatter when the file has no fences.
 */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const match = frontmatterPattern.exec(text);
  if (!match) return { frontmatter: '', body: text.trim() };
  const frontmatter = match[1]!;
  return { frontmatter, body: text.replace(`---${frontmatter}---`, '').trim() };
}

/**
 * One entry file's frontmatter as YAML data (unchecked) and its body. The frontmatter is read with
 * js-yaml, as Astro reads it (and seven times faster than the `yaml` package: 1.0 against 6.8 s for
 * 10,000 entries). `path` names the file in an error.
 */
export function readEntryFile(path: string, text: string): { raw: Record<string, unknown>; body: string } {
  const { frontmatter, body } = splitFrontmatter(text);
  let raw: unknown;
  try {
    raw = jsYaml.load(frontmatter);
  } catch (error) {
    throw new Error(`${path}: frontmatter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { raw: (raw ?? {}) as Record<string, unknown>, body };
}

/** The Markdown body of the entry file at `path`, as `readEntryFile` splits it. */
export function readEntryBody(path: string): string {
  return splitFrontmatter(readFileSync(path, 'utf8')).body;
}

/**
 * A digest of an entry file's whole text: the articles' loader keeps it as the entry's `digest`
 * (its cache key), and code that reads the file itself computes the same one from the same bytes.
 */
export function contentDigest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** An article entry as read from its file: the digest is that of the file's whole text (`contentDigest`). */
export interface ArticleEntryFile {
  id: string;
  data: ArticleFrontmatter;
  body: string;
  digest: string;
}

/** One entry file: its id, its frontmatter checked against the article schema, its body and digest. */
export function parseArticleFile(fileName: string, text: string): ArticleEntryFile {
  const { raw, body } = readEntryFile(fileName, text);
  const parsed = articleSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${fileName}: ${describeSchemaIssues(parsed.error, '(frontmatter)')}`);
  return { id: articleIdOf(fileName), data: parsed.data, body, digest: contentDigest(text) };
}

/**
 * A registry file (`content/registry/people.yaml`): a YAML list of entries keyed by `name`. Each
 * gets an `id`, its name, because Astro's file loader wants one.
 */
export function parseRegistryList(text: string, path: string): Record<string, unknown>[] {
  const list: unknown = parseYaml(text) ?? [];
  if (!Array.isArray(list)) throw new Error(`registry: ${path} must be a YAML list`);
  return list.map((entry: Record<string, unknown>) => ({ id: String(entry['name']), ...entry }));
}

/** A registry file's entries checked against `schema`; a problem names the file and the entry. */
export function parseRegistryFile<T>(text: string, path: string, schema: z.ZodType<T>): T[] {
  return parseRegistryList(text, path).map((entry) => {
    const parsed = schema.safeParse(entry);
    if (!parsed.success) throw new Error(`${path}: entry "${String(entry['id'])}": ${describeSchemaIssues(parsed.error, '(entry)')}`);
    return parsed.data;
  });
}

/** What identifies an entry as read: its id, its checked frontmatter and the digest of its file's text. */
export interface FingerprintInput {
  id: string;
  data: unknown;
  /** Astro types a stored entry's digest as a string or a number; this loader's is a string. */
  digest?: string | number | undefined;
}

/**
 * A digest of an entry as read: equal fingerprints, same file read to the same data. The body is
 * in it through the file's digest, so the rendering thread, which keeps no bodies, can compare.
 */
export function entryFingerprint({ id, data, digest }: FingerprintInput): string {
  if (digest === undefined) throw new Error(`entryFingerprint: entry "${id}" has no digest of its file`);
  return createHash('sha1').update(JSON.stringify([id, data, String(digest)])).digest('base64');
}

/** Each entry's fingerprint, by id. */
export function fingerprintsOf(entries: readonly FingerprintInput[]): Map<string, string> {
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
