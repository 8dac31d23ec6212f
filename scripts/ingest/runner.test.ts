import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunSettings, SourceJob, SourceResult } from './batch.ts';
import { parseFacts } from './read.ts';
import { parseRegistries } from './registry.ts';
import { createRunner, forEachInOrder } from './runner.ts';
import { SOURCES_DIR } from './test-support.ts';
import { writeAtomic } from './write.ts';

const read = (name: string) => readFileSync(new URL(`../../content/registry/${name}.yaml`, import.meta.url), 'utf8');
const parsed = parseRegistries({ people: read('people'), places: read('places'), organisations: read('organisations'), outlets: read('outlets') });
if (!parsed.ok) throw new Error('registries do not parse');
const registries = parsed.value;

const seeds = readdirSync(SOURCES_DIR).sort().map((file) => ({ file }));

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('forEachInOrder', () => {
  it('hands results over in item order when later batches finish first', async () => {
    const seen: number[] = [];
    await forEachInOrder(
      10,
      { batchSize: 3, window: 4 },
      async (start, end) => {
        // Earlier batches take longer.
        await delay((10 - start) * 2);
        return Array.from({ length: end - start }, (_, offset) => (start + offset) * 10);
      },
      (result, index) => {
        expect(result).toBe(index * 10);
        seen.push(index);
      },
    );
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('keeps no more than the window of batches under way, and starts each batch once', async () => {
    let underWay = 0;
    let most = 0;
    const starts: number[] = [];
    await forEachInOrder(
      20,
      { batchSize: 2, window: 3 },
      async (start, end) => {
        starts.push(start);
        underWay += 1;
        most = Math.max(most, underWay);
        await delay(1);
        underWay -= 1;
        return Array.from({ length: end - start }, () => 0);
      },
      () => undefined,
    );
    expect(most).toBeLessThanOrEqual(3);
    expect(starts).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
  });

  it('waits for what consume returns before the next result', async () => {
    const log: string[] = [];
    await forEachInOrder(
      3,
      { batchSize: 3, window: 1 },
      async () => [0, 1, 2],
      async (_, index) => {
        log.push(`start ${index}`);
        await delay(2);
        log.push(`end ${index}`);
      },
    );
    expect(log).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('throws the failure of a batch', async () => {
    const consumed: number[] = [];
    const run = forEachInOrder(
      6,
      { batchSize: 2, window: 3 },
      async (start) => {
        if (start === 2) throw new Error('batch failed');
        return [start, start + 1];
      },
      (result) => {
        consumed.push(result);
      },
    );
    await expect(run).rejects.toThrow('batch failed');
    expect(consumed).toEqual([0, 1]);
  });
});

describe('createRunner', () => {
  let dir: string;
  let settings: RunSettings;
  const files = [...seeds.map((seed) => seed.file), 'empty.txt', 'missing.txt'];
  const jobs: SourceJob[] = files.map((file) => ({ file, sameStory: [] }));

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-runner-'));
    cpSync(SOURCES_DIR, join(dir, 'sources'), { recursive: true });
    writeFileSync(join(dir, 'sources', 'empty.txt'), '');
    settings = { sourcesDir: join(dir, 'sources'), check: false, force: false };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same results and text hashes on worker threads as in this thread', async () => {
    const inline = createRunner(0, registries, settings);
    const threaded = createRunner(2, registries, settings);
    try {
      const [inlineResults, threadedResults] = await Promise.all([
        inline.run({ kind: 'ingest', jobs }),
        Promise.all([threaded.run({ kind: 'ingest', jobs: jobs.slice(0, 2) }), threaded.run({ kind: 'ingest', jobs: jobs.slice(2) })]),
      ]);
      expect(threadedResults.flat()).toEqual(inlineResults);
      expect(inlineResults.slice(0, seeds.length).every((result) => 'entry' in result && result.entry !== undefined)).toBe(true);
      expect(inlineResults.at(-2)).toMatchObject({ file: 'empty.txt', problems: [{ stage: 'decode', severity: 'error' }] });
      expect(inlineResults.at(-1)).toMatchObject({ file: 'missing.txt', readProblems: [{ stage: 'read', severity: 'error' }] });
      const hashes = await threaded.run({ kind: 'text-hashes', files });
      expect(hashes).toEqual(await inline.run({ kind: 'text-hashes', files }));
      expect(hashes.slice(-2)).toEqual([undefined, undefined]);
      expect(new Set(hashes.slice(0, -2)).size).toBe(seeds.length);
    } finally {
      await threaded.close();
    }
  }, 30_000);

  it('passes the facts and same-story links of a job to the pipeline, and skips a source with invalid facts', async () => {
    const threaded = createRunner(1, registries, settings);
    try {
      const facts = { outlet: 'RND', origins: [] as string[], date: '2019-08-02', datePrecision: 'day' as const, dateBasis: 'verified' as const, editorNotes: [] as string[] };
      const [result, invalid] = (await threaded.run({
        kind: 'ingest',
        jobs: [
          { file: seeds[1]!.file, facts, sameStory: ['other-entry'] },
          { file: seeds[2]!.file, invalidFacts: true, sameStory: [] },
        ],
      })) as SourceResult[];
      const entry = result && 'entry' in result ? result.entry : undefined;
      expect(entry).toMatch(/^outlet: RND$/m);
      expect(entry).toMatch(/^date: "2019-08-02"$/m);
      expect(entry).toMatch(/^sameStory:\n {2}- other-entry$/m);
      expect(invalid).toEqual({ file: seeds[2]!.file, invalidFacts: true });
    } finally {
      await threaded.close();
    }
  }, 30_000);

  it('compares an entry with the one at its target: to be written, unchanged, refused after a hand edit', async () => {
    const path = join(dir, 'out', 'entry.md');
    const job = (existed: boolean): SourceJob => ({ file: seeds[0]!.file, sameStory: [], target: { path, existed } });
    const threaded = createRunner(1, registries, settings);
    const checking = createRunner(1, registries, { ...settings, check: true });
    try {
      const [first] = await threaded.run({ kind: 'ingest', jobs: [job(false)] });
      expect(first).toMatchObject({ plan: 'written', entry: expect.stringMatching(/^generatedSha256: [0-9a-f]{64}$/m) });
      // With --check nothing is written, so the entry does not come back.
      const [checked] = await checking.run({ kind: 'ingest', jobs: [job(false)] });
      expect(checked).toMatchObject({ plan: 'written' });
      expect(checked).not.toHaveProperty('entry');
      const entry = first && 'entry' in first ? first.entry! : '';
      writeAtomic(path, entry);
      const [again] = await threaded.run({ kind: 'ingest', jobs: [job(true)] });
      expect(again).toMatchObject({ plan: 'unchanged' });
      expect(again).not.toHaveProperty('entry');
      writeFileSync(path, entry.replace('Khalimow', 'Khalimov'));
      expect(await threaded.run({ kind: 'ingest', jobs: [job(true)] })).toMatchObject([{ plan: 'refused' }]);
      expect(await createRunner(0, registries, { ...settings, force: true }).run({ kind: 'ingest', jobs: [job(true)] })).toMatchObject([{ plan: 'written' }]);
    } finally {
      await Promise.all([threaded.close(), checking.close()]);
    }
  }, 30_000);

  it('parses the facts file on a worker thread as in this thread', async () => {
    const text = readFileSync(new URL('../../content/sources.yaml', import.meta.url), 'utf8') + 'bad.txt:\n  date: 2019-02-31\n';
    const threaded = createRunner(1, registries, settings);
    try {
      const parsed = await threaded.run({ kind: 'facts', text, path: 'sources.yaml' });
      expect(parsed).toEqual(parseFacts(text, 'sources.yaml'));
      expect(parsed.facts.size).toBe(5);
      expect([...parsed.invalid]).toEqual(['bad.txt']);
    } finally {
      await threaded.close();
    }
  }, 30_000);

  it('rejects the batches of a thread that fails, and runs nothing after close', async () => {
    const threaded = createRunner(1, registries, settings);
    const broken = { kind: 'ingest', jobs: null } as unknown as { kind: 'ingest'; jobs: SourceJob[] };
    await expect(threaded.run(broken)).rejects.toThrow(/a worker thread failed/);
    await threaded.close();
    await expect(threaded.run({ kind: 'text-hashes', files })).rejects.toThrow(/stopped/);
  }, 30_000);
});
