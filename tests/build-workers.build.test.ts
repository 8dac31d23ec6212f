/**
 * The build's worker threads (`src/integrations/archive-model.ts`: the archive model, the article
 * bodies' HTML and the search terms, computed while the content syncs) against the rendering thread
 * computing all of it itself, as it does in `astro dev` and past chunked storage: the seed site
 * built with `ARCHIVE_BUILD_WORKERS=off` is byte for byte the site built with them (and the site
 * `npm run build` wrote), search index included.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { listFiles, readSiteIfBuilt } from './support/site.ts';
import { buildTestSite } from './support/test-site.ts';

const site = await readSiteIfBuilt();
const built = site.files.has('index.html');
const projectRoot = join(import.meta.dirname, '..');
const workDir = mkdtempSync(join(tmpdir(), 'build-workers-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Every file under `folder`, by its path inside it, with its bytes. */
async function filesOf(folder: string): Promise<Map<string, Buffer>> {
  const files = await listFiles(folder);
  return new Map(files.map((file) => [relative(folder, join(folder, file)), readFileSync(join(folder, file))]));
}

/** The seed site built into `workDir/<name>` with the workers on or off. */
function seedSite(name: string, workers: 'on' | 'off') {
  return buildTestSite({
    sourcesDir: join(projectRoot, 'content/sources'),
    factsFile: join(projectRoot, 'content/sources.yaml'),
    workDir: join(workDir, name),
    env: { ARCHIVE_BUILD_WORKERS: workers },
    logLevel: 'info',
  });
}

function expectSameFiles(actual: Map<string, Buffer>, expected: Map<string, Buffer>) {
  expect(expected.size).toBeGreaterThan(50);
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [file, bytes] of expected) expect(actual.get(file)?.equals(bytes), file).toBe(true);
}

describe.skipIf(!built)('the build with and without its worker threads', () => {
  test('writes the same site, byte for byte, and only the one with workers uses them', async () => {
    const withWorkers = seedSite('on', 'on');
    const withoutWorkers = seedSite('off', 'off');
    for (const task of ['model', 'terms']) {
      expect(withWorkers.buildOutput).toContain(`${task}: computed on a worker thread`);
      expect(withoutWorkers.buildOutput).not.toContain(`${task}: computed on a worker thread`);
    }
    const [on, off, npmBuild] = await Promise.all([filesOf(withWorkers.outDir), filesOf(withoutWorkers.outDir), filesOf(site.root)]);
    expectSameFiles(off, on);
    expectSameFiles(npmBuild, on);
  }, 180_000);
});
