/**
 * Articles per month as a bar chart drawn at build time: the histogram over a fixed span of months
 * (gaps included, so an empty month is a visible gap and a 0 in the table), the counts that fit no
 * month (year-only and unknown dates), and the chart's geometry in SVG user units. Pure: the
 * component only maps over what `buildTimeline` returns.
 */
import { monthName } from './dates.ts';
import { countLabel } from './page-meta.ts';

/** A calendar month; `month` is 1–12. */
export interface YearMonth {
  year: number;
  month: number;
}

/** One month of the histogram. */
export interface TimelineMonth extends YearMonth {
  count: number;
  /** "Juni 2016". */
  label: string;
  /** Page of the month, when the caller links months (the home page does). */
  path?: string | undefined;
}

/** One row of the accessible table: a year with twelve cells, null outside the span. */
export interface TimelineYearRow {
  year: number;
  cells: ({ count: number; path?: string | undefined } | null)[];
  total: number;
}

export interface TimelineBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** "Juni 2016: 2 Artikel", the bar's tooltip. */
  title: string;
}

export interface TimelineView {
  months: TimelineMonth[];
  rows: TimelineYearRow[];
  /** Articles dated to the month, inside the span. */
  dated: number;
  /** Articles whose year is known but not their month. */
  yearOnly: number;
  undated: number;
  max: number;
  /** The accessible name of the chart. */
  summary: string;
  /** What the chart cannot show, as a sentence; empty when every article has a month. */
  outsideNote: string;
  chart: {
    width: number;
    height: number;
    bars: TimelineBar[];
    /** Baseline and top gridline, y in user units. */
    baseline: number;
    top: number;
    /** Labels on the y axis ("0", max). */
    yLabels: { y: number; text: string }[];
    /** A tick and label at each January (or the first month), x in user units. */
    yearTicks: { x: number; text: string }[];
    plotLeft: number;
    plotRight: number;
  };
}

/** Chart size in SVG user units; the stylesheet scales it to the column. */
export const timelineSize = { width: 640, height: 170, left: 40, right: 8, top: 12, bottom: 26 } as const;

/**
 * Year and month of a sort key from `dateSortKey` ("2019-08-02", "2019-08-00", "2019-00-00", ""):
 * a month, `'year'` when only the year is known, `'unknown'` for "".
 */
export function monthOfSortKey(sortKey: string): YearMonth | 'year' | 'unknown' {
  const match = /^(\d{4})-(\d{2})/.exec(sortKey);
  if (!match) return 'unknown';
  const month = Number(match[2]);
  return month === 0 ? 'year' : { year: Number(match[1]), month };
}

/** The span from the earliest to the latest month among `sortKeys`, or null when none has a month. */
export function monthSpan(sortKeys: readonly string[]): { first: YearMonth; last: YearMonth } | null {
  let first: YearMonth | null = null;
  let last: YearMonth | null = null;
  for (const key of sortKeys) {
    const value = monthOfSortKey(key);
    if (typeof value === 'string') continue;
    if (first === null || monthIndex(value) < monthIndex(first)) first = value;
    if (last === null || monthIndex(value) > monthIndex(last)) last = value;
  }
  return first && last ? { first, last } : null;
}

/**
 * Counts articles per month over `span`, every month of it present, zero when empty. Articles dated
 * to a month outside the span are ignored; year-only and unknown dates are counted separately.
 */
export function monthlyHistogram(
  sortKeys: readonly string[],
  span: { first: YearMonth; last: YearMonth },
): { months: TimelineMonth[]; yearOnly: number; undated: number } {
  const start = monthIndex(span.first);
  const end = monthIndex(span.last);
  if (end < start) throw new Error('monthlyHistogram: the span ends before it starts');
  const counts = new Array<number>(end - start + 1).fill(0);
  let yearOnly = 0;
  let undated = 0;
  for (const key of sortKeys) {
    const value = monthOfSortKey(key);
    if (value === 'year') yearOnly += 1;
    else if (value === 'unknown') undated += 1;
    else {
      const index = monthIndex(value) - start;
      if (index >= 0 && index < counts.length) counts[index]! += 1;
    }
  }
  const months = counts.map((count, index) => {
    const { year, month } = fromMonthIndex(start + index);
    return { year, month, count, label: `${monthName(month)} ${year}` };
  });
  return { months, yearOnly, undated };
}

/**
 * The timeline of `sortKeys` over the archive's `span`: histogram, table rows, sentences and chart
 * geometry. `pathOf` gives a month's page when months should link somewhere.
 */
