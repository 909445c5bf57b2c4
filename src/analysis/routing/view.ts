import { BICYCLE, BICYCLE_PUSH, CAR, FOOT } from './highway';
import { NODE_CAR_BARRIER, type RoadGraph } from './roadGraph';
import { carSpeedKmh, carSpeedTable, sanitizeRoadSpeeds, type RoadSpeeds } from './speeds';

export type RoadMode = 'foot' | 'bicycle' | 'car';

/**
 * The graph as one mode sees it: only its edges, each with its travel time in seconds, in CSR
 * order by tail (forward) or by head (reverse: edges turned around, for times toward a place).
 *
 * For cars, turn restrictions and barriers are made plain graph structure by splitting nodes:
 * an edge that enters a restriction's via node from a from-way leads to a copy of the via
 * node that has only the allowed exits; an edge into a barrier leads to a copy without exits.
 * Nodes 0 … baseNodes-1 are the graph's own (a trip that starts there may leave by every
 * edge), baseNodes + k is copy k of node copyOf[k].
 */
export interface ModeView {
  reverse: boolean;
  baseNodes: number;
  nodeCount: number;
  offsets: Uint32Array;
  targets: Int32Array;
  seconds: Float32Array;
  /** The graph's edge id of each view edge (only in views built withEdges, for routes). */
  edge?: Int32Array;
  copyOf: Int32Array;
  /** Copy indices sorted by copyOf (to find a node's copies). */
  copyOrder: Int32Array;
}

