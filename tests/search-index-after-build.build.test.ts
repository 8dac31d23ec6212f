/**
 * The search index written after the build (`scripts/search-index.ts`, the path of archives past
 * one shard of the index, `indexesSearchAfterBuild`) against the one the build wrote while rendering
 * (`src/integrations/search-index.ts`): over a copy of the built site the script, forced, writes
 * the same index byte for byte; without `--force` a small archive keeps the build's index; and a
 * site without its article list (`archiv.json`) fails with a message that names the file.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { listFiles, readSiteIfBuilt } from './support/site.ts';

const site = await readSiteIfBuilt();
const built = site.files.has('index.html');
const script = join(import.meta.dirname, '../scripts/search-index.ts');
const run = (args: string[]) => promisify(execFile)(process.execPath, [script, ...args], { cwd: join(import.meta.dirname, '..') });

/** Every file under `folder`, by its path inside it, with its bytes. */
async function filesOf(folder: string): Promise<Map<string, Buffer>> {
  const files = await listFiles(folder);
  return new Map(files.map((file) => [relative(folder, join(folder, file)), readFileSync(join(folder, file))]));
}

describe.skipIf(!built)('the search index written after the build', () => {
  test('is byte for byte the index the build wrote', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'search-index-'));
    cpSync(site.root, copy, { recursive: true, filter: (source) => !source.startsWith(join(site.root, 'pagefind')) });
    const { stdout } = await run(['--dist', copy, '--force']);
    expect(stdout).toMatch(/Pagefind indexed \d+ article pages/);
    const [afterBuild, duringBuild] = await Promise.all([filesOf(join(copy, 'pagefind')), filesOf(join(site.root, 'pagefind'))]);
    expect([...afterBuild.keys()].sort()).toEqual([...duringBuild.keys()].sort());
    for (const [file, bytes] of duringBuild) expect(afterBuild.get(file)?.equals(bytes), file).toBe(true);
    rmSync(copy, { recursive: true });
  });

  test('leaves a small archive to the build and says so', async () => {
    const { stdout } = await run(['--dist', site.root]);
    expect(stdout).toMatch(/^search index: written during the build \(\d+ articles\)/);
  });

  test('fails, naming the file, when the site has no article list', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'search-index-'));
    await expect(run(['--dist', empty, '--force'])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(`search index: ${join(empty, 'daten', 'archiv.json')} does not exist`) });
    rmSync(empty, { recursive: true });
  });
});
