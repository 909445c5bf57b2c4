/**
 * Bundled by workerSearchBench.ts and run in a browser Web Worker: the synthetic graph of
 * 2 million nodes built there, then the coverage's search (70 sources, toward them, by car)
 * cold (with the car view's build) and warm. Posts the times.
 */
import { buildRoadGraph } from '../../src/analysis/routing/roadGraph';
import { multiSourceSeconds } from '../../src/analysis/routing/search';
import { DEFAULT_ROAD_SPEEDS } from '../../src/analysis/routing/speeds';
import { seededRandom } from '../../src/domain/random';
import { syntheticRoadNetwork } from './syntheticRoads';

const scope = self as unknown as { onmessage: ((e: MessageEvent<{ side: number; runs: number }>) => void) | null; postMessage: (m: unknown) => void };
scope.onmessage = (e) => {
  const { side, runs } = e.data;
  const t0 = performance.now();
  const graph = buildRoadGraph(syntheticRoadNetwork(side)).graph;
  const buildMs = performance.now() - t0;
  const rnd = seededRandom(70);
  const sources = Array.from({ length: 70 }, () => ({ node: Math.floor(rnd() * graph.nodeCount), seconds: rnd() * 120 }));
  const run = () => {
    const t = performance.now();
    const out = multiSourceSeconds(graph, 'car', DEFAULT_ROAD_SPEEDS, sources, { towardSources: true });
    if (!(out[0] < Infinity)) throw new Error('node 0 not reached');
    return performance.now() - t;
  };
  const cold = run();
  const warm = Array.from({ length: runs }, run);
  scope.postMessage({ nodes: graph.nodeCount, buildMs, cold, warm });
};
