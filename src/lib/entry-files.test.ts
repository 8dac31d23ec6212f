import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
// Astro's own frontmatter reader (what its glob loader uses), to hold ours against it.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { articleIdOf, contentDigest, entryFingerprint, parseArticleFile, parseRegistryFile, readEntryBody, splitFrontmatter } from './entry-files.ts';
import { personSchema } from './schema.ts';

const articlesDir = join(import.meta.dirname, '../../content/articles');
const seeds = readdirSync(articlesDir).filter((name) => name.endsWith('.md')).map((name) => ({ name, text: readFileSync(join(articlesDir, name), 'utf8') }));

describe('splitFrontmatter', () => {
  test('splits every seed entry as Astro does: the same frontmatter text and the same trimmed body', () => {
    expect(seeds).toHaveLength(5);
    for (const { name, text } of seeds) {
      const astro = parseFrontmatter(text);
      const ours = splitFrontmatter(text);
      expect(ours.frontmatter, name).toBe(astro.rawFrontmatter);
      expect(ours.body, name).toBe(astro.content.trim());
      expect(ours.body.length, name).toBeGreaterThan(500);
    }
  });

  test('agrees with Astro on files made to trip it: a byte-order mark, leading blank lines, fences in the body, no frontmatter', () => {
    const cases = [
      '\uFEFF---\ntitle: a\n---\n\nText\n',
      '\n\n---\ntitle: a\n---\nText\n\n---\n\nMore text after a rule\n',
      'No frontmatter at all\n---\nbut a rule\n',
      '---\ntitle: "---"\n---\nText with --- inside\n',
    ];
    for (const text of cases) {
      const astro = parseFrontmatter(text);
      const ours = splitFrontmatter(text);
      expect(ours.frontmatter, JSON.stringify(text)).toBe(astro.rawFrontmatter);
      expect(ours.body, JSON.stringify(text)).toBe(astro.content.trim());
    }
  });
});

describe('parseArticleFile', () => {
  test('reads a seed entry: its id from the file name, its checked frontmatter, its body', () => {
    const { name, text } = seeds[0]!;
    const entry = parseArticleFile(name, text);
    expect(entry.id).toBe(articleIdOf(name));
    expect(entry.id).not.toMatch(/\.md$/);
    expect(entry.data.title.length).toBeGreaterThan(10);
    expect(entry.data.people.length).toBeGreaterThan(0);
    expect(entry.body).toBe(splitFrontmatter(text).body);
    expect(entry.digest).toBe(contentDigest(text));
  });

  test('readEntryBody reads the same body from the file', () => {
    for (const { name, text } of seeds) expect(readEntryBody(join(articlesDir, name))).toBe(parseArticleFile(name, text).body);
  });

  test('names the file and the field when the frontmatter breaks the schema or is not YAML', () => {
    const { text } = seeds[0]!;
    expect(() => parseArticleFile('kaputt.md', text.replace(/^wordCount: \d+$/m, 'wordCount: viele'))).toThrow(/^kaputt\.md: wordCount: /);
    expect(() => parseArticleFile('kaputt.md', '---\ntitle: [unclosed\n---\nText\n')).toThrow(/^kaputt\.md: frontmatter is not valid YAML/);
    expect(() => parseArticleFile('leer.md', 'Nur Text\n')).toThrow(/^leer\.md: /);
  });
});

describe('parseRegistryFile', () => {
  test('gives each entry its name as id and checks it, naming the file and the entry when one is wrong', () => {
    expect(parseRegistryFile('- name: Alon Ben-Meir\n  aliases: [Ben-Meir]\n', 'people.yaml', personSchema))
      .toEqual([{ name: 'Alon Ben-Meir', aliases: ['Ben-Meir'] }]);
    expect(() => parseRegistryFile('- name: A\n  aliases: 3\n', 'people.yaml', personSchema)).toThrow(/^people\.yaml: entry "A": aliases: /);
    expect(() => parseRegistryFile('name: A\n', 'people.yaml', personSchema)).toThrow('registry: people.yaml must be a YAML list');
  });
});

describe('entryFingerprint', () => {
  test('changes with the id, any frontmatter value or the file (its body included), and only then', () => {
    const { name, text } = seeds[0]!;
    const entry = parseArticleFile(name, text);
    const fingerprint = entryFingerprint(entry);
    expect(entryFingerprint(structuredClone(entry))).toBe(fingerprint);
    // What the rendering thread has of the entry: no body, the digest the loader stored.
    expect(entryFingerprint({ id: entry.id, data: entry.data, digest: contentDigest(text) })).toBe(fingerprint);
    expect(entryFingerprint({ ...entry, id: 'anderes' })).not.toBe(fingerprint);
    expect(entryFingerprint(parseArticleFile(name, `${text}\nNachtrag.\n`))).not.toBe(fingerprint);
    expect(entryFingerprint({ ...entry, data: { ...entry.data, wordCount: entry.data.wordCount + 1 } })).not.toBe(fingerprint);
  });

  test('refuses an entry without the digest of its file', () => {
    const entry = parseArticleFile(seeds[0]!.name, seeds[0]!.text);
    expect(() => entryFingerprint({ id: entry.id, data: entry.data })).toThrow(`entryFingerprint: entry "${entry.id}" has no digest of its file`);
  });
});
