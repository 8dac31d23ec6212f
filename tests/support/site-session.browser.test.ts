import { rm } from 'node:fs/promises';
import { afterAll, expect, test } from 'vitest';
import { useBuiltSite } from './site-session.ts';
import { makePage, writeSite } from './site-fixture.ts';

const root = await writeSite({
  'index.html': makePage({ path: '/', body: '<a href="/personen/">Personen</a>' }),
  'personen/index.html': makePage({ path: '/personen/' }),
  '404.html': makePage({ path: '/404.html', canonical: null }),
});
afterAll(() => rm(root, { recursive: true, force: true }));

const session = useBuiltSite(root);

test('opens pages of the served site and checks their status', async () => {
  const home = await session.open('/');
  await home.page.click('a[href="/personen/"]');
  expect(new URL(home.page.url()).pathname).toBe('/personen/');
  expect(home.requests).toContain(`${session.url}/personen/`);
});

test('accepts the console line of a 404 document when a 404 was asked for', async () => {
  const missing = await session.open('/fehlt/', { status: 404 });
  expect(await missing.page.textContent('h1')).toBe('Seite /404.html');
});
