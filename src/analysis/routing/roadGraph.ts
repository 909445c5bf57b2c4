import { haversineMeters } from '../distance';
import { bannedTurns } from './turns';

/**
 * The road graph: intersections only, typed arrays, directed edges in CSR order (the edges
 * leaving node i are firstEdge[i] … firstEdge[i+1]-1). A node is a graph node when two or
 * more ways share it, it ends a way, it is the via of a turn restriction, or it is a barrier
 * that stops cars; the nodes in between only add to an edge's length (sum of haversine
 * segments) and are not kept.
 */
export interface RoadGraph {
  nodeCount: number;
  /** Directed edges. */
  edgeCount: number;
  lon: Float32Array;
  lat: Float32Array;
  /** NODE_CAR_BARRIER, per node. */
  nodeFlags: Uint8Array;
  firstEdge: Uint32Array;
  /** Head node of each edge. */
  target: Int32Array;
  lengthM: Float32Array;
  /** Index in HIGHWAY_CLASSES. */
  highway: Uint8Array;
  /** km/h in the edge's direction, 0 = none given. */
  maxspeed: Uint8Array;
  /** FOOT | BICYCLE | CAR | BICYCLE_PUSH, in the edge's direction. */
  access: Uint8Array;
  /**
   * Banned turns for cars, from the turn restrictions: entering by edge bannedIn[k], leaving by
   * edge bannedOut[k] is not allowed (only_* restrictions are expanded to the turns they ban).
   * Sorted by bannedIn, then bannedOut.
   */
  bannedIn: Int32Array;
  bannedOut: Int32Array;
  /** OSM node ids of the graph nodes, when asked for (tests, debugging). */
  osmId?: Float64Array;
}

/** A barrier (bollard, closed gate, …): cars may reach it but not pass it. */
export const NODE_CAR_BARRIER = 1;

/** A turn restriction over way and node indices of the input. */
export interface RestrictionInput {
  fromWay: number;
  viaNode: number;
  toWay: number;
  only: boolean;
}

/**
 * What the builder needs, by index: the nodes the ways use (coordinates in 1e-7 degrees, as
 * OSM stores them) and the ways (node indices, -1 for a node whose coordinates the file lacks:
 * the way is cut there), each with its profile (access.ts).
 */
export interface RoadNetworkInput {
  nodeCount: number;
  lonE7: Int32Array;
  latE7: Int32Array;
  /** 1 where a barrier stops cars. */
  carBarrier?: Uint8Array;
  osmId?: Float64Array;
  wayCount: number;
  /** wayCount + 1 offsets into wayRefs. */
  wayRefStart: Uint32Array;
  wayRefs: Int32Array;
  wayHighway: Uint8Array;
  wayMaxspeedForward: Uint8Array;
  wayMaxspeedBackward: Uint8Array;
  wayForward: Uint8Array;
  wayBackward: Uint8Array;
  restrictions: readonly RestrictionInput[];
}

export interface BuildStats {
  /** Restrictions whose from-way, via node and to-way were all found with car edges. */
  restrictionsApplied: number;
  /** Graph nodes that stop cars. */
  barriers: number;
}

/** Progress of the builder: units of work done and in all. */
export interface BuildProgress {
  done: number;
  total: number;
}

const STEP = 1 << 16;

/**
 * Walks the ways and calls `segment(a, b, way, from, to)` for each run between consecutive
 * graph nodes (refs from..to); runs with a missing node are dropped, and so are loops a → a.
 */
function forEachSegment(
  input: RoadNetworkInput,
  nodeIndex: Int32Array,
  w: number,
  segment: (a: number, b: number, way: number, from: number, to: number) => void,
): void {
  const { wayRefStart, wayRefs } = input;
  let cur = -1;
  let curAt = 0;
  for (let i = wayRefStart[w], end = wayRefStart[w + 1]; i < end; i++) {
    const r = wayRefs[i];
    if (r < 0) {
      cur = -1;
      continue;
    }
    const g = nodeIndex[r];
    if (g < 0) continue;
    if (cur >= 0 && g !== cur) segment(cur, g, w, curAt, i);
    cur = g;
    curAt = i;
  }
}

function runLength(input: RoadNetworkInput, from: number, to: number): number {
  const { wayRefs, lonE7, latE7 } = input;
  let len = 0;
  let p = wayRefs[from];
  for (let i = from + 1; i <= to; i++) {
    const q = wayRefs[i];
    len += haversineMeters(lonE7[p] * 1e-7, latE7[p] * 1e-7, lonE7[q] * 1e-7, latE7[q] * 1e-7);
    p = q;
  }
  return len;
}

