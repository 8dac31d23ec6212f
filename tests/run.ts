/**
 * `npm test`: the unit tests, then the build, then the tests of the built site, then one summary
 * line `N passed, N failed` over both test runs. Before the browser tests it installs Debian's
 * Chromium with apt when `/usr/bin/chromium` is missing and the user is root, as on CI.
 *
 * Every step runs even when an earlier one failed, so one run shows everything that is wrong. The
 * old `dist/` is removed before the build: when the build fails, the site tests then fail on the
 * missing site instead of passing on a stale one. Exits non-zero when any step failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './support/browser.ts';
import { formatCounts, summarizeReports } from './support/test-summary.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputDir = 'tests/.output';

/** Runs an npm script with the terminal attached; true when it exited with 0. */
function runScript(script: string, ...args: string[]): boolean {
  console.log(`\n> npm run ${script}${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`);
  const { status, error } = spawnSync('npm', ['run', script, ...(args.length > 0 ? ['--', ...args] : [])], {
    cwd: root,
    stdio: 'inherit',
  });
  if (error) console.error(`run: npm run ${script}: ${error.message}`);
  return status === 0;
}

/** Installs Debian's Chromium when it is missing and we may; otherwise says what to do. */
function ensureChromium(): void {
  if (existsSync(chromiumPath)) return;
  if (process.getuid?.() !== 0) {
    console.error(`run: ${chromiumPath} is missing; install Debian's chromium package for the browser tests`);
    return;
  }
  console.log(`\n> apt-get install chromium (${chromiumPath} is missing)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) {
      console.error(`run: apt-get ${args.join(' ')} failed; the browser tests will fail`);
      return;
    }
  }
}

/** Reporter options that keep the terminal output and write the JSON report the summary reads. */
function reporters(name: string): string[] {
  return ['--reporter=default', '--reporter=json', `--outputFile=${outputDir}/${name}.json`];
}

rmSync(new URL(`../${outputDir}`, import.meta.url), { recursive: true, force: true });
const unitPassed = runScript('test:unit', ...reporters('unit'));

ensureChromium();
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const built = runScript('build');
if (!built) console.error('run: the build failed; the site tests will fail on the missing dist/');

const sitePassed = runScript('test:site', ...reporters('site'));

const { unreadable, ...counts } = await summarizeReports(
  ['unit', 'site'].map((name) => `${root}${outputDir}/${name}.json`),
);
for (const file of unreadable) console.error(`run: no readable report at ${file}`);
console.log(`\n${formatCounts(counts)}`);
process.exitCode = unitPassed && built && sitePassed && counts.failed === 0 ? 0 : 1;
