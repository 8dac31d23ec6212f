/**
 * read: the first stage, and one of the two that touch the disk. Lists and reads the raw sources,
 * the editorial facts and the registries. Problems in the facts file are reported per entry, so one
 * bad entry costs only its own source its facts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { sourceFactsSchema } from '../../src/lib/schema.ts';
import { parseYaml } from './parse-yaml.ts';
import { parseRegistries, type RegistryFiles } from './registry.ts';
import type { Problem, RawSource, Registries, SourceFacts, StageResult } from './types.ts';

const collator = new Intl.Collator('de', { numeric: true });

/** The `.txt` files of a sources folder, sorted; anything else there is reported and left alone. */
export function listSources(dir: string): { files: string[]; problems: Problem[] } {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { files: [], problems: [{ file: dir, stage: 'read', severity: 'error', message: 'the sources folder does not exist' }] };
  }
  const problems: Problem[] = [];
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) files.push(entry.name);
    else problems.push({ file: join(dir, entry.name), stage: 'read', severity: 'warning', message: 'ignored: not a .txt file' });
  }
  return { files: files.sort(collator.compare), problems };
}

/** Reads one source's bytes. */
export function readSource(dir: string, file: string): StageResult<RawSource> {
  try {
    return { ok: true, value: { file, bytes: readFileSync(join(dir, file)) }, warnings: [] };
  } catch (error) {
    return { ok: false, problems: [{ file, stage: 'read', severity: 'error', message: `cannot be read: ${(error as Error).message}` }] };
  }
}

/** Facts per source file; entries that fail the schema are reported and left out. */
export interface FactsFile {
  facts: Map<string, SourceFacts>;
  /** Source files whose facts entry was invalid: they must not be ingested without their facts. */
  invalid: Set<string>;
  problems: Problem[];
}

/** Parses the text of `sources.yaml`; `path` names it in problems. Pure. */
export function parseFacts(text: string, path: string): FactsFile {
  const facts = new Map<string, SourceFacts>();
  const invalid = new Set<string>();
  const problems: Problem[] = [];
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    problems.push({ file: path, stage: 'read', severity: 'error', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return { facts, invalid, problems };
  }
  if (data === null || data === undefined) return { facts, invalid, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file: path, stage: 'read', severity: 'error', message: 'must map source file names to their facts' });
    return { facts, invalid, problems };
  }
  for (const [file, value] of Object.entries(data)) {
    const parsed = sourceFactsSchema.safeParse(value);
    if (parsed.success) {
      facts.set(file, parsed.data);
      continue;
    }
    invalid.add(file);
    for (const issue of parsed.error.issues) {
      problems.push({ file: `${path} → ${file}`, stage: 'read', severity: 'error', message: `${issue.path.join('.') || 'entry'}: ${issue.message}` });
    }
  }
  return { facts, invalid, problems };
}

/** Reads the facts file if there is one; a missing file means no facts. */
export function readFacts(path: string | undefined): FactsFile {
  const text = readFactsText(path);
  return text === undefined ? { facts: new Map(), invalid: new Set(), problems: [] } : parseFacts(text, path!);
}

/** The text of the facts file, or undefined when there is none (no facts). */
export function readFactsText(path: string | undefined): string | undefined {
  return path && existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Reads the four registry files of a folder (missing ones count as empty) and parses them. */
export function readRegistries(dir: string): StageResult<Registries> {
  const read = (name: keyof RegistryFiles) => {
    const path = join(dir, `${name}.yaml`);
    return existsSync(path) ? readFileSync(path, 'utf8') : '';
  };
  return parseRegistries(
    { people: read('people'), places: read('places'), organisations: read('organisations'), outlets: read('outlets') },
    basename(dir) === 'registry' ? dir : `${dir}`,
  );
}
