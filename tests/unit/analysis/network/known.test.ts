import { describe, expect, it } from 'vitest';
import { articulationAndBridges } from '../../../../src/analysis/network/articulation';
import { betweenness } from '../../../../src/analysis/network/betweenness';
import { closeness } from '../../../../src/analysis/network/closeness';
import { connectedComponents, isolatedNodes } from '../../../../src/analysis/network/components';
import { cycle, graphOf, path, star, toArray, type Pair } from './graphs';

const expectClose = (actual: ArrayLike<number>, expected: number[]) => {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((x, i) => expect(actual[i]).toBeCloseTo(x, 12));
};

describe('a path of 5 nodes', () => {
  const g = graphOf(5, path(5));

  it('has betweenness 3, 4, 3 inside (normalized by 2/(4·3)) and 0 at the ends', () => {
    const { raw, normalized } = betweenness(g);
    expectClose(raw, [0, 3, 4, 3, 0]);
    expectClose(normalized, [0, 0.5, 2 / 3, 0.5, 0]);
  });

  it('has closeness 4 / (sum of distances)', () => {
    expectClose(closeness(g), [4 / 10, 4 / 7, 4 / 6, 4 / 7, 4 / 10]);
  });

  it('has the inner nodes as articulation points and every edge as a bridge', () => {
    const { articulation, bridges } = articulationAndBridges(g);
    expect(toArray(articulation)).toEqual([0, 1, 1, 1, 0]);
    expect(bridges).toEqual([0, 1, 2, 3]);
  });
});

describe('a star with 4 leaves', () => {
  const g = graphOf(5, star(4));

  it('gives the centre normalized betweenness 1 and the leaves 0', () => {
    expectClose(betweenness(g).normalized, [1, 0, 0, 0, 0]);
  });

  it('gives the centre closeness 1 and each leaf 4/7', () => {
    expectClose(closeness(g), [1, 4 / 7, 4 / 7, 4 / 7, 4 / 7]);
  });

  it('has the centre as its only articulation point', () => {
    expect(toArray(articulationAndBridges(g).articulation)).toEqual([1, 0, 0, 0, 0]);
  });
});

describe('a triangle, a separate edge and an isolated node', () => {
  // n1 is listed first so the component ids must be ranked by size, not by discovery.
  const pairs: Pair[] = [[3, 4], [0, 1], [1, 2], [2, 0]];
  const g = graphOf(6, pairs);

  it('has components of sizes 3, 2, 1 with id 0 for the largest', () => {
    const { componentOf, sizes } = connectedComponents(g);
    expect(sizes).toEqual([3, 2, 1]);
    expect(toArray(componentOf)).toEqual([0, 0, 0, 1, 1, 2]);
  });

  it('flags the isolated node', () => {
    expect(toArray(isolatedNodes(g))).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('uses the Wasserman–Faust closeness: (r-1)/(n-1) · (r-1)/Σd, 0 when isolated', () => {
    expectClose(closeness(g), [0.4, 0.4, 0.4, 0.2, 0.2, 0]);
  });

  it('has no betweenness, no articulation point and the lone edge as a bridge', () => {
    expectClose(betweenness(g).raw, [0, 0, 0, 0, 0, 0]);
    const { articulation, bridges } = articulationAndBridges(g);
    expect(toArray(articulation)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(bridges).toEqual([0]);
  });
});

describe('two triangles joined by a bridge', () => {
  const pairs: Pair[] = [[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3], [2, 3]];
  const g = graphOf(6, pairs);

  it('makes the bridge ends articulation points and finds the one bridge', () => {
    const { articulation, bridges } = articulationAndBridges(g);
    expect(toArray(articulation)).toEqual([0, 0, 1, 1, 0, 0]);
    expect(bridges).toEqual([6]);
  });

  it('routes the 2·3 pairs across through both bridge ends', () => {
    const { raw, normalized } = betweenness(g);
    expectClose(raw, [0, 0, 6, 6, 0, 0]);
    expectClose(normalized, [0, 0, 0.6, 0.6, 0, 0]);
  });
});

describe('a cycle of 6 nodes', () => {
  const g = graphOf(6, cycle(6));

  it('has no articulation points and no bridges', () => {
    const { articulation, bridges } = articulationAndBridges(g);
    expect(toArray(articulation)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(bridges).toEqual([]);
  });

  it('gives every node betweenness 2 (0.2 normalized) and closeness 5/9', () => {
    expectClose(betweenness(g).normalized, [0.2, 0.2, 0.2, 0.2, 0.2, 0.2]);
    expectClose(closeness(g), [5 / 9, 5 / 9, 5 / 9, 5 / 9, 5 / 9, 5 / 9]);
  });
});

describe('degenerate graphs', () => {
  it('handles the empty graph', () => {
    const g = graphOf(0, []);
    expect(g.n).toBe(0);
    expect(toArray(betweenness(g).normalized)).toEqual([]);
    expect(toArray(closeness(g))).toEqual([]);
    expect(connectedComponents(g).sizes).toEqual([]);
    expect(articulationAndBridges(g).bridges).toEqual([]);
  });

  it('gives a single node zeros, no NaN', () => {
    const g = graphOf(1, []);
    expect(toArray(betweenness(g).normalized)).toEqual([0]);
    expect(toArray(closeness(g))).toEqual([0]);
    expect(connectedComponents(g).sizes).toEqual([1]);
    expect(toArray(isolatedNodes(g))).toEqual([1]);
  });

  it('treats a single edge as a bridge without articulation points; n ≤ 2 normalizes to 0', () => {
    const g = graphOf(2, [[0, 1]]);
    expect(toArray(betweenness(g).normalized)).toEqual([0, 0]);
    expect(toArray(closeness(g))).toEqual([1, 1]);
    const { articulation, bridges } = articulationAndBridges(g);
    expect(toArray(articulation)).toEqual([0, 0]);
    expect(bridges).toEqual([0]);
  });

  it('walks a path of 5,000 nodes without recursion', () => {
    const { articulation, bridges } = articulationAndBridges(graphOf(5000, path(5000)));
    expect(articulation.reduce((s, x) => s + x, 0)).toBe(4998);
    expect(bridges).toHaveLength(4999);
  });
});
