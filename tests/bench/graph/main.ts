// Bench page for graph_layout_*_ms, metrics_5k_ms and graph_render_5k_ms: the app's own
// workers (layout, figures) and Cytoscape with preset positions, on a generated network.
import cytoscape from 'cytoscape';
import orteUrl from '../../../data/thueringen/orte.geojson?url';
import { computeNetworkFigures, networkWorkers } from '../../../src/workers/networkClient';
import { benchGraph, edgeLengthRatio } from '../graphData';
import { coverageWorker } from '../../../src/workers/coverageClient';
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
  const info = await w.init();
  const all = await places();
  const random = seededRandom(90);
  const facilities = Array.from({ length: 90 }, (_, i) => {
    const [lon, lat] = all[Math.floor(random() * all.length)];
    return { id: `f${i}`, name: `Zentrum ${i}`, lon, lat, group: '' };
  });
  const req = { facilities, thresholdsKm: [5, 10, 15, 20], mainKm: 10 };
  await w.compute(req, null); // warm-up
  const ms: number[] = [];
  let within10 = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = await w.compute(req, null);
    ms.push(performance.now() - t);
    within10 = r.base.land.thresholds.find((x) => x.km === 10)?.share ?? 0;
  }
  return { ms, cells: info.cells, within10 };
}

(window as unknown as { __graphBench: typeof run; __coverageBench: typeof coverage }).__graphBench = run;
(window as unknown as { __coverageBench: typeof coverage }).__coverageBench = coverage;
