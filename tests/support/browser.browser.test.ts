import { rm } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAxe } from './axe.ts';
import { launchBrowser, openPage } from './browser.ts';
import { serveStatic, type StaticServer } from './serve.ts';
import { makePage, writeSite } from './site-fixture.ts';

/** Readable in light mode, grey on grey in dark mode. */
const darkOnlyContrastFailure = `<style>
  body { background: #fff; color: #111; }
  @media (prefers-color-scheme: dark) { body { background: #222; color: #333; } }
</style>`;

describe('the browser helpers on a hand-made site', () => {
  let root: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    root = await writeSite({
      'index.html': makePage({ path: '/', head: darkOnlyContrastFailure, body: '<p>Ein Absatz.</p>' }),
      'fremd/index.html': makePage({
        path: '/fremd/',
        body: [
          '<img src="https://tracker.example/pixel.png" alt="">',
          '<img src="/lokal.svg" alt="">',
          '<script>console.error("kaputt")</script>',
        ].join(''),
      }),
      'streng/index.html': makePage({
        path: '/streng/',
        head: `<meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'">`,
        body: '<script>window.__ran = true</script><p style="color: red">rot</p>',
      }),
      'lokal.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>',
      '404.html': makePage({ path: '/404.html', canonical: null }),
    });
    [server, browser] = await Promise.all([serveStatic(root), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  test('records and blocks requests to other origins, and records console errors', async () => {
    const opened = await openPage(browser, `${server.url}/fremd/`);
    try {
      expect(opened.status).toBe(200);
      expect(opened.offsite).toEqual(['https://tracker.example/pixel.png']);
      expect(opened.requests).toContain(`${server.url}/lokal.svg`);
      expect(opened.consoleErrors).toEqual(['kaputt']);
    } finally {
      await opened.close();
    }
  });

  test('opens a page without JavaScript when asked to', async () => {
    const opened = await openPage(browser, `${server.url}/fremd/`, { javaScriptEnabled: false });
    try {
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.offsite).toEqual(['https://tracker.example/pixel.png']);
    } finally {
      await opened.close();
    }
  });

  test('records what the page\'s CSP blocked: an inline script and an inline style', async () => {
    const opened = await openPage(browser, `${server.url}/streng/`);
    try {
      expect(await opened.page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
      expect(opened.cspViolations).toEqual([
        expect.stringMatching(/^script-src-elem inline/),
        expect.stringMatching(/^style-src-attr inline/),
      ]);
    } finally {
      await opened.close();
    }
  });

  test('gives a missing page the 404 status, which Chromium also logs as a console error', async () => {
    const opened = await openPage(browser, `${server.url}/gibt-es-nicht/`);
    expect(opened.status).toBe(404);
    expect(opened.consoleErrors).toEqual([expect.stringContaining('the server responded with a status of 404')]);
    await opened.close();
  });

  test('axe finds a contrast failure only in the colour scheme that has it', async () => {
    const rulesIn = async (colorScheme: 'light' | 'dark') => {
      const opened = await openPage(browser, `${server.url}/`, { colorScheme });
      try {
        return (await runAxe(opened.page)).map(({ rule }) => rule);
      } finally {
        await opened.close();
      }
    };
    expect(await rulesIn('light')).toEqual([]);
    expect(await rulesIn('dark')).toEqual(['color-contrast']);
  });
});
