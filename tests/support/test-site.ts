/**
 * Builds the project's own site from other sources, for tests that need a site with content made
 * for them: `ingest` writes the entries into a temporary folder, and Astro builds the site with the
 * articles collection pointed there (`ARCHIVE_CONTENT_DIR`, read in `src/content.config.ts`). The
 * output and Astro's cache both go into the temporary folder, so `dist/` and the project's build
 * cache stay untouched. No Pagefind: pages only.
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
export function buildTestSite({ sourcesDir, factsFile, workDir }: { sourcesDir: string; factsFile: string; workDir: string }): TestSite {
  const articlesDir = join(workDir, 'articles');
  const outDir = join(workDir, 'dist');
  const ingestOutput = run(
    'ingest',
    ['scripts/ingest.ts', '--sources', sourcesDir, '--facts', factsFile, '--out', articlesDir, '--review', join(workDir, 'review.yaml')],
    childEnv({}),
  );
  // Astro's JavaScript API, because the CLI has no flag for the cache folder.
  const build = `import { build } from 'astro';
await build({ root: ${JSON.stringify(projectRoot)}, outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(join(workDir, 'cache'))}, logLevel: 'warn' });`;
  run('astro build', ['--input-type=module', '--eval', build], childEnv({ ARCHIVE_CONTENT_DIR: articlesDir }));
  return { articlesDir, outDir, ingestOutput };
}
