import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BICYCLE, BICYCLE_PUSH, CAR, FOOT, HIGHWAY_CLASSES } from '../../../src/analysis/routing/highway';
import { buildRoadGraph, type RoadNetworkInput } from '../../../src/analysis/routing/roadGraph';
import { boundedTowardLabelled, multiSourceLabelled, multiSourceSeconds, roadRoute, routeSeconds, type RoadMode } from '../../../src/analysis/routing/search';
import { DEFAULT_ROAD_SPEEDS } from '../../../src/analysis/routing/speeds';
import { referenceSeconds, sameTimes } from './roadHelpers';

const MODES: RoadMode[] = ['foot', 'bicycle', 'car'];
const speeds = DEFAULT_ROAD_SPEEDS;

/** Bits of one direction: any mix of foot, riding, car; pushing only where walking and not riding. */
const bitsArb = fc.integer({ min: 0, max: 7 }).map((b) => (b & FOOT && !(b & BICYCLE) ? b | BICYCLE_PUSH : b));

/** A random small road network: nodes in a few km², ways over them (repeats and loops allowed), restrictions, barriers. */
const networkArb = fc
  .record({
    n: fc.integer({ min: 2, max: 14 }),
    coords: fc.array(fc.tuple(fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: 0, max: 20_000 })), { minLength: 14, maxLength: 14 }),
    ways: fc.array(
      fc.record({
        refs: fc.array(fc.nat(), { minLength: 2, maxLength: 5 }),
        cls: fc.nat({ max: HIGHWAY_CLASSES.length - 1 }),
        max: fc.constantFrom(0, 0, 30, 50, 100),
        fwd: bitsArb,
        bwd: bitsArb,
      }),
      { minLength: 1, maxLength: 14 },
    ),
    restrictions: fc.array(fc.record({ from: fc.nat(), via: fc.nat(), to: fc.nat(), only: fc.boolean() }), { maxLength: 8 }),
    barriers: fc.array(fc.nat(), { maxLength: 3 }),
  })
  .map(({ n, coords, ways, restrictions, barriers }): RoadNetworkInput => {
    const wayRefStart = new Uint32Array(ways.length + 1);
    const refs: number[] = [];
    ways.forEach((w, i) => {
      wayRefStart[i] = refs.length;
      for (const r of w.refs) refs.push(r % n);
    });
    wayRefStart[ways.length] = refs.length;
    const carBarrier = new Uint8Array(n);
    for (const b of barriers) carBarrier[b % n] = 1;
    return {
      nodeCount: n,
      lonE7: Int32Array.from({ length: n }, (_, i) => 86_000_000 + coords[i][0]),
      latE7: Int32Array.from({ length: n }, (_, i) => 494_000_000 + coords[i][1]),
      carBarrier,
      wayCount: ways.length,
      wayRefStart,
      wayRefs: Int32Array.from(refs),
      wayHighway: Uint8Array.from(ways, (w) => w.cls),
      wayMaxspeedForward: Uint8Array.from(ways, (w) => w.max),
      wayMaxspeedBackward: Uint8Array.from(ways, (w) => w.max),
      wayForward: Uint8Array.from(ways, (w) => w.fwd),
      wayBackward: Uint8Array.from(ways, (w) => w.bwd),
      // Restrictions through a node of the from-way, mostly real ones.
      restrictions: restrictions.map((r) => {
        const fromWay = r.from % ways.length;
        const own = refs.slice(wayRefStart[fromWay], wayRefStart[fromWay + 1]);
        return { fromWay, viaNode: own[r.via % own.length], toWay: r.to % ways.length, only: r.only };
      }),
    };
  });

const sourcesArb = fc.array(fc.record({ node: fc.nat(), seconds: fc.constantFrom(0, 0, 30, 95.5) }), { minLength: 1, maxLength: 4 });

