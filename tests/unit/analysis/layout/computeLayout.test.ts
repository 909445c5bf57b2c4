import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeLayout, type LayoutInput, type LayoutKind } from '../../../../src/analysis/layout';
import { allFinite, makeInput, randomGraph } from './graphs';

const KINDS: LayoutKind[] = ['force', 'geographic', 'concentric', 'grouped'];

const cases: [string, LayoutInput][] = [
  ['empty input', makeInput(0)],
  ['one node', makeInput(1)],
  ['one node without coordinates', makeInput(1, [], { lon: [null], lat: [null] })],
  ['two nodes, one edge', makeInput(2, [[0, 1]])],
  ['no node has coordinates', makeInput(6, [[0, 1], [1, 2], [3, 4]], { lon: new Array(6).fill(null), lat: new Array(6).fill(null) })],
  ['some nodes without coordinates', makeInput(5, [[0, 1], [1, 2], [2, 3]], { lon: [11, null, 11.5, null, NaN], lat: [51, 50.9, null, null, 50.5] })],
  ['all nodes on one spot', makeInput(4, [[0, 1], [2, 3]], { lon: [11, 11, 11, 11], lat: [51, 51, 51, 51] })],
  ['disconnected: components and isolated nodes', makeInput(12, [[0, 1], [1, 2], [2, 0], [3, 4], [5, 6], [6, 7]])],
  ['bad edges: self-loops, duplicates, out of range', makeInput(4, [[0, 0], [0, 1], [1, 0], [0, 1], [2, 9], [-1, 2], [1.5, 2], [2, 3]])],
  ['typed-array coordinates with NaN, missing group and score', makeInput(3, [[0, 2]], {
    lon: Float64Array.from([11, NaN, 12]), lat: Float64Array.from([51, 50, NaN]), group: ['Gotha', '', '  '], score: Float64Array.from([NaN, 2, Infinity]),
  })],
  ['short per-node arrays', { ids: ['a', 'b', 'c'], lon: [11], lat: [51], group: [], score: [], edges: [[0, 2]] }],
];

describe('computeLayout: every layout gives a finite position to every node', () => {
  for (const kind of KINDS) {
    for (const [name, input] of cases) {
      it(`${kind}: ${name}`, () => {
        const res = computeLayout(kind, input);
        expect(res.x).toBeInstanceOf(Float64Array);
        expect(res.y).toBeInstanceOf(Float64Array);
        expect(allFinite(res, input.ids.length)).toBe(true);
      });
    }
  }

  it('for any small graph, including invalid edges and missing coordinates (property)', () => {
    const node = fc.record({
      coords: fc.option(fc.tuple(fc.double({ min: 9, max: 13, noNaN: true }), fc.double({ min: 50, max: 52, noNaN: true })), { nil: null }),
      group: fc.constantFrom('', 'Erfurt', 'Gotha', 'Ilm-Kreis', 'Sömmerda'),
      score: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constant(NaN)),
    });
    fc.assert(
      fc.property(fc.array(node, { maxLength: 25 }), fc.array(fc.tuple(fc.integer({ min: -1, max: 26 }), fc.integer({ min: -1, max: 26 })), { maxLength: 60 }), fc.constantFrom(...KINDS), (nodes, edges, kind) => {
        const input: LayoutInput = {
          ids: nodes.map((_, i) => `n${i}`),
          lon: nodes.map((v) => v.coords?.[0] ?? null),
          lat: nodes.map((v) => v.coords?.[1] ?? null),
          group: nodes.map((v) => v.group),
          score: nodes.map((v) => v.score),
          edges,
        };
        expect(allFinite(computeLayout(kind, input, { iterations: 30 }), nodes.length)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('copes with a random graph of 5,000 nodes and 20,000 edges', { timeout: 120_000 }, () => {
    const input = randomGraph(5000, 20_000, 4);
    expect(input.edges).toHaveLength(20_000);
    for (const kind of KINDS) expect(allFinite(computeLayout(kind, input), 5000), kind).toBe(true);
  });
});

describe('computeLayout: deterministic', () => {
  const input = randomGraph(300, 700, 11);
  for (const kind of KINDS) {
    it(`${kind}: same input, same output`, () => {
      const a = computeLayout(kind, input);
      const b = computeLayout(kind, structuredClone(input));
      expect(Array.from(b.x)).toEqual(Array.from(a.x));
      expect(Array.from(b.y)).toEqual(Array.from(a.y));
    });
  }

  it('does not change its input', () => {
    const copy = structuredClone(input);
    for (const kind of KINDS) computeLayout(kind, input);
    expect(input).toEqual(copy);
  });

  it('rejects an unknown layout kind', () => {
    expect(() => computeLayout('circle' as LayoutKind, input)).toThrow(/Unknown layout/);
  });
});
