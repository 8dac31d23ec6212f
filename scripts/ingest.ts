/**
 * npm run ingest [-- --check] [-- --sources DIR --out DIR] [--facts FILE] [--registry DIR] [--force]
 *
 * Turns the raw texts of a sources folder into Markdown entries: read → (per source) decode,
 * normalize, segment, extract, enrich, validate, serialize → write. Prints every problem with its
 * file and stage, then a summary; exits non-zero when any source failed (or, with --check, when the
 * entries on disk are not what ingest would write).
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { resolveSameStory, entryIdFor } from './ingest/enrich.ts';
import { buildEntry, readableText, sha256Hex, type PipelineContext } from './ingest/pipeline.ts';
import { listSources, readFacts, readRegistries, readSource } from './ingest/read.ts';
import type { Candidate, Problem } from './ingest/types.ts';
import { listEntries, planWrite, readIfExists, removeEntry, removeStaleTemporaries, writeAtomic } from './ingest/write.ts';

const root = resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    sources: { type: 'string' },
    out: { type: 'string' },
    facts: { type: 'string' },
    registry: { type: 'string' },
    review: { type: 'string' },
    force: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
  strict: true,
});

const sourcesDir = resolve(options.sources ?? join(root, 'content/sources'));
const outDir = resolve(options.out ?? join(root, 'content/articles'));
// The archive's own facts belong to its own sources; another folder brings its own facts or none.
const factsPath = options.facts ? resolve(options.facts) : options.sources ? undefined : join(root, 'content/sources.yaml');
const registryDir = resolve(options.registry ?? join(root, 'content/registry'));
const reviewPath = resolve(options.review ?? join(dirname(outDir), 'review.yaml'));
const display = (path: string) => relative(process.cwd(), path) || '.';

const problems: Problem[] = [];
const counts = { written: 0, unchanged: 0, removed: 0, failed: 0, differs: 0 };
const differences: string[] = [];

/** A progress printer for a pass over `total` sources: a line on stderr every two seconds, for long runs. */
function createProgress(total: number): (index: number, doing: string) => void {
  const startedAt = Date.now();
  let lastAt = startedAt;
  return (index, doing) => {
    const now = Date.now();
    if (options.quiet || total <= 200 || now - lastAt <= 2000) return;
    lastAt = now;
    const rate = (index + 1) / ((now - startedAt) / 1000);
    process.stderr.write(`ingest: ${index + 1}/${total} sources ${doing} (${rate.toFixed(0)}/s)\n`);
  };
}

function report(problem: Problem): void {
  problems.push(problem);
}

function finish(): never {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  for (const problem of [...errors, ...warnings]) {
    console.error(`${problem.severity === 'error' ? 'error  ' : 'warning'} ${problem.file} [${problem.stage}] ${problem.message}`);
  }
  for (const difference of differences) console.error(`differs ${difference}`);
  const total = counts.written + counts.unchanged + counts.failed;
  const summary = options.check
    ? `ingest --check: ${total} sources, ${counts.unchanged} up to date, ${counts.differs} would change, ${counts.failed} failed; ${warnings.length} warnings, ${errors.length} errors`
    : `ingest: ${total} sources, ${counts.written} written, ${counts.unchanged} unchanged, ${counts.removed} removed, ${counts.failed} failed; ${warnings.length} warnings, ${errors.length} errors`;
  console.log(summary);
  process.exit(errors.length > 0 || counts.differs > 0 ? 1 : 0);
}

const registries = readRegistries(registryDir);
if (!registries.ok) {
  registries.problems.forEach(report);
  finish();
}
registries.warnings.forEach(report);

const factsFile = readFacts(factsPath);
factsFile.problems.forEach(report);

const listing = listSources(sourcesDir);
listing.problems.forEach(report);
const sourceFiles = new Set(listing.files);
for (const file of [...factsFile.facts.keys(), ...factsFile.invalid]) {
  if (!sourceFiles.has(file)) {
    report({ file: `${display(factsPath!)} → ${file}`, stage: 'enrich', severity: 'error', message: `names a source that does not exist in ${display(sourcesDir)}` });
  }
}
for (const [file, fact] of factsFile.facts) {
  for (const other of fact.sameStory ?? []) {
    if (!sourceFiles.has(other)) {
      report({ file: `${display(factsPath!)} → ${file}`, stage: 'enrich', severity: 'error', message: `sameStory names ${other}, which is not a source` });
    }
  }
}

