/**
 * Betweenness centrality (Brandes 2001) on the unweighted, undirected CSR graph, with typed
 * arrays throughout. The same breadth-first searches also give each source's closeness, so
 * `brandesPartial` returns both.
 *
 * Splitting the work: every source contributes independently, so a caller may run
 * `brandesPartial(g, 0, k)` and `brandesPartial(g, k, g.n)` in two workers and add the results
 * element-wise (`sumPartials`). The summed `betweenness` is the raw undirected value (every
 * unordered pair counted once, like networkx `normalized=False`); `normalizeBetweenness` scales
 * it to [0, 1] like networkx / graphology `normalized: true`.
 *
 * Shortest-path counts are doubles: graphs with astronomically many equal-length paths
 * (beyond 1e308) would overflow, which partnership networks do not come near.
 */
import type { CsrGraph } from './csr';
import { closenessValue } from './closeness';
import { searchFrom, workspace } from './bfs';

export interface BrandesResult {
  /** Raw betweenness contributions of the sources in range (summable over ranges). */
  betweenness: Float64Array;
  /** Closeness of the sources in range; 0 for nodes outside the range (summable too). */
  closeness: Float64Array;
}

/**
 * A leaf (degree 1) whose neighbour p has further neighbours needs no search of its own: its
 * shortest paths are p's with one step more. So its dependency δ(v) equals p's for every other
 * node v, δ(p) = k - 2 (k = size of the component), and its distance sum is p's plus k - 2.
 * A search from p thus stands for p (when p is a source here) and its leaves among the sources
 * here. Networks with many single-partner institutions need far fewer searches.
 */
function isFoldedLeaf(g: CsrGraph, v: number): boolean {
  const { offsets } = g;
  if (offsets[v + 1] - offsets[v] !== 1) return false;
  const p = g.targets[offsets[v]];
  return offsets[p + 1] - offsets[p] > 1;
}

/** Brandes over the sources from … to-1 (clamped to 0 … n). */
export function brandesPartial(g: CsrGraph, from = 0, to = g.n): BrandesResult {
  const { n, offsets, targets } = g;
  const start = Math.max(0, Math.floor(from));
  const end = Math.min(n, Math.floor(to));
  const bc = new Float64Array(n);
  const closeness = new Float64Array(n);
  // How many sources a search from v stands for.
  const weight = new Int32Array(n);
  for (let s = start; s < end; s++) {
    if (isFoldedLeaf(g, s)) weight[targets[offsets[s]]]++;
    else if (offsets[s + 1] > offsets[s]) weight[s]++;
  }
  const ws = workspace(g);
  const { dist, sigma, order, links, predEnd, succEnd } = ws;
  // (1 + delta[v]) / sigma[v] in Brandes' notation, filled while unwinding.
  const coefficient = new Float64Array(n);
  // Coefficients pushed to v by successors that know v as their predecessor.
  const pushed = new Float64Array(n);

  for (let s = 0; s < n; s++) {
    const times = weight[s];
    if (times === 0) continue;
    const { reached, distSum } = searchFrom(g, ws, s);
    // Unwind in reverse BFS order: delta[v] = sigma[v] · Σ over successors w of coefficient[w].
    for (let i = reached - 1; i > 0; i--) {
      const v = order[i];
      let sum = pushed[v];
      pushed[v] = 0;
      const first = predEnd[v];
      for (let j = first, stop = succEnd[v]; j < stop; j++) sum += coefficient[links[j]];
      const sv = sigma[v];
      const cv = 1 / sv + sum;
      coefficient[v] = cv;
      bc[v] += times * sv * sum;
      for (let j = offsets[v] + v; j < first; j++) pushed[links[j]] += cv;
      dist[v] = -1;
    }
    pushed[s] = 0;
    dist[s] = -1;
    const own = s >= start && s < end;
    if (own) closeness[s] = closenessValue(reached, distSum, n);
    if (times === (own ? 1 : 0)) continue;
    bc[s] += (times - (own ? 1 : 0)) * (reached - 2);
    for (let slot = offsets[s]; slot < offsets[s + 1]; slot++) {
      const leaf = targets[slot];
      if (leaf >= start && leaf < end && isFoldedLeaf(g, leaf)) closeness[leaf] = closenessValue(reached, distSum + reached - 2, n);
    }
  }
  // Each unordered pair was seen from both ends.
  for (let v = 0; v < n; v++) bc[v] *= 0.5;
  return { betweenness: bc, closeness };
}

/** Raw betweenness contributions of the sources from … to-1. */
export function betweennessPartial(g: CsrGraph, from: number, to: number): Float64Array {
  return brandesPartial(g, from, to).betweenness;
}

/** Element-wise sum of partial results (e.g. from two workers). */
export function sumPartials(parts: readonly Float64Array[], n: number): Float64Array {
  const out = new Float64Array(n);
  for (const part of parts) for (let v = 0; v < n; v++) out[v] += part[v];
  return out;
}

/** Raw undirected betweenness × 2 / ((n-1)(n-2)); all 0 for n ≤ 2. Returns a new array. */
export function normalizeBetweenness(raw: Float64Array, n: number): Float64Array {
  const out = new Float64Array(raw.length);
  if (n <= 2) return out;
  const scale = 2 / ((n - 1) * (n - 2));
  for (let v = 0; v < raw.length; v++) out[v] = raw[v] * scale;
  return out;
}

/** Betweenness of every node, raw and normalized. */
export function betweenness(g: CsrGraph): { raw: Float64Array; normalized: Float64Array } {
  const raw = betweennessPartial(g, 0, g.n);
  return { raw, normalized: normalizeBetweenness(raw, g.n) };
}
