import { describe, expect, it } from 'vitest';
import { haversineMeters } from '../../../src/analysis/distance';
import { CAR, FOOT } from '../../../src/analysis/routing/highway';
import { NODE_CAR_BARRIER, buildRoadGraph, type RestrictionInput, type RoadNetworkInput } from '../../../src/analysis/routing/roadGraph';
import { routeSeconds } from '../../../src/analysis/routing/search';
import { DEFAULT_ROAD_SPEEDS } from '../../../src/analysis/routing/speeds';
import { tailOf } from './roadHelpers';

const ALL = FOOT | CAR;

/**
 * Nodes 0…6 on a cross:     4
 *                           |
 *              0 - 1 - 2 -  3 - 5      way A: 0 1 2 3 5 (2 is a bend only)
 *                           |           way B: 4 3 6
 *                           6
 */
function cross(restrictions: RestrictionInput[] = [], barrier?: number[]): RoadNetworkInput {
  const lon = [0, 10, 20, 30, 30, 40, 30].map((x) => 86_000_000 + x * 1000);
  const lat = [0, 0, 1, 0, 10, 0, -10].map((y) => 494_000_000 + y * 1000);
  const carBarrier = new Uint8Array(7);
  for (const b of barrier ?? []) carBarrier[b] = 1;
  return {
    nodeCount: 7,
    lonE7: Int32Array.from(lon),
    latE7: Int32Array.from(lat),
    carBarrier,
    osmId: Float64Array.from([100, 101, 102, 103, 104, 105, 106].map((x) => x + 2 ** 40)),
    wayCount: 2,
    wayRefStart: Uint32Array.from([0, 5, 8]),
    wayRefs: Int32Array.from([0, 1, 2, 3, 5, 4, 3, 6]),
    wayHighway: Uint8Array.from([11, 11]),
    wayMaxspeedForward: new Uint8Array(2),
    wayMaxspeedBackward: new Uint8Array(2),
    wayForward: Uint8Array.from([ALL, ALL]),
    wayBackward: Uint8Array.from([ALL, ALL]),
    restrictions,
  };
}

const deg = (e7: number) => e7 * 1e-7;

describe('buildRoadGraph', () => {
  it('keeps intersections and way ends only; an edge is the sum of its haversine segments', () => {
    const input = cross();
    const { graph } = buildRoadGraph(input);
    // 0, 3, 4, 5, 6 are ends or shared; 1 and 2 only bend the way.
    expect(graph.nodeCount).toBe(5);
    expect(Array.from(graph.osmId!, (x) => x - 2 ** 40)).toEqual([100, 103, 104, 105, 106]);
    expect(graph.edgeCount).toBe(8);
    const [lo, la] = [input.lonE7, input.latE7];
    const seg = (a: number, b: number) => haversineMeters(deg(lo[a]), deg(la[a]), deg(lo[b]), deg(la[b]));
    const e = graph.firstEdge[0];
    expect(graph.target[e]).toBe(1);
    expect(graph.lengthM[e]).toBeCloseTo(seg(0, 1) + seg(1, 2) + seg(2, 3), 2);
    expect(graph.lon[1]).toBeCloseTo(deg(lo[3]), 5);
  });

  it('cuts a way at a node the file lacks, and drops loops a → a', () => {
    const input = cross();
    input.wayRefs[1] = -1; // node 1 missing: the run 0-1-2-3 is gone
    const { graph } = buildRoadGraph(input);
    expect(routeSeconds(graph, 'foot', DEFAULT_ROAD_SPEEDS, 0, 1)).toBe(Infinity);
    const loop = cross();
    loop.wayRefs.set([3, 4, 3], 5); // way B: 3 4 3, a loop through 3 and 4 only
    expect(buildRoadGraph(loop).graph.edgeCount).toBeGreaterThan(0);
  });

  it('turns restrictions into banned turns: no_left_turn bans one, only_straight_on all but one', () => {
    // Indices of the cross: way A = 0, way B = 1, via node 3.
    const no = buildRoadGraph(cross([{ fromWay: 0, viaNode: 3, toWay: 1, only: false }]));
    // From A into 3 (from 0 and from 5) to both arms of B (4 and 6).
    expect(no.graph.bannedIn.length).toBe(4);
    expect(no.stats.restrictionsApplied).toBe(1);
    // Graph nodes: 0 (osm 100), 1 (103, the via), 2 (104), 3 (105), 4 (106). Along A through the
    // via node, only straight on: 0 → 1 → 3 and 3 → 1 → 0; every turn into B and back is banned.
    const only = buildRoadGraph(cross([{ fromWay: 0, viaNode: 3, toWay: 0, only: true }])).graph;
    const turns = Array.from(only.bannedIn, (e, k) => `${tailOf(only, e)}>${only.target[only.bannedOut[k]]}`).sort();
    expect(turns).toEqual(['0>0', '0>2', '0>4', '3>2', '3>3', '3>4']);
    const g = no.graph;
    expect(routeSeconds(g, 'car', DEFAULT_ROAD_SPEEDS, 0, 2)).toBeGreaterThan(routeSeconds({ ...g, bannedIn: new Int32Array(0), bannedOut: new Int32Array(0) }, 'car', DEFAULT_ROAD_SPEEDS, 0, 2));
    const missing = buildRoadGraph(cross([{ fromWay: 0, viaNode: 6, toWay: 1, only: false }]));
    expect(missing.stats.restrictionsApplied).toBe(0);
  });

  it('a barrier node stops cars passing, not walkers; cars still reach it and start from it', () => {
    const { graph, stats } = buildRoadGraph(cross([], [1]));
    expect(stats.barriers).toBe(1);
    const b = graph.osmId!.indexOf(101 + 2 ** 40);
    expect(graph.nodeFlags[b] & NODE_CAR_BARRIER).toBeTruthy();
    expect(routeSeconds(graph, 'car', DEFAULT_ROAD_SPEEDS, 0, b)).toBeLessThan(Infinity);
    expect(routeSeconds(graph, 'car', DEFAULT_ROAD_SPEEDS, b, 0)).toBeLessThan(Infinity);
    const three = graph.osmId!.indexOf(103 + 2 ** 40);
    expect(routeSeconds(graph, 'car', DEFAULT_ROAD_SPEEDS, 0, three)).toBe(Infinity);
    expect(routeSeconds(graph, 'foot', DEFAULT_ROAD_SPEEDS, 0, three)).toBeLessThan(Infinity);
  });
});
