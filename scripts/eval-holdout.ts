/**
 * npm run eval:holdout
 *
 * Measures ingest on texts written blind, after the rules were frozen, in the style of outlets the
 * seeds do not cover (scripts/eval/holdout/, see its README). Prints, per text and in total:
 * whole-article precision and recall of people and places against gold.yaml, junk and credit lines
 * that leaked into the body, and whether headline and dateline were found.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { extractEntities } from './ingest/extract.ts';
import { readableText } from './ingest/pipeline.ts';
import { readRegistries } from './ingest/read.ts';
import { segmentText } from './ingest/segment.ts';

interface Gold {
  headline: string | null;
  dateline: string | null;
  people: string[];
  places: string[];
  places_adjective_only?: string[];
  junk: string[];
  credits: string[];
}

const dir = join(import.meta.dirname, 'eval/holdout');
const gold = parse(readFileSync(join(dir, 'gold.yaml'), 'utf8')) as Record<string, Gold>;
const registries = readRegistries(join(import.meta.dirname, '../content/registry'));
if (!registries.ok) throw new Error(registries.problems.map((problem) => problem.message).join('\n'));

/** Names compare without case, diacritics or hyphens: the gold and the registry may differ in these. */
const key = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[-\s]+/g, ' ').toLowerCase();

const totals = { people: { tp: 0, fp: 0, fn: 0 }, places: { tp: 0, fp: 0, fn: 0 }, leaks: 0, headlines: 0, datelines: 0, texts: 0 };
const rows: string[][] = [];
const misses: string[] = [];

function score(kind: 'people' | 'places', found: string[], expected: string[], file: string) {
  const expectedKeys = new Set(expected.map(key));
  const foundKeys = new Set(found.map(key));
  for (const name of found) {
    if (expectedKeys.has(key(name))) totals[kind].tp++;
    else {
      totals[kind].fp++;
      misses.push(`${file}: ${kind} false positive "${name}"`);
    }
  }
  for (const name of expected) {
    if (!foundKeys.has(key(name))) {
      totals[kind].fn++;
      misses.push(`${file}: ${kind} missed "${name}"`);
    }
  }
}

for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
  const expected = gold[file];
  if (!expected) continue;
  totals.texts++;
  const text = readableText({ file, bytes: readFileSync(join(dir, file)) });
  if (!text.ok) throw new Error(`${file}: ${text.problems[0]?.message}`);
  const segmented = segmentText(file, text.value);
  if (!segmented.ok) throw new Error(`${file}: ${segmented.problems[0]?.message}`);
  const extraction = extractEntities(segmented.value, registries.value);

  const body = segmented.value.body.map((block) => block.text);
  const leaked = [...expected.junk, ...expected.credits].filter((line) => body.some((paragraph) => paragraph.includes(line)));
  totals.leaks += leaked.length;
  leaked.forEach((line) => misses.push(`${file}: leaked into body "${line}"`));
  const headlineOk = (segmented.value.headline ?? null) === expected.headline;
  const datelineOk = (segmented.value.dateline ?? null) === expected.dateline;
  if (headlineOk) totals.headlines++;
  else misses.push(`${file}: headline "${segmented.value.headline}" expected "${expected.headline}"`);
  if (datelineOk) totals.datelines++;
  else misses.push(`${file}: dateline "${segmented.value.dateline}" expected "${expected.dateline}"`);

  score('people', extraction.people.map((person) => person.name), expected.people, file);
  score('places', extraction.places.map((place) => place.name), [...expected.places, ...(expected.places_adjective_only ?? [])], file);
  rows.push([file, String(extraction.people.length), String(expected.people.length), String(extraction.places.length), String(expected.places.length + (expected.places_adjective_only?.length ?? 0)), String(leaked.length), headlineOk ? 'ja' : 'nein', datelineOk ? 'ja' : 'nein']);
}

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}`);
console.log(['file', 'people found', 'gold', 'places found', 'gold', 'leaked lines', 'headline', 'dateline'].join('\t'));
for (const row of rows) console.log(row.join('\t'));
console.log('');
for (const line of misses) console.log(`  ${line}`);
console.log('');
for (const kind of ['people', 'places'] as const) {
  const { tp, fp, fn } = totals[kind];
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  console.log(`${kind}: precision ${ratio(tp, tp + fp)}, recall ${ratio(tp, tp + fn)}, F1 ${(100 * (2 * precision * recall) / (precision + recall)).toFixed(1)} (tp ${tp}, fp ${fp}, fn ${fn})`);
}
console.log(`junk or credit lines leaked into bodies: ${totals.leaks}; headlines right: ${totals.headlines}/${totals.texts}; datelines right: ${totals.datelines}/${totals.texts}`);
