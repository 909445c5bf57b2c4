/**
 * Road routing figures (Node, as a proxy for the routing worker):
 * - osm_graph_heidelberg_ms: the Heidelberg fixture (2.49 MB PBF) to a graph ready to store
 *   (readRoadGraph + roadGraphToStored), median of runs after a warm-up, and its MB/s;
 *   osm_graph_memory_mb: the peak rise of Node's heapUsed + arrayBuffers during one build,
 *   sampled at every progress report and every 5 ms (Node's, not the browser worker's).
 * - route_multisource_2m_ms: a synthetic road-like graph of 2,002,225 nodes (a perturbed
 *   grid, a quarter of its segments left out, classes primary/secondary/residential, 5 %
 *   oneways, 2,000 turn bans, 5,000 bollards), 70 sources, times toward the sources for every
 *   node, by car (the view with split nodes) and on foot; warm (view cached) and cold.
 * - What it takes to extrapolate to Geofabrik's thueringen-latest.osm.pbf (about 190 MB):
 *   graph nodes per file MB and the build's MB/s (both from the road-heavy fixture, so upper
 *   side for nodes), and a memory figure from the typed arrays the code allocates per item
 *   (structuralBytes), since the measured peak of a 2.5 MB file is mostly fixed overhead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildRoadGraph, type RoadGraph } from '../../src/analysis/routing/roadGraph';
import { multiSourceSeconds, type RoadMode } from '../../src/analysis/routing/search';
import { roadGraphToStored } from '../../src/analysis/routing/serialize';
import { DEFAULT_ROAD_SPEEDS } from '../../src/analysis/routing/speeds';
import { readRoadGraph, type RoadGraphSummary } from '../../src/data/import/osm/readRoadGraph';
import { seededRandom } from '../../src/domain/random';
import { median } from './measure';
import { syntheticRoadNetwork } from './syntheticRoads';

export { syntheticRoadNetwork };

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/routing/heidelberg.test.pbf');
const THURINGIA_MB = 190;
const MB = 1024 * 1024;

const used = (): number => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Runs fn while sampling memory; returns its result and the peak rise in MB. */
async function peakMemory<T>(fn: (sample: () => void) => Promise<T>): Promise<{ result: T; peakMb: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const base = used();
  let peak = base;
  const sample = (): void => {
    peak = Math.max(peak, used());
  };
  const timer = setInterval(sample, 5);
  try {
    const result = await fn(sample);
    sample();
    return { result, peakMb: (peak - base) / MB };
  } finally {
    clearInterval(timer);
  }
}

export async function benchOsmGraph(runs = 5): Promise<{
  osm_graph_heidelberg_ms: number;
  osm_graph_heidelberg_mb_per_s: number;
  osm_graph_memory_mb: number;
  heidelberg_file_mb: number;
  heidelberg_graph_nodes: number;
  heidelberg_edges: number;
  heidelberg_graph_nodes_per_file_mb: number;
  thuringia_graph_nodes_estimate: number;
  thuringia_build_s_estimate: number;
  heidelberg_way_node_refs: number;
  heidelberg_way_nodes: number;
  heidelberg_structural_mb: number;
  thuringia_memory_mb_estimate: number;
}> {
  const bytes = fs.readFileSync(FIXTURE);
  const blob = new Blob([bytes]);
  const fileMb = bytes.length / MB;
  const build = async (onProgress?: () => void): Promise<{ graph: RoadGraph; summary: RoadGraphSummary }> => {
    const out = await readRoadGraph(blob, { onProgress });
    roadGraphToStored(out.graph);
    return out;
  };
  await build(); // warm-up: JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await build();
    times.push(performance.now() - t);
  }
  const { result, peakMb } = await peakMemory((sample) => build(sample));
  const { graph, summary } = result;
  const ms = median(times);
  const perMb = graph.nodeCount / fileMb;
  const scale = THURINGIA_MB / fileMb;
  return {
    osm_graph_heidelberg_ms: ms,
    osm_graph_heidelberg_mb_per_s: fileMb / (ms / 1000),
    osm_graph_memory_mb: peakMb,
    heidelberg_file_mb: fileMb,
    heidelberg_graph_nodes: graph.nodeCount,
    heidelberg_edges: graph.edgeCount,
    heidelberg_graph_nodes_per_file_mb: perMb,
    // Upper side: the fixture is road-heavy (25,359 of its 31,619 ways are highways); a full
    // Geofabrik extract carries more buildings and land use per MB.
    thuringia_graph_nodes_estimate: perMb * THURINGIA_MB,
    thuringia_build_s_estimate: THURINGIA_MB / (fileMb / (ms / 1000)),
    heidelberg_way_node_refs: summary.wayNodeRefs,
    heidelberg_way_nodes: summary.wayNodes,
    heidelberg_structural_mb: structuralBytes(summary, 1) / MB,
    thuringia_memory_mb_estimate: structuralBytes(summary, scale) / MB,
  };
}

