/** Cross-checks against brute force: remove a node or edge and count components, sum partial runs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articulationAndBridges } from '../../../../src/analysis/network/articulation';
import { brandesPartial, sumPartials } from '../../../../src/analysis/network/betweenness';
import { groupDensities } from '../../../../src/analysis/network/density';
import { expectNear, graphArb, runs } from './arbitraries';
import { countComponents, graphOf, toArray } from './graphs';

describe('network figures against brute force', () => {
  it('articulation points are the nodes whose removal adds a component', () => {
    fc.assert(
      fc.property(graphArb, ({ n, pairs }) => {
        const { articulation } = articulationAndBridges(graphOf(n, pairs));
        const base = countComponents(n, pairs);
        expect(toArray(articulation)).toEqual(Array.from({ length: n }, (_, v) => (countComponents(n, pairs, v) > base ? 1 : 0)));
      }),
      runs,
    );
  });

  it('bridges are the partnerships whose removal adds a component (parallel ones never are)', () => {
    fc.assert(
      fc.property(graphArb, ({ n, pairs }) => {
        const { bridges } = articulationAndBridges(graphOf(n, pairs));
        const base = countComponents(n, pairs);
        const expected = pairs.flatMap((_, k) => (countComponents(n, pairs, -1, k) > base ? [k] : []));
        expect(bridges).toEqual(expected);
      }),
      runs,
    );
  });

  it('partial Brandes runs over split source ranges add up to the full run', () => {
    fc.assert(
      fc.property(graphArb, fc.double({ min: 0, max: 1, noNaN: true }), ({ n, pairs }, cut) => {
        const g = graphOf(n, pairs);
        const k = Math.floor(cut * n);
        const full = brandesPartial(g, 0, n);
        const left = brandesPartial(g, 0, k);
        const right = brandesPartial(g, k, n);
        expectNear(sumPartials([left.betweenness, right.betweenness], n), (i) => full.betweenness[i]);
        expectNear(sumPartials([left.closeness, right.closeness], n), (i) => full.closeness[i]);
      }),
      runs,
    );
  });

  it('group densities count nodes, inner and outgoing edges of the simple graph', () => {
    fc.assert(
      fc.property(graphArb, fc.array(fc.constantFrom('A', 'B', 'C'), { minLength: 40, maxLength: 40 }), ({ n, pairs }, keys) => {
        const groupOf = keys.slice(0, n);
        const rows = groupDensities(graphOf(n, pairs), groupOf);
        const distinct = new Set(pairs.filter(([a, b]) => a !== b).map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`));
        const simple = [...distinct].map((s) => s.split('-').map(Number));
        expect(rows.map((r) => r.group)).toEqual([...new Set(groupOf)]);
        for (const row of rows) {
          const k = groupOf.filter((x) => x === row.group).length;
          const inner = simple.filter(([a, b]) => groupOf[a] === row.group && groupOf[b] === row.group).length;
          const out = simple.filter(([a, b]) => (groupOf[a] === row.group) !== (groupOf[b] === row.group)).length;
          expect(row).toEqual({ group: row.group, nodes: k, edges: inner, edgesOut: out, density: k < 2 ? 0 : (2 * inner) / (k * (k - 1)) });
        }
      }),
      runs,
    );
  });
});
