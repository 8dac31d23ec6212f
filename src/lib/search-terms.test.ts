import { describe, expect, it } from 'vitest';
import type { CompoundLexicon } from './hunspell-lexicon.ts';
import {
  createCompoundSplitter, entityNames, nameVariants, searchTermsFor, wordsOf, type TermRegistries, type TermSource,
} from './search-terms.ts';
import { organisationSchema, outletSchema, personSchema, placeSchema } from './schema.ts';

const lexicon: CompoundLexicon = {
  modifiers: new Set(['terror', 'terrorismus', 'außen', 'regierungs']),
  heads: new Set(['miliz', 'bekämpfung', 'ministerium', 'ministeriums', 'netz']),
  known: new Set(),
};
const split = createCompoundSplitter(lexicon);

/** Registries pushed through the real schema, as the site loads them. */
const registries: TermRegistries = {
  people: [
    personSchema.parse({ name: 'Gulmurod Khalimov', aliases: ['Gulmurod Chalimow', 'Khalimow'] }),
    personSchema.parse({ name: 'Binali Yıldırım', aliases: ['Binali Yildirim'] }),
    personSchema.parse({ name: 'Angela Merkel', aliases: ['Merkel'] }),
  ],
  places: [
    placeSchema.parse({ name: 'Türkei', aliases: ['Turkey', 'Republik Türkei', 'Türkiye'], kind: 'country', lat: 39, lon: 35 }),
    placeSchema.parse({ name: 'Vereinigtes Königreich', aliases: ['United Kingdom', 'UK'], kind: 'country', lat: 54, lon: -2 }),
  ],
  organisations: [
    organisationSchema.parse({ name: 'Islamischer Staat', aliases: ['IS', 'ISIS', 'Daesh', 'Islamischer Staat im Irak und in Syrien'] }),
  ],
  outlets: [outletSchema.parse({ name: 'SOTT.net', aliases: ['Signs of the Times'] })],
};

function source(overrides: Partial<TermSource> = {}): TermSource {
  return { texts: [], people: [], places: [], organisations: [], media: [], ...overrides };
}

describe('wordsOf', () => {
  it('keeps hyphenated words whole and drops punctuation', () => {
    expect(wordsOf('Die Anti-IS-Koalition („Terrormiliz“) – 15.000 Kämpfer.')).toEqual(['Die', 'Anti-IS-Koalition', 'Terrormiliz', '15', '000', 'Kämpfer']);
  });
});

describe('nameVariants', () => {
  it('gives the -ow/-ov and Kh/Ch spellings of a transliterated name, alone and together', () => {
    expect(nameVariants('Gulmurod Khalimov')).toEqual(expect.arrayContaining(['Khalimow', 'Chalimov', 'Chalimow']));
  });

  it('writes the dotless i as i and sch as sh', () => {
    expect(nameVariants('Binali Yıldırım')).toContain('Yildirim');
    expect(nameVariants('Baschar al-Assad')).toContain('Bashar');
  });

  it('writes every w of a Russian name as v, and every v as w', () => {
    expect(nameVariants('Yasemin Iwanowa')).toContain('Ivanova');
    expect(nameVariants('Sergej Petrow')).toContain('Petrov');
    expect(nameVariants('Natalja Ivanova')).toContain('Iwanowa');
    expect(nameVariants('Wolfgang Wagner')).not.toContain('Vagner');
  });

  it('leaves out the words of the name itself', () => {
    expect(nameVariants('Gulmurod Khalimov')).not.toContain('Gulmurod');
  });
});

describe('entityNames', () => {
  it('gives the names and aliases of what the article mentions, and nothing else', () => {
    const names = entityNames(source({ people: ['Gulmurod Khalimov'], places: ['Türkei'] }), registries);
    expect(names).toEqual(expect.arrayContaining(['Gulmurod Khalimov', 'Khalimow', 'Chalimov', 'Türkei', 'Turkey', 'Republik Türkei']));
    expect(names.join(' ')).not.toMatch(/Merkel|Daesh/);
  });

  it('leaves out long aliases of places and organisations, which name other places', () => {
    const names = entityNames(source({ organisations: ['Islamischer Staat'] }), registries);
    expect(names).toContain('Daesh');
    expect(names).not.toContain('Islamischer Staat im Irak und in Syrien');
  });

  it('keeps a name no registry knows', () => {
    expect(entityNames(source({ people: ['Pooja Jhunjhunwala'] }), registries)).toContain('Pooja Jhunjhunwala');
  });
});

describe('createCompoundSplitter', () => {
  it('splits like compoundTails and gives the same answer again from memory', () => {
    const splitter = createCompoundSplitter(lexicon);
    const first = splitter('Terrormiliz');
    expect(first).toEqual(['Miliz']);
    expect(splitter('Terrormiliz')).toBe(first);
  });
});

describe('searchTermsFor', () => {
  it('adds the tails of compounds in the text, also inside hyphenated words', () => {
    const terms = searchTermsFor(source({ texts: ['Die Terrormiliz und das US-Außenministerium.'] }), split, registries);
    expect(terms).toEqual(expect.arrayContaining(['Miliz', 'Ministerium']));
  });

  it('adds the registry names of what the article mentions, even when the text has them', () => {
    const terms = searchTermsFor(source({ texts: ['Khalimov in Syrien'], people: ['Gulmurod Khalimov'], organisations: ['Islamischer Staat'] }), split, registries);
    expect(terms).toEqual(expect.arrayContaining(['Khalimov', 'Chalimow', 'Daesh', 'ISIS']));
  });

  it('leaves out short words and function words of names', () => {
    const terms = searchTermsFor(source({ places: ['Vereinigtes Königreich'], organisations: ['Islamischer Staat'], media: ['SOTT.net'] }), split, registries);
    for (const word of ['UK', 'IS', 'of', 'the', 'net']) expect(terms).not.toContain(word);
    expect(terms).toEqual(expect.arrayContaining(['SOTT', 'United', 'Kingdom']));
  });

  it('gives each word once, sorted with German collation, and no tail the text already has', () => {
    const terms = searchTermsFor(source({ texts: ['Terrormiliz, Terrornetz, Terrormiliz; Außenministerium'], places: ['Türkei'] }), split, registries);
    expect(terms).toEqual(['Miliz', 'Ministerium', 'Netz', 'Republik', 'Türkei', 'Turkey', 'Türkiye']);
    expect(searchTermsFor(source({ texts: ['Terrormiliz und Miliz'] }), split, registries)).toEqual([]);
  });

  it('gives a name the same words in every article, and other registries their own words', () => {
    const naming = source({ people: ['Gulmurod Khalimov'], places: ['Türkei'] });
    const first = searchTermsFor(naming, split, registries);
    expect(searchTermsFor(source({ texts: ['Terrormiliz'], people: ['Angela Merkel'] }), split, registries)).toEqual(['Angela', 'Merkel', 'Miliz']);
    expect(searchTermsFor(naming, split, registries)).toEqual(first);
    // Registries with another alias: the words remembered for the first registries do not carry over.
    const renamed: TermRegistries = { ...registries, places: [placeSchema.parse({ name: 'Türkei', aliases: ['Anatolien'], kind: 'country', lat: 39, lon: 35 })] };
    const terms = searchTermsFor(naming, split, renamed);
    expect(terms).toContain('Anatolien');
    expect(terms).not.toContain('Turkey');
  });

  it('adds nothing for an article with no compounds and no names', () => {
    expect(searchTermsFor(source({ texts: ['Kurz und klar.'] }), split, registries)).toEqual([]);
  });
});
