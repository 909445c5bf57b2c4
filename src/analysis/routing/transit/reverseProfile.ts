import { routeOffset, type DayRoutes } from './dayRoutes';
import { NO_DROP_OFF, NO_PICKUP } from './feed';
import type { Timetable } from './timetable';

/** Departure times `fromSec + g × stepSec`, g < count, and the latest arrival worth looking for. */
export interface DepartureGrid {
  fromSec: number;
  stepSec: number;
  count: number;
  maxArrival: number;
}

/** Every ride that ends where a target is reachable: alighting there at A − egress arrives at A. */
function arrivalEvents(tt: Timetable, routes: DayRoutes, egress: Float64Array, grid: DepartureGrid) {
  const P = routes.patternCount;
  const a: number[] = [];
  const route: number[] = [];
  const pos: number[] = [];
  for (let x = 0; x < tt.stopCount; x++) {
    if (egress[x] === Infinity) continue;
    for (let e = tt.stopPatternStart[x]; e < tt.stopPatternStart[x + 1]; e++) {
      const p = tt.stopPatternId[e];
      const i = tt.stopPatternPos[e];
      if (tt.patternFlags[tt.patternStopStart[p] + i] & NO_DROP_OFF) continue;
      for (let r = p; r < 2 * P; r += P) {
        const off = routeOffset(routes, r) + egress[x];
        for (let k = routes.tripStart[r]; k < routes.tripStart[r + 1]; k++) {
          const at = tt.arrivals[tt.tripTimeStart[routes.trips[k]] + i] + off;
          if (at < grid.fromSec || at > grid.maxArrival) continue;
          a.push(at);
          route.push(r);
          pos.push(i);
        }
      }
    }
  }
  const order = Uint32Array.from(a.keys()).sort((u, v) => a[u] - a[v]);
  return { at: Float64Array.from(order, (k) => a[k]), route: Int32Array.from(order, (k) => route[k]), pos: Int32Array.from(order, (k) => pos[k]) };
}

/** Position of the last trip in `trips[lo … hi − 1]` arriving at position i by `t`, or lo − 1. */
function lastArrival(tt: Timetable, trips: Uint32Array, lo: number, hi: number, i: number, t: number): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (tt.arrivals[tt.tripTimeStart[trips[mid]] + i] <= t) a = mid + 1;
    else b = mid;
  }
  return a - 1;
}

/** A set of stops, each listed once. */
class StopSet {
  readonly list: Int32Array;
  private readonly inSet: Uint8Array;
  size = 0;
  constructor(n: number) {
    this.list = new Int32Array(n);
    this.inSet = new Uint8Array(n);
  }
  add(s: number): void {
    if (this.inSet[s]) return;
    this.inSet[s] = 1;
    this.list[this.size++] = s;
  }
  clear(): void {
    for (let k = 0; k < this.size; k++) this.inSet[this.list[k]] = 0;
    this.size = 0;
  }
}

/**
 * Reverse range RAPTOR from the targets. The possible arrivals A (at a target, egress
 * included) are taken in increasing order; for each, the latest time one may be ready to board
 * at every stop and still arrive by A is found with up to maxTransfers + 1 rides. Labels are
 * kept from one A to the next (a departure that reaches an earlier A reaches a later one too),
 * so each A only explores journeys whose last ride is new. The earliest arrival for a
 * departure d at stop s is the first A whose latest departure from s is ≥ d.
 *
 * `egress[x]`: seconds from stop x to a target (Infinity: none). Returns, for stop s and grid
 * departure g, the earliest arrival with at least one ride at `[s × count + g]` (Infinity: none
 * by `maxArrival`); walking straight to a target is for the caller to add.
 */
