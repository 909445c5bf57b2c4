// Bench page for graph_layout_*_ms, metrics_5k_ms and graph_render_5k_ms: the app's own
// workers (layout, figures) and Cytoscape with preset positions, on a generated network.
import cytoscape from 'cytoscape';
import orteUrl from '../../../data/thueringen/orte.geojson?url';
import { computeNetworkFigures, networkWorkers } from '../../../src/workers/networkClient';
import { benchGraph, edgeLengthRatio } from '../graphData';
import { coverageWorker, progressCallback } from '../../../src/workers/coverageClient';
import { geographyUrls } from '../../../src/data/areaFiles';
import { seededRandom } from '../../../src/domain/random';

interface Result {
  layoutMs: number;
  quality: number;
  metricsMs?: number;
  renderMs?: number;
  brokers?: number;
}

async function places(): Promise<[number, number][]> {
  const fc = (await (await fetch(orteUrl)).json()) as { features: { geometry: { coordinates: [number, number] } }[] };
  return fc.features.map((f) => f.geometry.coordinates);
}

async function run(n: number, m: number, full: boolean): Promise<Result> {
  const g = benchGraph(n, m, await places());
  const layoutInput = { ids: g.ids, lon: g.lon, lat: g.lat, group: g.group, score: new Array<number>(n).fill(0), edges: g.edges };
  let t = performance.now();
  const layout = await networkWorkers().layout.layout('force', layoutInput);
  const result: Result = { layoutMs: performance.now() - t, quality: edgeLengthRatio(layout.x, layout.y, g.edges) };
  if (!full) return result;
  const input = {
    institutions: g.ids.map((id, i) => ({ id, lon: g.lon[i], lat: g.lat[i], group: g.group[i] })),
    partnerships: g.edges.map(([a, b], k) => ({ id: `e${k}`, a: g.ids[a], b: g.ids[b] })),
    longKm: 30,
  };
  t = performance.now();
  const figures = await computeNetworkFigures(input);
  result.metricsMs = performance.now() - t;
  result.brokers = figures.totals.articulationPoints;
  t = performance.now();
  const cy = cytoscape({
    container: document.getElementById('graph'),
    elements: [
      ...g.ids.map((id, i) => ({ group: 'nodes' as const, data: { id }, position: { x: layout.x[i], y: layout.y[i] } })),
      ...g.edges.map(([a, b], k) => ({ group: 'edges' as const, data: { id: `e${k}`, source: g.ids[a], target: g.ids[b] } })),
    ],
    layout: { name: 'preset' },
    style: [{ selector: 'edge', style: { 'curve-style': 'haystack' } }],
    pixelRatio: 1,
    textureOnViewport: true,
  });
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  result.renderMs = performance.now() - t;
  cy.destroy();
  return result;
}

/**
 * coverage_thuringia_ms: one full coverage run in the app's worker (figures for Land and Kreise,
 * underserved list, Gemeinde figures, grid classes, gap outline and cell polygons) with 90
 * centres at real places, as for the demo; the worker has loaded the geography before.
 */
async function coverage(runs: number): Promise<{ ms: number[]; cells: number; within10: number }> {
  const w = coverageWorker();
  const info = await w.init('16');
  const all = await places();
  const random = seededRandom(90);
  const facilities = Array.from({ length: 90 }, (_, i) => {
    const [lon, lat] = all[Math.floor(random() * all.length)];
    return { id: `f${i}`, name: `Zentrum ${i}`, lon, lat, group: '' };
  });
  const req = { facilities, thresholdsKm: [5, 10, 15, 20], mainKm: 10 };
  await w.compute('16', req, null); // warm-up
  const ms: number[] = [];
  let within10 = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = await w.compute('16', req, null);
    ms.push(performance.now() - t);
    within10 = r.base.land.thresholds.find((x) => x.km === 10)?.share ?? 0;
  }
  return { ms, cells: info.cells, within10 };
}

/**
 * germany_coverage_1km_ms: the first coverage run for all of Germany in the app's worker, from
 * nothing loaded (fetching the geography, building the 1 km grid inside Germany's outline,
 * distances for every cell, figures, map geometry), with 2,000 centres at real German places.
 * Then the same run again with the grid kept, and how fast a cancel stops a run.
 */
async function germanyCoverage(): Promise<{ coldMs: number; warmMs: number; cells: number; progressEvents: number; within10: number; cancelMs: number; cancelled: boolean }> {
  const w = coverageWorker();
  const orte = (await (await fetch(geographyUrls('de').orte)).json()) as { features: { geometry: { coordinates: [number, number] } }[] };
  const all = orte.features.map((f) => f.geometry.coordinates);
  const random = seededRandom(2000);
  const facilities = Array.from({ length: 2000 }, (_, i) => {
    const [lon, lat] = all[Math.floor(random() * all.length)];
    return { id: `f${i}`, name: `Zentrum ${i}`, lon, lat, group: '' };
  });
  const req = { facilities, thresholdsKm: [5, 10, 15, 20], mainKm: 10 };
  let progressEvents = 0;
  let t = performance.now();
  const cold = await w.compute('de', req, null, 1, progressCallback(() => progressEvents++));
  const coldMs = performance.now() - t;
  t = performance.now();
  await w.compute('de', { ...req, mainKm: 15 }, null, 2);
  const warmMs = performance.now() - t;
  // Cancel 150 ms into a run with a what-if scenario (two passes over the grid).
  const pending = w.compute('de', req, { ...req, mainKm: 20 }, 3).then(() => false, (e: Error) => e.name === 'CoverageCancelled');
  await new Promise((r) => setTimeout(r, 150));
  t = performance.now();
  await w.cancel(3);
  const cancelled = await pending;
  const cancelMs = performance.now() - t;
  const info = await w.init('de');
  return { coldMs, warmMs, cells: info.cells, progressEvents, within10: cold.base.land.thresholds.find((x) => x.km === 10)?.share ?? 0, cancelMs, cancelled };
}

(window as unknown as { __germanyCoverageBench: typeof germanyCoverage }).__germanyCoverageBench = germanyCoverage;
(window as unknown as { __graphBench: typeof run; __coverageBench: typeof coverage }).__graphBench = run;
(window as unknown as { __coverageBench: typeof coverage }).__coverageBench = coverage;
