import { describe, expect, it } from 'vitest';
import { buildTimeline, monthColumns, monthOfSortKey, monthSpan, monthlyHistogram, outsideNote } from './timeline.ts';

describe('monthOfSortKey', () => {
  it('reads the month of day- and month-precise keys and tells year-only and unknown dates apart', () => {
    expect(monthOfSortKey('2019-08-02')).toEqual({ year: 2019, month: 8 });
    expect(monthOfSortKey('2019-08-00')).toEqual({ year: 2019, month: 8 });
    expect(monthOfSortKey('2019-00-00')).toBe('year');
    expect(monthOfSortKey('')).toBe('unknown');
  });
});

describe('monthSpan', () => {
  it('runs from the earliest to the latest month and ignores keys without a month', () => {
    expect(monthSpan(['2019-08-02', '', '2016-06-07', '2015-00-00', '2017-11-15']))
      .toEqual({ first: { year: 2016, month: 6 }, last: { year: 2019, month: 8 } });
  });

  it('is null when no article has a month', () => {
    expect(monthSpan(['', '2019-00-00'])).toBeNull();
  });
});

describe('monthlyHistogram', () => {
  it('lists every month of the span, empty months with zero, across a year boundary', () => {
    const { months } = monthlyHistogram(['2016-11-03', '2017-02-01', '2017-02-20'], { first: { year: 2016, month: 11 }, last: { year: 2017, month: 2 } });
    expect(months.map(({ year, month, count }) => [year, month, count])).toEqual([
      [2016, 11, 1], [2016, 12, 0], [2017, 1, 0], [2017, 2, 2],
    ]);
    expect(months[0]!.label).toBe('November 2016');
  });

  it('counts year-only and unknown dates apart and leaves months outside the span out', () => {
    const result = monthlyHistogram(['2019-00-00', '', '', '2020-01-01', '2019-03-00'], { first: { year: 2019, month: 3 }, last: { year: 2019, month: 4 } });
    expect(result.months.map((entry) => entry.count)).toEqual([1, 0]);
    expect(result.yearOnly).toBe(1);
    expect(result.undated).toBe(2);
  });

  it('throws when the span ends before it starts', () => {
    expect(() => monthlyHistogram([], { first: { year: 2019, month: 3 }, last: { year: 2019, month: 2 } })).toThrow(/monthlyHistogram/);
  });
});

describe('buildTimeline', () => {
  const span = { first: { year: 2016, month: 6 }, last: { year: 2019, month: 8 } };
  const keys = ['2016-06-07', '2016-09-01', '2017-11-15', '2019-08-02', '2019-08-00', '2018-00-00', ''];

  it('fills table rows with twelve cells, null outside the span, and sums each year', () => {
    const timeline = buildTimeline(keys, span);
    expect(timeline.rows.map((row) => row.year)).toEqual([2016, 2017, 2018, 2019]);
    expect(timeline.rows[0]!.cells.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(timeline.rows[0]!.cells[5]).toEqual({ count: 1, path: undefined });
    expect(timeline.rows[3]!.cells.slice(8)).toEqual([null, null, null, null]);
    expect(timeline.rows.map((row) => row.total)).toEqual([2, 1, 0, 2]);
    expect(timeline.dated).toBe(5);
    expect(timeline.max).toBe(2);
  });

  it('links only months that have articles when a path builder is given', () => {
    const timeline = buildTimeline(keys, span, ({ year, month }) => `/datum/${year}/${month}/`);
    expect(timeline.months.filter((entry) => entry.path).map((entry) => entry.path)).toEqual([
      '/datum/2016/6/', '/datum/2016/9/', '/datum/2017/11/', '/datum/2019/8/',
    ]);
  });

  it('draws one bar per month with articles, as tall as its share of the busiest month', () => {
    const { chart } = buildTimeline(keys, span);
    expect(chart.bars).toHaveLength(4);
    const full = chart.bars.at(-1)!;
    const half = chart.bars[0]!;
    expect(full.y).toBe(chart.top);
    expect(full.height).toBeCloseTo(chart.baseline - chart.top, 0);
    expect(half.height).toBeCloseTo(full.height / 2, 0);
    expect(full.title).toBe('August 2019: 2 Artikel');
    expect(chart.bars.every((bar) => bar.x >= chart.plotLeft && bar.x + bar.width <= chart.plotRight + 0.1)).toBe(true);
    expect(chart.yearTicks.map((tick) => tick.text)).toEqual(['2016', '2017', '2018', '2019']);
  });

  it('names the chart and says what it leaves out', () => {
    const timeline = buildTimeline(keys, span);
    expect(timeline.summary).toContain('von Juni 2016 bis August 2019');
    expect(timeline.outsideNote).toBe('Nicht im Diagramm: 1 Artikel, von dem nur das Jahr bekannt ist und 1 Artikel mit unbekanntem Datum.');
  });

  it('thins year labels out when there are too many to fit', () => {
    const long = buildTimeline(['1950-01-01', '2019-12-01'], { first: { year: 1950, month: 1 }, last: { year: 2019, month: 12 } });
    expect(long.chart.yearTicks.length).toBeLessThanOrEqual(14);
    expect(long.chart.yearTicks[0]!.text).toBe('1950');
  });
});

describe('outsideNote', () => {
  it('is empty when every article has a month, and plural-aware otherwise', () => {
    expect(outsideNote(0, 0)).toBe('');
    expect(outsideNote(0, 3)).toBe('Nicht im Diagramm: 3 Artikel mit unbekanntem Datum.');
    expect(outsideNote(2, 0)).toBe('Nicht im Diagramm: 2 Artikel, von denen nur das Jahr bekannt ist.');
  });
});

it('heads the table columns with short and full German month names', () => {
  expect(monthColumns).toHaveLength(12);
  expect(monthColumns[2]).toEqual({ short: 'Mär', full: 'März' });
  expect(monthColumns[0]!.full).toBe('Januar');
});
