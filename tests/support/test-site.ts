/**
 * Builds the project's own site from other sources, for tests that need a site with content made
 * for them: `ingest` writes the entries into a temporary folder, and Astro builds the site with the
 * articles collection pointed there (`ARCHIVE_CONTENT_DIR`, read in `src/content.config.ts`). The
 * output and Astro's cache both go into the temporary folder, so `dist/` and the project's build
 * cache stay untouched. Then, as `npm run build` does, `scripts/search-index.ts`, which writes the
 * search index when the build did not (past one shard; `env` can set `ARCHIVE_SEARCH_SHARD_SIZE`).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface TestSite {
  /** Folder of the entries ingest wrote. */
  articlesDir: string;
  /** Folder of the built site. */
  outDir: string;
  /** What ingest printed (stdout and stderr), for failure messages. */
  ingestOutput: string;
  /** What the search-index step printed. */
  searchIndexOutput: string;
  /** What astro build printed, at `logLevel`. */
  buildOutput: string;
}

/** Environment for the child processes, without Vitest's variables, which Astro would act on. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  return { ...env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

function run(step: string, args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(process.execPath, args, { cwd: projectRoot, env, encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`buildTestSite: ${step} failed (exit ${result.status}):\n${output}`);
  return output;
}

/**
 * Ingests `sourcesDir` with the editorial facts in `factsFile` and builds the site from the result,
 * all inside `workDir`. Throws with the step's output when ingest or the build fails.
 */
export function buildTestSite({ sourcesDir, factsFile, workDir, env = {}, logLevel = 'warn' }: {
  sourcesDir: string;
  factsFile: string;
  workDir: string;
  /** More environment for the build steps after ingest. */
  env?: Record<string, string>;
  /** How much astro build prints (`buildOutput`). */
  logLevel?: 'warn' | 'info';
}): TestSite {
  const articlesDir = join(workDir, 'articles');
  const outDir = join(workDir, 'dist');
  const ingestOutput = run(
    'ingest',
    ['scripts/ingest.ts', '--sources', sourcesDir, '--facts', factsFile, '--out', articlesDir, '--review', join(workDir, 'review.yaml')],
    childEnv({}),
  );
  // Astro's JavaScript API, because the CLI has no flag for the cache folder.
  const build = `import { build } from 'astro';
await build({ root: ${JSON.stringify(projectRoot)}, outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(join(workDir, 'cache'))}, logLevel: ${JSON.stringify(logLevel)} });`;
  const buildEnv = childEnv({ ...env, ARCHIVE_CONTENT_DIR: articlesDir });
  const buildOutput = run('astro build', ['--input-type=module', '--eval', build], buildEnv);
  const searchIndexOutput = run('search index', ['scripts/search-index.ts', '--dist', outDir], buildEnv);
  return { articlesDir, outDir, ingestOutput, searchIndexOutput, buildOutput };
}