export function buildTimeline(
  sortKeys: readonly string[],
  span: { first: YearMonth; last: YearMonth },
  pathOf?: (month: YearMonth) => string | undefined,
): TimelineView {
  const histogram = monthlyHistogram(sortKeys, span);
  const months = histogram.months.map((entry) => ({ ...entry, path: entry.count > 0 ? pathOf?.(entry) : undefined }));
  const dated = months.reduce((sum, entry) => sum + entry.count, 0);
  const max = Math.max(0, ...months.map((entry) => entry.count));
  const first = months[0]!;
  const last = months.at(-1)!;
  const summary = `Säulendiagramm: ${countLabel(dated, 'Artikel', 'Artikel')} je Monat von ${first.label} bis ${last.label}, `
    + `höchstens ${countLabel(max, 'Artikel', 'Artikel')} in einem Monat. Die Zahlen stehen auch in der Tabelle.`;
  return {
    months,
    rows: tableRows(months),
    dated,
    yearOnly: histogram.yearOnly,
    undated: histogram.undated,
    max,
    summary,
    outsideNote: outsideNote(histogram.yearOnly, histogram.undated),
    chart: chartGeometry(months, max),
  };
}

/** "Dazu kommen 1 Artikel, von dem nur das Jahr bekannt ist, und 2 Artikel mit unbekanntem Datum." */
export function outsideNote(yearOnly: number, undated: number): string {
  const parts = [
    yearOnly > 0 ? `${countLabel(yearOnly, 'Artikel', 'Artikel')}, von ${yearOnly === 1 ? 'dem' : 'denen'} nur das Jahr bekannt ist` : '',
    undated > 0 ? `${countLabel(undated, 'Artikel', 'Artikel')} mit unbekanntem Datum` : '',
  ].filter(Boolean);
  return parts.length === 0 ? '' : `Nicht im Diagramm: ${parts.join(' und ')}.`;
}

function tableRows(months: readonly TimelineMonth[]): TimelineYearRow[] {
  const rows = new Map<number, TimelineYearRow>();
  for (const entry of months) {
    let row = rows.get(entry.year);
    if (!row) {
      row = { year: entry.year, cells: new Array(12).fill(null), total: 0 };
      rows.set(entry.year, row);
    }
    row.cells[entry.month - 1] = { count: entry.count, path: entry.path };
    row.total += entry.count;
  }
  return [...rows.values()];
}

function chartGeometry(months: readonly TimelineMonth[], max: number): TimelineView['chart'] {
  const { width, height, left, right, top, bottom } = timelineSize;
  const plotWidth = width - left - right;
  const baseline = height - bottom;
  const plotHeight = baseline - top;
  const step = plotWidth / months.length;
  const gap = step >= 4 ? step * 0.2 : 0;
  const scale = max === 0 ? 0 : plotHeight / max;
  const bars = months.flatMap((entry, index) => entry.count === 0 ? [] : [{
    x: round(left + index * step + gap / 2),
    y: round(baseline - entry.count * scale),
    width: round(step - gap),
    height: round(entry.count * scale),
    title: `${entry.label}: ${countLabel(entry.count, 'Artikel', 'Artikel')}`,
  }]);
  // A label per year at its January; with many years, every n-th so labels never overlap.
  const yearStarts = months.flatMap((entry, index) => (entry.month === 1 || index === 0 ? [{ index, year: entry.year }] : []));
  const labelEvery = Math.max(1, Math.ceil(yearStarts.length / Math.floor(plotWidth / 56)));
  const yearTicks = yearStarts
    .filter((_, position) => position % labelEvery === 0)
    // The first month's label is dropped when the next January would crowd it.
    .filter(({ index }, position, all) => !(position === 0 && all[1] !== undefined && (all[1].index - index) * step < 36))
    .map(({ index, year }) => ({ x: round(left + index * step), text: String(year) }));
  return {
    width,
    height,
    bars,
    baseline,
    top,
    yLabels: max === 0 ? [{ y: baseline, text: '0' }] : [{ y: baseline, text: '0' }, { y: top, text: String(max) }],
    yearTicks,
    plotLeft: left,
    plotRight: width - right,
  };
}

function monthIndex({ year, month }: YearMonth): number {
  return year * 12 + (month - 1);
}

function fromMonthIndex(index: number): YearMonth {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Column heads of the table: a fixed three-letter German month name (ICU versions differ) and the full one. */
export const monthColumns: { short: string; full: string }[] = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez']
  .map((short, index) => ({ short, full: monthName(index + 1) }));
