/**
 * Place names the matcher knows beyond the registries: the cities of `city-gazetteer.json` (built by
 * `make-city-gazetteer.ts` from GeoNames) and German regions, landscapes, rivers and seas listed
 * here. They rank under every registry: a name or alias any registry entry uses (a person, an
 * organisation, an editor's place) keeps its registry meaning, so `places.yaml` stays authoritative.
 */
import { createRequire } from 'node:module';
import type { Registries } from '../types.ts';
import { foldName } from './fold.ts';

const require = createRequire(import.meta.url);

/** One place of the gazetteer: canonical German name, other spellings, adjective stems, demonyms. */
export interface GazetteerPlace {
  name: string;
  aliases: string[];
  adjectives: string[];
  demonyms: string[];
}

/**
 * Regions, landscapes, rivers and seas in their German names, with adjective stems where the
 * adjective is not also a language or a common word. One line per place: name, then `|` and
 * aliases, then `|` and adjective stems.
 */
const regionLines = `
England||
Schottland|Scotland|schottisch
Wales||walisisch
Nordirland|Northern Ireland|nordirisch
Westfalen||westfälisch
Mecklenburg||mecklenburgisch
Vorpommern||vorpommersch
Pommern||pommersch
Ostfriesland||ostfriesisch
Friesland||
Emsland||
Sauerland||sauerländisch
Münsterland||
Rheinland||rheinländisch
Ruhrgebiet|Ruhrpott|
Eifel||
Hunsrück||
Westerwald||
Taunus||
Odenwald||
Spessart||
Schwarzwald||
Allgäu||allgäuisch
Oberbayern||oberbayerisch
Niederbayern||niederbayerisch
Oberpfalz||oberpfälzisch
Oberfranken||oberfränkisch
Mittelfranken||mittelfränkisch
Unterfranken||unterfränkisch
Pfalz||pfälzisch
Kurpfalz||kurpfälzisch
Breisgau||
Lausitz|Oberlausitz|lausitzisch
Niederlausitz||
Vogtland||vogtländisch
Erzgebirge||erzgebirgisch
Eichsfeld||
Uckermark||uckermärkisch
Prignitz||
Altmark||altmärkisch
Holstein||holsteinisch
Dithmarschen||
Tirol|Nordtirol|tirolerisch
Südtirol||südtirolerisch
Vorarlberg||vorarlbergerisch
Kärnten||kärntnerisch
Steiermark||steirisch
Salzburger Land||
Burgenland||burgenländisch
Oberösterreich||oberösterreichisch
Niederösterreich||niederösterreichisch
Böhmen||böhmisch
Mähren||mährisch
Schlesien||schlesisch
Ostpreußen||ostpreußisch
Preußen||preußisch
Siebenbürgen||siebenbürgisch
Elsass|Elsaß|elsässisch
Lothringen||lothringisch
Bretagne||bretonisch
Normandie||normannisch
Provence||provenzalisch
Korsika||korsisch
Katalonien|Catalunya|katalanisch
Baskenland||baskisch
Andalusien||andalusisch
Galicien||galicisch
Lombardei||lombardisch
Toskana||toskanisch
Sizilien||sizilianisch
Sardinien||sardisch
Kalabrien||kalabrisch
Apulien||apulisch
Venetien||venetisch
Piemont||piemontesisch
Kreta||kretisch
Peloponnes||
Dalmatien||dalmatinisch
Istrien||istrisch
Galizien||galizisch
Bessarabien||bessarabisch
Transnistrien||transnistrisch
Donbass|Donbas|
Tschetschenien||tschetschenisch
Dagestan||dagestanisch
Abchasien||abchasisch
Südossetien||südossetisch
Bergkarabach|Berg-Karabach|
Kaukasus||kaukasisch
Sibirien||sibirisch
Tibet||tibetisch
Xinjiang||
Kaschmir||kaschmirisch
Punjab|Pandschab|
Bengalen||bengalisch
Darfur||
Sahel|Sahelzone|
Sahara||
Sinai||
Westjordanland|Westbank|
Golanhöhen|Golan|
Anatolien||anatolisch
Kalifornien|California|kalifornisch
Texas||texanisch
Florida||
Alaska||
Hawaii||hawaiianisch
Quebec|Québec|
Patagonien||patagonisch
Amazonien||
Karibik||karibisch
Skandinavien||skandinavisch
Baltikum||baltisch
Mitteleuropa||mitteleuropäisch
Südeuropa||südeuropäisch
Nordeuropa||nordeuropäisch
Südostasien||südostasiatisch
Ostasien||ostasiatisch
Zentralasien||zentralasiatisch
Nahost||
Mittlerer Osten||
Ostdeutschland||ostdeutsch
Westdeutschland||westdeutsch
Norddeutschland||norddeutsch
Süddeutschland||süddeutsch
Alpen||
Arktis||arktisch
Antarktis||antarktisch
Nordsee||
Ostsee||
Schwarzes Meer||
Rotes Meer||
Atlantik||atlantisch
Pazifik||pazifisch
Rhein||
Donau||
Elbe||
Weser||
Mosel||
Neckar||
Spree||
Saale||
Isar||
Ruhr||
Lahn||
Bodensee||
Chiemsee||
Ärmelkanal||
Bosporus||
Themse||
Wolga||
Dnipro|Dnjepr|
Nil||
Tigris||
Jangtse||
Mississippi||
`;

function regions(): GazetteerPlace[] {
  return regionLines
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [name = '', aliases = '', adjectives = ''] = line.split('|');
      const list = (value: string) => value.split(',').map((item) => item.trim()).filter(Boolean);
      return { name, aliases: list(aliases), adjectives: list(adjectives), demonyms: [] };
    });
}

function cities(): GazetteerPlace[] {
  const data = require('./city-gazetteer.json') as { name: string; aliases: string[] }[];
  return data.map(({ name, aliases }) => ({ name, aliases, adjectives: [], demonyms: [] }));
}

let cached: GazetteerPlace[] | undefined;

/**
 * The gazetteer places no registry already names. A place whose name any registry entry uses as a
 * name or alias is left out; an alias another entry uses is dropped from the place.
 *
 * @param registries the parsed registries (the country gazetteer merged in)
 */
export function gazetteerPlaces(registries: Registries): GazetteerPlace[] {
  cached ??= [...regions(), ...cities()];
  const taken = new Set<string>();
  for (const entry of [...registries.people, ...registries.places, ...registries.organisations, ...registries.outlets]) {
    for (const form of [entry.name, ...entry.aliases]) taken.add(foldName(form));
  }
  const adjectivesTaken = new Set(registries.places.flatMap((place) => place.adjectives.map(foldName)));
  const result: GazetteerPlace[] = [];
  for (const place of cached) {
    if (taken.has(foldName(place.name))) continue;
    taken.add(foldName(place.name));
    const aliases = place.aliases.filter((alias) => !taken.has(foldName(alias)));
    for (const alias of aliases) taken.add(foldName(alias));
    const adjectives = place.adjectives.filter((adjective) => !adjectivesTaken.has(foldName(adjective)));
    result.push({ ...place, aliases, adjectives });
  }
  return result;
}
