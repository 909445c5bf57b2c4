/**
 * coverage_walk_heidelberg_ms: a coverage run by walking time as the worker does it, in Node:
 * Baden-Württemberg's census cells (the demand), the Heidelberg road graph, three centres in
 * Heidelberg; snapping the cells once, then per run the labelled multi-source search and the
 * figures. And the same by bus and train (VRN slice, Tuesday 07:00–09:00).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gemeindeInfo, type GemeindenCollection } from '../../src/analysis/coverage/demandBuild';
import { demandColumns, gridDemand, type DemandFile } from '../../src/analysis/demand/gridDemand';
import { runCoverageSteps, type CoverageContext, type CoverageResult, type TravelBasis } from '../../src/analysis/coverage/analysis';
import { roadNearest, snapPoints, transitNearest } from '../../src/analysis/coverage/byTime';
import { DEFAULT_ROAD_SPEEDS } from '../../src/analysis/routing/speeds';
import { buildTimetable } from '../../src/analysis/routing/transit/buildTimetable';
import { readGtfs } from '../../src/data/import/gtfs/readGtfs';
import { readRoadGraph } from '../../src/data/import/osm/readRoadGraph';
import { median } from './measure';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const read = <T>(f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'gebiete', '08', f), 'utf8')) as T;
const fixture = (f: string) => new Blob([fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'routing', f))]);
const CENTRES = [
  { id: 'a', name: 'Altstadt', lon: 8.705, lat: 49.412, group: '' },
  { id: 'b', name: 'Bergheim', lon: 8.69, lat: 49.4085, group: '' },
  { id: 'c', name: 'Kirchheim', lon: 8.665, lat: 49.385, group: '' },
];

function finish(steps: Generator<number, CoverageResult>): CoverageResult {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export async function benchTravelCoverage(runs = 5): Promise<{ walkMs: number; transitMs: number; snapMs: number; cells: number; coveredWalk: number; coveredTransit: number }> {
  const info = gemeindeInfo(read<GemeindenCollection>('gemeinden.geojson'));
  const demand = gridDemand(read<DemandFile>('bedarf.json'), new Map([...info].map(([k, g]) => [k, g.name])));
  const isRural = (g: string) => info.get(g)?.rural ?? false;
  const context: CoverageContext = { grid: demand.grid, demand: demandColumns(demand, demand.weights.total, isRural), names: demand.names, kreise: read<{ features: { properties: { ags: string } }[] }>('kreis-labels.geojson').features.map((f) => f.properties.ags), gridIsDemand: true };
  const graph = (await readRoadGraph(fixture('heidelberg.test.pbf'))).graph;
  const tt = buildTimetable(await readGtfs(fixture('vrn_gtfs_cut.zip')));
  const points = { lon: context.demand.lon, lat: context.demand.lat };
  const t0 = performance.now();
  const snap = snapPoints(graph, 'foot', points);
  const snapMs = performance.now() - t0;
  const basis: TravelBasis = { mode: 'foot', road: { file: 'heidelberg.test.pbf', date: null }, speeds: { foot: 4.5, bicycle: 15 }, maxAccessMeters: 1000, facilitiesOffNetwork: 0, offNetworkCells: 0, offNetworkWeight: 0 };
  const req = { facilities: CENTRES, thresholdsKm: [15, 30, 45, 60], mainKm: 30 };
  const one = (transit: boolean) => {
    const t = performance.now();
    const r = transit
      ? transitNearest(graph, DEFAULT_ROAD_SPEEDS, tt, { date: '2022-10-11', fromSec: 7 * 3600, toSec: 9 * 3600 }, CENTRES, snap, points)
      : roadNearest(graph, 'foot', DEFAULT_ROAD_SPEEDS, CENTRES, snap);
    const result = finish(runCoverageSteps(context, req, { nearest: r.nearest, travel: { ...basis, mode: transit ? 'transit' : 'foot' } }));
    return { ms: performance.now() - t, covered: result.land.thresholds.find((x) => x.km === 30)!.coveredWeight };
  };
  const walk = Array.from({ length: runs }, () => one(false));
  const bus = Array.from({ length: runs }, () => one(true));
  return { walkMs: median(walk.map((w) => w.ms)), transitMs: median(bus.map((b) => b.ms)), snapMs, cells: context.grid.count, coveredWalk: walk[0].covered, coveredTransit: bus[0].covered };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  console.log(await benchTravelCoverage());
}
