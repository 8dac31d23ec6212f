/**
 * Content cannot inject markup. A hostile source (`tests/fixtures/content-injection/`: `<script>`,
 * `javascript:` links, `onerror=` and other event handlers, `<img>`, `<iframe>`, `<svg>`, `<style>`,
 * Markdown and HTML metacharacters, in the text and in every editorial fact a page shows) is
 * ingested and built into a site of its own (`tests/support/test-site.ts`). Every page of that site
 * must keep its CSP (so nothing injected became an element, an attribute or a script), and in
 * Chromium the article shows the markup as text and runs none of it.
 */
import { mkdtempSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { articlePath } from '../src/lib/routes.ts';
import { findCspProblems } from './support/csp.ts';
import { useBuiltSite } from './support/site-session.ts';
import { readSite, type Site } from './support/site.ts';
import { readSharingFacts } from './support/sharing.ts';
import { buildTestSite, type TestSite } from './support/test-site.ts';

const fixture = fileURLToPath(new URL('./fixtures/content-injection/', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'content-injection-'));
const hostileTitle = "<script>window.__pwned = 'Überschrift'</script> Angriff auf das Archiv";

let built: TestSite;
let site: Site;

// Registered before useBuiltSite's hooks, so the site exists before it is served.
beforeAll(() => {
  built = buildTestSite({ sourcesDir: join(fixture, 'sources'), factsFile: join(fixture, 'sources.yaml'), workDir });
}, 180_000);
beforeAll(async () => {
  site = await readSite(built.outDir);
});
const session = useBuiltSite(join(workDir, 'dist'));
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** Opens a page of the test site, recording every dialog (`alert(1)`) it tries to show. */
async function open(path: string) {
  const opened = await session.open(path, { waitForNetworkIdle: true });
  const dialogs: string[] = [];
  opened.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { ...opened, dialogs };
}

/** The `__pwned` flag any injected script would set. */
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

test('the hostile source is ingested into one entry and built into a site', () => {
  expect(built.ingestOutput).toMatch(/1 written/);
  expect(site.pages.has(articlePath('injection'))).toBe(true);
});

test('every page of the hostile site keeps its CSP: no injected element, handler, URL or script', async () => {
  const problems: string[] = [];
  for (const page of site.pages.values()) {
    const html = await readFile(join(site.root, page.file), 'utf8');
    for (const { rule, message } of findCspProblems(html)) problems.push(`${page.path} [${rule}] ${message}`);
  }
  expect(problems).toEqual([]);
});

test("the article's JSON-LD carries the hostile headline as data, escaped inside its script element", async () => {
  const html = await readFile(join(site.root, site.pages.get(articlePath('injection'))!.file), 'utf8');
  const [jsonLd] = readSharingFacts(html).jsonLd;
  expect(jsonLd).not.toMatch(/[<>]/);
  expect(JSON.parse(jsonLd!)).toMatchObject({ headline: hostileTitle, datePublished: '2020-05' });
});

test('the article shows the markup of the text and of its facts as text', async () => {
  const { page } = await open(articlePath('injection'));
  expect(await page.locator('h1').innerText()).toBe(hostileTitle);
  const text = await page.locator('main').innerText();
  for (const literal of [
    "<script>window.__pwned = 'body'; alert(1)</script>",
    '<img src=x onerror=',
    '<iframe src=',
    '<svg onload=',
    '<style>body{display:none}</style>',
    "[klick](javascript:window.__pwned='link')",
    '*Stern* und _Unterstrich_ und `Code`',
    '&amp; und &lt;b&gt; und <b>fett</b> und <!-- Kommentar -->',
    "<script>window.__pwned='outlet'</script>",
    "<script>window.__pwned='note'</script>",
    `<img src=x onerror="window.__pwned='editor'"> Hinweis`,
  ]) {
    expect(text, `"${literal}" shown as text`).toContain(literal);
  }
  expect(await page.locator('main').isVisible()).toBe(true);
});

test('nothing from the text runs: no flag set, no dialog, no element with on… or a javascript: URL', async () => {
  for (const path of [articlePath('injection'), '/', ...[...site.pages.keys()].filter((path) => path.includes('pwned'))]) {
    const { page, dialogs } = await open(path);
    await page.locator('main').hover();
    expect(await pwned(page), `window.__pwned on ${path}`).toBeUndefined();
    expect(dialogs, `dialogs on ${path}`).toEqual([]);
    const injected = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) => {
        const found: string[] = [];
        for (const { name, value } of element.attributes) {
          if (/^on/i.test(name)) found.push(`<${element.localName} ${name}>`);
          if (/^\s*javascript:/i.test(value)) found.push(`<${element.localName} ${name}="${value}">`);
        }
        if (element.closest('main') && ['iframe', 'img', 'object', 'embed', 'style'].includes(element.localName)) found.push(`<${element.localName}> in main`);
        return found;
      }));
    expect(injected, `injected markup on ${path}`).toEqual([]);
  }
});
