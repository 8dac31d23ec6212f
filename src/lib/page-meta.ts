/**
 * Titles and descriptions of pages. `<title>` stays within 70 characters (html-validate's
 * long-title rule, and what search engines show), and paginated pages say which page they are so
 * no two pages share a title.
 */

/** The language of every page (`<html lang>`); Pagefind indexes and stems by it. */
export const pageLanguage = 'de';
export const siteName = 'Nachrichtenarchiv';
export const siteDescription = 'Ein Archiv deutschsprachiger Nachrichtentexte mit Quellen, Datierung und Suche.';
const maxTitleLength = 70;
const separator = ' – ';

/** Cuts `text` to at most `max` characters at a word boundary, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut.slice(0, max - 1)).replace(/[\s,;:–-]+$/, '')}…`;
}

/**
 * "Titel – Kontext – Seite 2 – Nachrichtenarchiv": only the title is shortened to fit, so the
 * context ("Personen", "Herkunft") and the page number keep same-named pages apart. The home page
 * is just the site name.
 */
export function pageTitle(title?: string, page = 1, context?: string): string {
  if (!title) return siteName;
  const suffix = `${context ? `${separator}${context}` : ''}${page > 1 ? `${separator}Seite ${page}` : ''}${separator}${siteName}`;
  return `${truncate(title, maxTitleLength - suffix.length)}${suffix}`;
}

/** A description for page `page` of a listing: the first page as given, later ones numbered. */
export function listingDescription(description: string, page: number, lastPage: number): string {
  return page > 1 ? `${description} Seite ${page} von ${lastPage}.` : description;
}

// One formatter for the whole build: creating an Intl.NumberFormat costs far more than using one.
const countFormat = new Intl.NumberFormat('de-DE');

/** German number with thousands separators: 12.345. */
export function formatCount(count: number): string {
  return countFormat.format(count);
}

/** "1 Artikel", "2 Artikel"; "1 Person", "3 Personen" with the given singular and plural. */
export function countLabel(count: number, singular: string, plural: string): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
