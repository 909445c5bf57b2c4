/**
 * gaps_centre_search_2m_car_ms / _foot_ms: one centre's search in the network gaps by travel
 * time (to twice the limit of 30 minutes, times to 1,500 institutions), on the synthetic graph
 * of 2 million nodes (Thuringia's size). The gap run makes one per centre: about 90 in Thuringia.
 */
import path from 'node:path';
import { roadNearest, snapPoints } from '../../src/analysis/coverage/byTime';
import { GAP_SEARCH_FACTOR } from '../../src/analysis/partners/networkGaps';
import { buildRoadGraph } from '../../src/analysis/routing/roadGraph';
import type { RoadMode } from '../../src/analysis/routing/search';
import { DEFAULT_ROAD_SPEEDS } from '../../src/analysis/routing/speeds';
import { median } from './measure';
import { syntheticRoadNetwork } from './routingBench';
import { seededRandom } from '../../src/domain/random';

export function benchGapCentreSearch2m(side = 1415, runs = 7, limitMin = 30): { carMs: number; footMs: number; centres: number } {
  const graph = buildRoadGraph(syntheticRoadNetwork(side)).graph;
  const rnd = seededRandom(20);
  const span = { lon: side * 0.00138, lat: side * 0.0009 };
  const inst = { lon: Array.from({ length: 1500 }, () => 10 + rnd() * span.lon), lat: Array.from({ length: 1500 }, () => 50 + rnd() * span.lat) };
  const centres = Array.from({ length: runs }, () => ({ lon: 10.2 + rnd() * (span.lon - 0.4), lat: 50.2 + rnd() * (span.lat - 0.4) }));
  const one = (mode: RoadMode, snap: ReturnType<typeof snapPoints>, c: { lon: number; lat: number }) => {
    const t = performance.now();
    roadNearest(graph, mode, DEFAULT_ROAD_SPEEDS, [c], snap, limitMin * GAP_SEARCH_FACTOR * 60);
    return performance.now() - t;
  };
  const carSnap = snapPoints(graph, 'car', inst);
  one('car', carSnap, centres[0]);
  const car = centres.map((c) => one('car', carSnap, c));
  const footSnap = snapPoints(graph, 'foot', inst);
  one('foot', footSnap, centres[0]);
  const foot = centres.map((c) => one('foot', footSnap, c));
  return { carMs: median(car), footMs: median(foot), centres: runs };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  console.log(benchGapCentreSearch2m());
}
