import { parseServiceDate } from './calendar';
import { dayRoutes } from './dayRoutes';
import type { StopAccess } from './raptor';
import { latestDepartureProfiles } from './reverseProfile';
import type { Timetable } from './timetable';

/** A departure window on one date: departures every `stepSec` from `fromSec` to `toSec` (seconds after midnight). */
export interface TransitWindow {
  date: string;
  fromSec: number;
  toSec: number;
  /** Default 60. */
  stepSec?: number;
  /** Journeys longer than this count as not reaching (default: no limit); a limit makes the search faster. */
  maxTravelSec?: number;
}

/**
 * Egress cost of every stop: the least seconds from being at it to being at a centre, by the
 * target's own egress walk or one footpath to a target stop first (Infinity where neither).
 */
export function egressSeconds(tt: Timetable, targets: readonly StopAccess[]): Float64Array {
  const own = new Float64Array(tt.stopCount).fill(Infinity);
  for (const { stop, seconds } of targets) own[stop] = Math.min(own[stop], seconds);
  const egress = own.slice();
  for (let t = 0; t < tt.stopCount; t++) {
    if (own[t] === Infinity) continue;
    for (let e = tt.footInStart[t]; e < tt.footInStart[t + 1]; e++) {
      const x = tt.footInFrom[e];
      egress[x] = Math.min(egress[x], tt.footInSec[e] + own[t]);
    }
  }
  return egress;
}

/** The lower median of `values` (the ⌈n/2⌉-th smallest): Infinity exactly when more than half are. */
export function lowerMedian(values: Float64Array): number {
  const sorted = values.slice().sort();
  return sorted[Math.ceil(sorted.length / 2) - 1];
}

/**
 * Public transport from every stop to the nearest of some targets: for each stop, the median
 * over the departures d = fromSec, fromSec + stepSec, … ≤ toSec of (earliest arrival at any
 * target including its egress seconds − d), waiting at the start included. Infinity where more
 * than half of the departures reach no target. Walking from the stop (one footpath) to a target
 * counts as a journey too. Journeys as in `earliestArrival`.
 *
 * Runs one reverse range search from the targets (latest departure for every possible
 * arrival, `latestDepartureProfiles`) instead of a search per stop and departure.
 */
export function transitSecondsToTargets(tt: Timetable, window: TransitWindow, targets: readonly StopAccess[], maxTransfers = 5): Float32Array {
  const { fromSec, toSec, stepSec = 60, maxTravelSec = Infinity } = window;
  if (!(stepSec > 0) || !(toSec >= fromSec)) throw new RangeError('window: stepSec > 0 and toSec ≥ fromSec required');
  const n = tt.stopCount;
  const G = Math.floor((toSec - fromSec) / stepSec) + 1;
  const egress = egressSeconds(tt, targets);
  const arrivals = latestDepartureProfiles(tt, dayRoutes(tt, parseServiceDate(window.date)), egress, { fromSec, stepSec, count: G, maxArrival: toSec + maxTravelSec }, maxTransfers);
  const out = new Float32Array(n);
  const travel = new Float64Array(G);
  for (let s = 0; s < n; s++) {
    for (let g = 0; g < G; g++) {
      const t = Math.min(arrivals[s * G + g] - (fromSec + g * stepSec), egress[s]);
      travel[g] = t <= maxTravelSec ? t : Infinity;
    }
    out[s] = lowerMedian(travel);
  }
  return out;
}