/**
 * The reader's and builder's typed arrays at their peak, for a file `scale` times as large as
 * the one summarised (counts scaled alike), plus the fixed part (an 8 MB read chunk, inflate
 * scratch up to 32 MB, a block's decoding, about 16 MB). Bytes per item, from the code:
 * sorting the way-node ids: 16 per ref (chunks + copy) + 8 per distinct node; refs to
 * indices: 12 per ref (chunks + wayRefs) + 18 per node (sorted id, coordinates, flags);
 * building: 4 per ref, 16 per way node (coordinates, flags, builder marks and index), 15 per
 * edge, 17 per graph node, 34 per way.
 */
function structuralBytes(s: RoadGraphSummary, scale: number): number {
  const refs = s.wayNodeRefs * scale;
  const nodes = s.wayNodes * scale;
  const sortPeak = 16 * refs + 8 * nodes;
  const indexPeak = 12 * refs + 18 * nodes;
  const buildPeak = 4 * refs + 16 * nodes + 15 * s.edges * scale + 17 * s.graphNodes * scale + 34 * s.routableWays * scale;
  return Math.max(sortPeak, indexPeak, buildPeak) + 56 * MB;
}

export async function benchRouteMultisource(side = 1415, runs = 3): Promise<{
  route_multisource_2m_ms: number;
  route_multisource_2m_cold_ms: number;
  route_multisource_2m_foot_ms: number;
  route_graph_build_2m_ms: number;
  route_graph_build_2m_memory_mb: number;
  route_graph_2m_nodes: number;
  route_graph_2m_edges: number;
  route_graph_2m_stored_mb: number;
}> {
  const input = syntheticRoadNetwork(side);
  const t0 = performance.now();
  const { result: built, peakMb } = await peakMemory(async () => buildRoadGraph(input));
  const buildMs = performance.now() - t0;
  const graph = built.graph;
  const rnd = seededRandom(70);
  const sources = Array.from({ length: 70 }, () => ({ node: Math.floor(rnd() * graph.nodeCount), seconds: rnd() * 120 }));
  const run = (mode: RoadMode): number => {
    const t = performance.now();
    const out = multiSourceSeconds(graph, mode, DEFAULT_ROAD_SPEEDS, sources, { towardSources: true });
    const ms = performance.now() - t;
    if (!(out[0] < Infinity)) throw new Error('synthetic graph: node 0 not reached');
    return ms;
  };
  const cold = run('car');
  const car: number[] = [];
  for (let i = 0; i < runs; i++) car.push(run('car'));
  run('foot');
  const foot: number[] = [];
  for (let i = 0; i < runs; i++) foot.push(run('foot'));
  const stored = roadGraphToStored(graph).buffers.reduce((s, b) => s + b.byteLength, 0);
  return {
    route_multisource_2m_ms: median(car),
    route_multisource_2m_cold_ms: cold,
    route_multisource_2m_foot_ms: median(foot),
    route_graph_build_2m_ms: buildMs,
    route_graph_build_2m_memory_mb: peakMb,
    route_graph_2m_nodes: graph.nodeCount,
    route_graph_2m_edges: graph.edgeCount,
    route_graph_2m_stored_mb: stored / MB,
  };
}

// npx tsx tests/bench/routingBench.ts: prints the figures.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const [k, v] of Object.entries(await benchOsmGraph())) console.log(k, Math.round(v * 10) / 10);
  for (const [k, v] of Object.entries(await benchRouteMultisource())) console.log(k, Math.round(v * 10) / 10);
}
