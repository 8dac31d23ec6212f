import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildCorpusInput, createRandom, createZipf, generatePeople, generateSource, generateSources, splitSeedProse,
  type CorpusInput,
} from './generate.ts';

const seedDir = join(import.meta.dirname, '../../content/sources');
const seedTexts = readdirSync(seedDir).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(join(seedDir, name), 'utf8'));

function corpusInput(seed: number): CorpusInput {
  return buildCorpusInput(seed, {
    seedTexts,
    people: ['Donald Trump', 'Nathan Sales'],
    places: ['Syrien', 'Irak', 'Washington', 'Berlin', 'Rakka', 'Tadschikistan'],
    organisations: ['Islamischer Staat', 'NATO', 'Vereinte Nationen'],
  }).input;
}

describe('createRandom', () => {
  it('returns the same sequence for the same seed and another for another seed', () => {
    const take = (seed: number) => { const random = createRandom(seed); return Array.from({ length: 5 }, random); };
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
    for (const value of take(3)) expect(value).toBeGreaterThanOrEqual(0), expect(value).toBeLessThan(1);
  });
});

describe('createZipf', () => {
  it('draws the item of rank k about 1/k as often as the first', () => {
    const items = Array.from({ length: 200 }, (_, index) => index);
    const draw = createZipf(items, 1);
    const random = createRandom(1);
    const counts = new Array<number>(items.length).fill(0);
    for (let n = 0; n < 200_000; n++) counts[draw(random)]!++;
    expect(counts[1]! / counts[0]!).toBeCloseTo(1 / 2, 1);
    expect(counts[9]! / counts[0]!).toBeCloseTo(1 / 10, 1);
    // A long tail: the last hundred ranks together still get a few percent of the draws.
    const tail = counts.slice(100).reduce((sum, count) => sum + count, 0) / 200_000;
    expect(tail).toBeGreaterThan(0.05);
    expect(tail).toBeLessThan(0.2);
  });
});

describe('splitSeedProse', () => {
  it('keeps whole sentences and leaves junk lines and abbreviations alone', () => {
    const prose = splitSeedProse(seedTexts);
    expect(prose.sentences.length).toBeGreaterThan(50);
    expect(prose.paragraphs.length).toBeGreaterThan(15);
    expect(prose.sentences.some((sentence) => sentence.endsWith(' Dr.'))).toBe(false);
    expect(prose.paragraphs.some((paragraph) => paragraph.includes('Teilen per'))).toBe(false);
  });
});

describe('generatePeople', () => {
  it('invents a few hundred distinct names, the same ones for the same seed', () => {
    const people = generatePeople(1, 300);
    expect(new Set(people.map((person) => person.name)).size).toBe(300);
    expect(generatePeople(1, 300)).toEqual(people);
    expect(generatePeople(2, 300)).not.toEqual(people);
  });
});

describe('generateSource', () => {
  it('gives the same text and facts for the same seed and index, whatever else is generated', () => {
    const input = corpusInput(42);
    const alone = generateSource(input, 17);
    const inRun = [...generateSources(corpusInput(42), 20)][17];
    expect(inRun).toEqual(alone);
    expect(generateSource(corpusInput(43), 17).text).not.toBe(alone.text);
  });

  it('gives most but not all texts editorial facts, with dates over fifteen years', () => {
    const sources = [...generateSources(corpusInput(5), 2000)];
    const share = sources.filter((source) => source.facts).length / sources.length;
    expect(share).toBeGreaterThan(0.8);
    expect(share).toBeLessThan(0.9);
    const years = new Set(sources.flatMap((source) => (source.facts?.date ? [source.facts.date.slice(0, 4)] : [])));
    expect([...years].sort()).toEqual(Array.from({ length: 15 }, (_, index) => String(2010 + index)));
  });

  it('names the frequent people far more often than the rare ones', () => {
    const { input } = buildCorpusInput(9, { seedTexts, people: [], places: ['Syrien', 'Irak'], organisations: ['NATO'] });
    const counts = new Map<string, number>();
    for (const source of generateSources(input, 2000)) {
      for (const person of source.people) counts.set(person, (counts.get(person) ?? 0) + 1);
    }
    const first = counts.get(input.people[0]!) ?? 0;
    const fiftieth = counts.get(input.people[49]!) ?? 0;
    expect(first).toBeGreaterThan(fiftieth * 10);
    expect(counts.size).toBeGreaterThan(150);
  });

  it('writes junk lines of several kinds around the prose', () => {
    const text = [...generateSources(corpusInput(3), 300)].map((source) => source.text).join('\n');
    for (const junk of ['Teilen per:', 'Lesen Sie auch:', 'Anzeige', 'Kommentare', 'Zur Startseite', '©', 'Quelle: ']) {
      expect(text).toContain(junk);
    }
  });
});