// First pass: the same text under two names is ingested twice, linked as the same story.
const firstFileOfText = new Map<string, string>();
const duplicateLinks: [string, string][] = [];
const duplicateProgress = createProgress(listing.files.length);
for (const [index, file] of listing.files.entries()) {
  duplicateProgress(index, 'read for the duplicate check');
  const source = readSource(sourcesDir, file);
  if (!source.ok) continue;
  const text = readableText(source.value);
  if (!text.ok || text.value === '') continue;
  const hash = sha256Hex(text.value);
  const first = firstFileOfText.get(hash);
  if (first === undefined) {
    firstFileOfText.set(hash, file);
  } else {
    duplicateLinks.push([first, file]);
    report({ file, stage: 'read', severity: 'warning', message: `same text as ${first}; both are kept and linked as the same story` });
  }
}

const context: PipelineContext = {
  registries: registries.value,
  facts: new Map([...factsFile.facts].filter(([file]) => sourceFiles.has(file))),
  sameStory: new Map(
    [...resolveSameStory(factsFile.facts, duplicateLinks)].map(([file, ids]) => [
      file,
      ids.filter((id) => listing.files.some((source) => entryIdFor(source) === id)),
    ]),
  ),
};

if (!options.check) removeStaleTemporaries(outDir);
const candidatesByFile = new Map<string, Candidate[]>();
const producedIds = new Set<string>();
const entryProgress = createProgress(listing.files.length);

listing.files.forEach((file, index) => {
  const id = entryIdFor(file);
  producedIds.add(id);
  const source = readSource(sourcesDir, file);
  if (!source.ok) {
    source.problems.forEach(report);
    counts.failed++;
    return;
  }
  if (factsFile.invalid.has(file)) {
    report({ file, stage: 'enrich', severity: 'error', message: `its entry in ${display(factsPath!)} is invalid (see above); the previous entry is kept` });
    counts.failed++;
    return;
  }
  const outcome = buildEntry(source.value, context);
  outcome.problems.forEach(report);
  if (outcome.candidates.length > 0) candidatesByFile.set(file, outcome.candidates);
  if (outcome.entry === undefined) {
    counts.failed++;
    return;
  }
  const path = join(outDir, `${id}.md`);
  const plan = planWrite(readIfExists(path), outcome.entry, options.force);
  if (plan === 'unchanged') counts.unchanged++;
  else if (plan === 'refused') {
    report({ file, stage: 'write', severity: 'error', message: `${display(path)} was edited by hand since ingest wrote it; not overwritten (move the change into sources.yaml or the registries, or rerun with --force)` });
    counts.failed++;
  } else if (options.check) {
    counts.differs++;
    counts.written++;
    differences.push(`${display(path)} is not what ingest would write`);
  } else {
    writeAtomic(path, outcome.entry);
    counts.written++;
  }
  entryProgress(index, 'ingested');
});

// Entries whose source is gone are removed, unless an editor changed them by hand.
for (const name of listEntries(outDir)) {
  if (producedIds.has(name.replace(/\.md$/, ''))) continue;
  const path = join(outDir, name);
  if (options.check) {
    counts.differs++;
    differences.push(`${display(path)} has no source and would be removed`);
  } else if (removeEntry(path, options.force) === 'removed') {
    counts.removed++;
  } else {
    report({ file: display(path), stage: 'write', severity: 'error', message: 'has no source any more but was edited by hand; not removed' });
  }
}

// The review report: names found with too little certainty for the frontmatter.
const review = Object.fromEntries(
  [...candidatesByFile].map(([file, candidates]) => [file, candidates]),
);
const reviewText =
  '# Names ingest found but was not sure of: check them and add the right ones to content/registry/.\n' +
  '# Generated by npm run ingest; edits here are overwritten.\n' +
  stringify(review, { version: '1.1', lineWidth: 0 });
if (existsSync(dirname(reviewPath)) || !options.check) {
  const existing = readIfExists(reviewPath);
  if (existing !== reviewText) {
    if (options.check) {
      counts.differs++;
      differences.push(`${display(reviewPath)} is not what ingest would write`);
    } else {
      writeAtomic(reviewPath, reviewText);
    }
  }
}

finish();
