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
  const search = new ReverseSearch(tt, routes, egress, grid, maxTransfers + 1);
  const events = arrivalEvents(tt, routes, egress, grid);
  for (let e = 0; e < events.at.length && search.unresolved > 0; ) {
    const A = events.at[e];
    for (; e < events.at.length && events.at[e] === A; e++) search.markRoute(events.route[e], events.pos[e]);
    search.run(A);
  }
  return search.result;
}

/** The labels of the reverse search, kept from one arrival time to the next. */
class ReverseSearch {
  readonly result: Float64Array;
  unresolved: number;
  private readonly n: number;
  private readonly P: number;
  private readonly G: number;
  /** Next grid departure not yet answered, per stop. */
  private readonly next: Int32Array;
  /** ready[j·n + s]: latest time ready to board at s that arrives with ≤ j rides (j = 1 … K). */
  private readonly ready: Float64Array;
  /** alight[j·n + s]: latest arrival by a ride at s from which ≤ j more rides arrive (j = 1 … K − 1), egress aside. */
  private readonly alight: Float64Array;
  /** Latest departure from each stop as a start (boarding there or after one footpath). */
  private readonly origin: Float64Array;
  private readonly routeFrom: Int32Array;
  private readonly routeList: Int32Array;
  private routeCount = 0;
  private readonly improved: StopSet;
  private readonly marked: StopSet;
  private readonly changed: StopSet;

  constructor(
    private readonly tt: Timetable,
    private readonly routes: DayRoutes,
    private readonly egress: Float64Array,
    private readonly grid: DepartureGrid,
    private readonly K: number,
  ) {
    const n = (this.n = tt.stopCount);
    this.P = routes.patternCount;
    this.G = grid.count;
    this.result = new Float64Array(n * grid.count).fill(Infinity);
    this.unresolved = n * grid.count;
    this.next = new Int32Array(n);
    this.ready = new Float64Array((K + 1) * n).fill(-Infinity);
    this.alight = new Float64Array(K * n).fill(-Infinity);
    this.origin = new Float64Array(n).fill(-Infinity);
    this.routeFrom = new Int32Array(2 * this.P).fill(-1);
    this.routeList = new Int32Array(2 * this.P);
    this.improved = new StopSet(n);
    this.marked = new StopSet(n);
    this.changed = new StopSet(n);
  }

  /** Scan route r in the next round from position `pos` upstream (the latest marked position wins). */
  markRoute(r: number, pos: number): void {
    if (this.routes.tripStart[r] === this.routes.tripStart[r + 1]) return;
    if (this.routeFrom[r] < 0) this.routeList[this.routeCount++] = r;
    if (pos > this.routeFrom[r]) this.routeFrom[r] = pos;
  }

  /** All rounds for arrival time A; the routes of A's new rides are marked already. */
  run(A: number): void {
    const { tt, n, P, K, marked } = this;
    for (let j = 1; j <= K; j++) {
      if (j > 1) {
        for (let m = 0; m < marked.size; m++) {
          const s = marked.list[m];
          for (let q = tt.stopPatternStart[s]; q < tt.stopPatternStart[s + 1]; q++) {
            for (let r = tt.stopPatternId[q]; r < 2 * P; r += P) this.markRoute(r, tt.stopPatternPos[q]);
          }
        }
        marked.clear();
      }
      for (let k = 0; k < this.routeCount; k++) this.scan(this.routeList[k], j, A);
      this.routeCount = 0;
      this.afterRound(j);
    }
    marked.clear();
    // Starting at a stop: board there, or walk one footpath and board there.
    const { ready, changed } = this;
    for (let m = 0; m < changed.size; m++) {
      const s = changed.list[m];
      const t = ready[K * n + s];
      this.resolve(s, t, A);
      for (let q = tt.footInStart[s]; q < tt.footInStart[s + 1]; q++) this.resolve(tt.footInFrom[q], t - tt.footInSec[q], A);
    }
    changed.clear();
  }

  /**
   * Round j on route r, from its marked position upstream: keep the latest trip one can still
   * leave in time somewhere downstream, and take its departures as ready times.
   */
  private scan(r: number, j: number, A: number): void {
    const { tt, routes, ready, alight, egress, improved } = this;
    const { patternStops, patternFlags, arrivals, departures, tripTimeStart } = tt;
    const trips = routes.trips;
    const from = this.grid.fromSec;
    const off = routeOffset(routes, r);
    const lo = routes.tripStart[r];
    const hi = routes.tripStart[r + 1];
    const base = tt.patternStopStart[r % this.P];
    const level = j * this.n;
    const below = (j - 1) * this.n;
    let cur = lo - 1;
    let times = 0;
    for (let i = this.routeFrom[r]; i >= 0; i--) {
      const s = patternStops[base + i];
      const flags = patternFlags[base + i];
      if (cur >= lo && (flags & NO_PICKUP) === 0) {
        const d = departures[times + i] + off;
        if (d > ready[level + s]) {
          ready[level + s] = d;
          // A label before the window's first departure is of no use: every journey through
          // it starts even earlier. It is kept but not followed further.
          if (d >= from) improved.add(s);
        }
      }
      if ((flags & NO_DROP_OFF) === 0) {
        const deadline = j > 1 ? Math.max(A - egress[s], alight[below + s]) : A - egress[s];
        if (cur + 1 < hi && arrivals[tripTimeStart[trips[cur + 1]] + i] + off <= deadline) {
          cur = lastArrival(tt, trips, cur + 1, hi, i, deadline - off);
          times = tripTimeStart[trips[cur]];
        }
      }
    }
    this.routeFrom[r] = -1;
  }

  /** Labels raised in round j: to the higher levels, to the stop itself after a change and along footpaths arriving there. */
  private afterRound(j: number): void {
    const { tt, n, K, ready, improved } = this;
    for (let m = 0; m < improved.size; m++) {
      const s = improved.list[m];
      const t = ready[j * n + s];
      for (let l = j + 1; l <= K && t > ready[l * n + s]; l++) ready[l * n + s] = t;
      if (t >= ready[K * n + s]) this.changed.add(s);
      if (j === K) continue;
      this.raiseAlight(j, s, t - tt.changeSec[s]);
      for (let q = tt.footInStart[s]; q < tt.footInStart[s + 1]; q++) this.raiseAlight(j, tt.footInFrom[q], t - tt.footInSec[q]);
    }
    improved.clear();
  }

  private raiseAlight(j: number, s: number, t: number): void {
    if (t < this.grid.fromSec) return; // of no use, as above
    const { alight, n } = this;
    // Levels above j get the label too, so that each level holds exactly "≤ l rides" (not
    // needed for the answers, which the lower level's next round finds as well; cheap to keep).
    for (let l = j; l < this.K && t > alight[l * n + s]; l++) {
      alight[l * n + s] = t;
      if (l === j) this.marked.add(s);
    }
  }

  /** Stop s may start as late as t and still arrive by `arrival`: answer the grid departures up to t. */
  private resolve(s: number, t: number, arrival: number): void {
    if (!(t > this.origin[s])) return;
    this.origin[s] = t;
    const { next, G, grid, result } = this;
    while (next[s] < G && grid.fromSec + next[s] * grid.stepSec <= t) {
      result[s * G + next[s]++] = arrival;
      this.unresolved--;
    }
  }
}
