/**
 * npm run ingest [-- --check] [-- --sources DIR --out DIR] [--facts FILE] [--registry DIR] [--force]
 *   [--workers N]
 *
 * Turns the raw texts of a sources folder into Markdown entries: read → (per source) decode,
 * normalize, segment, extract, enrich, validate, serialize → write. Prints every problem with its
 * file and stage, then a summary; exits non-zero when any source failed (or, with --check, when the
 * entries on disk are not what ingest would write).
 *
 * The work of each source (read, the pipeline, the comparison with its entry on disk) runs on
 * worker threads, one per core, for runs of more than 1000 sources (`--workers N` sets the number;
 * 0 runs everything in this thread). This thread hands out the sources, takes the results in source
 * order, writes, reports, and does every step that spans sources: the duplicate check, same-story
 * links, entries that two sources share, removals and the review file. So the output and the report
 * do not depend on the number of threads.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import type { SourceJob } from './ingest/batch.ts';
import { resolveSameStory, entryIdFor } from './ingest/enrich.ts';
import { listSources, readFactsText, readRegistries, type FactsFile } from './ingest/read.ts';
import { createRunner, forEachInOrder } from './ingest/runner.ts';
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
    workers: { type: 'string' },
  },
  strict: true,
});

if (options.workers !== undefined && !/^\d+$/.test(options.workers)) {
  console.error(`ingest: --workers takes a whole number of threads (0: none), not "${options.workers}"`);
  process.exit(2);
}

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

/** Ends the run on a failure of the machinery itself (a worker thread that died), not of a source. */
function stopOnFailure(error: unknown): never {
  console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

function report(problem: Problem): void {
  problems.push(problem);
}

/** Prints the problems and the summary, and ends the process once they are written. */
async function finish(): Promise<never> {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  const lines = [...errors, ...warnings].map(
    (problem) => `${problem.severity === 'error' ? 'error  ' : 'warning'} ${problem.file} [${problem.stage}] ${problem.message}\n`,
  );
  for (const difference of differences) lines.push(`differs ${difference}\n`);
  const total = counts.written + counts.unchanged + counts.failed;
  const summary = options.check
    ? `ingest --check: ${total} sources, ${counts.unchanged} up to date, ${counts.differs} would change, ${counts.failed} failed; ${warnings.length} warnings, ${errors.length} errors`
    : `ingest: ${total} sources, ${counts.written} written, ${counts.unchanged} unchanged, ${counts.removed} removed, ${counts.failed} failed; ${warnings.length} warnings, ${errors.length} errors`;
  // process.exit() drops what a pipe has not taken yet: exit once the last write is done, which
  // follows every write before it.
  await new Promise((resolve) => process.stderr.write(lines.join(''), resolve));
  await new Promise((resolve) => process.stdout.write(`${summary}\n`, resolve));
  process.exit(errors.length > 0 || counts.differs > 0 ? 1 : 0);
}

const registries = readRegistries(registryDir);
if (!registries.ok) {
  registries.problems.forEach(report);
  await finish();
  process.exit(1);
}
registries.warnings.forEach(report);

const listing = listSources(sourcesDir);
// Threads pay off once their start (each loads the pipeline and prepares the registries, about
// half a second) is small beside the work: from about a thousand sources. More than eight would
// mostly add memory.
const workerCount = options.workers !== undefined ? Number(options.workers) : listing.files.length > 1000 ? Math.min(availableParallelism(), 8) : 0;
const runner = createRunner(workerCount, registries.value, { sourcesDir, check: options.check, force: options.force });
/** Sources per message to a worker, and messages under way per worker: enough to keep each busy. */
const batching = { batchSize: 16, window: Math.max(1, 4 * workerCount) };

// The facts file is parsed (on a thread of its own, with workers) while the duplicate check runs.
const factsText = readFactsText(factsPath);
const factsParsed: Promise<FactsFile> =
  factsText === undefined ? Promise.resolve({ facts: new Map(), invalid: new Set(), problems: [] }) : runner.run({ kind: 'facts', text: factsText, path: factsPath! });
factsParsed.catch(() => undefined);

// First pass: the same text under two names is ingested twice, linked as the same story. Its
// warnings are reported after the problems of the facts file, which is parsed meanwhile.
const firstFileOfText = new Map<string, string>();
const duplicateLinks: [string, string][] = [];
const duplicateWarnings: Problem[] = [];
const duplicateProgress = createProgress(listing.files.length);
await forEachInOrder(
  listing.files.length,
  batching,
  (start, end) => runner.run({ kind: 'text-hashes', files: listing.files.slice(start, end) }),
  (hash, index) => {
    const file = listing.files[index]!;
    duplicateProgress(index, 'read for the duplicate check');
    if (hash === undefined) return;
    const first = firstFileOfText.get(hash);
    if (first === undefined) {
      firstFileOfText.set(hash, file);
    } else {
      duplicateLinks.push([first, file]);
      duplicateWarnings.push({ file, stage: 'read', severity: 'warning', message: `same text as ${first}; both are kept and linked as the same story` });
    }
  },
).catch(stopOnFailure);

const factsFile = await factsParsed.catch(stopOnFailure);
factsFile.problems.forEach(report);

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
duplicateWarnings.forEach(report);

/** The entry id of each source, and how many sources make each id: mostly one. */
const entryIds = listing.files.map(entryIdFor);
const sourcesOfId = new Map<string, number>();
for (const id of entryIds) sourcesOfId.set(id, (sourcesOfId.get(id) ?? 0) + 1);
const facts = new Map([...factsFile.facts].filter(([file]) => sourceFiles.has(file)));
const sameStory = new Map(
  [...resolveSameStory(factsFile.facts, duplicateLinks)].map(([file, ids]) => [file, ids.filter((id) => sourcesOfId.has(id))]),
);

if (!options.check) removeStaleTemporaries(outDir);
const candidatesByFile = new Map<string, Candidate[]>();
const producedIds = new Set<string>();
const entryProgress = createProgress(listing.files.length);
// The entries on disk when the run starts: a source whose entry is not among them has nothing to
// compare it with.
const existingEntries = new Set(listEntries(outDir));

await forEachInOrder(
  listing.files.length,
  batching,
  (start, end) =>
    runner.run({
      kind: 'ingest',
      jobs: listing.files.slice(start, end).map((file, offset): SourceJob => {
        const id = entryIds[start + offset]!;
        const name = `${id}.md`;
        return {
          file,
          ...(factsFile.invalid.has(file) ? { invalidFacts: true } : {}),
          ...(facts.has(file) ? { facts: facts.get(file)! } : {}),
          sameStory: sameStory.get(file) ?? [],
          ...(sourcesOfId.get(id) === 1 ? { target: { path: join(outDir, name), existed: existingEntries.has(name) || name.startsWith('.') } } : {}),
        };
      }),
    }),
  (result, index) => {
    const { file } = result;
    const id = entryIds[index]!;
    producedIds.add(id);
    if ('readProblems' in result) {
      result.readProblems.forEach(report);
      counts.failed++;
      return;
    }
    if ('invalidFacts' in result) {
      report({ file, stage: 'enrich', severity: 'error', message: `its entry in ${display(factsPath!)} is invalid (see above); the previous entry is kept` });
      counts.failed++;
      return;
    }
    result.problems.forEach(report);
    if (result.candidates.length > 0) candidatesByFile.set(file, result.candidates);
    if (result.entry === undefined && result.plan === undefined) {
      counts.failed++;
      return;
    }
    const path = join(outDir, `${id}.md`);
    // An entry of its own was compared with the one on disk where it was made; one that sources
    // share is compared here with what the source before wrote.
    const plan = result.plan ?? planWrite(readIfExists(path), result.entry!, options.force);
    if (plan === 'unchanged') counts.unchanged++;
    else if (plan === 'refused') {
      report({ file, stage: 'write', severity: 'error', message: `${display(path)} was edited by hand since ingest wrote it; not overwritten (move the change into sources.yaml or the registries, or rerun with --force)` });
      counts.failed++;
    } else if (options.check) {
      counts.differs++;
      counts.written++;
      differences.push(`${display(path)} is not what ingest would write`);
    } else {
      writeAtomic(path, result.entry!);
      counts.written++;
    }
    entryProgress(index, 'ingested');
  },
).catch(stopOnFailure);
await runner.close();

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

await finish();
