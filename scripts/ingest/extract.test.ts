import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMatcher, extractEntities, recogniseMentions } from './extract.ts';
import { readOrigins, splitCredit } from './extract/credits.ts';
import { foldName } from './extract/fold.ts';
import { parseRegistries } from './registry.ts';
import { segmentSeed } from './test-support.ts';
import type { Extraction, SegmentedText } from './types.ts';

const read = (name: string) => readFileSync(new URL(`../../content/registry/${name}.yaml`, import.meta.url), 'utf8');
const parsed = parseRegistries({ people: read('people'), places: read('places'), organisations: read('organisations'), outlets: read('outlets') });
if (!parsed.ok) throw new Error('registries do not parse');
const registries = parsed.value;

/** A seed through the real decode, normalize and segment stages, then extract. */
const seed = (prefix: string): Extraction => extractEntities(segmentSeed(prefix), registries);
const names = (list: { name: string }[]) => list.map((entry) => entry.name);
const paragraph = (text: string): SegmentedText => ({ body: [{ kind: 'paragraph', text }], captions: [], credits: [], dropped: [] });

describe('extractEntities on the seed texts', () => {
  it('finds Khalimov across spellings, Ben-Meir and Jhunjhunwala in 000, with Tadschikistan', () => {
    const result = seed('000');
    expect(names(result.people)).toEqual(['Alon Ben-Meir', 'Gulmurod Khalimov', 'Pooja Jhunjhunwala']);
    expect(result.people.find((person) => person.name === 'Gulmurod Khalimov')!.mentions).toBe(8);
    expect(names(result.places)).toEqual(expect.arrayContaining(['Tadschikistan', 'Vereinigte Staaten']));
  });

  it('does not take the photographer of a photo credit for a person of 000', () => {
    expect(names(seed('000').people)).not.toContain('David Hizanishvily');
  });

  it('finds the people and places of 001 and counts "Sales" toward Nathan Sales', () => {
    const result = seed('001');
    expect(names(result.people)).toEqual(['Donald Trump', 'James Jeffrey', 'Nathan Sales', 'Osama bin Laden']);
    expect(result.people.find((person) => person.name === 'Nathan Sales')!.mentions).toBe(7);
    expect(names(result.places)).toEqual(expect.arrayContaining(['Washington, D.C.', 'Syrien', 'Irak', 'Nordsyrien', 'Europa', 'Westeuropa', 'Libyen', 'Afghanistan', 'Vereinigte Staaten']));
    expect(result.places.find((place) => place.name === 'Westeuropa')!.adjectiveOnly).toBe(true);
  });

  it('reads the inflected and transliterated names of 002', () => {
    const result = seed('002');
    expect(names(result.people)).toEqual(['Binali Yıldırım', 'Donald Trump']);
    expect(names(result.places)).toEqual(expect.arrayContaining(['Abu Kamal', 'Rakka', 'Syrien', 'Türkei', 'Naher Osten', 'Berlin', 'Russland', 'Vereinigtes Königreich', 'Europa', 'Nordsyrien', 'Vereinigte Staaten']));
    expect(result.places.find((place) => place.name === 'Berlin')!.adjectiveOnly).toBe(true);
    expect(result.places.find((place) => place.name === 'Syrien')!.adjectiveOnly).toBeUndefined();
    expect(names(result.organisations)).toEqual(expect.arrayContaining(['Islamischer Staat', 'Syrische Demokratische Kräfte', 'BBC', 'Der Tagesspiegel']));
  });

  it('does not read Genf out of "Genfer Abkommen" in 002, nor list the treaty as an organisation', () => {
    const result = seed('002');
    expect(names(result.places)).not.toContain('Genf');
    expect(names(result.organisations)).not.toContain('Genfer Abkommen');
  });

  it('finds Didier Le Bret and the places of 003, Falludschas included', () => {
    const result = seed('003');
    expect(names(result.people)).toEqual(['Didier Le Bret']);
    expect(names(result.places)).toEqual(['Brüssel', 'Falludscha', 'Frankreich', 'Irak', 'Paris', 'Rakka', 'Russland', 'Syrien', 'Türkei']);
    expect(result.places.find((place) => place.name === 'Falludscha')!.mentions).toBe(4);
    expect(result.places.find((place) => place.name === 'Russland')).toEqual({ name: 'Russland', mentions: 1, adjectiveOnly: true });
  });

  it('leaves out Heiko Maas of the dropped teaser in 004', () => {
    const result = seed('004');
    expect(names(result.people)).toEqual(['James Jeffrey', 'Nathan Sales']);
    expect(names(result.places)).toEqual(expect.arrayContaining(['Washington, D.C.', 'Syrien', 'Irak', 'Vereinigte Staaten']));
  });

  it('reads origins from credits, photo credits and the copyright line only', () => {
    expect(seed('000').origins).toEqual(['Sputnik']);
    expect(seed('001').origins).toEqual(['dpa', 'RND']);
    expect(seed('002').origins).toEqual([]);
    expect(seed('003').origins).toEqual(['Sputnik']);
    expect(seed('004').origins).toEqual(['dpa', 'Handelsblatt']);
  });
});

