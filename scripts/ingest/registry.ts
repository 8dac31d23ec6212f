/**
 * Registry loading: parses the four curated YAML files, validates every entry against the shared
 * schema and merges a country gazetteer (from the `world-countries` package) under the editors'
 * places. Pure: the read stage reads the files and passes their text in.
 */
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { describeSchemaIssues, registrySchemas as schemas } from '../../src/lib/schema.ts';
import { withCountryGazetteer } from '../../src/data/country-gazetteer.ts';
import type { Problem, Registries, StageResult } from './types.ts';

export { buildCountryGazetteer, withCountryGazetteer } from '../../src/data/country-gazetteer.ts';

/** The texts of `people.yaml`, `places.yaml`, `organisations.yaml` and `outlets.yaml`. */
export interface RegistryFiles {
  people: string;
  places: string;
  organisations: string;
  outlets: string;
}

type RegistryKey = keyof RegistryFiles;

const collator = new Intl.Collator('de');

function parseOne<K extends RegistryKey>(
  key: K,
  text: string,
  problems: Problem[],
  warnings: Problem[],
  sourceName: string,
): z.infer<(typeof schemas)[K]>[] {
  const file = `${sourceName}/${key}.yaml`;
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    problems.push({ file, stage: 'extract', severity: 'error', message: `parseRegistries: YAML does not parse: ${(error as Error).message}` });
    return [];
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) {
    problems.push({ file, stage: 'extract', severity: 'error', message: 'parseRegistries: the file must hold a YAML list of entries' });
    return [];
  }
  const entries: z.infer<(typeof schemas)[K]>[] = [];
  const seen = new Set<string>();
  data.forEach((raw, index) => {
    const label = typeof raw?.name === 'string' ? `entry ${index + 1} "${raw.name}"` : `entry ${index + 1}`;
    const result = schemas[key].safeParse(raw);
    if (!result.success) {
      problems.push({ file, stage: 'extract', severity: 'error', message: `parseRegistries: ${label}: ${describeSchemaIssues(result.error, '(entry)')}` });
      return;
    }
    if (seen.has(result.data.name)) {
      problems.push({ file, stage: 'extract', severity: 'error', message: `parseRegistries: ${label}: the name is used by an earlier entry` });
      return;
    }
    seen.add(result.data.name);
    entries.push(result.data as z.infer<(typeof schemas)[K]>);
  });
  // A form shared by two entries makes matching ambiguous; the first entry keeps it.
  const owner = new Map<string, string>();
  for (const entry of entries) {
    for (const form of [entry.name, ...entry.aliases]) {
      const previous = owner.get(form);
      if (previous && previous !== entry.name) {
        warnings.push({ file, stage: 'extract', severity: 'warning', message: `parseRegistries: "${form}" names both "${previous}" and "${entry.name}"` });
      } else owner.set(form, entry.name);
    }
  }
  return entries;
}

/**
 * Parses and validates the four registries and merges the country gazetteer under the places.
 *
 * @param files the YAML texts of the four registry files
 * @param sourceName folder named in problems (default `content/registry`)
 * @returns the registries sorted by German collation, or every problem found; a form shared by two
 *   entries is a warning
 */
export function parseRegistries(files: RegistryFiles, sourceName = 'content/registry'): StageResult<Registries> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const people = parseOne('people', files.people, problems, warnings, sourceName);
  const editorPlaces = parseOne('places', files.places, problems, warnings, sourceName);
  const organisations = parseOne('organisations', files.organisations, problems, warnings, sourceName);
  const outlets = parseOne('outlets', files.outlets, problems, warnings, sourceName);
  if (problems.length > 0) return { ok: false, problems };

  const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
  return {
    ok: true,
    value: {
      people: [...people].sort(byName),
      places: withCountryGazetteer(editorPlaces).sort(byName),
      organisations: [...organisations].sort(byName),
      outlets: [...outlets].sort(byName),
    },
    warnings,
  };
}
