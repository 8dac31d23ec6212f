/**
 * Test data pushed through the real schema, so tests break when the schema and the site drift
 * apart. Each factory takes overrides for the fields a test cares about.
 */
import {
  articleSchema, organisationSchema, outletSchema, personSchema, placeSchema,
  type ArticleFrontmatter, type Organisation, type Outlet, type Person, type Place,
} from '../schema.ts';
import type { EntryInput } from '../archive-model.ts';

const hex = (char: string) => char.repeat(64);

/** Frontmatter of a valid article, like the RND/dpa seed 001. */
export function makeFrontmatter(overrides: Partial<ArticleFrontmatter> = {}): ArticleFrontmatter {
  return articleSchema.parse({
    title: 'USA fordern Bündnis zur weltweiten Bekämpfung der Terrormiliz IS',
    titleBasis: 'url-slug',
    dateline: 'Washington',
    outlet: 'RND',
    origins: ['dpa'],
    credits: ['Von RND/dpa'],
    date: '2019-08-02',
    datePrecision: 'day',
    dateBasis: 'estimated',
    people: [{ name: 'Nathan Sales', mentions: 7 }, { name: 'Donald Trump', mentions: 1 }],
    places: [{ name: 'Syrien', mentions: 7 }, { name: 'Westeuropa', mentions: 1, adjectiveOnly: true }],
    organisations: [{ name: 'Islamischer Staat', mentions: 9 }],
    captions: [],
    wordCount: 512,
    editorNotes: [],
    sameStory: [],
    sourceFile: '001_ffc1f06195f87f2c.txt',
    sourceSha256: hex('a'),
    generatedSha256: hex('b'),
    ...overrides,
  });
}

/** An entry as the content layer hands it over. */
export function makeEntry(id: string, overrides: Partial<ArticleFrontmatter> = {}, body = 'Erster Absatz.\n\n## Zwischentitel\n\nZweiter Absatz.'): EntryInput {
  return { id, data: makeFrontmatter({ sourceFile: `${id.replace('-', '_')}.txt`, ...overrides }), body };
}

export function makePerson(overrides: Partial<Person> = {}): Person {
  return personSchema.parse({ name: 'Nathan Sales', description: 'US-Koordinator für Terrorismusbekämpfung', ...overrides });
}

export function makePlace(overrides: Partial<Place> = {}): Place {
  return placeSchema.parse({ name: 'Syrien', kind: 'country', lat: 34.8, lon: 38.99, ...overrides });
}

export function makeOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return organisationSchema.parse({ name: 'Islamischer Staat', ...overrides });
}

export function makeOutlet(overrides: Partial<Outlet> = {}): Outlet {
  return outletSchema.parse({ name: 'dpa', kind: 'agency', description: 'Deutsche Presse-Agentur', ...overrides });
}
