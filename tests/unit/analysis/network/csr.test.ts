import { describe, expect, it } from 'vitest';
import { buildGraph, degreeOf } from '../../../../src/analysis/network/csr';
import { toArray } from './graphs';

const neighbours = (g: ReturnType<typeof buildGraph>, v: number) =>
  toArray(g.targets.subarray(g.offsets[v], g.offsets[v + 1])).sort((x, y) => x - y);

describe('buildGraph', () => {
  it('stores each undirected edge from both ends with its input index', () => {
    const g = buildGraph(['a', 'b', 'c'], [{ a: 'a', b: 'b' }, { a: 'c', b: 'b' }]);
    expect(g.n).toBe(3);
    expect(g.m).toBe(2);
    expect(toArray(g.offsets)).toEqual([0, 1, 3, 4]);
    expect(neighbours(g, 1)).toEqual([0, 2]);
    expect(toArray(g.edgeOf.subarray(g.offsets[1], g.offsets[2])).sort()).toEqual([0, 1]);
    expect(g.index.get('c')).toBe(2);
    expect([0, 1, 2].map((v) => degreeOf(g, v))).toEqual([1, 2, 1]);
  });

  it('ignores self-loops and edges with an unknown end', () => {
    const g = buildGraph(['a', 'b'], [{ a: 'a', b: 'a' }, { a: 'a', b: 'x' }, { a: 'a', b: 'b' }]);
    expect(g.m).toBe(1);
    expect(toArray(g.edgeKept)).toEqual([-1, -1, 2]);
    expect(toArray(g.edgeOf)).toEqual([2, 2]);
  });

  it('counts parallel edges once and points them to the first of their pair', () => {
    const g = buildGraph(['a', 'b', 'c'], [{ a: 'a', b: 'b' }, { a: 'b', b: 'c' }, { a: 'b', b: 'a' }, { a: 'a', b: 'b' }]);
    expect(g.m).toBe(2);
    expect(toArray(g.edgeKept)).toEqual([0, 1, 0, 0]);
    expect(neighbours(g, 0)).toEqual([1]);
    expect(degreeOf(g, 1)).toBe(2);
  });

  it('resolves a repeated node id to its first occurrence', () => {
    const g = buildGraph(['a', 'b', 'a'], [{ a: 'a', b: 'b' }]);
    expect(g.n).toBe(3);
    expect(neighbours(g, 0)).toEqual([1]);
    expect(degreeOf(g, 2)).toBe(0);
  });
});
