/**
 * Input and output of the graph layouts. Everything here is plain data (arrays, typed arrays,
 * strings, numbers), so it can cross a Web Worker boundary by structured clone, and the result's
 * typed arrays can be transferred.
 */

/** The layouts `computeLayout` knows. */
export type LayoutKind = 'force' | 'geographic' | 'concentric' | 'grouped';

/** A node index pair; indices point into `LayoutInput.ids`. */
export type LayoutEdge = readonly [number, number];

/**
 * One graph, node-indexed: entry `i` of every per-node array belongs to node `ids[i]`.
 * Missing coordinates are `null` (or NaN in a typed array); an empty `group` means "ohne Kreis".
 * Edges with an index out of range and self-loops are ignored; duplicates count once.
 */
export interface LayoutInput {
  ids: readonly string[];
  lon: ArrayLike<number | null>;
  lat: ArrayLike<number | null>;
  /** Kreis name (or key) per node; used by the grouped layout. */
  group: ArrayLike<string | null | undefined>;
  /** Centrality per node (e.g. betweenness or degree); used by the concentric layout. */
  score: ArrayLike<number>;
  edges: readonly LayoutEdge[];
}

/**
 * Node positions in an abstract pixel-ish frame (y down, top-left near 0,0); `x[i], y[i]` belong
 * to `ids[i]`. Force, concentric and grouped layouts keep neighbouring nodes about NODE_SPACING
 * apart, so their extent grows with the node count; the geographic one spans `width`. The view
 * is fitted afterwards (Cytoscape `preset` layout + `fit`).
 */
export interface LayoutResult {
  x: Float64Array;
  y: Float64Array;
}

export interface LayoutOptions {
  /** Force layout: Barnes-Hut iterations. Default: chosen from the graph size (see force.ts). */
  iterations?: number;
  /** Force layout: start from the geographic positions when enough nodes have them. Default true. */
  seedFromGeography?: boolean;
  /** Geographic layout: width of the map area. Default 1000. */
  width?: number;
}

/** Typical distance between neighbouring nodes in the frame, shared by all layouts. */
export const NODE_SPACING = 24;

/** Group label used for nodes without a Kreis. */
export const NO_GROUP = 'ohne Kreis';

/** The coordinate of node `i` as a finite number, or null when missing. */
export function finiteOrNull(values: ArrayLike<number | null>, i: number): number | null {
  const v = i < values.length ? values[i] : null;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Deterministic id comparison (UTF-16 code units, independent of the locale). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Node indices ordered by score (highest first, missing/NaN last), ties by id then index. */
export function orderByScore(input: LayoutInput, indices?: readonly number[]): number[] {
  const n = input.ids.length;
  const order = indices ? [...indices] : Array.from({ length: n }, (_, i) => i);
  const score = (i: number) => {
    const s = i < input.score.length ? input.score[i] : NaN;
    return Number.isFinite(s) ? s : -Infinity;
  };
  return order.sort((a, b) => score(b) - score(a) || compareIds(input.ids[a], input.ids[b]) || a - b);
}

/** Valid, de-duplicated, undirected edges as index pairs (self-loops and bad indices dropped). */
export function cleanEdges(n: number, edges: readonly LayoutEdge[]): [number, number][] {
  const seen = new Set<number>();
  const out: [number, number][] = [];
  for (const e of edges) {
    const a = e[0];
    const b = e[1];
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < 0 || a >= n || b >= n || a === b) continue;
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const key = lo * n + hi;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([lo, hi]);
  }
  return out;
}
