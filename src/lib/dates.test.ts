import { describe, expect, it } from 'vitest';
import {
  dateSortKey, describeDateBasis, effectivePrecision, formatDateLabel, formatDateValue, machineDate, monthName, monthOf, yearOf,
} from './dates.ts';
import { makeFrontmatter } from './__fixtures__/factories.ts';

describe('formatDateLabel', () => {
  it('shows a verified day in full', () => {
    expect(formatDateLabel(makeFrontmatter({ date: '2016-06-07', datePrecision: 'day', dateBasis: 'verified' }))).toBe('7. Juni 2016');
  });

  it('says when a day is estimated', () => {
    expect(formatDateLabel(makeFrontmatter({ date: '2017-11-14', datePrecision: 'day', dateBasis: 'estimated' }))).toBe('14. November 2017, geschätzt');
  });

  it('shows only the month when only the month is known, even if a day is stored', () => {
    const value = makeFrontmatter({ date: '2019-08-01', datePrecision: 'month', dateBasis: 'verified' });
    expect(formatDateLabel(value)).toBe('August 2019');
    expect(machineDate(value)).toBe('2019-08');
  });

  it('shows an estimated month as "August 2019, geschätzt"', () => {
    expect(formatDateLabel(makeFrontmatter({ date: '2019-08', datePrecision: 'month', dateBasis: 'estimated' }))).toBe('August 2019, geschätzt');
  });

  it('shows a year alone', () => {
    expect(formatDateLabel(makeFrontmatter({ date: '2016-01', datePrecision: 'year', dateBasis: 'verified' }))).toBe('2016');
  });

  it('says when the date is unknown', () => {
    const value = makeFrontmatter({ date: null, datePrecision: 'unknown', dateBasis: 'unknown' });
    expect(formatDateLabel(value)).toBe('Datum unbekannt');
    expect(machineDate(value)).toBeNull();
    expect(yearOf(value)).toBeNull();
  });

  it('caps a day precision at the month when the date has no day', () => {
    const value = makeFrontmatter({ date: '2019-08', datePrecision: 'day', dateBasis: 'verified' });
    expect(effectivePrecision(value)).toBe('month');
    expect(formatDateValue(value)).toBe('August 2019');
  });

  it('does not shift the day in any time zone', () => {
    expect(formatDateValue(makeFrontmatter({ date: '2019-01-01', datePrecision: 'day', dateBasis: 'verified' }))).toBe('1. Januar 2019');
  });
});

describe('dateSortKey', () => {
  it('orders days, months, years and unknown dates as strings', () => {
    const day = dateSortKey(makeFrontmatter({ date: '2019-08-02', datePrecision: 'day' }));
    const month = dateSortKey(makeFrontmatter({ date: '2019-08-15', datePrecision: 'month' }));
    const year = dateSortKey(makeFrontmatter({ date: '2019-08-15', datePrecision: 'year' }));
    const unknown = dateSortKey(makeFrontmatter({ date: null, datePrecision: 'unknown', dateBasis: 'unknown' }));
    expect([day, month, year, unknown]).toEqual(['2019-08-02', '2019-08-00', '2019-00-00', '']);
  });
});

describe('date parts', () => {
  it('gives year and month at the shown precision', () => {
    const value = makeFrontmatter({ date: '2019-08-15', datePrecision: 'year' });
    expect(yearOf(value)).toBe(2019);
    expect(monthOf(value)).toBeNull();
    expect(monthOf(makeFrontmatter({ date: '2019-08-15', datePrecision: 'month' }))).toBe(8);
  });

  it('names months in German', () => {
    expect(monthName(3)).toBe('März');
  });

  it('describes the basis of the date in a sentence', () => {
    expect(describeDateBasis(makeFrontmatter({ datePrecision: 'day', dateBasis: 'estimated' }))).toBe('Das Datum ist auf den Tag genau geschätzt, nicht belegt.');
    expect(describeDateBasis(makeFrontmatter({ date: '2019-08', datePrecision: 'month', dateBasis: 'verified' }))).toBe('Das Datum ist auf den Monat genau belegt.');
  });
});
