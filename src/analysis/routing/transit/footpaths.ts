import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { haversineMeters } from '../../distance';
import type { TimetableSettings } from './timetable';

/**
 * Walking seconds for a straight-line distance: distance × detour factor ÷ walking speed
 * (1.3 and 4.5 km/h by default, the app's assumptions for walking elsewhere too).
 */
export function walkSeconds(meters: number, s: TimetableSettings): number {
  return (meters * s.detourFactor) / (s.walkKmh / 3.6);
}

/**
 * Seconds of a footpath between two stops: the walk, rounded up to whole seconds, and never
 * less than the minimum change time (changing to a platform 20 m away is no faster than
 * changing at the same platform).
 */
export function footpathSeconds(meters: number, s: TimetableSettings): number {
  return Math.max(s.minChangeSec, Math.ceil(walkSeconds(meters, s)));
}

/** transfers.txt rows in timetable stop indices. */
export interface StopTransfers {
  from: readonly number[];
  to: readonly number[];
  type: readonly number[];
  minSeconds: readonly number[];
}

export interface Footpaths {
  footStart: Uint32Array;
  footTo: Uint32Array;
  footSec: Float32Array;
  footInStart: Uint32Array;
  footInFrom: Uint32Array;
  footInSec: Float32Array;
}

// geokdbush uses R = 6371 km, haversineMeters R = 6371.0088 km: search a hair wider, then cut exactly.
const SLACK = 1.00001;

function toCsr(n: number, edges: Map<number, number>[], flip: boolean): [Uint32Array, Uint32Array, Float32Array] {
  const lists: [number, number][][] = Array.from({ length: n }, () => []);
  edges.forEach((m, a) => {
    for (const [b, sec] of m) (flip ? lists[b] : lists[a]).push([flip ? a : b, sec]);
  });
  const start = new Uint32Array(n + 1);
  lists.forEach((l, i) => (start[i + 1] = start[i] + l.length));
  const other = new Uint32Array(start[n]);
  const sec = new Float32Array(start[n]);
  lists.forEach((l, i) => {
    l.sort((x, y) => x[0] - y[0]);
    l.forEach(([b, s], k) => {
      other[start[i] + k] = b;
      sec[start[i] + k] = s;
    });
  });
  return [start, other, sec];
}

/**
 * Footpaths between stops: every pair within `footpathRadiusM` (straight line), then
 * transfers.txt on top: type 2 sets the time (`min_transfer_time`), types 0 and 1 add a walk
 * between stops further apart, type 3 removes the path. Rows from a stop to itself set that
 * stop's change time instead (type 2: its minimum time; type 3: no change there).
 *
 * @param changeSec per-stop change times, **changed in place** by transfers from a stop to itself.
 */
export function buildFootpaths(lat: Float64Array, lon: Float64Array, s: TimetableSettings, transfers: StopTransfers, changeSec: Float32Array): Footpaths {
  const n = lat.length;
  const edges: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  if (n > 0 && s.footpathRadiusM > 0) {
    const tree = new KDBush(n);
    for (let i = 0; i < n; i++) tree.add(lon[i], lat[i]);
    tree.finish();
    const km = (s.footpathRadiusM / 1000) * SLACK;
    for (let i = 0; i < n; i++) {
      for (const j of around(tree, lon[i], lat[i], Infinity, km)) {
        if (j === i) continue;
        const m = haversineMeters(lon[i], lat[i], lon[j], lat[j]);
        if (m <= s.footpathRadiusM) edges[i].set(j, footpathSeconds(m, s));
      }
    }
  }
  transfers.from.forEach((a, k) => {
    const b = transfers.to[k];
    const type = transfers.type[k];
    const min = transfers.minSeconds[k];
    if (a === b) {
      if (type === 2 && min >= 0) changeSec[a] = min;
      else if (type === 3) changeSec[a] = Infinity;
    } else if (type === 3) edges[a].delete(b);
    else if (type === 2 && min >= 0) edges[a].set(b, min);
    else if (!edges[a].has(b)) edges[a].set(b, footpathSeconds(haversineMeters(lon[a], lat[a], lon[b], lat[b]), s));
  });
  const [footStart, footTo, footSec] = toCsr(n, edges, false);
  const [footInStart, footInFrom, footInSec] = toCsr(n, edges, true);
  return { footStart, footTo, footSec, footInStart, footInFrom, footInSec };
}
