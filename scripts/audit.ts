/**
 * npm run audit [-- --preset mobile|desktop|both] [--page /path/] [--details]
 *
 * Lighthouse over the built site in `dist/` (run `npm run build` first): one page of each page type
 * (the sample the browser tests use), the 404 page as a miss gets it, and the search page with a
 * query. It serves `dist/` with the tests' static server, starts Debian's Chromium with the
 * tests' network-quiet flags (nothing is downloaded, nothing leaves the machine), and prints the
 * four category scores per page and preset, then every audit that kept a score below 100.
 *
 * Not part of `npm test`: Lighthouse takes seconds per page, and its performance score is a
 * measurement, not a contract. Exits non-zero when any score is below 100.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import { searchPath } from '../src/lib/routes.ts';
import { chromiumFlags, chromiumPath } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/serve.ts';
import { distDir, readSiteIfBuilt, samplePageTypes } from '../tests/support/site.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Preset = 'mobile' | 'desktop';

const { values: options } = parseArgs({
  options: {
    preset: { type: 'string', default: 'both' },
    page: { type: 'string', multiple: true },
    details: { type: 'boolean', default: false },
  },
  strict: true,
});
const presets: Preset[] = options.preset === 'both' ? ['mobile', 'desktop'] : [options.preset as Preset];
if (!presets.every((preset) => preset === 'mobile' || preset === 'desktop')) {
  console.error(`audit: --preset must be mobile, desktop or both, not "${options.preset}"`);
  process.exit(2);
}

/** Starts Chromium with a DevTools port and a fresh profile; resolves with its port. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'audit-chromium-'));
  const child: ChildProcess = spawn(
    chromiumPath,
    [...chromiumFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`audit: Chromium exited (${code}) before it listened:\n${seen}`)));
  });
  return {
    port,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      }
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/** The pages to audit: one of each type, the 404 page and a search with results. */
async function pagesToAudit(): Promise<string[]> {
  if (options.page) return options.page;
  const site = await readSiteIfBuilt(distDir);
  if (site.pages.size === 0) {
    console.error('audit: dist/ is missing or empty: run `npm run build` first');
    process.exit(2);
  }
  const sample = samplePageTypes(site);
  const article = sample.find((page) => page.path.startsWith('/artikel/') && page.path !== '/artikel/');
  const word = (article?.heading ?? '').split(/\s+/).filter((part) => /^\p{L}{4,}$/u.test(part)).sort((a, b) => b.length - a.length)[0];
  return [...sample.map((page) => page.path), '/diese-seite-gibt-es-nicht/', ...(word ? [searchPath(word)] : [])];
}

async function audit(url: string, preset: Preset): Promise<Result> {
  const chromium = await startChromium();
  try {
    const flags: Flags = {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
      // The 404 page answers with status 404 on purpose; audit it all the same.
      ignoreStatusCode: true,
    };
    const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`audit: Lighthouse returned nothing for ${url}`);
    return result.lhr;
  } finally {
    await chromium.stop();
  }
}

const score = (value: number | null | undefined) => (value === null || value === undefined ? '  –' : String(Math.round(value * 100)).padStart(3));

const paths = await pagesToAudit();
const server = await serveStatic(distDir);
const shortfalls: string[] = [];
console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, Chromium at ${chromiumPath}`);
console.log(`${'page'.padEnd(44)} ${'preset'.padEnd(8)} perf a11y  b-p  seo`);
try {
  for (const path of paths) {
    for (const preset of presets) {
      const lhr = await audit(`${server.url}${path}`, preset);
      const scores = categories.map((id) => lhr.categories[id]?.score);
      console.log(`${path.padEnd(44)} ${preset.padEnd(8)} ${scores.map(score).join('  ')}`);
      if (lhr.runtimeError) shortfalls.push(`${path} (${preset}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      for (const id of categories) {
        const category = lhr.categories[id];
        if (!category || category.score === 1) continue;
        for (const ref of category.auditRefs) {
          const result = lhr.audits[ref.id];
          if (ref.weight === 0 || !result || result.score === null || result.score === 1) continue;
          const value = result.displayValue ? ` (${result.displayValue})` : '';
          shortfalls.push(`${path} (${preset}) ${id}: ${ref.id} ${score(result.score).trim()}${value}`);
          if (options.details) shortfalls.push(`    ${JSON.stringify(result.details ?? {}).slice(0, 600)}`);
        }
      }
    }
  }
} finally {
  await server.close();
}
if (shortfalls.length > 0) {
  console.log('\nBelow 100:');
  for (const line of shortfalls) console.log(`  ${line}`);
  process.exitCode = 1;
} else {
  console.log('\nEvery category scores 100 on every page.');
}
