/**
 * The setup every browser test file over the built site shares: serve `dist/`, start Chromium,
 * and after each test check and close every page it opened. A page is clean when it logged no
 * console error, requested nothing outside the site, and had nothing blocked by its CSP.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, openPage, type OpenedPage, type OpenOptions } from './browser.ts';
import { serveStatic, type StaticServer } from './serve.ts';
import { distDir } from './site.ts';

export interface SessionOpenOptions extends OpenOptions {
  /** Status the document must answer with; 200 unless told. */
  status?: number;
}

export interface SiteSession {
  /** Origin of the server, once the file's tests run. */
  readonly url: string;
  readonly browser: Browser;
  /**
   * Opens `path` (with query, if any) on the served site and checks its status. After the test,
   * the page is checked for console errors and outside requests, then closed.
   */
  open: (path: string, options?: SessionOpenOptions) => Promise<OpenedPage>;
}

/** Chromium's console line for a document answered with 404, which a 404 test expects. */
const notFoundMessage = 'the server responded with a status of 404';

/** Registers the hooks of a browser test file over the site in `root`; call at the file's top. */
export function useBuiltSite(root: string = distDir): SiteSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const opened: { page: OpenedPage; status: number }[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([serveStatic(root), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    const pages = opened.splice(0).map(({ page, status }) => ({ page, status, where: page.page.url() }));
    await Promise.all(pages.map(({ page }) => page.close()));
    for (const { page, status, where } of pages) {
      const errors = page.consoleErrors.filter(
        (message) => !(status === 404 && message.includes(notFoundMessage)),
      );
      expect(errors, `console errors on ${where}`).toEqual([]);
      expect(page.offsite, `requests outside the site from ${where}`).toEqual([]);
      expect(page.cspViolations, `CSP violations on ${where}`).toEqual([]);
    }
  });

  const started = () => {
    if (!server || !browser) throw new Error('useBuiltSite: the site is served from beforeAll on; use it inside a test');
    return { server, browser };
  };
  return {
    get url() {
      return started().server.url;
    },
    get browser() {
      return started().browser;
    },
    async open(path, { status = 200, ...options } = {}) {
      const { server: current, browser: chromium } = started();
      const page = await openPage(chromium, `${current.url}${path}`, options);
      opened.push({ page, status });
      expect(page.status, `status of ${path}`).toBe(status);
      return page;
    },
  };
}
