import { beforeAll, describe, expect, it } from 'vitest';
import { haversineMeters } from '../../../src/analysis/distance';
import { BICYCLE, BICYCLE_PUSH, CAR, FOOT } from '../../../src/analysis/routing/highway';
import type { RoadGraph } from '../../../src/analysis/routing/roadGraph';
import { snapToGraph } from '../../../src/analysis/routing/snap';
import type { RoadMode } from '../../../src/analysis/routing/search';
import { readRoadGraph } from '../../../src/data/import/osm/readRoadGraph';
import { fixtureBlob } from './roadHelpers';

let graph: RoadGraph;
beforeAll(async () => {
  graph = (await readRoadGraph(fixtureBlob('herrenberg-minimal.osm.pbf'))).graph;
});

const BITS: Record<RoadMode, number> = { foot: FOOT, bicycle: BICYCLE | BICYCLE_PUSH, car: CAR };

/** The nearest node with an edge of the mode, by looking at every node. */
function bruteForce(g: RoadGraph, mode: RoadMode, lon: number, lat: number, maxMeters: number): { node: number; meters: number } {
  const usable = new Uint8Array(g.nodeCount);
  for (let u = 0; u < g.nodeCount; u++) {
    for (let e = g.firstEdge[u]; e < g.firstEdge[u + 1]; e++) {
      if (g.access[e] & BITS[mode]) usable[u] = usable[g.target[e]] = 1;
    }
  }
  let best = { node: -1, meters: Infinity };
  for (let u = 0; u < g.nodeCount; u++) {
    if (!usable[u]) continue;
    const d = haversineMeters(lon, lat, g.lon[u], g.lat[u]);
    if (d <= maxMeters && d < best.meters) best = { node: u, meters: d };
  }
  return best;
}

describe('snapToGraph', () => {
  it('finds the nearest node the mode can use, as a look at every node does', () => {
    let x = 7;
    const rnd = () => (x = (x * 16807) % 2147483647) / 2147483647;
    const lon = Array.from({ length: 120 }, () => 8.84 + rnd() * 0.07);
    const lat = Array.from({ length: 120 }, () => 48.578 + rnd() * 0.036);
    for (const mode of ['foot', 'bicycle', 'car'] as RoadMode[]) {
      const snapped = snapToGraph(graph, mode, lon, lat, 400);
      for (let i = 0; i < lon.length; i++) {
        const expected = bruteForce(graph, mode, lon[i], lat[i], 400);
        if (expected.node < 0) {
          expect(snapped.node[i]).toBe(-1);
          expect(snapped.meters[i]).toBe(Infinity);
        } else {
          // Ties aside, the same node; always the same distance.
          expect(snapped.meters[i]).toBeCloseTo(expected.meters, 2);
        }
      }
    }
  });

  it('gives -1 beyond maxMeters, for points far away and for coordinates that are not numbers', () => {
    const r = snapToGraph(graph, 'foot', [0, 8.87, NaN], [0, 48.595, 48.595], 500);
    expect(r.node[0]).toBe(-1);
    expect(r.node[1]).toBeGreaterThanOrEqual(0);
    expect(r.meters[1]).toBeLessThan(500);
    expect(r.node[2]).toBe(-1);
    const near = snapToGraph(graph, 'foot', [graph.lon[5]], [graph.lat[5]], 0);
    expect(near.meters[0]).toBe(0);
  });
});