describe('extractEntities on inputs made to break it', () => {
  it('finds no person in a sentence of capitalised common nouns', () => {
    const result = extractEntities(paragraph('Die Regierung Sagte Am Montag, Die Zukunft Der Sicherheit Liege In Der Hand Der Bürger.'), registries);
    expect(result.people).toEqual([]);
  });

  it('finds an unknown person after a role noun and an unknown town after "in"', () => {
    const result = extractEntities(paragraph('Bürgermeisterin Anna Lindqvist sagte in Passau, die Brücke werde saniert.'), registries);
    expect(names(result.people)).toEqual(['Anna Lindqvist']);
    expect(names(result.places)).toEqual(['Passau']);
  });

  it('does not take a role noun alone for a person', () => {
    const result = extractEntities(paragraph('Der Kanzler sagte, der Kanzler werde reisen.'), registries);
    expect(result.people).toEqual([]);
  });

  it('finds a place after a place noun', () => {
    expect(names(extractEntities(paragraph('Die Kämpfe erreichten die syrische Stadt Tadmur.'), registries).places)).toEqual(['Syrien', 'Tadmur']);
  });

  it('counts a surname alone toward the full name found elsewhere in the text', () => {
    const result = extractEntities(paragraph('Präsidentin Maria Oyelaran kam an. Oyelaran sagte nichts.'), registries);
    expect(result.people).toEqual([{ name: 'Maria Oyelaran', mentions: 2 }]);
  });

  it('reads compounds as mentions of their named part', () => {
    const result = extractEntities(paragraph('Die US-Regierung verfolgt IS-Kämpfer.'), registries);
    expect(result.places).toEqual([{ name: 'Vereinigte Staaten', mentions: 1, adjectiveOnly: true }]);
    expect(names(result.organisations)).toEqual(['Islamischer Staat']);
  });

  it('does not make a place out of a currency compound', () => {
    expect(extractEntities(paragraph('Das kostet 3 Millionen US-Dollar.'), registries).places).toEqual([]);
  });

  it('reads the country gazetteer, its English names and genitives', () => {
    const result = extractEntities(paragraph('Truppen aus Kirgisistan und Turkey verließen Syrias Grenze nicht, wohl aber Ägyptens.'), registries);
    expect(names(result.places)).toEqual(expect.arrayContaining(['Ägypten', 'Kirgisistan', 'Türkei']));
  });

  it('sends a role noun before an ordinary word to the candidates, not to people', () => {
    const result = extractEntities(paragraph('Der Minister Zukunft blieb unklar.'), registries);
    expect(result.people).toEqual([]);
  });

  it('joins a surname after a speech verb to the full name given elsewhere, first name unknown', () => {
    const result = extractEntities(paragraph('Der Norweger Sindre Aasheim gewann das Rennen. Danach sagte Aasheim, er sei müde.'), registries);
    expect(result.people).toEqual([{ name: 'Sindre Aasheim', mentions: 2 }]);
  });

  it('sends a surname with no full name in the text to the candidates, not to people', () => {
    const result = extractEntities(paragraph('Der Verband sei zufrieden, sagte Hörmann am Montag.'), registries);
    expect(result.people).toEqual([]);
    expect(result.candidates.map((candidate) => [candidate.type, candidate.name])).toContainEqual(['person', 'Hörmann']);
  });

  it('keeps Arabic name particles joined by a hyphen inside the name', () => {
    const result = extractEntities(paragraph('General Abdel Fattah al-Burhan sprach mit Mohammed bin-Salman.'), registries);
    expect(names(result.people)).toEqual(['Abdel Fattah al-Burhan', 'Mohammed bin-Salman']);
  });

  it('does not take a place that opens with a first-name-like word for a person', () => {
    const result = extractEntities(paragraph('Die Delegation flog von Abu Dhabi nach San Fernandino und weiter nach Port Moresby.'), registries);
    expect(result.people).toEqual([]);
    expect(names(result.places)).toContain('Abu Dhabi');
  });

  it('reads cities of the gazetteer under their German names', () => {
    const result = extractEntities(paragraph('Touristen meiden Venedig und Florenz, die Messe zieht von Mailand nach Bochum.'), registries);
    expect(names(result.places)).toEqual(['Bochum', 'Florenz', 'Mailand', 'Venedig']);
  });

  it('does not read a town out of a surname after a first name or out of an inflected noun', () => {
    const result = extractEntities(paragraph('Michael Buhl sah die Wellen, und Hans lachte.'), registries);
    expect(result.places).toEqual([]);
  });

  it('reads the German and foreign names of Moldova and its capital as one place each', () => {
    const result = extractEntities(paragraph('In Chișinău, der Hauptstadt der Republik Moldau, sagten moldauische Beamte, Moldawien und Chisinau seien sicher.'), registries);
    expect(result.places).toEqual([
      { name: 'Chișinău', mentions: 2 },
      { name: 'Moldawien', mentions: 3 },
    ]);
  });

  it('reads street names and saints\' names of places, but not ordinary street nouns', () => {
    const result = extractEntities(paragraph('Die Demonstration zog von der Schwanitzstraße über die Frankfurter Allee nach St. Pauli, vorbei an einer Landstraße.'), registries);
    expect(names(result.places)).toEqual(['Frankfurter Allee', 'Schwanitzstraße', 'St. Pauli']);
  });

  it('reads the dateline as a place', () => {
    expect(names(extractEntities({ ...paragraph('Es regnete.'), dateline: 'Brüssel' }, registries).places)).toEqual(['Brüssel']);
  });
});

