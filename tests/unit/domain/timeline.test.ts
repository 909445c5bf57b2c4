import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activeOn, endOf, partnershipsOn, startOf, timelineYears, yearEnd, yearView } from '../../../src/domain/timeline';
import { EMPTY_FILTER } from '../../../src/domain/filter';
import { institution, partnership } from '../../helpers/records';

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

  it('counts the dates of institutions too', () => {
    expect(timelineYears([institution('t', { since: '2010-05' }), p('2015', '2016')], 2026)).toEqual({ from: 2010, to: 2026 });
    expect(timelineYears([institution('t', { since: '2010', until: '2012' })], 2026)).toEqual({ from: 2010, to: 2012 });
  });
});

describe('yearView: what a year shows', () => {
  const centre = institution('t19', { name: 'ThEKiZ Neu', category: 'ThEKiZ', since: '2019' });
  const old = institution('t10', { name: 'ThEKiZ Alt', category: 'ThEKiZ', since: '2010-11' });
  const undated = institution('k', { name: 'Kita', category: 'Kita' });
  const closed = institution('b', { name: 'Beratung', category: 'Beratung', since: '2012', until: '2016-06' });
  const institutions = [centre, old, undated, closed];
  const early = partnership('t19', 'k', { since: '2015' }); // older than the centre's own date
  const always = partnership('t10', 'k');
  const toClosed = partnership('t10', 'b', { since: '2013' });
  const partnerships = [early, always, toClosed];
  const ids = (list: readonly { id: string }[]) => list.map((x) => x.id).sort();

  it('shows an institution from the year it started, and not before', () => {
    expect(ids(yearView(institutions, partnerships, 2018, EMPTY_FILTER).shown.institutions)).not.toContain('t19');
    expect(ids(yearView(institutions, partnerships, 2019, EMPTY_FILTER).shown.institutions)).toContain('t19');
  });

  it('shows a partnership only while both its ends are there, whatever its own date', () => {
    expect(yearView(institutions, partnerships, 2018, EMPTY_FILTER).shown.partnerships).not.toContain(early);
    expect(yearView(institutions, partnerships, 2019, EMPTY_FILTER).shown.partnerships).toContain(early);
  });

  it('always shows undated institutions', () => {
    for (const y of [1950, 2015, 2040]) expect(ids(yearView(institutions, partnerships, y, EMPTY_FILTER).shown.institutions)).toContain('k');
  });

  it('stops showing an institution after its until date, with its partnerships', () => {
    const at = (y: number) => yearView(institutions, partnerships, y, EMPTY_FILTER).shown;
    expect(ids(at(2015).institutions)).toContain('b');
    expect(at(2015).partnerships).toContain(toClosed);
    // "Stand Ende 2016": closed in June.
    expect(ids(at(2016).institutions)).not.toContain('b');
    expect(at(2016).partnerships).not.toContain(toClosed);
    expect(ids(at(2011).institutions)).toEqual(['k', 't10']);
  });

  it('counts institutions, ThEKiZ and partnerships of the year and of all years', () => {
    expect(yearView(institutions, partnerships, 2018, EMPTY_FILTER).counts).toEqual({
      shown: { institutions: 2, centres: 1, partnerships: 1 },
      all: { institutions: 4, centres: 2, partnerships: 3 },
    });
    expect(yearView(institutions, partnerships, 2019, EMPTY_FILTER).counts.shown).toEqual({ institutions: 3, centres: 2, partnerships: 2 });
  });

  it('shows everything the filter lets through when the slider is off, as the network of all years itself', () => {
    const v = yearView(institutions, partnerships, null, EMPTY_FILTER);
    expect(v.shown).toBe(v.all);
    expect(v.counts.shown).toEqual(v.counts.all);
  });

  it('applies the filter after the year, and keeps a given network of all years as it is', () => {
    const kitas = { ...EMPTY_FILTER, categories: ['ThEKiZ'] };
    const all = yearView(institutions, partnerships, null, kitas).all;
    const v = yearView(institutions, partnerships, 2018, kitas, all);
    expect(v.all).toBe(all);
    expect(ids(v.shown.institutions)).toEqual(['t10']);
    expect(v.counts.all.institutions).toBe(2);
    // A type filter keeps the institutions that had such a partnership in that year.
    const typed = { ...EMPTY_FILTER, partnershipTypes: ['Kooperationsvereinbarung'] };
    const coop = [partnership('t19', 'k', { since: '2020', type: 'Kooperationsvereinbarung' }), always];
    expect(yearView(institutions, coop, 2019, typed).shown.institutions).toEqual([]);
    expect(ids(yearView(institutions, coop, 2020, typed).shown.institutions)).toEqual(['k', 't19']);
  });

  it('never loses anything from one year to a later one when nothing has an end (property)', () => {
    const year = fc.integer({ min: 2000, max: 2030 });
    const start = fc.option(year, { nil: undefined }).map((y) => (y === undefined ? '' : String(y)));
    const network = fc.array(start, { minLength: 1, maxLength: 12 }).chain((starts) => fc.record({
      starts: fc.constant(starts),
      links: fc.array(fc.tuple(fc.nat(starts.length - 1), fc.nat(starts.length - 1), start), { maxLength: 20 }),
    }));
    fc.assert(fc.property(network, year, year, ({ starts, links }, y1, y2) => {
      const list = starts.map((since, k) => institution(`i${k}`, { since, category: k % 3 === 0 ? 'ThEKiZ' : 'Kita' }));
      const edges = links.filter(([a, b]) => a !== b).map(([a, b, since]) => partnership(`i${a}`, `i${b}`, { since }));
      const [a, b] = y1 <= y2 ? [y1, y2] : [y2, y1];
      const early = yearView(list, edges, a, EMPTY_FILTER);
      const late = yearView(list, edges, b, EMPTY_FILTER);
      const lateIds = new Set([...late.shown.institutions, ...late.shown.partnerships].map((x) => x.id));
      return [...early.shown.institutions, ...early.shown.partnerships].every((x) => lateIds.has(x.id))
        && early.counts.shown.centres <= late.counts.shown.centres
        && late.counts.shown.institutions <= late.counts.all.institutions;
    }));
  });
});
