import { describe, expect, it } from 'vitest';
import {
  articleCitationPath, articleTextPath, dataFilePath, feedPath, searchTemplatePath,
} from './routes.ts';
import { articlePath, datePath, entityPath, entitySlug, isArticlePagePath, pageParam, pagePath, searchPath, sectionPath } from './routes.ts';

describe('routes', () => {
  it('builds German paths with trailing slashes', () => {
    expect(articlePath('001-ffc1f06195f87f2c')).toBe('/artikel/001-ffc1f06195f87f2c/');
    expect(entityPath('people', 'nathan-sales')).toBe('/personen/nathan-sales/');
    expect(entityPath('origins', 'dpa')).toBe('/herkunft/dpa/');
    expect(sectionPath('outlets')).toBe('/medien/');
    expect(sectionPath('places')).toBe('/orte/');
  });

  it('names months in German and puts unknown dates on their own page', () => {
    expect(datePath(2019)).toBe('/datum/2019/');
    expect(datePath(2019, 3)).toBe('/datum/2019/maerz/');
    expect(datePath(null)).toBe('/datum/unbekannt/');
    expect(() => datePath(2019, 13)).toThrow(/datePath/);
  });

  it('puts the query into the search URL', () => {
    expect(searchPath()).toBe('/suche/');
    expect(searchPath('Khalimow Ü')).toBe('/suche/?q=Khalimow+%C3%9C');
  });

  it('numbers listing pages after the first', () => {
    expect(pagePath('/personen/x/', 1)).toBe('/personen/x/');
    expect(pagePath('/personen/x/', 3)).toBe('/personen/x/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
    expect(() => pagePath('/x/', 0)).toThrow(/pagePath/);
  });

  it('never gives a name a slug that reads as a page number', () => {
    expect(entitySlug('1860')).toBe('nr-1860');
    expect(entitySlug('G20')).toBe('g20');
  });
});

describe('download and feed paths', () => {
  it('puts citation files inside the article folder and text files beside it, under the stable id', () => {
    expect(articleCitationPath('001-ffc1f06195f87f2c', 'bib')).toBe('/artikel/001-ffc1f06195f87f2c/zitat.bib');
    expect(articleTextPath('001-ffc1f06195f87f2c', 'md')).toBe('/artikel/001-ffc1f06195f87f2c.md');
  });

  it('puts feeds beside the first page of their listing and downloads under /daten/', () => {
    expect(feedPath('/personen/nathan-sales/', 'atom')).toBe('/personen/nathan-sales/atom.xml');
    expect(() => feedPath('/personen/nathan-sales', 'rss')).toThrow(/^feedPath: /);
    expect(dataFilePath('artikel.csv')).toBe('/daten/artikel.csv');
  });

  it('gives OpenSearch a search URL with the {searchTerms} placeholder left unencoded', () => {
    expect(searchTemplatePath()).toBe('/suche/?q={searchTerms}');
  });
});

describe('isArticlePagePath', () => {
  it('knows an article page from the article list, a download and other sections', () => {
    expect(isArticlePagePath(articlePath('001-ffc1f06195f87f2c'))).toBe(true);
    expect(isArticlePagePath('/artikel/2/')).toBe(false);
    expect(isArticlePagePath('/artikel/')).toBe(false);
    expect(isArticlePagePath('/artikel/001-ffc1f06195f87f2c/zitat.bib')).toBe(false);
    expect(isArticlePagePath('/artikel/001-ffc1f06195f87f2c.md')).toBe(false);
    expect(isArticlePagePath('/personen/nathan-sales/')).toBe(false);
  });
});
