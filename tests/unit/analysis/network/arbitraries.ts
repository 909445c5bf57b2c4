/** fast-check generators and a tolerance check shared by the property tests. */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Pair } from './graphs';

/**
 * Up to 40 nodes and 0–3 edges per node, so sparse (disconnected, isolated) and dense graphs
 * both occur; self-loops and parallel edges included. Keep 2·edges below 256: graphology-indices
 * 0.17 stores its neighbourhood offsets in a typed array sized by that number, so a graph with
 * exactly 128 edges loses the last node's neighbours there (the oracle, not this code, is wrong).
 */
export const graphsFrom = (minNodes: number) =>
  fc
    .integer({ min: minNodes, max: 40 })
    .chain((n) => fc.record({ n: fc.constant(n), m: fc.integer({ min: 0, max: 3 * n }) }))
    .chain(({ n, m }) =>
      fc.record({
        n: fc.constant(n),
        pairs: n === 0 ? fc.constant<Pair[]>([]) : fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { minLength: m, maxLength: m }),
      }),
    );
export const graphArb = graphsFrom(0);
/** graphology-metrics throws on a graph without nodes (the known-answer tests cover it). */
export const nonEmptyArb = graphsFrom(1);
export const runs = { numRuns: 50 };
/** Betweenness has the most intricate code (two search directions, folded leaves): more runs. */
export const moreRuns = { numRuns: 200 };
const TOL = 1e-9;

export const expectNear = (actual: ArrayLike<number>, expected: (i: number) => number) => {
  for (let i = 0; i < actual.length; i++) expect(Math.abs(actual[i] - expected(i))).toBeLessThan(TOL);
};
