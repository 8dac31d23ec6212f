/**
 * Publication dates as readers see them: only as exact as they are known ("August 2019"), and
 * saying when an editor estimated them ("August 2019, geschätzt"). Formatting uses
 * Intl.DateTimeFormat('de-DE') in UTC, so the build machine's time zone never shifts a day.
 */
import type { ArticleFrontmatter } from './schema.ts';

export type ArticleDate = Pick<ArticleFrontmatter, 'date' | 'datePrecision' | 'dateBasis'>;

const dayFormat = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthNameFormat = new Intl.DateTimeFormat('de-DE', { month: 'long', timeZone: 'UTC' });

/** Label for an article whose date is not known. */
export const unknownDateLabel = 'Datum unbekannt';

/** The parts of an ISO date; month and day are absent when the string does not carry them. */
export function parseIsoDate(date: string): { year: number; month: number; day?: number } {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!match) throw new Error(`parseIsoDate: "${date}" is not YYYY-MM or YYYY-MM-DD`);
  const [, year, month, day] = match;
  return { year: Number(year), month: Number(month), ...(day ? { day: Number(day) } : {}) };
}

/** How precisely the date can be shown: the stated precision, capped by what the string holds. */
export function effectivePrecision(value: ArticleDate): 'day' | 'month' | 'year' | 'unknown' {
  if (value.date === null || value.datePrecision === 'unknown') return 'unknown';
  const { day } = parseIsoDate(value.date);
  if (value.datePrecision === 'day' && day === undefined) return 'month';
  return value.datePrecision;
}

/** The date at its precision, without the basis: "2. August 2019", "August 2019", "2019". */
export function formatDateValue(value: ArticleDate): string {
  const precision = effectivePrecision(value);
  if (precision === 'unknown' || value.date === null) return unknownDateLabel;
  const { year, month, day } = parseIsoDate(value.date);
  const utc = new Date(Date.UTC(year, month - 1, day ?? 1));
  if (precision === 'day') return dayFormat.format(utc);
  if (precision === 'month') return monthFormat.format(utc);
  return String(year);
}

/** The short label for listings: "2. August 2019", or "August 2019, geschätzt" when estimated. */
export function formatDateLabel(value: ArticleDate): string {
  const text = formatDateValue(value);
  if (effectivePrecision(value) === 'unknown') return text;
  return value.dateBasis === 'estimated' ? `${text}, geschätzt` : text;
}

/** One sentence on where the date comes from, for the article page. */
export function describeDateBasis(value: ArticleDate): string {
  const precision = effectivePrecision(value);
  if (precision === 'unknown') return 'Das Erscheinungsdatum ist nicht bekannt.';
  const exactness = { day: 'auf den Tag', month: 'auf den Monat', year: 'auf das Jahr' }[precision];
  if (value.dateBasis === 'verified') return `Das Datum ist ${exactness} genau belegt.`;
  if (value.dateBasis === 'estimated') return `Das Datum ist ${exactness} genau geschätzt, nicht belegt.`;
  return `Das Datum ist ${exactness} genau angegeben; woher es stammt, ist nicht bekannt.`;
}

/**
 * The value for `<time datetime>` at the shown precision ("2019-08-02", "2019-08", "2019"), or
 * null when there is none.
 */
export function machineDate(value: ArticleDate): string | null {
  const precision = effectivePrecision(value);
  if (precision === 'unknown' || value.date === null) return null;
  if (precision === 'day') return value.date;
  if (precision === 'month') return value.date.slice(0, 7);
  return value.date.slice(0, 4);
}

/**
 * A key that orders dates as strings, newest last: "2019-08-02", a month-only date as
 * "2019-08-00", a year-only date as "2019-00-00", an unknown date as "".
 */
export function dateSortKey(value: ArticleDate): string {
  const shown = machineDate(value);
  if (shown === null) return '';
  return `${shown}-00-00`.slice(0, 10);
}

/** The year of a dated article, or null. */
export function yearOf(value: ArticleDate): number | null {
  const shown = machineDate(value);
  return shown === null ? null : Number(shown.slice(0, 4));
}

/** The month (1–12) of an article dated at least to the month, or null. */
export function monthOf(value: ArticleDate): number | null {
  const shown = machineDate(value);
  return shown === null || shown.length < 7 ? null : Number(shown.slice(5, 7));
}

/** The German name of a month (1–12): "August". */
export function monthName(month: number): string {
  return monthNameFormat.format(new Date(Date.UTC(2000, month - 1, 1)));
}
