/**
 * The country gazetteer: one place per country of the `world-countries` package, with its German,
 * English and other Latin names. Ingest merges it under the editors' places (`scripts/ingest/
 * registry.ts`), so an entry may name a country `places.yaml` does not list; the site's search terms
 * take the countries' other names from here too.
 */
import { createRequire } from 'node:module';
import type { Place } from '../lib/schema.ts';

interface WorldCountry {
  name: { common: string; official: string };
  translations: Record<string, { common: string; official: string } | undefined>;
  altSpellings: string[];
  latlng: [number, number];
}

const require = createRequire(import.meta.url);

/** Only Latin-script spellings; two-letter codes ("DE", "IT") collide with ordinary words. */
function isUsableAltSpelling(value: string): boolean {
  return value.length >= 3 && /^[\p{Script=Latin}\s.'’,-]+$/u.test(value) && !value.includes(',');
}

const frequentWords = new Set(require('@zxcvbn-ts/language-de/src/commonWords.json') as string[]);

/** English country names that are also common first names or English words in German text. */
const ambiguousEnglishNames = new Set(['Jordan', 'Chad', 'Georgia', 'Jersey', 'Guernsey', 'Man', 'Niue']);

/**
 * Builds one place per country of the `world-countries` package: German common name as the
 * canonical name, German official name, English names and Latin alternative spellings as aliases.
 * Parenthesised qualifiers ("Kongo (Dem. Rep.)") are kept in the name and dropped in an alias.
 */
export function buildCountryGazetteer(): Place[] {
  const countries = require('world-countries') as WorldCountry[];
  const places: Place[] = [];
  for (const country of countries) {
    const german = country.translations.deu;
    if (!german) continue;
    const name = german.common;
    const forms = [
      german.official,
      name.replace(/\s*\(.*\)\s*/g, '').trim(),
      country.name.common,
      country.name.official,
      ...country.altSpellings.filter(isUsableAltSpelling),
    ];
    // An alias that is also a frequent word ("Mann" for the Isle of Man) would match ordinary text.
    const aliases = [...new Set(forms)].filter(
      (form) => form && form !== name && !ambiguousEnglishNames.has(form) && !frequentWords.has(form.toLowerCase()),
    );
    places.push({
      name,
      aliases,
      kind: 'country',
      lat: country.latlng[0],
      lon: country.latlng[1],
      adjectives: [],
      demonyms: [],
    });
  }
  return places;
}

/**
 * The editors' places with the country gazetteer under them: the places ingest recognises, and so
 * the places an entry's frontmatter may name. The editor's entry wins; a gazetteer country whose
 * name the editor already uses as a name or alias is left out, so "Vereinigte Staaten" is not
 * listed twice. The site's search terms use it too, so a country only the gazetteer knows still
 * gets its other names ("Madagascar" for "Madagaskar").
 */
export function withCountryGazetteer(editorPlaces: readonly Place[]): Place[] {
  const editorForms = new Set(editorPlaces.flatMap((place) => [place.name, ...place.aliases]));
  return [...editorPlaces, ...buildCountryGazetteer().filter((place) => !editorForms.has(place.name))];
}

