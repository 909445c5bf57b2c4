/** Cross-checks against graphology, an independent implementation. */
import fc from 'fast-check';
import { connectedComponents as graphologyComponents } from 'graphology-components';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { describe, expect, it } from 'vitest';
import { betweenness, brandesPartial } from '../../../../src/analysis/network/betweenness';
import { closeness } from '../../../../src/analysis/network/closeness';
import { connectedComponents, isolatedNodes } from '../../../../src/analysis/network/components';
import { expectNear, moreRuns, nonEmptyArb, runs } from './arbitraries';
import { graphologyOf, graphOf, nodeId, toArray, type Pair } from './graphs';

describe('network figures against graphology', () => {
  it('normalized and raw betweenness equal graphology-metrics', () => {
    fc.assert(
      fc.property(nonEmptyArb, ({ n, pairs }) => {
        const { raw, normalized } = betweenness(graphOf(n, pairs));
        const oracle = graphologyOf(n, pairs);
        const norm = betweennessCentrality(oracle, { normalized: true, getEdgeWeight: null });
        const plain = betweennessCentrality(oracle, { normalized: false, getEdgeWeight: null });
        expectNear(normalized, (i) => norm[nodeId(i)]);
        expectNear(raw, (i) => plain[nodeId(i)]);
      }),
      moreRuns,
    );
  });

  it('closeness equals graphology-metrics with wassermanFaust, by both code paths', () => {
    fc.assert(
      fc.property(nonEmptyArb, ({ n, pairs }) => {
        const g = graphOf(n, pairs);
        const oracle = closenessCentrality(graphologyOf(n, pairs), { wassermanFaust: true });
        expectNear(closeness(g), (i) => oracle[nodeId(i)]);
        expectNear(brandesPartial(g).closeness, (i) => oracle[nodeId(i)]);
      }),
      runs,
    );
  });

  it('components equal graphology-components, ranked by size; isolated means degree 0', () => {
    fc.assert(
      fc.property(nonEmptyArb, ({ n, pairs }) => {
        const { componentOf, sizes } = connectedComponents(graphOf(n, pairs));
        const oracle = graphologyOf(n, pairs);
        const expected = graphologyComponents(oracle).map((c) => c.map((id) => Number(id.slice(1))).sort((x, y) => x - y));
        const ours = sizes.map((_, c) => toArray(componentOf).flatMap((k, v) => (k === c ? [v] : [])));
        const key = (cs: number[][]) => cs.map((c) => c.join(',')).sort();
        expect(key(ours)).toEqual(key(expected));
        expect(ours.map((c) => c.length)).toEqual(sizes);
        expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
        expect(toArray(isolatedNodes(graphOf(n, pairs)))).toEqual(Array.from({ length: n }, (_, i) => (oracle.degree(nodeId(i)) === 0 ? 1 : 0)));
      }),
      runs,
    );
  });
});

describe('graphs whose search turns from bottom-up back to top-down', () => {
  // Found by a wider random search: a node reached bottom-up and then expanded top-down once wrote
  // past its own slots into the next node's predecessors.
  const cases: Pair[][] = [
    [[14, 11], [5, 13], [6, 14], [17, 12], [13, 18], [16, 5], [6, 6], [5, 5], [13, 8], [12, 6], [15, 3], [9, 18], [12, 12], [17, 0], [5, 18], [10, 16], [4, 1], [7, 18], [12, 2], [3, 12], [10, 0], [15, 7], [1, 0], [3, 8]],
    [[20, 22], [22, 12], [3, 14], [13, 18], [8, 17], [16, 2], [0, 1], [11, 16], [1, 2], [10, 3], [3, 8], [7, 16], [12, 15], [23, 18], [3, 4], [20, 5], [3, 16], [6, 24], [9, 19], [11, 0], [15, 15], [11, 21], [2, 3], [4, 0], [9, 23], [1, 20], [13, 4], [8, 1], [11, 3], [8, 22], [4, 1], [13, 8]],
  ];
  it.each(cases.map((pairs, i) => ({ name: `case ${i + 1}`, pairs })))('$name matches graphology betweenness', ({ pairs }) => {
    const n = Math.max(...pairs.flat()) + 1;
    const oracle = betweennessCentrality(graphologyOf(n, pairs), { normalized: false, getEdgeWeight: null });
    expectNear(betweenness(graphOf(n, pairs)).raw, (i) => oracle[nodeId(i)]);
  });
});
