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

/**
 * Dijkstra over a view from the given start states; dist per view node (Infinity: not
 * reached). With `label`, each reached node gets the label of the start it was reached from
 * (startLabels[i] for starts[i]); with `parent`, the view edge it was reached by.
 */
function dijkstra(
  view: ModeView,
  starts: ArrayLike<number>,
  startSeconds: ArrayLike<number>,
  maxSeconds: number,
  parent?: Int32Array,
  label?: { of: Int32Array; starts: ArrayLike<number> },
  kept?: { dist: Float64Array; touch: (v: number) => void },
): Float64Array {
  const { offsets, targets, seconds } = view;
  // A kept array (all Infinity) is reused; touch() hears of every entry set for the first time.
  const dist = kept?.dist ?? new Float64Array(view.nodeCount).fill(Infinity);
  const touch = kept?.touch;
  const queue = new FlatQueue<number>();
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i];
    if (startSeconds[i] < dist[s]) {
      if (touch && dist[s] === Infinity) touch(s);
      dist[s] = startSeconds[i];
      if (label) label.of[s] = label.starts[i];
      queue.push(s, startSeconds[i]);
    }
  }
  while (queue.length > 0) {
    const d = queue.peekValue()!;
    const u = queue.pop()!;
    if (d > dist[u]) continue;
    if (d > maxSeconds) break;
    for (let e = offsets[u], end = offsets[u + 1]; e < end; e++) {
      const v = targets[e];
      const nd = d + seconds[e];
      if (nd < dist[v]) {
        if (touch && dist[v] === Infinity) touch(v);
        dist[v] = nd;
        if (parent) parent[v] = e;
        if (label) label.of[v] = label.of[u];
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
function startStates(graph: RoadGraph, view: ModeView, sources: readonly RoadSource[]): { starts: number[]; secs: number[]; labels: number[] } {
  const starts: number[] = [];
  const secs: number[] = [];
  const labels: number[] = [];
  sources.forEach((s, i) => {
    checkNode(graph, s.node);
    if (s.node < 0 || !Number.isFinite(s.seconds)) return;
    const label = (s as Partial<LabelledSource>).label ?? i;
    for (const state of view.reverse ? [s.node, ...copiesOf(view, s.node)] : [s.node]) {
      starts.push(state);
      secs.push(s.seconds);
      labels.push(label);
    }
  });
  return { starts, secs, labels };
}

/**
 * Per graph node from view distances: a node's time is its own (reverse) or the best of it and
 * its copies; likewise its label.
 */
function perNode(graph: RoadGraph, view: ModeView, dist: Float64Array, maxSeconds: number, labelOf?: Int32Array): { seconds: Float32Array; label: Int32Array } {
  const n = graph.nodeCount;
  const seconds = new Float32Array(n);
  const label = new Int32Array(labelOf ? n : 0);
  for (let v = 0; v < n; v++) {
    const ok = dist[v] <= maxSeconds;
    seconds[v] = ok ? dist[v] : Infinity;
    if (labelOf) label[v] = ok ? labelOf[v] : -1;
  }
  if (!view.reverse) {
    for (let k = 0; k < view.copyOf.length; k++) {
      const d = dist[view.baseNodes + k];
      const v = view.copyOf[k];
      if (d <= maxSeconds && d < seconds[v]) {
        seconds[v] = d;
        if (labelOf) label[v] = labelOf[view.baseNodes + k];
      }
    }
  }
  return { seconds, label };
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
  return perNode(graph, view, dijkstra(view, starts, secs, maxSeconds), maxSeconds).seconds;
}

export interface LabelledSource extends RoadSource {
  /** Returned for every node this source is the nearest of (e.g. the centre's index). */
  label: number;
}

/**
 * multiSourceSeconds, and per node the label of its nearest source (-1 where none is reached;
 * between sources at the same time, either).
 */
export function multiSourceLabelled(
  graph: RoadGraph,
  mode: RoadMode,
  speeds: RoadSpeeds,
  sources: readonly LabelledSource[],
  options: MultiSourceOptions = {},
): { seconds: Float32Array; label: Int32Array } {
  const view = modeView(graph, mode, speeds, options.towardSources === true);
  const maxSeconds = options.maxSeconds ?? Infinity;
  const { starts, secs, labels } = startStates(graph, view, sources);
  const labelOf = new Int32Array(view.nodeCount).fill(-1);
  const dist = dijkstra(view, starts, secs, maxSeconds, undefined, { of: labelOf, starts: labels });
  return perNode(graph, view, dist, maxSeconds, labelOf);
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
  const view = modeView(graph, mode, speeds, false, true);
  const parent = new Int32Array(view.nodeCount).fill(-1);
  const dist = dijkstra(view, [from], [0], Infinity, parent);
  let best = to;
  for (const c of copiesOf(view, to)) if (dist[c] < dist[best]) best = c;
  if (dist[best] === Infinity) return null;
  const edges: number[] = [];
  let meters = 0;
  for (let v = best; parent[v] >= 0 && v !== from; ) {
    const ve = parent[v];
    const e = view.edge![ve];
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

/** Reused arrays of one view for bounded searches: only the entries a search touched are reset. */
interface Scratch {
  dist: Float64Array;
  label: Int32Array;
  touched: Int32Array;
  count: number;
}
const scratches = new WeakMap<ModeView, Scratch>();

/**
 * multiSourceLabelled toward the sources with a time limit, for many small searches on a big
 * graph (one per candidate site): the arrays are kept per view and only what the last search
 * touched is reset, so a search costs what it visits, not the graph's size. The returned arrays
 * are indexed by graph node (Infinity / -1: not reached; entries beyond maxSeconds may hold a
 * time above it) and stay valid only until the next call for the same graph, mode and speeds.
 */
export function boundedTowardLabelled(graph: RoadGraph, mode: RoadMode, speeds: RoadSpeeds, sources: readonly LabelledSource[], maxSeconds: number): { seconds: Float64Array; label: Int32Array } {
  const view = modeView(graph, mode, speeds, true);
  let s = scratches.get(view);
  if (!s) {
    s = { dist: new Float64Array(view.nodeCount).fill(Infinity), label: new Int32Array(view.nodeCount).fill(-1), touched: new Int32Array(1024), count: 0 };
    scratches.set(view, s);
  }
  const { dist, label } = s;
  for (let i = 0; i < s.count; i++) {
    dist[s.touched[i]] = Infinity;
    label[s.touched[i]] = -1;
  }
  s.count = 0;
  const scratch = s;
  const touch = (v: number) => {
    if (scratch.count === scratch.touched.length) {
      const grown = new Int32Array(scratch.touched.length * 2);
      grown.set(scratch.touched);
      scratch.touched = grown;
    }
    scratch.touched[scratch.count++] = v;
  };
  const { starts, secs, labels } = startStates(graph, view, sources);
  dijkstra(view, starts, secs, maxSeconds, undefined, { of: label, starts: labels }, { dist, touch });
  // Toward the sources a node's time is its own entry (the first nodeCount of the view).
  return { seconds: dist, label };
}
