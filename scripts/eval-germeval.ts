/**
 * Scores the extractor's mention-level recogniser on GermEval 2014 (persons and places, exact outer
 * spans). Each sentence is read as one paragraph: its tokens joined by single spaces.
 *
 *   node scripts/eval-germeval.ts                 test split (report this one)
 *   node scripts/eval-germeval.ts --split dev     dev split (develop on this one)
 *   node scripts/eval-germeval.ts --split dev --errors 40   also print sample errors
 *
 * LOC is scored twice: strict (gold LOC against predicted place names) and with derived forms
 * (gold LOC + LOCderiv against predicted names, adjectives and demonyms, as one class).
 * Compound parts (LOCpart, "US-Regierung") are not scored: GermEval does not count them as LOC.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseRegistries } from './ingest/registry.ts';
import { buildMatcher, recogniseMentions } from './ingest/extract.ts';

interface Sentence {
  id: number;
  tokens: string[];
  entities: { type: string; start: number; end: number; text: string }[];
}

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'test' },
    data: { type: 'string', default: '/work/shared/data/germeval2014' },
    errors: { type: 'string', default: '0' },
  },
});
if (values.split !== 'test' && values.split !== 'dev') throw new Error('eval-germeval: --split must be "test" or "dev"');

const registryFile = (name: string) => readFileSync(new URL(`../content/registry/${name}.yaml`, import.meta.url), 'utf8');
const registries = parseRegistries({
  people: registryFile('people'),
  places: registryFile('places'),
  organisations: registryFile('organisations'),
  outlets: registryFile('outlets'),
});
if (!registries.ok) {
  for (const problem of registries.problems) console.error(`${problem.file}: ${problem.message}`);
  process.exit(1);
}
const matcher = buildMatcher(registries.value);

const sentences: Sentence[] = readFileSync(`${values.data}/germeval2014_${values.split}.jsonl`, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Sentence);

type Scored = 'PER' | 'LOC' | 'LOC+LOCderiv';
const classes: Scored[] = ['PER', 'LOC', 'LOC+LOCderiv'];
const tally = Object.fromEntries(classes.map((name) => [name, { tp: 0, fp: 0, fn: 0 }])) as Record<Scored, { tp: number; fp: number; fn: number }>;
const errors: string[] = [];

for (const sentence of sentences) {
  const text = sentence.tokens.join(' ');
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  let offset = 0;
  sentence.tokens.forEach((token, index) => {
    starts.set(offset, index);
    ends.set(offset + token.length, index + 1);
    offset += token.length + 1;
  });
  const { mentions } = recogniseMentions([text], matcher);
  const predicted: Record<Scored, Set<string>> = { PER: new Set(), LOC: new Set(), 'LOC+LOCderiv': new Set() };
  for (const mention of mentions) {
    if (mention.inner) continue;
    const start = starts.get(mention.start);
    const end = ends.get(mention.end);
    // A span that does not fall on GermEval token boundaries can never be right.
    const key = start !== undefined && end !== undefined ? `${start}:${end}` : `char${mention.start}:${mention.end}`;
    if (mention.type === 'PER' && mention.form === 'name') predicted.PER.add(key);
    if (mention.type === 'LOC' && mention.form === 'name') predicted.LOC.add(key);
    if (mention.type === 'LOC' && mention.form !== 'part') predicted['LOC+LOCderiv'].add(key);
  }
  const gold: Record<Scored, Set<string>> = { PER: new Set(), LOC: new Set(), 'LOC+LOCderiv': new Set() };
  for (const entity of sentence.entities) {
    const key = `${entity.start}:${entity.end}`;
    if (entity.type === 'PER') gold.PER.add(key);
    if (entity.type === 'LOC') gold.LOC.add(key);
    if (entity.type === 'LOC' || entity.type === 'LOCderiv') gold['LOC+LOCderiv'].add(key);
  }
  for (const name of classes) {
    for (const key of predicted[name]) {
      if (gold[name].has(key)) tally[name].tp += 1;
      else {
        tally[name].fp += 1;
        if (name !== 'LOC+LOCderiv') errors.push(`FP ${name} ${spanText(sentence, key, text)} | ${text}`);
      }
    }
    for (const key of gold[name]) {
      if (!predicted[name].has(key)) {
        tally[name].fn += 1;
        if (name !== 'LOC+LOCderiv') errors.push(`FN ${name} ${spanText(sentence, key, text)} | ${text}`);
      }
    }
  }
}

function spanText(sentence: Sentence, key: string, text: string): string {
  if (key.startsWith('char')) {
    const [start, end] = key.slice(4).split(':').map(Number);
    return `«${text.slice(start, end)}» (off-token)`;
  }
  const [start, end] = key.split(':').map(Number);
  return `«${sentence.tokens.slice(start, end).join(' ')}»`;
}

const percent = (value: number) => (Number.isFinite(value) ? (value * 100).toFixed(1) : '—');
function line(name: string, counts: { tp: number; fp: number; fn: number }): string {
  const precision = counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp / (counts.tp + counts.fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  return `${name.padEnd(14)} P ${percent(precision).padStart(5)}  R ${percent(recall).padStart(5)}  F1 ${percent(f1).padStart(5)}  (tp ${counts.tp}, fp ${counts.fp}, fn ${counts.fn})`;
}

const combined = { tp: tally.PER.tp + tally.LOC.tp, fp: tally.PER.fp + tally.LOC.fp, fn: tally.PER.fn + tally.LOC.fn };
console.log(`GermEval 2014 ${values.split}: ${sentences.length} sentences, exact outer spans`);
console.log(line('PER', tally.PER));
console.log(line('LOC (strict)', tally.LOC));
console.log(line('LOC+LOCderiv', tally['LOC+LOCderiv']));
console.log(line('PER+LOC', combined));
console.log('LOC strict counts place names only; LOC+LOCderiv also counts adjectives and demonyms as places. LOCpart is not scored.');

const shown = Number(values.errors);
if (shown > 0) {
  console.log(`\nSample errors (${Math.min(shown, errors.length)} of ${errors.length}):`);
  // Spread the sample over the split instead of the first sentences only.
  const step = Math.max(1, Math.floor(errors.length / shown));
  for (let index = 0; index < errors.length && index / step < shown; index += step) console.log(errors[index]!.slice(0, 220));
}
