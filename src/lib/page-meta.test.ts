import { describe, expect, it } from 'vitest';
import { countLabel, listingDescription, pageTitle, truncate } from './page-meta.ts';

describe('pageTitle', () => {
  it('adds the site name and keeps titles within 70 characters', () => {
    expect(pageTitle()).toBe('Nachrichtenarchiv');
    expect(pageTitle('Personen')).toBe('Personen – Nachrichtenarchiv');
    const long = pageTitle('Trump leistet dem Islamischen Terror-Staat IS in Syrien Militärhilfe und mehr');
    expect(long.length).toBeLessThanOrEqual(70);
    expect(long).toMatch(/… – Nachrichtenarchiv$/);
  });

  it('never shortens the context, so same-named pages in different sections keep apart', () => {
    const name = 'Verteidigungsministerium der Russischen Föderation und seine Behörden';
    const a = pageTitle(name, 1, 'Organisationen');
    const b = pageTitle(name, 1, 'Herkunft');
    expect(a).toMatch(/… – Organisationen – Nachrichtenarchiv$/);
    expect(b).toMatch(/… – Herkunft – Nachrichtenarchiv$/);
    expect(a.length).toBeLessThanOrEqual(70);
  });

  it('numbers later pages so titles stay unique', () => {
    expect(pageTitle('Nathan Sales', 2)).toBe('Nathan Sales – Seite 2 – Nachrichtenarchiv');
  });
});

describe('truncate', () => {
  it('leaves short text alone and cuts long text at a word', () => {
    expect(truncate('kurz', 10)).toBe('kurz');
    expect(truncate('eins zwei drei vier', 12)).toBe('eins zwei…');
  });
});

describe('labels', () => {
  it('uses German numbers and the right form', () => {
    expect(countLabel(1, 'Artikel', 'Artikel')).toBe('1 Artikel');
    expect(countLabel(12345, 'Person', 'Personen')).toBe('12.345 Personen');
    expect(listingDescription('Alle Artikel.', 2, 5)).toBe('Alle Artikel. Seite 2 von 5.');
  });
});