export function latestDepartureProfiles(tt: Timetable, routes: DayRoutes, egress: Float64Array, grid: DepartureGrid, maxTransfers: number): Float64Array {
  const n = tt.stopCount;
  const P = routes.patternCount;
  const K = maxTransfers + 1;
  const G = grid.count;
  const result = new Float64Array(n * G).fill(Infinity);
  const next = new Int32Array(n);
  let unresolved = n * G;
  /** ready[j·n + s]: latest time ready to board at s that arrives with ≤ j rides (j = 1 … K). */
  const ready = new Float64Array((K + 1) * n).fill(-Infinity);
  /** alight[j·n + s]: latest arrival by a ride at s from which ≤ j more rides arrive (j = 1 … K − 1), egress aside. */
  const alight = new Float64Array(K * n).fill(-Infinity);
  const origin = new Float64Array(n).fill(-Infinity);
  const routeFrom = new Int32Array(2 * P).fill(-1);
  const routeList = new Int32Array(2 * P);
  let routeCount = 0;
  const markRoute = (r: number, pos: number) => {
    if (routes.tripStart[r] === routes.tripStart[r + 1]) return;
    if (routeFrom[r] < 0) routeList[routeCount++] = r;
    if (pos > routeFrom[r]) routeFrom[r] = pos;
  };
  const improved = new StopSet(n);
  const marked = new StopSet(n);
  const changedAll = new StopSet(n);
  const raiseAlight = (j: number, s: number, t: number) => {
    for (let l = j; l < K && t > alight[l * n + s]; l++) {
      alight[l * n + s] = t;
      if (l === j) marked.add(s);
    }
  };
  const resolve = (s: number, t: number, arrival: number) => {
    if (!(t > origin[s])) return;
    origin[s] = t;
    while (next[s] < G && grid.fromSec + next[s] * grid.stepSec <= t) {
      result[s * G + next[s]++] = arrival;
      unresolved--;
    }
  };

  const events = arrivalEvents(tt, routes, egress, grid);
  for (let e = 0; e < events.at.length && unresolved > 0; ) {
    const A = events.at[e];
    for (; e < events.at.length && events.at[e] === A; e++) markRoute(events.route[e], events.pos[e]);
    for (let j = 1; j <= K; j++) {
      if (j > 1) {
        for (let m = 0; m < marked.size; m++) {
          const s = marked.list[m];
          for (let q = tt.stopPatternStart[s]; q < tt.stopPatternStart[s + 1]; q++) {
            for (let r = tt.stopPatternId[q]; r < 2 * P; r += P) markRoute(r, tt.stopPatternPos[q]);
          }
        }
        marked.clear();
      }
      for (let k = 0; k < routeCount; k++) {
        const r = routeList[k];
        const p = r % P;
        const off = routeOffset(routes, r);
        const lo = routes.tripStart[r];
        const hi = routes.tripStart[r + 1];
        const base = tt.patternStopStart[p];
        let cur = lo - 1;
        let times = 0;
        for (let i = routeFrom[r]; i >= 0; i--) {
          const s = tt.patternStops[base + i];
          const flags = tt.patternFlags[base + i];
          if (cur >= lo && (flags & NO_PICKUP) === 0) {
            const d = tt.departures[times + i] + off;
            if (d > ready[j * n + s]) {
              ready[j * n + s] = d;
              improved.add(s);
            }
          }
          if ((flags & NO_DROP_OFF) === 0) {
            const deadline = j > 1 ? Math.max(A - egress[s], alight[(j - 1) * n + s]) : A - egress[s];
            if (deadline > -Infinity && cur + 1 < hi && tt.arrivals[tt.tripTimeStart[routes.trips[cur + 1]] + i] + off <= deadline) {
              cur = lastArrival(tt, routes.trips, cur + 1, hi, i, deadline - off);
              times = tt.tripTimeStart[routes.trips[cur]];
            }
          }
        }
        routeFrom[r] = -1;
      }
      routeCount = 0;
      for (let m = 0; m < improved.size; m++) {
        const s = improved.list[m];
        const t = ready[j * n + s];
        for (let l = j + 1; l <= K && t > ready[l * n + s]; l++) ready[l * n + s] = t;
        if (t >= ready[K * n + s]) changedAll.add(s);
        if (j === K) continue;
        raiseAlight(j, s, t - tt.changeSec[s]);
        for (let q = tt.footInStart[s]; q < tt.footInStart[s + 1]; q++) raiseAlight(j, tt.footInFrom[q], t - tt.footInSec[q]);
      }
      improved.clear();
    }
    marked.clear();
    // Starting at a stop: board there, or walk one footpath and board there.
    for (let m = 0; m < changedAll.size; m++) {
      const s = changedAll.list[m];
      const t = ready[K * n + s];
      resolve(s, t, A);
      for (let q = tt.footInStart[s]; q < tt.footInStart[s + 1]; q++) resolve(tt.footInFrom[q], t - tt.footInSec[q], A);
    }
    changedAll.clear();
  }
  return result;
}
