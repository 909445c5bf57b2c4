/**
 * The partnership graph as an undirected simple graph in compressed sparse row form (CSR).
 *
 * Nodes are numbered 0 … n-1 in the order of `nodeIds`. The neighbours of node v are
 * `targets[offsets[v]] … targets[offsets[v + 1] - 1]`; every kept edge appears twice, once from
 * each end. `edgeOf[slot]` is the index (into the `edges` input) of the edge behind that
 * adjacency slot, so both slots of one edge carry the same edge index.
 *
 * What counts:
 * - edges with an unknown end and self-loops are ignored;
 * - several edges between the same pair count once (the graph is simple): the first of them in
 *   input order stands for the pair in `edgeOf`, the others point to it via `edgeKept`;
 * - node ids should be unique; a repeated id resolves to its first occurrence, so later copies
 *   stay isolated nodes.
 */
export interface EdgeEnds {
  readonly a: string;
  readonly b: string;
}

export interface CsrGraph {
  /** Number of nodes. */
  readonly n: number;
  /** Number of distinct undirected edges kept (each appears twice in `targets`). */
  readonly m: number;
  readonly ids: readonly string[];
  readonly index: Map<string, number>;
  /** Length n + 1. */
  readonly offsets: Int32Array;
  /** Length 2m: neighbour node per adjacency slot. */
  readonly targets: Int32Array;
  /** Length 2m: input edge index per adjacency slot. */
  readonly edgeOf: Int32Array;
  /**
   * Length edges.length: for every input edge the input edge index standing for its pair in the
   * adjacency (itself for the first edge of a pair), or -1 when the edge was ignored.
   */
  readonly edgeKept: Int32Array;
}

export function buildGraph(nodeIds: readonly string[], edges: readonly EdgeEnds[]): CsrGraph {
  const n = nodeIds.length;
  const index = new Map<string, number>();
  nodeIds.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i);
  });

  const edgeKept = new Int32Array(edges.length).fill(-1);
  const ends = new Int32Array(edges.length * 2);
  const degree = new Int32Array(n);
  const firstOfPair = new Map<number, number>();
  let m = 0;
  edges.forEach((e, k) => {
    const u = index.get(e.a);
    const v = index.get(e.b);
    if (u === undefined || v === undefined || u === v) return;
    const key = u < v ? u * n + v : v * n + u;
    const first = firstOfPair.get(key);
    if (first !== undefined) {
      edgeKept[k] = first;
      return;
    }
    firstOfPair.set(key, k);
    edgeKept[k] = k;
    ends[2 * k] = u;
    ends[2 * k + 1] = v;
    degree[u]++;
    degree[v]++;
    m++;
  });

  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v] + degree[v];
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(2 * m);
  const edgeOf = new Int32Array(2 * m);
  for (let k = 0; k < edges.length; k++) {
    if (edgeKept[k] !== k) continue;
    const u = ends[2 * k];
    const v = ends[2 * k + 1];
    targets[fill[u]] = v;
    edgeOf[fill[u]++] = k;
    targets[fill[v]] = u;
    edgeOf[fill[v]++] = k;
  }
  return { n, m, ids: nodeIds, index, offsets, targets, edgeOf, edgeKept };
}

/** Number of distinct neighbours of node v. */
export function degreeOf(g: CsrGraph, v: number): number {
  return g.offsets[v + 1] - g.offsets[v];
}
