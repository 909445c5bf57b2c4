import { describe, expect, it } from 'vitest';
import { labelPriorities } from '../../../src/ui/graph/graphElements';

describe('labelPriorities', () => {
  it('ranks ThEKiZ over brokers over the most central over the rest, by figure within a rank', () => {
    const n = 30;
    const thekiz = Array.from({ length: n }, (_, i) => i === 0);
    const brokers = Array.from({ length: n }, (_, i) => i === 1);
    const score = Array.from({ length: n }, (_, i) => n - i); // node 2 is the most central after 0 and 1
    const p = labelPriorities(thekiz, brokers, score);
    expect(Math.floor(p[0])).toBe(3);
    expect(Math.floor(p[1])).toBe(2);
    // The top 10 by figure (at least 10, else 5 %) show zoomed out: nodes 0–9, of which 2–9 rank 1.
    expect(Array.from(p.slice(2, 10), Math.floor)).toEqual(Array(8).fill(1));
    expect(Math.floor(p[10])).toBe(0);
    expect(p[10]).toBeGreaterThan(p[11]);
  });

  it('gives nobody a central rank for a figure of 0', () => {
    const p = labelPriorities([false, false], [false, false], [0, 0]);
    expect(Array.from(p)).toEqual([0, 0]);
  });
});