/** Which input nodes become graph nodes, numbered in input order (-1: not kept). */
function graphNodes(input: RoadNetworkInput): Int32Array {
  const { nodeCount, wayCount, wayRefStart, wayRefs } = input;
  const use = new Uint8Array(nodeCount);
  const keep = new Uint8Array(nodeCount);
  for (let w = 0; w < wayCount; w++) {
    const s = wayRefStart[w];
    const e = wayRefStart[w + 1];
    for (let i = s; i < e; i++) {
      const r = wayRefs[i];
      if (r < 0) continue;
      if (use[r] < 2) use[r]++;
      if (i === s || i === e - 1 || wayRefs[i - 1] < 0 || wayRefs[i + 1] < 0) keep[r] = 1;
    }
  }
  for (const r of input.restrictions) if (r.viaNode >= 0 && r.viaNode < nodeCount) keep[r.viaNode] = 1;
  const barrier = input.carBarrier;
  const nodeIndex = new Int32Array(nodeCount);
  let k = 0;
  for (let r = 0; r < nodeCount; r++) {
    nodeIndex[r] = use[r] > 0 && (use[r] >= 2 || keep[r] === 1 || (barrier !== undefined && barrier[r] === 1)) ? k++ : -1;
  }
  return nodeIndex;
}

/**
 * Builds the graph step by step; yields progress between steps so that a worker can report it
 * and notice a cancel. buildRoadGraph runs it to the end.
 */
export function* buildRoadGraphSteps(input: RoadNetworkInput): Generator<BuildProgress, { graph: RoadGraph; stats: BuildStats }> {
  const { wayCount, wayHighway, wayForward, wayBackward, wayMaxspeedForward, wayMaxspeedBackward } = input;
  const total = 2 * wayCount + 2;
  const nodeIndex = graphNodes(input);
  yield { done: 1, total };
  let n = 0;
  for (let r = 0; r < input.nodeCount; r++) if (nodeIndex[r] >= 0) n = nodeIndex[r] + 1;

  // Pass A: out-degree of each graph node.
  const firstEdge = new Uint32Array(n + 1);
  const countEdge = (a: number, b: number, w: number): void => {
    if (wayForward[w] !== 0) firstEdge[a + 1]++;
    if (wayBackward[w] !== 0) firstEdge[b + 1]++;
  };
  for (let w = 0; w < wayCount; w++) {
    forEachSegment(input, nodeIndex, w, countEdge);
    if ((w & (STEP - 1)) === STEP - 1) yield { done: 1 + w, total };
  }
  for (let i = 0; i < n; i++) firstEdge[i + 1] += firstEdge[i];
  const m = firstEdge[n];

  // Pass B: the edges, into their CSR slots.
  const target = new Int32Array(m);
  const lengthM = new Float32Array(m);
  const highway = new Uint8Array(m);
  const maxspeed = new Uint8Array(m);
  const access = new Uint8Array(m);
  const edgeWay = new Int32Array(m);
  const slot = firstEdge.slice(0, n);
  const put = (a: number, b: number, w: number, len: number, bits: number, max: number): void => {
    const e = slot[a]++;
    target[e] = b;
    lengthM[e] = len;
    highway[e] = wayHighway[w];
    maxspeed[e] = max;
    access[e] = bits;
    edgeWay[e] = w;
  };
  const fillEdge = (a: number, b: number, w: number, from: number, to: number): void => {
    const len = runLength(input, from, to);
    if (wayForward[w] !== 0) put(a, b, w, len, wayForward[w], wayMaxspeedForward[w]);
    if (wayBackward[w] !== 0) put(b, a, w, len, wayBackward[w], wayMaxspeedBackward[w]);
  };
  for (let w = 0; w < wayCount; w++) {
    forEachSegment(input, nodeIndex, w, fillEdge);
    if ((w & (STEP - 1)) === STEP - 1) yield { done: 1 + wayCount + w, total };
  }

  const lon = new Float32Array(n);
  const lat = new Float32Array(n);
  const nodeFlags = new Uint8Array(n);
  const osmId = input.osmId ? new Float64Array(n) : undefined;
  let barriers = 0;
  for (let r = 0; r < input.nodeCount; r++) {
    const g = nodeIndex[r];
    if (g < 0) continue;
    lon[g] = input.lonE7[r] * 1e-7;
    lat[g] = input.latE7[r] * 1e-7;
    if (input.carBarrier?.[r] === 1) {
      nodeFlags[g] |= NODE_CAR_BARRIER;
      barriers++;
    }
    if (osmId) osmId[g] = input.osmId![r];
  }
  const banned = bannedTurns(input.restrictions, nodeIndex, firstEdge, target, access, edgeWay);
  yield { done: total, total };
  const graph: RoadGraph = {
    nodeCount: n,
    edgeCount: m,
    lon,
    lat,
    nodeFlags,
    firstEdge,
    target,
    lengthM,
    highway,
    maxspeed,
    access,
    bannedIn: banned.bannedIn,
    bannedOut: banned.bannedOut,
  };
  if (osmId) graph.osmId = osmId;
  return { graph, stats: { restrictionsApplied: banned.applied, barriers } };
}

/** Builds the graph in one go (see buildRoadGraphSteps). */
export function buildRoadGraph(input: RoadNetworkInput): { graph: RoadGraph; stats: BuildStats } {
  const steps = buildRoadGraphSteps(input);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
