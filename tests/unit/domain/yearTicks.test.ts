import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yearTicks } from '../../../src/domain/timeline';

describe('yearTicks', () => {
  it('labels first and last year and round years between', () => {
    // 2025 would sit right next to 2026: left out.
    expect(yearTicks(2010, 2026)).toEqual([2010, 2015, 2020, 2026]);
    expect(yearTicks(2010, 2014)).toEqual([2010, 2011, 2012, 2013, 2014]);
    expect(yearTicks(2020, 2020)).toEqual([2020]);
    expect(yearTicks(2021, 2020)).toEqual([]);
  });

  it('keeps to the limit, starts and ends at the ends, and rises (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 2, max: 12 }), (from, span, max) => {
        const t = yearTicks(from, from + span, max);
        expect(t[0]).toBe(from);
        expect(t[t.length - 1]).toBe(from + span);
        expect(t.length).toBeLessThanOrEqual(max);
        for (let i = 1; i < t.length; i++) expect(t[i]).toBeGreaterThan(t[i - 1]);
      }),
    );
  });
});