describe('multiSourceSeconds on random small road networks (property)', () => {
  it('equals the minimum over single-source searches, from and toward the sources, every mode', () => {
    fc.assert(
      fc.property(networkArb, sourcesArb, (input, rawSources) => {
        const { graph } = buildRoadGraph(input);
        if (graph.nodeCount === 0) return;
        const sources = rawSources.map((s) => ({ node: s.node % graph.nodeCount, seconds: s.seconds }));
        for (const mode of MODES) {
          for (const towardSources of [false, true]) {
            const multi = multiSourceSeconds(graph, mode, speeds, sources, { towardSources });
            const min = new Float32Array(graph.nodeCount).fill(Infinity);
            for (const s of sources) {
              const single = multiSourceSeconds(graph, mode, speeds, [s], { towardSources });
              for (let v = 0; v < graph.nodeCount; v++) min[v] = Math.min(min[v], single[v]);
            }
            expect(sameTimes(multi, min), `${mode} toward=${towardSources}`).toBeNull();
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('multiSourceLabelled: the same times, and each node labelled with a source that reaches it in that time', () => {
    fc.assert(
      fc.property(networkArb, sourcesArb, (input, rawSources) => {
        const { graph } = buildRoadGraph(input);
        if (graph.nodeCount === 0) return;
        const sources = rawSources.map((s, i) => ({ node: s.node % graph.nodeCount, seconds: s.seconds, label: 10 + i }));
        for (const mode of MODES) {
          for (const towardSources of [false, true]) {
            const { seconds, label } = multiSourceLabelled(graph, mode, speeds, sources, { towardSources });
            expect(Array.from(seconds)).toEqual(Array.from(multiSourceSeconds(graph, mode, speeds, sources, { towardSources })));
            for (let v = 0; v < graph.nodeCount; v++) {
              if (seconds[v] === Infinity) {
                expect(label[v]).toBe(-1);
                continue;
              }
              const s = sources[label[v] - 10];
              const own = multiSourceSeconds(graph, mode, speeds, [s], { towardSources })[v];
              expect(Math.abs(own - seconds[v])).toBeLessThanOrEqual(1e-4 * Math.max(1, seconds[v]));
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('boundedTowardLabelled: within the limit the times of the full search toward the sources, again after other searches on the same arrays', () => {
    fc.assert(
      fc.property(networkArb, sourcesArb, sourcesArb, fc.integer({ min: 1, max: 900 }), (input, rawA, rawB, limit) => {
        const { graph } = buildRoadGraph(input);
        if (graph.nodeCount === 0) return;
        const a = rawA.map((s, i) => ({ node: s.node % graph.nodeCount, seconds: s.seconds, label: i }));
        const b = rawB.map((s, i) => ({ node: s.node % graph.nodeCount, seconds: s.seconds, label: i }));
        for (const mode of MODES) {
          // Two searches in turn on the same kept arrays: the second must not see the first's leftovers.
          for (const sources of [a, b, a]) {
            const full = multiSourceLabelled(graph, mode, speeds, sources, { towardSources: true });
            const cut = boundedTowardLabelled(graph, mode, speeds, sources, limit);
            for (let v = 0; v < graph.nodeCount; v++) {
              if (full.seconds[v] <= limit) {
                expect(Math.abs(cut.seconds[v] - full.seconds[v])).toBeLessThanOrEqual(1e-3 * Math.max(1, full.seconds[v]));
                expect(cut.label[v]).toBeGreaterThanOrEqual(0);
              } else expect(cut.seconds[v] > limit).toBe(true);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('equals the Bellman-Ford reference (turn bans and barriers for cars), from the sources', () => {
    fc.assert(
      fc.property(networkArb, sourcesArb, (input, rawSources) => {
        const { graph } = buildRoadGraph(input);
        if (graph.nodeCount === 0) return;
        const sources = rawSources.map((s) => ({ node: s.node % graph.nodeCount, seconds: s.seconds }));
        for (const mode of MODES) {
          expect(sameTimes(multiSourceSeconds(graph, mode, speeds, sources), referenceSeconds(graph, mode, speeds, sources)), mode).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('toward the sources equals, per node, the reference from that node to its nearest source', () => {
    fc.assert(
      fc.property(networkArb, sourcesArb, (input, rawSources) => {
        const { graph } = buildRoadGraph(input);
        if (graph.nodeCount === 0) return;
        const sources = rawSources.map((s) => ({ node: s.node % graph.nodeCount, seconds: s.seconds }));
        for (const mode of MODES) {
          const toward = multiSourceSeconds(graph, mode, speeds, sources, { towardSources: true });
          const expected = Float64Array.from({ length: graph.nodeCount }, (_, x) => {
            const from = referenceSeconds(graph, mode, speeds, [{ node: x, seconds: 0 }]);
            return Math.min(...sources.map((s) => s.seconds + from[s.node]));
          });
          expect(sameTimes(toward, expected), mode).toBeNull();
        }
      }),
      { numRuns: 100 },
    );
  });

  it('roadRoute agrees with the search, its edges chain up and avoid banned turns', () => {
    fc.assert(
      fc.property(networkArb, fc.nat(), fc.nat(), (input, a, b) => {
        const { graph } = buildRoadGraph(input);
        if (graph.nodeCount === 0) return;
        const from = a % graph.nodeCount;
        const to = b % graph.nodeCount;
        const banned = new Set(Array.from(graph.bannedIn, (e, k) => `${e},${graph.bannedOut[k]}`));
        for (const mode of MODES) {
          const all = multiSourceSeconds(graph, mode, speeds, [{ node: from, seconds: 0 }]);
          const route = roadRoute(graph, mode, speeds, from, to);
          expect(routeSeconds(graph, mode, speeds, from, to)).toBe(route?.seconds ?? Infinity);
          if (!route) {
            expect(all[to]).toBe(Infinity);
            continue;
          }
          expect(Math.abs(route.seconds - all[to])).toBeLessThanOrEqual(1e-5 * Math.max(1, all[to]));
          let at = from;
          route.edges.forEach((e, i) => {
            expect(e).toBeGreaterThanOrEqual(graph.firstEdge[at]);
            expect(e).toBeLessThan(graph.firstEdge[at + 1]);
            if (mode === 'car' && i > 0) expect(banned.has(`${route.edges[i - 1]},${e}`)).toBe(false);
            at = graph.target[e];
          });
          expect(at).toBe(to);
          expect(route.meters).toBeCloseTo(route.edges.reduce((s, e) => s + graph.lengthM[e], 0), 3);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('multiSourceSeconds options and edge cases', () => {
  // A line a - b - c of 100 m segments, all modes both ways.
  const line: RoadNetworkInput = {
    nodeCount: 3,
    lonE7: Int32Array.from([86_000_000, 86_013_800, 86_027_600]),
    latE7: Int32Array.from([494_000_000, 494_000_000, 494_000_000]),
    wayCount: 2,
    wayRefStart: Uint32Array.from([0, 2, 4]),
    wayRefs: Int32Array.from([0, 1, 1, 2]),
    wayHighway: Uint8Array.from([11, 11]),
    wayMaxspeedForward: new Uint8Array(2),
    wayMaxspeedBackward: new Uint8Array(2),
    wayForward: Uint8Array.from([FOOT | BICYCLE | CAR, FOOT | BICYCLE | CAR]),
    wayBackward: Uint8Array.from([FOOT | BICYCLE | CAR, FOOT | BICYCLE | CAR]),
    restrictions: [],
  };
  const { graph } = buildRoadGraph(line);

  it('stops at maxSeconds (farther nodes are Infinity) and skips sources that were not snapped', () => {
    const all = multiSourceSeconds(graph, 'foot', speeds, [{ node: 0, seconds: 0 }]);
    expect(all[1]).toBeGreaterThan(70);
    const near = multiSourceSeconds(graph, 'foot', speeds, [{ node: 0, seconds: 0 }, { node: -1, seconds: 0 }], { maxSeconds: all[1] + 1 });
    expect(near[1]).toBe(all[1]);
    expect(near[2]).toBe(Infinity);
    expect(Array.from(multiSourceSeconds(graph, 'car', speeds, []))).toEqual([Infinity, Infinity, Infinity]);
    expect(() => multiSourceSeconds(graph, 'car', speeds, [{ node: 3, seconds: 0 }])).toThrow(RangeError);
  });

  it('walks at 4.5 km/h and drives a residential street at 30 km/h', () => {
    const m = graph.lengthM[graph.firstEdge[0]];
    expect(m).toBeGreaterThan(95);
    expect(m).toBeLessThan(105);
    expect(routeSeconds(graph, 'foot', speeds, 0, 1)).toBeCloseTo(m / (4.5 / 3.6), 3);
    expect(routeSeconds(graph, 'car', speeds, 0, 1)).toBeCloseTo(m / (30 / 3.6), 3);
    expect(routeSeconds(graph, 'bicycle', speeds, 0, 1)).toBeCloseTo(m / (15 / 3.6), 3);
  });
});
