/**
 * Closeness centrality with the Wasserman–Faust correction for disconnected graphs, as networkx
 * computes it by default (`wf_improved=True`) and graphology-metrics with `wassermanFaust: true`:
 *
 *   closeness(v) = ((r - 1) / (n - 1)) · ((r - 1) / Σ distances from v)
 *
 * where r is the number of nodes v reaches, v included. An isolated node (r = 1) gets 0, and so
 * does every node of a graph with fewer than two nodes.
 */
import type { CsrGraph } from './csr';

/** The formula above from the reach r (including the node) and the distance sum. */
export function closenessValue(reach: number, distSum: number, n: number): number {
  if (reach < 2 || distSum <= 0 || n < 2) return 0;
  const others = reach - 1;
  return (others / distSum) * (others / (n - 1));
}

/** Closeness of every node by one breadth-first search per node. */
export function closeness(g: CsrGraph): Float64Array {
  const { n, offsets, targets } = g;
  const out = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    if (offsets[s + 1] === offsets[s]) continue;
    dist[s] = 0;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    let distSum = 0;
    while (head < tail) {
      const v = queue[head++];
      const dv = dist[v] + 1;
      for (let slot = offsets[v], stop = offsets[v + 1]; slot < stop; slot++) {
        const w = targets[slot];
        if (dist[w] >= 0) continue;
        dist[w] = dv;
        distSum += dv;
        queue[tail++] = w;
      }
    }
    for (let i = 0; i < tail; i++) dist[queue[i]] = -1;
    out[s] = closenessValue(tail, distSum, n);
  }
  return out;
}
