import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { haversineMeters } from '../distance';
import { BICYCLE, BICYCLE_PUSH, CAR, FOOT } from './highway';
import type { RoadGraph } from './roadGraph';
import type { RoadMode } from './view';

const MODE_BITS: Record<RoadMode, number> = { foot: FOOT, bicycle: BICYCLE | BICYCLE_PUSH, car: CAR };

interface SnapIndex {
  tree: KDBush;
  /** Per node: the access bits of all edges at it, in or out. */
  modes: Uint8Array;
  /** The nodes' box [w, s, e, n]: a point far outside it has no node near (and the tree search for it is slow). */
  box: [number, number, number, number];
}

/** False when the point lies more than maxMeters outside the box (degrees widened by a safe margin). */
function nearBox(box: SnapIndex['box'], x: number, y: number, maxMeters: number): boolean {
  const dLat = maxMeters / 111_000 + 1e-6;
  const cos = Math.cos((Math.min(89, Math.max(Math.abs(box[1]), Math.abs(box[3]))) * Math.PI) / 180);
  const dLon = dLat / Math.max(cos, 0.01);
  return x >= box[0] - dLon && x <= box[2] + dLon && y >= box[1] - dLat && y <= box[3] + dLat;
}

const indexes = new WeakMap<RoadGraph, SnapIndex>();

function snapIndex(graph: RoadGraph): SnapIndex {
  let index = indexes.get(graph);
  if (index) return index;
  const { nodeCount, firstEdge, target, access } = graph;
  const modes = new Uint8Array(nodeCount);
  for (let u = 0; u < nodeCount; u++) {
    for (let e = firstEdge[u]; e < firstEdge[u + 1]; e++) {
      modes[u] |= access[e];
      modes[target[e]] |= access[e];
    }
  }
  const tree = new KDBush(nodeCount);
  const box: SnapIndex['box'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let u = 0; u < nodeCount; u++) {
    const x = graph.lon[u];
    const y = graph.lat[u];
    tree.add(x, y);
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
  tree.finish();
  index = { tree, modes, box };
  indexes.set(graph, index);
  return index;
}

/**
 * For each point (lon/lat degrees), the nearest graph node that the mode can use (an edge of
 * that mode starts or ends there) within maxMeters, and its straight-line distance; node -1
 * and meters Infinity where there is none. The graph keeps intersections only, so on a long
 * road without junctions the nearest node can be farther than the road itself.
 */
export function snapToGraph(
  graph: RoadGraph,
  mode: RoadMode,
  lon: ArrayLike<number>,
  lat: ArrayLike<number>,
  maxMeters: number,
): { node: Int32Array; meters: Float32Array } {
  const count = lon.length;
  const node = new Int32Array(count).fill(-1);
  const meters = new Float32Array(count).fill(Infinity);
  if (graph.nodeCount === 0 || !(maxMeters >= 0)) return { node, meters };
  const { tree, modes, box } = snapIndex(graph);
  const bits = MODE_BITS[mode];
  const usable = (i: number): boolean => (modes[i] & bits) !== 0;
  // geokdbush measures on a sphere of 6371 km; a little slack, the exact check follows.
  const maxKm = (maxMeters * 1.001) / 1000 + 1e-6;
  for (let i = 0; i < count; i++) {
    const x = lon[i];
    const y = lat[i];
    if (!Number.isFinite(x) || !Number.isFinite(y) || !nearBox(box, x, y, maxMeters)) continue;
    const hit = around(tree, x, y, 1, maxKm, usable);
    if (hit.length === 0) continue;
    const d = haversineMeters(x, y, graph.lon[hit[0]], graph.lat[hit[0]]);
    if (d > maxMeters) continue;
    node[i] = hit[0];
    meters[i] = d;
  }
  return { node, meters };
}

/** Up to k nearest usable nodes of every point (CSR: the candidates of point i are start[i] … start[i+1]-1), nearest first. */
export interface SnapCandidates {
  start: Uint32Array;
  node: Int32Array;
  meters: Float32Array;
}

/**
 * Like snapToGraph, but up to k nearest nodes the mode can use within maxMeters per point: the
 * nearest node can lie on a small piece of the network cut off from the rest (a yard behind a
 * gate, a parking aisle), so a search takes the best of several.
 */
export function snapCandidates(graph: RoadGraph, mode: RoadMode, lon: ArrayLike<number>, lat: ArrayLike<number>, maxMeters: number, k = 6): SnapCandidates {
  const count = lon.length;
  const start = new Uint32Array(count + 1);
  const nodes: number[] = [];
  const meters: number[] = [];
  if (graph.nodeCount > 0 && maxMeters >= 0) {
    const { tree, modes, box } = snapIndex(graph);
    const bits = MODE_BITS[mode];
    const usable = (i: number): boolean => (modes[i] & bits) !== 0;
    const maxKm = (maxMeters * 1.001) / 1000 + 1e-6;
    for (let i = 0; i < count; i++) {
      start[i] = nodes.length;
      const x = lon[i];
      const y = lat[i];
      if (!Number.isFinite(x) || !Number.isFinite(y) || !nearBox(box, x, y, maxMeters)) continue;
      for (const h of around(tree, x, y, k, maxKm, usable)) {
        const d = haversineMeters(x, y, graph.lon[h], graph.lat[h]);
        if (d > maxMeters) continue;
        nodes.push(h);
        meters.push(d);
      }
    }
  }
  start[count] = nodes.length;
  return { start, node: Int32Array.from(nodes), meters: Float32Array.from(meters) };
}
