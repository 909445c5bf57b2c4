/**
 * Label placement of the graph for 5,000 nodes (Node, pure): a force-like spread of nodes with
 * names of realistic length, placed at the zoom that fits them into a 1,280 px wide panel.
 * Run directly: `npx tsx tests/bench/labelsBench.ts`.
 */
import { performance } from 'node:perf_hooks';
import { estimateTextWidth, placeLabels, type LabelCandidate } from '../../src/analysis/layout/labels';
import { seededRandom } from '../../src/domain/random';
import { median } from './measure';

/** Median milliseconds of `runs` placements of 5,000 labels, and how many were shown. */
export function benchLabels(runs = 7): { ms: number; shown: number } {
  const rnd = seededRandom(0x1abe1);
  const n = 5_000;
  const side = 24 * Math.sqrt(n) * 1.6;
  const nodes: LabelCandidate[] = Array.from({ length: n }, (_, i) => ({
    x: rnd() * side,
    y: rnd() * side,
    size: 8 + 26 * Math.sqrt(rnd()),
    priority: i < 90 ? 3 + rnd() : rnd() ** 3,
    width: estimateTextWidth('x'.repeat(12 + Math.floor(rnd() * 30)), 11),
    height: 14,
  }));
  const times: number[] = [];
  let shown = 0;
  for (const zoom of [1280 / side, 1, 3]) placeLabels(nodes, { zoom }); // warm-up
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    shown = placeLabels(nodes, { zoom: 1280 / side }).index.length;
    times.push(performance.now() - t0);
  }
  return { ms: median(times), shown };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchLabels();
  console.log(`BENCH name=graph_labels_5k_ms value=${Math.round(r.ms * 10) / 10} unit=ms (${r.shown} shown)`);
}