function lowerBound(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Travel seconds per edge for a mode; NaN where the mode may not use the edge. */
function edgeSeconds(graph: RoadGraph, mode: RoadMode, speeds: RoadSpeeds): Float32Array {
  const s = sanitizeRoadSpeeds(speeds);
  const { access, lengthM, edgeCount } = graph;
  const out = new Float32Array(edgeCount);
  if (mode === 'car') {
    const table = carSpeedTable(s);
    for (let e = 0; e < edgeCount; e++) {
      out[e] = access[e] & CAR ? (lengthM[e] * 3.6) / carSpeedKmh(table, graph.highway[e], graph.maxspeed[e]) : NaN;
    }
  } else if (mode === 'bicycle') {
    const ride = 3.6 / s.bicycle;
    const push = 3.6 / s.foot;
    for (let e = 0; e < edgeCount; e++) {
      const a = access[e];
      out[e] = a & BICYCLE ? lengthM[e] * ride : a & BICYCLE_PUSH ? lengthM[e] * push : NaN;
    }
  } else {
    const walk = 3.6 / s.foot;
    for (let e = 0; e < edgeCount; e++) out[e] = access[e] & FOOT ? lengthM[e] * walk : NaN;
  }
  return out;
}

/** Builds a mode's view of the graph (see ModeView). */
export function buildModeView(graph: RoadGraph, mode: RoadMode, speeds: RoadSpeeds, reverse: boolean, withEdges = false): ModeView {
  const n = graph.nodeCount;
  const { firstEdge, target, bannedIn, bannedOut } = graph;
  const sec = edgeSeconds(graph, mode, speeds);
  const splits = mode === 'car';

  // Copies: one per barrier node (arrival only), then one per restricted in-edge.
  const barrierNodes: number[] = [];
  const restrictedIn: number[] = [];
  const viaMark = new Uint8Array(splits ? n : 0);
  if (splits) {
    for (let v = 0; v < n; v++) if (graph.nodeFlags[v] & NODE_CAR_BARRIER) barrierNodes.push(v);
    for (let k = 0; k < bannedIn.length; k++) {
      const e = bannedIn[k];
      if (k > 0 && bannedIn[k - 1] === e) continue;
      if (graph.nodeFlags[target[e]] & NODE_CAR_BARRIER) continue;
      restrictedIn.push(e);
      viaMark[target[e]] = 1;
    }
  }
  const nb = barrierNodes.length;
  const copyCount = nb + restrictedIn.length;
  const copyOf = new Int32Array(copyCount);
  barrierNodes.forEach((v, k) => (copyOf[k] = v));
  restrictedIn.forEach((e, k) => (copyOf[nb + k] = target[e]));

  const head = (e: number): number => {
    const h = target[e];
    if (!splits) return h;
    const flags = graph.nodeFlags[h];
    if (flags & NODE_CAR_BARRIER) return n + lowerBound(barrierNodes, h);
    if (viaMark[h]) {
      const k = lowerBound(restrictedIn, e);
      if (restrictedIn[k] === e) return n + nb + k;
    }
    return h;
  };
  const forEachEdge = (emit: (tail: number, head: number, e: number) => void): void => {
    for (let u = 0; u < n; u++) {
      for (let e = firstEdge[u]; e < firstEdge[u + 1]; e++) if (sec[e] === sec[e]) emit(u, head(e), e);
    }
    for (let k = 0; k < restrictedIn.length; k++) {
      const inEdge = restrictedIn[k];
      const v = target[inEdge];
      let b = lowerBound(bannedIn, inEdge);
      for (let e = firstEdge[v]; e < firstEdge[v + 1]; e++) {
        if (sec[e] !== sec[e]) continue;
        while (b < bannedIn.length && bannedIn[b] === inEdge && bannedOut[b] < e) b++;
        if (b < bannedIn.length && bannedIn[b] === inEdge && bannedOut[b] === e) continue;
        emit(n + nb + k, head(e), e);
      }
    }
  };

  const nodeCount = n + copyCount;
  const offsets = new Uint32Array(nodeCount + 1);
  forEachEdge((t, h) => offsets[(reverse ? h : t) + 1]++);
  for (let i = 0; i < nodeCount; i++) offsets[i + 1] += offsets[i];
  const m = offsets[nodeCount];
  const targets = new Int32Array(m);
  const seconds = new Float32Array(m);
  const edge = withEdges ? new Int32Array(m) : undefined;
  const slot = offsets.slice(0, nodeCount);
  forEachEdge((t, h, e) => {
    const i = slot[reverse ? h : t]++;
    targets[i] = reverse ? t : h;
    seconds[i] = sec[e];
    if (edge) edge[i] = e;
  });
  const copyOrder = Int32Array.from(copyOf.keys()).sort((a, b) => copyOf[a] - copyOf[b]);
  const view: ModeView = { reverse, baseNodes: n, nodeCount, offsets, targets, seconds, copyOf, copyOrder };
  if (edge) view.edge = edge;
  return view;
}

/** The copies of node v in a view (view node ids). */
export function copiesOf(view: ModeView, v: number): number[] {
  const { copyOf, copyOrder } = view;
  let lo = 0;
  let hi = copyOrder.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (copyOf[copyOrder[mid]] < v) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < copyOrder.length && copyOf[copyOrder[i]] === v; i++) out.push(view.baseNodes + copyOrder[i]);
  return out;
}

const cache = new WeakMap<RoadGraph, { key: string; view: ModeView }[]>();
const CACHED_VIEWS = 2;

/**
 * buildModeView, remembering the last two views of each graph (a view costs O(edges) to
 * build and about 12 bytes per edge to keep).
 */
export function modeView(graph: RoadGraph, mode: RoadMode, speeds: RoadSpeeds, reverse: boolean, withEdges = false): ModeView {
  const s = sanitizeRoadSpeeds(speeds);
  const key = `${mode}|${reverse}|${withEdges}|${mode === 'car' ? JSON.stringify(s.car) : mode === 'bicycle' ? `${s.bicycle}|${s.foot}` : s.foot}`;
  const list = cache.get(graph) ?? [];
  const hit = list.find((c) => c.key === key);
  if (hit) return hit.view;
  const view = buildModeView(graph, mode, s, reverse, withEdges);
  list.unshift({ key, view });
  list.length = Math.min(list.length, CACHED_VIEWS);
  cache.set(graph, list);
  return view;
}
