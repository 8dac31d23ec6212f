import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRegistries, type RegistryFiles } from './registry.ts';

const read = (name: string) => readFileSync(new URL(`../../content/registry/${name}.yaml`, import.meta.url), 'utf8');
const files: RegistryFiles = { people: read('people'), places: read('places'), organisations: read('organisations'), outlets: read('outlets') };

describe('parseRegistries', () => {
  it('accepts the project registries and merges every country under the editors places', () => {
    const result = parseRegistries(files);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const names = result.value.places.map((place) => place.name);
    expect(names).toContain('Vereinigte Staaten');
    expect(names).toContain('Tadschikistan');
    expect(names).toContain('Kirgisistan');
    expect(names.filter((name) => name === 'Vereinigte Staaten')).toHaveLength(1);
  });

  it('lets the editors entry win over the gazetteer entry of the same name', () => {
    const result = parseRegistries(files);
    if (!result.ok) throw new Error('registries do not parse');
    const usa = result.value.places.find((place) => place.name === 'Vereinigte Staaten')!;
    expect(usa.adjectives).toContain('amerikanisch');
    expect(usa.lat).toBe(39.83);
  });

  it('carries the canonical names of the seed people, organisations and outlets', () => {
    const result = parseRegistries(files);
    if (!result.ok) throw new Error('registries do not parse');
    const people = result.value.people.map((person) => person.name);
    for (const name of ['Gulmurod Khalimov', 'Alon Ben-Meir', 'Pooja Jhunjhunwala', 'Nathan Sales', 'James Jeffrey', 'Donald Trump', 'Osama bin Laden', 'Binali Yıldırım', 'Didier Le Bret', 'Heiko Maas']) {
      expect(people).toContain(name);
    }
    expect(result.value.organisations.map((entry) => entry.name)).toContain('Islamischer Staat');
    expect(result.value.outlets.map((entry) => entry.name)).toEqual(expect.arrayContaining(['SOTT.net', 'Sputnik', 'News Front', 'Internetz-Zeitung', 'RND', 'dpa', 'Handelsblatt']));
  });

  it('names the registry file and the entry when an entry breaks the schema', () => {
    const result = parseRegistries({ ...files, places: '- name: Atlantis\n  kind: island\n  lat: 100\n  lon: 0\n' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.file).toBe('content/registry/places.yaml');
    expect(result.problems[0]!.message).toContain('"Atlantis"');
    expect(result.problems[0]!.stage).toBe('extract');
  });

  it('reports YAML that does not parse instead of throwing', () => {
    const result = parseRegistries({ ...files, people: '- name: [unclosed' });
    expect(result.ok).toBe(false);
  });

  it('warns when one spelling names two entries', () => {
    const result = parseRegistries({ ...files, people: '- name: Anna Muster\n  aliases: [Muster]\n- name: Bernd Muster\n  aliases: [Muster]\n' });
    expect(result.ok && result.warnings.some((warning) => warning.message.includes('"Muster"'))).toBe(true);
  });
});
