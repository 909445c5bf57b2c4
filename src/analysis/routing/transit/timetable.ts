/**
 * The compact timetable the transit searches run on: typed arrays in CSR layout (an offsets
 * array of length n + 1 and the values behind it), built once from a feed by `buildTimetable`
 * and stored as is (`timetableToStored`).
 *
 * RAPTOR's "routes" are patterns here: trips with the same stops in the same order (and the
 * same boarding and alighting rules). Within a pattern the trips are sorted so that none
 * overtakes another: a later trip is at every stop no earlier than an earlier one.
 */

/** The assumptions a timetable was built with; every figure from it should state them. */
export interface TimetableSettings {
  /** Stops at most this far apart (straight line) are joined by a footpath. */
  footpathRadiusM: number;
  /** Walking speed on footpaths, km/h. */
  walkKmh: number;
  /** Walking distance ÷ straight-line distance. */
  detourFactor: number;
  /** Minimum time to change between two trips at one stop; footpaths take at least this long too. */
  minChangeSec: number;
}

export const DEFAULT_TIMETABLE_SETTINGS: TimetableSettings = {
  footpathRadiusM: 400,
  walkKmh: 4.5,
  detourFactor: 1.3,
  minChangeSec: 60,
};

export interface TimetableInfo extends TimetableSettings {
  /** Days with service, `YYYY-MM-DD` (from calendar.txt and calendar_dates.txt). */
  validFrom: string | null;
  validTo: string | null;
  publisher: string | null;
  version: string | null;
}

export interface Timetable {
  info: TimetableInfo;

  /** Stops that some trip serves (stations and unserved platforms are left out). */
  stopCount: number;
  stopId: string[];
  stopName: string[];
  /** GTFS id of the parent station, '' if none. */
  stopStation: string[];
  stopLat: Float64Array;
  stopLon: Float64Array;
  /** Minimum change time at each stop, seconds (transfers.txt may set it; Infinity: no change possible). */
  changeSec: Float32Array;

  /** Footpaths leaving each stop (CSR over stops): target stop and walking seconds. */
  footStart: Uint32Array;
  footTo: Uint32Array;
  footSec: Float32Array;
  /** The same footpaths by the stop they arrive at: source stop and seconds. */
  footInStart: Uint32Array;
  footInFrom: Uint32Array;
  footInSec: Float32Array;

  patternCount: number;
  /** Stops of each pattern (CSR over patterns) and their `NO_PICKUP` / `NO_DROP_OFF` bits. */
  patternStopStart: Uint32Array;
  patternStops: Uint32Array;
  patternFlags: Uint8Array;
  /** Trips of each pattern: trips `patternTripStart[p] … patternTripStart[p + 1] − 1`, in order. */
  patternTripStart: Uint32Array;
  /** Route index of each pattern, −1 if unknown. */
  patternRoute: Int32Array;

  /** Each pattern that serves a stop, with the stop's position in it (a loop gives two entries). */
  stopPatternStart: Uint32Array;
  stopPatternId: Uint32Array;
  stopPatternPos: Uint32Array;

  tripCount: number;
  tripId: string[];
  tripService: Uint32Array;
  /** Times of trip t at the pattern's stops: `arrivals[tripTimeStart[t] + i]`, seconds of its service day. */
  tripTimeStart: Uint32Array;
  arrivals: Int32Array;
  departures: Int32Array;

  routeShortName: string[];
  /** GTFS route_type. */
  routeType: Int16Array;

  serviceId: string[];
  /** Weekday bits (Monday = bit 0), first and last day (UTC day numbers, −1 none). */
  serviceWeekdays: Uint8Array;
  serviceStart: Int32Array;
  serviceEnd: Int32Array;
  /** calendar_dates.txt, sorted by day: 1 added, 2 removed. */
  exceptionDay: Int32Array;
  exceptionService: Uint32Array;
  exceptionType: Uint8Array;
}
