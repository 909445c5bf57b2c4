import FlatQueue from 'flatqueue';
import type { RoadGraph } from './roadGraph';
import type { RoadSpeeds } from './speeds';
import { copiesOf, modeView, type ModeView, type RoadMode } from './view';

export type { RoadMode } from './view';

export interface RoadSource {
  /** Graph node; -1 (not snapped) is skipped. */
  node: number;
  /** Seconds already spent when at this node (e.g. the walk from the door to the road). */
  seconds: number;
}

export interface MultiSourceOptions {
  /**
   * true: the time from every node to the nearest source (over the reversed graph: oneways
   * and turn restrictions count in the direction of travel toward the source; what coverage
   * needs, families travel to the centre). false (default): from the nearest source to every node.
   */
  towardSources?: boolean;
  /** Stop the search at this many seconds; nodes farther away get Infinity. */
  maxSeconds?: number;
}

/** Dijkstra over a view from the given start states; dist per view node (Infinity: not reached). */
function dijkstra(view: ModeView, starts: ArrayLike<number>, startSeconds: ArrayLike<number>, maxSeconds: number, stopAt = -1, parent?: Int32Array): Float64Array {
  const { offsets, targets, seconds } = view;
  const dist = new Float64Array(view.nodeCount).fill(Infinity);
  const queue = new FlatQueue<number>();
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i];
    if (startSeconds[i] < dist[s]) {
      dist[s] = startSeconds[i];
      queue.push(s, startSeconds[i]);
    }
  }
  while (queue.length > 0) {
    const d = queue.peekValue()!;
    const u = queue.pop()!;
    if (d > dist[u]) continue;
    if (d > maxSeconds || u === stopAt) break;
    for (let e = offsets[u], end = offsets[u + 1]; e < end; e++) {
      const v = targets[e];
      const nd = d + seconds[e];
      if (nd < dist[v]) {
        dist[v] = nd;
        if (parent) parent[v] = e;
        queue.push(v, nd);
      }
    }
  }
  return dist;
}

function checkNode(graph: RoadGraph, node: number): void {
  if (!Number.isInteger(node) || node >= graph.nodeCount || node < -1) throw new RangeError(`no such graph node: ${node}`);
}

/** The view's start states for the sources: each source node, and toward sources also its copies. */
function startStates(graph: RoadGraph, view: ModeView, sources: readonly RoadSource[]): { starts: number[]; secs: number[] } {
  const starts: number[] = [];
  const secs: number[] = [];
  for (const s of sources) {
    checkNode(graph, s.node);
    if (s.node < 0 || !Number.isFinite(s.seconds)) continue;
    starts.push(s.node);
    secs.push(s.seconds);
    if (view.reverse) {
      for (const c of copiesOf(view, s.node)) {
        starts.push(c);
        secs.push(s.seconds);
      }
    }
  }
  return { starts, secs };
}

/** Per graph node from view distances: a node's time is its own (reverse) or the best of it and its copies. */
function perNode(graph: RoadGraph, view: ModeView, dist: Float64Array, maxSeconds: number): Float32Array {
  const out = new Float32Array(graph.nodeCount);
  for (let v = 0; v < graph.nodeCount; v++) out[v] = dist[v] <= maxSeconds ? dist[v] : Infinity;
  if (!view.reverse) {
    for (let k = 0; k < view.copyOf.length; k++) {
      const d = dist[view.baseNodes + k];
      const v = view.copyOf[k];
      if (d <= maxSeconds && d < out[v]) out[v] = d;
    }
  }
  return out;
}

/**
 * Seconds from the nearest source to every graph node (or, towardSources, from every node to
 * its nearest source), over the road network by the given mode; Infinity where unreachable
 * (or beyond maxSeconds). One Dijkstra search from all sources at once.
 */
export function multiSourceSeconds(
  graph: RoadGraph,
  mode: RoadMode,
  speeds: RoadSpeeds,
  sources: readonly RoadSource[],
  options: MultiSourceOptions = {},
): Float32Array {
  const view = modeView(graph, mode, speeds, options.towardSources === true);
  const maxSeconds = options.maxSeconds ?? Infinity;
  const { starts, secs } = startStates(graph, view, sources);
  return perNode(graph, view, dijkstra(view, starts, secs, maxSeconds), maxSeconds);
}

export interface RoadRoute {
  seconds: number;
  meters: number;
  /** The graph's edges along the way, in travel order. */
  edges: number[];
}

/** The fastest route from one graph node to another by a mode, or null when there is none. */
export function roadRoute(graph: RoadGraph, mode: RoadMode, speeds: RoadSpeeds, from: number, to: number): RoadRoute | null {
  checkNode(graph, from);
  checkNode(graph, to);
  if (from < 0 || to < 0) return null;
  const view = modeView(graph, mode, speeds, false);
  const parent = new Int32Array(view.nodeCount).fill(-1);
  const dist = dijkstra(view, [from], [0], Infinity, -1, parent);
  let best = to;
  for (const c of copiesOf(view, to)) if (dist[c] < dist[best]) best = c;
  if (dist[best] === Infinity) return null;
  const edges: number[] = [];
  let meters = 0;
  for (let v = best; parent[v] >= 0 && v !== from; ) {
    const ve = parent[v];
    const e = view.edge[ve];
    edges.push(e);
    meters += graph.lengthM[e];
    // The view edge's tail: the node whose CSR range holds it.
    let lo = 0;
    let hi = view.nodeCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (view.offsets[mid] <= ve) lo = mid;
      else hi = mid - 1;
    }
    v = lo;
  }
  edges.reverse();
  return { seconds: dist[best], meters, edges };
}

/** Seconds of the fastest route from one graph node to another; Infinity when there is none. */
export function routeSeconds(graph: RoadGraph, mode: RoadMode, speeds: RoadSpeeds, from: number, to: number): number {
  return roadRoute(graph, mode, speeds, from, to)?.seconds ?? Infinity;
}
