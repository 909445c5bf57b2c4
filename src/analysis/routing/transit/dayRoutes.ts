import { servicesOnDay } from './calendar';
import type { Timetable } from './timetable';

export const DAY_SEC = 86_400;

/**
 * The trips a search on one date may ride, as RAPTOR routes: route r < P is pattern r with the
 * trips running that day, route r ≥ P is pattern r − P with the trips of the day before, their
 * times shifted by −24 h (a trip of the previous service day at 25:30 runs at 01:30). Keeping
 * the two days apart keeps each route free of overtaking. Trips of two days before (times past
 * 48:00) are not considered.
 */
export interface DayRoutes {
  patternCount: number;
  /** Trips of route r: `trips[tripStart[r]] … trips[tripStart[r + 1] − 1]`, in pattern order. */
  tripStart: Uint32Array;
  trips: Uint32Array;
}

export function dayRoutes(tt: Timetable, day: number): DayRoutes {
  const P = tt.patternCount;
  const today = servicesOnDay(tt, day);
  const before = servicesOnDay(tt, day - 1);
  const tripStart = new Uint32Array(2 * P + 1);
  const trips = new Uint32Array(2 * tt.tripCount);
  let k = 0;
  for (let copy = 0; copy < 2; copy++) {
    const active = copy === 0 ? today : before;
    for (let p = 0; p < P; p++) {
      const last = tt.patternStopStart[p + 1] - tt.patternStopStart[p] - 1;
      for (let t = tt.patternTripStart[p]; t < tt.patternTripStart[p + 1]; t++) {
        if (active[tt.tripService[t]] !== 1) continue;
        // Of the day before, only trips still running after midnight matter.
        if (copy === 1 && tt.arrivals[tt.tripTimeStart[t] + last] < DAY_SEC) continue;
        trips[k++] = t;
      }
      tripStart[copy * P + p + 1] = k;
    }
  }
  return { patternCount: P, tripStart, trips: trips.slice(0, k) };
}

/** Seconds added to the times of route r's trips: 0 on the day itself, −24 h for the day before. */
export function routeOffset(routes: DayRoutes, r: number): number {
  return r < routes.patternCount ? 0 : -DAY_SEC;
}
