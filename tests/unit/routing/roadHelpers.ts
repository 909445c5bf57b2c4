/**
 * Helpers for the road routing tests: the fixtures, and an obviously correct reference search
 * (Bellman-Ford over "arrived at a node by an edge" states, straight from the graph's arrays
 * and the rules: mode bits, speeds, banned turns, barriers) to hold the Dijkstra against.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BICYCLE, BICYCLE_PUSH, CAR, FOOT, HIGHWAY_CLASSES } from '../../../src/analysis/routing/highway';
import { NODE_CAR_BARRIER, type RoadGraph } from '../../../src/analysis/routing/roadGraph';
import { MAXSPEED_FACTOR, type RoadSpeeds } from '../../../src/analysis/routing/speeds';
import type { RoadMode } from '../../../src/analysis/routing/search';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/routing');

export function fixtureBlob(name: string): Blob {
  return new Blob([fs.readFileSync(path.join(FIXTURES, name))]);
}

/** Seconds on edge e for a mode, by the rules, in doubles; NaN where the mode may not pass. */
export function referenceEdgeSeconds(graph: RoadGraph, mode: RoadMode, speeds: RoadSpeeds, e: number): number {
  const a = graph.access[e];
  const len = graph.lengthM[e];
  if (mode === 'foot') return a & FOOT ? len / (speeds.foot / 3.6) : NaN;
  if (mode === 'bicycle') return a & BICYCLE ? len / (speeds.bicycle / 3.6) : a & BICYCLE_PUSH ? len / (speeds.foot / 3.6) : NaN;
  if (!(a & CAR)) return NaN;
  const kmh = graph.maxspeed[e] > 0 ? graph.maxspeed[e] * MAXSPEED_FACTOR : speeds.car[HIGHWAY_CLASSES[graph.highway[e]]];
  return len / (kmh / 3.6);
}

export function tailOf(graph: RoadGraph, e: number): number {
  let u = 0;
  while (graph.firstEdge[u + 1] <= e) u++;
  return u;
}

/**
 * Seconds from the sources to every node, by plain Bellman-Ford over edge states: D[e] is the
 * best arrival at the head of e having come by e. Cars may not leave a barrier they arrived at,
 * nor take a banned turn. O(sweeps × edges × degree), for small graphs and single checks.
 */
export function referenceSeconds(graph: RoadGraph, mode: RoadMode, speeds: RoadSpeeds, sources: readonly { node: number; seconds: number }[]): Float64Array {
  const m = graph.edgeCount;
  const w = Float64Array.from({ length: m }, (_, e) => referenceEdgeSeconds(graph, mode, speeds, e));
  const banned = new Set<string>();
  if (mode === 'car') for (let k = 0; k < graph.bannedIn.length; k++) banned.add(`${graph.bannedIn[k]},${graph.bannedOut[k]}`);
  const D = new Float64Array(m).fill(Infinity);
  const node = new Float64Array(graph.nodeCount).fill(Infinity);
  for (const s of sources) {
    if (s.node < 0) continue;
    node[s.node] = Math.min(node[s.node], s.seconds);
    for (let f = graph.firstEdge[s.node]; f < graph.firstEdge[s.node + 1]; f++) if (w[f] === w[f]) D[f] = Math.min(D[f], s.seconds + w[f]);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (let e = 0; e < m; e++) {
      if (D[e] === Infinity) continue;
      const v = graph.target[e];
      if (mode === 'car' && graph.nodeFlags[v] & NODE_CAR_BARRIER) continue;
      for (let f = graph.firstEdge[v]; f < graph.firstEdge[v + 1]; f++) {
        if (w[f] !== w[f] || (mode === 'car' && banned.has(`${e},${f}`))) continue;
        if (D[e] + w[f] < D[f]) {
          D[f] = D[e] + w[f];
          changed = true;
        }
      }
    }
  }
  for (let e = 0; e < m; e++) node[graph.target[e]] = Math.min(node[graph.target[e]], D[e]);
  return node;
}

/** Expects two time arrays to agree (Infinity alike, else within a relative 1e-5). */
export function sameTimes(a: ArrayLike<number>, b: ArrayLike<number>): string | null {
  if (a.length !== b.length) return `length ${a.length} vs ${b.length}`;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === Infinity || b[i] === Infinity) {
      if (a[i] !== b[i]) return `node ${i}: ${a[i]} vs ${b[i]}`;
    } else if (Math.abs(a[i] - b[i]) > 1e-5 * Math.max(1, Math.abs(b[i]))) return `node ${i}: ${a[i]} vs ${b[i]}`;
  }
  return null;
}
