import { describe, expect, it } from 'vitest';
import { activeFilterCount, applyFilter, EMPTY_FILTER, filterOptions, kreisOf } from '../../../src/domain/filter';
import { institution, partnership } from '../../helpers/records';

const list = [
  institution('a', { category: 'ThEKiZ', ags: '16051000', carrier: 'Stadt Erfurt', tags: ['Landesprogramm'] }),
  institution('b', { category: 'Kita', ags: '16051000', carrier: 'AWO' }),
  institution('c', { category: 'Kita', ags: '16053000', carrier: 'AWO', tags: ['Landesprogramm', 'neu'] }),
  institution('d', { category: 'Hebammen', ags: '', carrier: '' }),
];
const links = [
  partnership('a', 'b', { type: 'Kooperationsvereinbarung' }),
  partnership('b', 'c', { type: 'gemeinsames Angebot' }),
  partnership('a', 'd', { type: 'Kooperationsvereinbarung' }),
];
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('applyFilter', () => {
  it('keeps everything without restrictions', () => {
    const r = applyFilter(list, links, EMPTY_FILTER);
    expect(ids(r.institutions)).toEqual(['a', 'b', 'c', 'd']);
    expect(r.partnerships).toHaveLength(3);
    expect(activeFilterCount(EMPTY_FILTER)).toBe(0);
  });

  it('filters by category and keeps only links between kept institutions', () => {
    const r = applyFilter(list, links, { ...EMPTY_FILTER, categories: ['Kita'] });
    expect(ids(r.institutions)).toEqual(['b', 'c']);
    expect(r.partnerships.map((p) => [p.a, p.b])).toEqual([['b', 'c']]);
  });

  it('filters by Kreis, with "" for institutions without a Gemeinde key', () => {
    expect(ids(applyFilter(list, links, { ...EMPTY_FILTER, kreise: ['16051'] }).institutions)).toEqual(['a', 'b']);
    expect(ids(applyFilter(list, links, { ...EMPTY_FILTER, kreise: [''] }).institutions)).toEqual(['d']);
    expect(kreisOf({ ags: '16053000' })).toBe('16053');
    expect(kreisOf({ ags: '16056000' })).toBe('16063'); // Eisenach, Wartburgkreis since 2021
  });

  it('combines fields with AND and values within a field with OR', () => {
    const f = { ...EMPTY_FILTER, carriers: ['AWO'], tags: ['Landesprogramm', 'x'] };
    expect(ids(applyFilter(list, links, f).institutions)).toEqual(['c']);
    expect(activeFilterCount(f)).toBe(2);
  });

  it('a partnership type keeps those partnerships and the institutions taking part', () => {
    const r = applyFilter(list, links, { ...EMPTY_FILTER, partnershipTypes: ['Kooperationsvereinbarung'] });
    expect(ids(r.institutions)).toEqual(['a', 'b', 'd']);
    expect(r.partnerships).toHaveLength(2);
  });

  it('never keeps a partnership with an end filtered out', () => {
    const r = applyFilter(list, links, { ...EMPTY_FILTER, categories: ['ThEKiZ', 'Hebammen'], partnershipTypes: ['Kooperationsvereinbarung', 'gemeinsames Angebot'] });
    const kept = new Set(ids(r.institutions));
    for (const p of r.partnerships) expect(kept.has(p.a) && kept.has(p.b)).toBe(true);
    expect(ids(r.institutions)).toEqual(['a', 'd']);
  });
});

describe('filterOptions', () => {
  it('counts values, most frequent first, without empty ones', () => {
    const o = filterOptions(list, links);
    expect(o.carriers).toEqual([{ value: 'AWO', count: 2 }, { value: 'Stadt Erfurt', count: 1 }]);
    expect(o.tags).toEqual([{ value: 'Landesprogramm', count: 2 }, { value: 'neu', count: 1 }]);
    expect(o.partnershipTypes[0]).toEqual({ value: 'Kooperationsvereinbarung', count: 2 });
  });
});
