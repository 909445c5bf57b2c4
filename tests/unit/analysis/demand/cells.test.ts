import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agsOfArs, largestRemainder, scaleCells, type CensusCell } from '../../../../src/analysis/demand/cells';

const cell = (total: number, under15 = 0, over65 = 0, x = 0): CensusCell => ({ x, y: 0, lon: 11, lat: 51, total, under15, over65 });

describe('agsOfArs', () => {
  it('takes Land, Bezirk and Kreis and the Gemeinde digits of a 12-digit key', () => {
    expect(agsOfArs('160510000000')).toBe('16051000');
    expect(agsOfArs('160615012097')).toBe('16061097');
    expect(agsOfArs('16051000')).toBeNull();
    expect(agsOfArs('DG')).toBeNull();
  });
});

describe('largestRemainder', () => {
  it('gives whole numbers in proportion that add up to the target', () => {
    expect(largestRemainder([1, 1, 1], 10)).toEqual([4, 3, 3]);
    expect(largestRemainder([0, 5, 5], 3)).toEqual([0, 2, 1]);
    expect(largestRemainder([], 0)).toEqual([]);
    expect(() => largestRemainder([1], 2.5)).toThrow(RangeError);
  });

  it('always sums exactly and never goes negative (property)', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 50 }), fc.integer({ min: 0, max: 1e7 }), (w, target) => {
      const out = largestRemainder(w, target);
      expect(out.reduce((a, b) => a + b, 0)).toBe(target);
      expect(out.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
      const sum = w.reduce((a, b) => a + b, 0);
      if (sum > 0) out.forEach((v, i) => expect(Math.abs(v - (w[i] * target) / sum)).toBeLessThan(1 + 1e-6));
    }));
  });
});

describe('scaleCells', () => {
  it('scales each Gemeinde’s cells to its official population, and the age classes by the same factor', () => {
    const cells = [cell(100, 20, 10), cell(300, 30, 90), cell(50, 5, 5)];
    const r = scaleCells(cells, ['a', 'a', 'b'], new Map([['a', 440], ['b', 50], ['c', 7]]));
    expect(r.people.total).toEqual([110, 330, 50]);
    expect(r.people.under15).toEqual([22, 33, 5]);
    expect(r.people.over65).toEqual([11, 99, 5]);
    expect(r.withoutCells).toEqual(['c']);
    expect(r.unknown).toEqual([]);
  });

  it('leaves cells outside the area at 0 and names Gemeinden it has no figure for', () => {
    const r = scaleCells([cell(10), cell(20)], [null, 'x'], new Map());
    expect(r.people.total).toEqual([0, 0]);
    expect(r.unknown).toEqual(['x']);
  });

  it('on random grids: every Gemeinde sums exactly, nobody is negative or lost (property)', () => {
    const gemeinde = fc.constantFrom('g1', 'g2', 'g3', 'g4');
    fc.assert(fc.property(
      fc.array(fc.record({ total: fc.nat(5000), under15: fc.nat(800), over65: fc.nat(900), g: gemeinde }), { minLength: 1, maxLength: 60 }),
      fc.dictionary(gemeinde, fc.integer({ min: 1, max: 200_000 })),
      (rows, official) => {
        const cells = rows.map((r, i) => cell(r.total, r.under15, r.over65, i));
        const totals = new Map(Object.entries(official));
        const r = scaleCells(cells, rows.map((x) => x.g), totals);
        for (const [g, target] of totals) {
          const sum = rows.reduce((s, x, i) => s + (x.g === g ? r.people.total[i] : 0), 0);
          const hasPeople = rows.some((x) => x.g === g && x.total > 0);
          expect(hasPeople ? sum : target).toBe(target);
          expect(r.withoutCells.includes(g)).toBe(!hasPeople);
        }
        for (const k of ['total', 'under15', 'over65'] as const) expect(r.people[k].every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
      },
    ));
  });
});
