/**
 * Debian's Chromium driven by playwright-core, for the browser tests. No test tool downloads a
 * browser of its own on this project's machines: the executable is always `/usr/bin/chromium`,
 * which `.ci/run` installs when it is missing.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

/**
 * Flags for Chromium on a machine whose network reaches only the package registries: without the
 * background-networking ones, Chromium opens many connections at start that the machine refuses.
 */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts Chromium. Playwright gives every launch a new, empty profile in a temporary folder of its
 * own (the fresh user-data-dir), and removes it on `close()`.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
}

/** What Chromium logs for a request aborted with the `blockedbyclient` reason. */
const blockedMessage = 'net::ERR_BLOCKED_BY_CLIENT';

export interface OpenedPage {
  page: Page;
  /** Status of the main document's response. */
  status: number;
  /** Console messages of type `error` and uncaught page errors, in order. */
  consoleErrors: string[];
  /** Every URL the page asked for, the document first. */
  requests: string[];
  /** Requests to any origin other than the served one; they were aborted, never sent. */
  offsite: string[];
  /**
   * Every `securitypolicyviolation` the document reported: what the CSP blocked, as
   * "directive blocked-URI (source:line)". Recorded only while JavaScript is enabled.
   */
  cspViolations: string[];
  close: () => Promise<void>;
}

export interface OpenOptions {
  colorScheme?: 'light' | 'dark';
  /** False to read the page as a reader without JavaScript does. */
  javaScriptEnabled?: boolean;
  /** Wait until the network has been idle, for pages that load data after the first paint. */
  waitForNetworkIdle?: boolean;
}

/**
 * Opens `url` in a new browser context. It records console errors and every request, and aborts
 * every request that leaves `url`'s origin, so a page that would contact a third party shows it in
 * `offsite` without the request ever leaving the machine.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: OpenOptions = {},
): Promise<OpenedPage> {
  const origin = new URL(url).origin;
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  const offsite: string[] = [];
  const cspViolations: string[] = [];

  // The listener runs before any script of the page, and through the DevTools protocol, so the
  // page's own CSP cannot block it.
  await context.exposeBinding('__reportCspViolation', (_source, violation: string) => {
    cspViolations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : '';
      (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(
        `${event.effectiveDirective} ${event.blockedURI || '(inline)'}${where}`,
      );
    });
  });

  page.on('console', (message) => {
    // Chromium logs each request this helper aborts; `offsite` already reports those.
    if (message.type() === 'error' && !message.text().includes(blockedMessage)) {
      consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => consoleErrors.push(`${error.name}: ${error.message}`));
  await context.route('**/*', (route) => {
    const requested = route.request().url();
    requests.push(requested);
    if (isSameOrigin(requested, origin)) return route.continue();
    offsite.push(requested);
    return route.abort('blockedbyclient');
  });

  const response = await page.goto(url, {
    waitUntil: options.waitForNetworkIdle ? 'networkidle' : 'load',
  });
  return {
    page,
    status: response?.status() ?? 0,
    consoleErrors,
    requests,
    offsite,
    cspViolations,
    close: () => context.close(),
  };
}

/** `data:` and `blob:` URLs stay inside the page; everything else must share the origin. */
function isSameOrigin(requested: string, origin: string): boolean {
  if (requested.startsWith('data:') || requested.startsWith('blob:')) return true;
  return new URL(requested).origin === origin;
}
