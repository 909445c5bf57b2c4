import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activeOn, endOf, partnershipsOn, startOf, timelineYears, yearEnd } from '../../../src/domain/timeline';

const p = (since: string, until = '') => ({ since, until });

describe('partial dates', () => {
  it('reads years, months and days as their first and last day', () => {
    expect(startOf('2019')).toBe('2019-01-01');
    expect(startOf('2019-05')).toBe('2019-05-01');
    expect(startOf(' 2019-05-17 ')).toBe('2019-05-17');
    expect(endOf('2019')).toBe('2019-12-31');
    expect(endOf('2020-02')).toBe('2020-02-29');
    expect(endOf('2019-02')).toBe('2019-02-28');
    expect(endOf('2019-05-17')).toBe('2019-05-17');
  });

  it('treats anything else as no date', () => {
    for (const v of ['', '17.05.2019', 'seit 2019', '2019/05', '19']) {
      expect(startOf(v)).toBeNull();
      expect(endOf(v)).toBeNull();
    }
  });
});

describe('activeOn', () => {
  it('counts the first and the last day', () => {
    expect(activeOn(p('2019-05-01', '2020-04-30'), '2019-05-01')).toBe(true);
    expect(activeOn(p('2019-05-01', '2020-04-30'), '2020-04-30')).toBe(true);
    expect(activeOn(p('2019-05-01', '2020-04-30'), '2019-04-30')).toBe(false);
    expect(activeOn(p('2019-05-01', '2020-04-30'), '2020-05-01')).toBe(false);
  });

  it('takes an unknown start as always there and an open end as still running', () => {
    expect(activeOn(p(''), '1990-01-01')).toBe(true);
    expect(activeOn(p('', '2010'), '2011-01-01')).toBe(false);
    expect(activeOn(p('2015'), '2099-12-31')).toBe(true);
    expect(activeOn(p('Frühjahr'), '2000-01-01')).toBe(true);
  });
});

describe('partnershipsOn', () => {
  it('keeps everything when the slider is off', () => {
    const list = [p('2019'), p('2030')];
    expect(partnershipsOn(list, null)).toEqual(list);
  });

  it('only grows over time when nothing ends (property)', () => {
    const year = fc.integer({ min: 1990, max: 2030 });
    fc.assert(fc.property(fc.array(fc.option(year, { nil: undefined })), year, year, (starts, y1, y2) => {
      const list = starts.map((s) => p(s === undefined ? '' : String(s)));
      const [a, b] = y1 <= y2 ? [y1, y2] : [y2, y1];
      const early = new Set(partnershipsOn(list, yearEnd(a)));
      const late = partnershipsOn(list, yearEnd(b));
      return [...early].every((x) => late.includes(x));
    }));
  });
});

describe('timelineYears', () => {
  it('spans the dates, up to this year while something still runs', () => {
    expect(timelineYears([p('2012-03-01', '2014'), p('2016')], 2026)).toEqual({ from: 2012, to: 2026 });
    expect(timelineYears([p('2012-03-01', '2014'), p('2013', '2015-06')], 2026)).toEqual({ from: 2012, to: 2015 });
    expect(timelineYears([p('', '2018')], 2026)).toEqual({ from: 2018, to: 2018 });
  });

  it('is null without a single date', () => {
    expect(timelineYears([], 2026)).toBeNull();
    expect(timelineYears([p(''), p('irgendwann')], 2026)).toBeNull();
  });
});
