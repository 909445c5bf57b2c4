import { parseServiceDate } from './calendar';
import { dayRoutes, routeOffset, type DayRoutes } from './dayRoutes';
import { NO_DROP_OFF, NO_PICKUP } from './feed';
import type { Timetable } from './timetable';

/** A stop where a search starts (or ends) and the walking seconds to (or from) it. */
export interface StopAccess {
  stop: number;
  seconds: number;
}

/**
 * What the searches count as a journey: from a start stop (or one footpath from it), up to
 * maxTransfers + 1 rides; after a ride, either the change time at that stop or one footpath
 * before the next ride; a ride is boarded at a departure no earlier than one is ready and
 * left at a later stop of the same trip (not where pickup or drop-off is ruled out).
 */
export function earliestArrival(tt: Timetable, date: string, departureSec: number, sources: readonly StopAccess[], maxTransfers = 5): Float64Array {
  return raptor(tt, dayRoutes(tt, parseServiceDate(date)), departureSec, sources, maxTransfers);
}

/** Position of the first trip in `trips[lo … hi − 1]` leaving position i at or after `t`. */
function firstDeparture(tt: Timetable, trips: Uint32Array, lo: number, hi: number, i: number, t: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tt.departures[tt.tripTimeStart[trips[mid]] + i] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Classic RAPTOR over a date's routes (see `earliestArrival`); returns the earliest arrival
 * (seconds after the date's midnight) at every stop, Infinity where none.
 */
export function raptor(tt: Timetable, routes: DayRoutes, departureSec: number, sources: readonly StopAccess[], maxTransfers: number): Float64Array {
  const n = tt.stopCount;
  const P = routes.patternCount;
  const arrival = new Float64Array(n).fill(Infinity);
  /** Earliest time one can board at a stop, from the rounds before the current one. */
  const ready = new Float64Array(n).fill(Infinity);
  /** Earliest arrival by a ride, over all rounds (a later round's worse ride is never better). */
  const byRide = new Float64Array(n).fill(Infinity);
  const marked = new Uint8Array(n);
  const markList = new Int32Array(n);
  let markCount = 0;
  const mark = (s: number) => {
    if (marked[s]) return;
    marked[s] = 1;
    markList[markCount++] = s;
  };
  const reach = (s: number, t: number) => {
    if (t < arrival[s]) arrival[s] = t;
    if (t < ready[s]) {
      ready[s] = t;
      mark(s);
    }
  };

  for (const { stop, seconds } of sources) reach(stop, departureSec + seconds);
  for (const { stop, seconds } of sources) {
    const t = departureSec + seconds;
    for (let e = tt.footStart[stop]; e < tt.footStart[stop + 1]; e++) reach(tt.footTo[e], t + tt.footSec[e]);
  }

  const routeFrom = new Int32Array(2 * P).fill(-1);
  const routeList = new Int32Array(2 * P);
  const improvedList = new Int32Array(n);
  const rideArrival = new Float64Array(n).fill(Infinity);
  for (let round = 1; round <= maxTransfers + 1 && markCount > 0; round++) {
    // Routes through the stops reached in the last round, each from its first such stop.
    let routeCount = 0;
    for (let m = 0; m < markCount; m++) {
      const s = markList[m];
      marked[s] = 0;
      for (let e = tt.stopPatternStart[s]; e < tt.stopPatternStart[s + 1]; e++) {
        const pos = tt.stopPatternPos[e];
        for (let r = tt.stopPatternId[e]; r < 2 * P; r += P) {
          if (routes.tripStart[r] === routes.tripStart[r + 1]) continue;
          if (routeFrom[r] < 0) routeList[routeCount++] = r;
          if (routeFrom[r] < 0 || pos < routeFrom[r]) routeFrom[r] = pos;
        }
      }
    }
    markCount = 0;

    let improved = 0;
    for (let k = 0; k < routeCount; k++) {
      const r = routeList[k];
      const p = r % P;
      const off = routeOffset(routes, r);
      const lo = routes.tripStart[r];
      const hi = routes.tripStart[r + 1];
      const base = tt.patternStopStart[p];
      const len = tt.patternStopStart[p + 1] - base;
      let cur = -1;
      let times = 0;
      for (let i = routeFrom[r]; i < len; i++) {
        const s = tt.patternStops[base + i];
        const flags = tt.patternFlags[base + i];
        if (cur >= 0 && (flags & NO_DROP_OFF) === 0) {
          const a = tt.arrivals[times + i] + off;
          if (a < byRide[s]) {
            byRide[s] = a;
            if (rideArrival[s] === Infinity) improvedList[improved++] = s;
            rideArrival[s] = a;
          }
        }
        if ((flags & NO_PICKUP) === 0 && ready[s] < Infinity) {
          // Catch an earlier trip than the current one if one leaves here after being ready.
          const t = ready[s] - off;
          const end = cur < 0 ? hi : lo + cur;
          if (end > lo && (cur < 0 || tt.departures[tt.tripTimeStart[routes.trips[end - 1]] + i] >= t)) {
            const j = firstDeparture(tt, routes.trips, lo, end, i, t);
            if (j < end) {
              cur = j - lo;
              times = tt.tripTimeStart[routes.trips[j]];
            }
          }
        }
      }
      routeFrom[r] = -1;
    }

    // After the rides: arrive, change at the stop or walk one footpath, ready for the next round.
    for (let k = 0; k < improved; k++) {
      const s = improvedList[k];
      const a = rideArrival[s];
      rideArrival[s] = Infinity;
      if (a < arrival[s]) arrival[s] = a;
      const change = a + tt.changeSec[s];
      if (change < ready[s]) {
        ready[s] = change;
        mark(s);
      }
      for (let e = tt.footStart[s]; e < tt.footStart[s + 1]; e++) reach(tt.footTo[e], a + tt.footSec[e]);
    }
  }
  return arrival;
}
