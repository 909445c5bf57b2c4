import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lazyGreedyMclp } from '../../../../src/analysis/coverage/lazyMclp';
import { plainGreedy } from '../../../helpers/plainGreedy';

const problem = fc
  .record({ points: fc.integer({ min: 1, max: 30 }), candidates: fc.integer({ min: 0, max: 25 }), k: fc.integer({ min: 1, max: 8 }) })
  .chain(({ points, candidates, k }) =>
    fc.record({
      k: fc.constant(k),
      // Small integer weights make ties frequent, so the tie rule is tested too.
      weight: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: points, maxLength: points }),
      lists: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: points - 1 }), { maxLength: points }), { minLength: candidates, maxLength: candidates }),
      extra: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: points - 1 }), { maxLength: points }), { minLength: candidates, maxLength: candidates }),
      covered: fc.uniqueArray(fc.integer({ min: 0, max: points - 1 }), { maxLength: points }),
      withBound: fc.boolean(),
    }),
  );

describe('lazy greedy maximal covering', () => {
  it('picks exactly what the plain greedy picks, with or without bounds, and finds each reach at most once', () => {
    fc.assert(
      fc.property(problem, ({ k, weight, lists, extra, covered, withBound }) => {
        const cov = new Uint8Array(weight.length);
        covered.forEach((j) => (cov[j] = 1));
        const asked = new Map<number, number>();
        const r = lazyGreedyMclp({
          candidateCount: lists.length,
          weight,
          covered: cov,
          bound: withBound ? (c) => [...new Set([...lists[c], ...extra[c]])] : null,
          reach: (c) => {
            asked.set(c, (asked.get(c) ?? 0) + 1);
            return lists[c];
          },
          k,
        });
        const expected = plainGreedy(lists, weight, covered, k);
        expect(r.picks.map((p) => [p.candidate, p.gain])).toEqual(expected.map((p) => [p.candidate, p.gain]));
        for (const times of asked.values()) expect(times).toBe(1);
        expect(r.evaluated).toBe(asked.size);
        const total = weight.reduce((a, b) => a + b, 0);
        expect(r.totalWeight).toBe(total);
        expect(r.existingCoveredWeight).toBe(covered.reduce((a, j) => a + weight[j], 0));
        const last = r.picks.at(-1);
        if (last) expect(last.coveredWeight).toBe(r.existingCoveredWeight + r.picks.reduce((a, p) => a + p.gain, 0));
      }),
      { numRuns: 400 },
    );
  });

  it('with tight bounds finds few reaches: a clear winner needs no look at the rest', () => {
    const weight = [100, 1, 1, 1, 1];
    const lists = [[0], [1], [2], [3], [4]];
    const asked: number[] = [];
    const r = lazyGreedyMclp({ candidateCount: 5, weight, covered: new Uint8Array(5), bound: (c) => lists[c], reach: (c) => (asked.push(c), lists[c]), k: 1 });
    expect(r.picks.map((p) => p.candidate)).toEqual([0]);
    expect(asked).toEqual([0]);
  });

  it('stops when nothing is gained and refuses a bad k', () => {
    const r = lazyGreedyMclp({ candidateCount: 2, weight: [1, 1], covered: Uint8Array.of(1, 1), bound: null, reach: () => [0, 1], k: 3 });
    expect(r.picks).toEqual([]);
    expect(r.existingCoveredWeight).toBe(2);
    expect(() => lazyGreedyMclp({ candidateCount: 0, weight: [], covered: new Uint8Array(0), bound: null, reach: () => [], k: 0 })).toThrow(RangeError);
  });
});