describe('recogniseMentions', () => {
  it('returns character spans with type and form', () => {
    const text = 'Die tadschikischen Behörden suchen Khalimows Helfer in Tadschikistan.';
    const { mentions } = recogniseMentions([text], buildMatcher(registries));
    expect(mentions.map((mention) => [text.slice(mention.start, mention.end), mention.type, mention.form])).toEqual([
      ['tadschikischen', 'LOC', 'deriv'],
      ['Khalimows', 'PER', 'name'],
      ['Tadschikistan', 'LOC', 'name'],
    ]);
  });

  it('treats a city opening a team name as inner, not as the outer span', () => {
    const { mentions } = recogniseMentions(['Die Chicago Bulls gewannen in Chicago.'], buildMatcher(registries));
    expect(mentions.filter((mention) => mention.name === 'Chicago').map((mention) => Boolean(mention.inner))).toEqual([true, false]);
  });

  it('treats a place inside an institution name as inner, not as the outer span', () => {
    const { mentions } = recogniseMentions(['Er studierte an der TU Berlin.'], buildMatcher(registries));
    expect(mentions.find((mention) => mention.name === 'Berlin')!.inner).toBe(true);
  });
});

describe('foldName', () => {
  it('folds transliteration variants to one key', () => {
    expect(foldName('Khalimow')).toBe(foldName('Khalimov'));
    expect(foldName('Chalimow')).toBe(foldName('Khalimov'));
    expect(foldName('Yıldırım')).toBe(foldName('Yildirim'));
    expect(foldName('Falludscha')).toBe(foldName('Faludja'));
  });
});

describe('credits', () => {
  it('splits credit lines into the names they list', () => {
    expect(splitCredit('Von RND/dpa')).toEqual(['RND', 'dpa']);
    expect(splitCredit('© Handelsblatt GmbH – Alle Rechte vorbehalten. Nutzungsrechte erwerben?')).toEqual(['Handelsblatt GmbH']);
    expect(splitCredit('Quelle: Sputniknews')).toEqual(['Sputniknews']);
  });

  it('maps credit forms to canonical outlets and ignores photographers', () => {
    expect(readOrigins(['Sputnik/David Hizanishvily', 'Quelle: Sputniknews', 'Foto: AFP, Reuters'], registries.outlets)).toEqual(['AFP', 'Reuters', 'Sputnik']);
  });
});
