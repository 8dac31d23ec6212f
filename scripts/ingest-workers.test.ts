/**
 * The ingest command with worker threads against the same run in one thread: over a folder large
 * enough for many batches, with bad inputs, copies and two sources that share an entry id, both
 * write the same entries, the same review file and the same report.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest, SOURCES_DIR, type IngestRun } from './ingest/test-support.ts';

/** The ingest command, without progress lines (their timing is not part of the comparison). */
const ingest = (args: string[]) => runIngest(['--quiet', ...args]);

/** Every file of a folder with its text. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

describe('npm run ingest with worker threads', () => {
  let dir: string;
  let inline: IngestRun;
  let threaded: IngestRun;
  const args = (out: string, workers: number) => [
    '--sources', join(dir, 'sources'),
    '--facts', join(dir, 'sources.yaml'),
    '--out', join(dir, out, 'articles'),
    '--review', join(dir, out, 'review.yaml'),
    '--workers', String(workers),
  ];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-workers-'));
    const sources = join(dir, 'sources');
    cpSync(SOURCES_DIR, sources, { recursive: true });
    const seeds = readdirSync(SOURCES_DIR).sort().map((name) => readFileSync(join(SOURCES_DIR, name), 'utf8'));
    const write = (name: string, data: string | Uint8Array) => writeFileSync(join(sources, name), data);
    // Enough sources for many batches of 16 on two threads.
    for (let index = 0; index < 90; index += 1) {
      write(`variant-${String(index).padStart(3, '0')}.txt`, `${seeds[index % seeds.length]}\n\nAbsatz ${index}: Oberbürgermeister Jürgen Dupper sprach in Passau von einem soliden Plan.`);
    }
    write('empty.txt', '');
    write('binary.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    write('cp1252.txt', Uint8Array.from([...Buffer.from('Der B', 'latin1'), 0xfc, ...Buffer.from('rgermeister von K', 'latin1'), 0xf6, ...Buffer.from('ln sagte am Montag, die Stra', 'latin1'), 0xdf, ...Buffer.from('en seien frei.', 'latin1')]));
    const story = 'Stadtrat beschließt Haushalt\n\nPassau (dpa) - Der Stadtrat hat am Dienstag den Haushalt beschlossen. Oberbürgermeister Jürgen Dupper sprach von einem soliden Plan.';
    write('copy-a.txt', story);
    write('copy-b.txt', story);
    // Two names, one entry id ("same"): the second finds what the first wrote.
    write('Same.txt', `${seeds[2]}\n\nDie erste Fassung.`);
    write('same.txt', `${seeds[2]}\n\nDie zweite Fassung.`);
    const facts = {
      'variant-000.txt': { outlet: 'RND', origins: ['dpa'], date: '2019-08-02', datePrecision: 'day', dateBasis: 'estimated', sameStory: ['variant-001.txt'] },
      'variant-002.txt': { outlet: 'RND', date: '2019-02-31', datePrecision: 'day', dateBasis: 'verified' },
      'variant-003.txt': { outlet: 'RND', date: '2019-02', datePrecision: 'day', dateBasis: 'verified' },
      'does-not-exist.txt': { outlet: 'RND' },
    };
    writeFileSync(join(dir, 'sources.yaml'), jsYaml.dump(facts));
    inline = ingest(args('inline', 0));
    threaded = ingest(args('threaded', 2));
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs with failures, as the inputs ask', () => {
    expect(inline.status).toBe(1);
    expect(inline.stdout).toMatch(/ingest: 102 sources, 98 written, 0 unchanged, 0 removed, 4 failed/);
  });

  it('writes the same entries and review file with threads as without', () => {
    const entries = contents(join(dir, 'threaded', 'articles'));
    expect(Object.keys(entries)).toHaveLength(97);
    expect(entries).toEqual(contents(join(dir, 'inline', 'articles')));
    expect(readFileSync(join(dir, 'threaded', 'review.yaml'), 'utf8')).toBe(readFileSync(join(dir, 'inline', 'review.yaml'), 'utf8'));
  });

  it('reports the same problems in the same order, and the same summary', () => {
    expect(threaded.status).toBe(inline.status);
    expect(threaded.stdout).toBe(inline.stdout.replace(/\binline\b/g, 'threaded'));
    expect(threaded.stderr).toBe(inline.stderr.replaceAll(`${join(dir, 'inline')}`, join(dir, 'threaded')));
    expect(threaded.stderr).toMatch(/warning copy-b\.txt \[read\] same text as copy-a\.txt/);
  });

  it('keeps the later of two sources with one entry id, as without threads', () => {
    // German collation puts "same.txt" before "Same.txt".
    expect(readFileSync(join(dir, 'threaded', 'articles', 'same.md'), 'utf8')).toContain('Die erste Fassung.');
  });

  it('does the same as one thread when run again and with --check', () => {
    const threadedAgain = ingest(args('threaded', 2));
    const inlineAgain = ingest(args('inline', 0));
    // Only the two sources with one entry id are written again: each replaces the other's entry.
    expect(inlineAgain.stdout).toMatch(/2 written, 96 unchanged/);
    expect(threadedAgain.stdout).toBe(inlineAgain.stdout);
    const threadedCheck = ingest(['--check', ...args('threaded', 2)]);
    const inlineCheck = ingest(['--check', ...args('inline', 0)]);
    expect(threadedCheck.stdout).toBe(inlineCheck.stdout);
    expect(contents(join(dir, 'threaded', 'articles'))).toEqual(contents(join(dir, 'inline', 'articles')));
  }, 60_000);
});
