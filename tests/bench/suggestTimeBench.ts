/**
 * suggest_walk_heidelberg_ms / suggest_car_heidelberg_ms: five suggestions by travel time in the
 * Stadtkreis Heidelberg (its census cells as candidates, its people counted) over the Heidelberg
 * road graph, as the worker runs them (existing centre's reach, then the lazy greedy's searches);
 * beside the straight-line suggestion for the same candidates as the baseline.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fastestKmh, roadNearest, snapPoints } from '../../src/analysis/coverage/byTime';
import { gemeindeInfo, type GemeindenCollection } from '../../src/analysis/coverage/demandBuild';
import { cellCandidates, suggestSites } from '../../src/analysis/coverage/suggest';
import { suggestSitesByTime } from '../../src/analysis/coverage/suggestByTime';
import { demandColumns, gridDemand, type DemandFile } from '../../src/analysis/demand/gridDemand';
import type { RoadMode } from '../../src/analysis/routing/search';
import { DEFAULT_ROAD_SPEEDS } from '../../src/analysis/routing/speeds';
import { buildRoadGraph } from '../../src/analysis/routing/roadGraph';
import { readRoadGraph } from '../../src/data/import/osm/readRoadGraph';
import { median } from './measure';
import { syntheticRoadNetwork } from './routingBench';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const read = <T>(f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'gebiete', '08', f), 'utf8')) as T;
const EXISTING = [{ lon: 8.705, lat: 49.412 }];
const HEIDELBERG = '08221';

export async function benchSuggestByTime(runs = 3) {
  const info = gemeindeInfo(read<GemeindenCollection>('gemeinden.geojson'));
  const names = new Map([...info].map(([k, g]) => [k, g.name]));
  const demandData = gridDemand(read<DemandFile>('bedarf.json'), names);
  const demand = demandColumns(demandData, demandData.weights.total, (g) => info.get(g)?.rural ?? false);
  const candidates = cellCandidates(demand, demandData.grid.count, demandData.names, Object.fromEntries(names));
  const graph = (await readRoadGraph(new Blob([fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'routing', 'heidelberg.test.pbf'))]))).graph;
  const points = { lon: demand.lon, lat: demand.lat };
  const one = (mode: RoadMode, limitMin: number) => {
    const snap = snapPoints(graph, mode, points);
    const t = performance.now();
    const limitSec = limitMin * 60;
    const existing = roadNearest(graph, mode, DEFAULT_ROAD_SPEEDS, EXISTING, snap, limitSec).nearest.meters;
    const r = suggestSitesByTime(demand, candidates, { limitMin, existing, timesFrom: (site, only) => roadNearest(graph, mode, DEFAULT_ROAD_SPEEDS, [site], snap, limitSec, only).nearest.meters, fastestKmh: fastestKmh(graph, mode, DEFAULT_ROAD_SPEEDS), k: 5, focus: HEIDELBERG });
    return { ms: performance.now() - t, evaluated: r.evaluated, candidates: r.candidates, picks: r.picks.length };
  };
  const line = () => {
    const t = performance.now();
    suggestSites(demand, candidates, EXISTING, { k: 5, radiusKm: 1.25, focus: HEIDELBERG });
    return performance.now() - t;
  };
  const walk = Array.from({ length: runs }, () => one('foot', 15));
  const car = Array.from({ length: runs }, () => one('car', 10));
  const straight = Array.from({ length: runs }, line);
  return { walkMs: median(walk.map((w) => w.ms)), carMs: median(car.map((c) => c.ms)), lineMs: median(straight), walk: walk[0], car: car[0] };
}

/**
 * suggest_search_2m_ms: one candidate's search as the lazy greedy runs it, on the synthetic
 * graph of 2 million nodes (Thuringia's size): bounded at the limit, times for the cells within
 * the straight-line bound. A Kreis's suggestion costs about this × the searched candidates.
 */
export function benchCandidateSearch2m(side = 1415, runs = 7): { carMs: number; footMs: number; nodes: number } {
  const graph = buildRoadGraph(syntheticRoadNetwork(side)).graph;
  // 1 km cells over the grid (about 140 × 140 km).
  const lon: number[] = [];
  const lat: number[] = [];
  for (let x = 10.01; x < 10 + (side * 0.00138); x += 0.0138) for (let y = 50.01; y < 50 + side * 0.0009; y += 0.009) { lon.push(x); lat.push(y); }
  const points = { lon, lat };
  const one = (mode: RoadMode, limitMin: number, site: { lon: number; lat: number }, snap: ReturnType<typeof snapPoints>) => {
    const kmh = fastestKmh(graph, mode, DEFAULT_ROAD_SPEEDS);
    const r = (limitMin / 60) * kmh * 1000;
    const only: number[] = [];
    for (let i = 0; i < lon.length; i++) if (Math.abs(lon[i] - site.lon) * 71_500 <= r && Math.abs(lat[i] - site.lat) * 111_200 <= r) only.push(i);
    const t = performance.now();
    const out = roadNearest(graph, mode, DEFAULT_ROAD_SPEEDS, [site], snap, limitMin * 60, only);
    const ms = performance.now() - t;
    if (!only.some((i) => out.nearest.meters[i] < Infinity)) throw new Error('synthetic graph: no cell reached');
    return ms;
  };
  const sites = Array.from({ length: runs }, (_, i) => ({ lon: 10.4 + i * 0.13, lat: 50.3 + i * 0.07 }));
  const carSnap = snapPoints(graph, 'car', points);
  one('car', 15, sites[0], carSnap);
  const car = sites.map((s) => one('car', 15, s, carSnap));
  const footSnap = snapPoints(graph, 'foot', points);
  one('foot', 15, sites[0], footSnap);
  const foot = sites.map((s) => one('foot', 15, s, footSnap));
  return { carMs: median(car), footMs: median(foot), nodes: graph.nodeCount };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  console.log(await benchSuggestByTime());
  console.log(benchCandidateSearch2m());
}
