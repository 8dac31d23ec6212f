/**
 * What readers do on the built site, in Chromium: search from the header and land on the article
 * with the words marked, narrow results with a filter, share a search by its URL, browse by person
 * and outlet, follow a syndicated copy, read an honest date, and read without JavaScript. Every
 * page opened here must log no console error and request nothing outside the site.
 */
import { describe, expect, test } from 'vitest';
import { articlePath, entityPath, homePath, sectionPath } from '../src/lib/routes.ts';
import { useBuiltSite } from './support/site-session.ts';

const ids = {
  khalimov: '000-76ed7095f0a0894c',
  rnd: '001-ffc1f06195f87f2c',
  internetzZeitung: '002-5a71443f6a81e8ab',
  newsFront: '003-2e74f504f330e145',
  handelsblatt: '004-7e90b870e6a6c1b4',
};

const site = useBuiltSite();
const open = (path: string) => site.open(path);

const resultLinks = '#treffer a';

describe('search', () => {
  test('searching "Khalimow" in the header field leads to the article on Gulmurod Khalimov, with the word marked', async () => {
    const { page } = await open(homePath());
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kopf-suche');
    await page.keyboard.type('Khalimow');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/suche\/\?q=Khalimow$/);
    await page.locator(resultLinks).first().waitFor();
    expect(await page.locator(resultLinks).first().getAttribute('href')).toContain(articlePath(ids.khalimov));

    await page.locator(resultLinks).first().click();
    // Pagefind lowercases the query it puts into the highlight parameter.
    await page.waitForURL(new RegExp(`${articlePath(ids.khalimov)}\\?highlight=khalimow$`, 'i'));
    await expect.poll(() => page.locator('article mark.pagefind-highlight').count()).toBeGreaterThan(0);
    expect(await page.locator('article mark.pagefind-highlight').first().textContent()).toBe('Khalimow');
    expect(await page.locator('section[aria-labelledby="genannt"]').textContent()).toContain('Gulmurod Khalimov');
  });

  test('a publisher filter narrows the results and is kept in the URL', async () => {
    const { page } = await open(`${sectionPath('search')}?q=USA`);
    await page.locator(resultLinks).first().waitFor();
    const before = await page.locator(resultLinks).count();
    expect(before).toBeGreaterThan(1);

    // A first search loads no filter values; the reader opens a group to get its values and counts.
    expect(await page.locator('fieldset.filter-group input').count()).toBe(0);
    await page.locator('fieldset.filter-group', { hasText: 'Medium' }).getByRole('button', { name: 'Auswahl anzeigen' }).click();
    await page.locator('fieldset.filter-group', { hasText: 'Medium' }).getByLabel(/^Handelsblatt/).check();
    await expect.poll(() => page.locator(resultLinks).count()).toBe(1);
    expect(page.url()).toContain('medium=Handelsblatt');
    // Publishers combine with "or": the others still say how many results adding them would give.
    const medium = page.locator('fieldset.filter-group', { hasText: 'Medium' });
    await expect.poll(() => medium.locator('label', { hasText: /^RND/ }).textContent()).toMatch(/\([1-9]\d*\)$/);
    expect(await page.locator(resultLinks).first().getAttribute('href')).toContain(articlePath(ids.handelsblatt));
    expect(await page.locator('#suchstatus').textContent()).toMatch(/1 Treffer für „USA“, eingegrenzt auf Medium: Handelsblatt/);
  });

  test('a shared search URL restores query, filter and sort', async () => {
    const { page } = await open(`${sectionPath('search')}?q=USA&person=Nathan+Sales&sortierung=datum`);
    await page.locator(resultLinks).first().waitFor();
    expect(await page.inputValue('#suchbegriff')).toBe('USA');
    expect(await page.locator('fieldset.filter-group', { hasText: 'Person' }).getByLabel(/^Nathan Sales/).isChecked()).toBe(true);
    expect(await page.locator('input[name="sortierung"][value="datum"]').isChecked()).toBe(true);
    const hrefs = await page.locator(resultLinks).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.map((href) => href?.split('?')[0])).toEqual([articlePath(ids.rnd), articlePath(ids.handelsblatt)]);
  });
});

describe('browsing', () => {
  test('the person page of Nathan Sales, reached from the people index, lists both dpa articles', async () => {
    const { page } = await open(sectionPath('people'));
    await page.getByRole('link', { name: 'Nathan Sales', exact: true }).click();
    await page.waitForURL(new RegExp(`${entityPath('people', 'nathan-sales')}$`));
    const hrefs = await page.locator('main .article-list a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining([articlePath(ids.rnd), articlePath(ids.handelsblatt)]));
  });

  test('the outlet page of News Front lists its article', async () => {
    const { page } = await open(entityPath('outlets', 'news-front'));
    expect(await page.locator('h1').textContent()).toBe('News Front');
    expect(await page.locator('main .article-list a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toContain(articlePath(ids.newsFront));
  });

  test('article 001 links to 004 as the same story', async () => {
    const { page } = await open(articlePath(ids.rnd));
    const section = page.locator('section', { has: page.getByRole('heading', { name: /Dieselbe Meldung bei/ }) });
    expect(await section.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([articlePath(ids.handelsblatt)]);
  });

  test('article 002 says that its date is estimated', async () => {
    const { page } = await open(articlePath(ids.internetzZeitung));
    expect(await page.locator('.article__meta time').textContent()).toMatch(/, geschätzt$/);
    expect(await page.locator('.article-facts').textContent()).toContain('geschätzt, nicht belegt');
  });

  test('article 004 shows only the month, as verified, and names publisher and origin', async () => {
    const { page } = await open(articlePath(ids.handelsblatt));
    expect(await page.locator('.article__meta time').textContent()).toBe('August 2019');
    expect(await page.locator('.article__meta time').getAttribute('datetime')).toBe('2019-08');
    expect(await page.locator('.source-line').textContent()).toBe('Handelsblatt, nach dpa');
  });
});

test('without JavaScript, an article is reached from the home page and read', async () => {
  const { page } = await site.open(homePath(), { javaScriptEnabled: false });
  const teaser = page.locator('#neueste ~ .article-list a, section:has(#neueste) .article-list a').first();
  const title = await teaser.textContent();
  await teaser.click();
  await page.waitForURL(new RegExp(`${sectionPath('articles')}[^/]+/$`));
  expect(await page.locator('h1').textContent()).toBe(title);
  expect((await page.locator('.article__body p').first().textContent())?.length).toBeGreaterThan(40);
  expect(await page.locator('.article__body').isVisible()).toBe(true);
  await page.goto(`${site.url}${sectionPath('search')}`);
  expect(await page.locator('noscript').count()).toBe(1);
  expect(await page.locator('main').textContent()).toContain('Die Suche braucht JavaScript');
});
