/**
 * A GTFS timetable as read from its files, references resolved to indices: what the reader in
 * `data/import/gtfs/` produces and `buildTimetable` consumes. Plain arrays of columns (one
 * entry per row) so that a regional feed with millions of stop times stays compact.
 */

/** Boarding is not possible at this stop time (GTFS `pickup_type` = 1). */
export const NO_PICKUP = 1;
/** Alighting is not possible at this stop time (GTFS `drop_off_type` = 1). */
export const NO_DROP_OFF = 2;

export interface FeedStops {
  id: string[];
  name: string[];
  /** Degrees; NaN where stops.txt gives none (allowed for entrances and boarding areas). */
  lat: Float64Array;
  lon: Float64Array;
  /** GTFS `location_type` (0 stop or platform, 1 station, 2 entrance, 3 node, 4 boarding area). */
  locationType: Uint8Array;
  /** Index of the `parent_station`, −1 if none. */
  parent: Int32Array;
}

export interface FeedRoutes {
  id: string[];
  shortName: string[];
  longName: string[];
  /** GTFS `route_type` (0 tram, 1 subway, 2 rail, 3 bus, …, or an extended type such as 700). */
  type: Int16Array;
}

export interface FeedTrips {
  id: string[];
  /** Index into routes, −1 where routes.txt does not know the `route_id`. */
  route: Int32Array;
  /** Index into services. */
  service: Uint32Array;
}

/**
 * Stop times grouped by trip in `stop_sequence` order: trip t owns rows
 * `tripStart[t] … tripStart[t + 1] − 1`. Times are seconds after noon minus 12 h of the service
 * day (GTFS), so they may exceed 86,400 (28:15:00 = 101,700).
 */
export interface FeedStopTimes {
  tripStart: Uint32Array;
  stop: Uint32Array;
  arrival: Int32Array;
  departure: Int32Array;
  /** `NO_PICKUP` | `NO_DROP_OFF` bits. */
  flags: Uint8Array;
}

/** Days are counted since 1970-01-01 (UTC day numbers); weekdays as bits, Monday = bit 0. */
export interface FeedServices {
  id: string[];
  /** Weekday bits from calendar.txt; 0 for a service that only calendar_dates.txt names. */
  weekdays: Uint8Array;
  /** First and last day of the calendar.txt row; −1 where the service has none. */
  start: Int32Array;
  end: Int32Array;
  /** calendar_dates.txt rows. */
  exceptionService: Uint32Array;
  exceptionDay: Int32Array;
  /** 1 service added on that day, 2 removed. */
  exceptionType: Uint8Array;
}

/** transfers.txt rows between stops (trip- and route-specific rows are left out). */
export interface FeedTransfers {
  from: Uint32Array;
  to: Uint32Array;
  /** GTFS `transfer_type`: 0 recommended, 1 timed, 2 minimum time, 3 not possible. */
  type: Uint8Array;
  /** `min_transfer_time` in seconds, −1 if not given. */
  minSeconds: Int32Array;
}

export interface FeedInfo {
  /** First and last day on which any service runs (calendar.txt ranges and added days), `YYYY-MM-DD`. */
  validFrom: string | null;
  validTo: string | null;
  /** feed_info.txt, when the feed has one. */
  publisher: string | null;
  version: string | null;
}

export interface TransitFeed {
  stops: FeedStops;
  routes: FeedRoutes;
  trips: FeedTrips;
  stopTimes: FeedStopTimes;
  services: FeedServices;
  transfers: FeedTransfers;
  info: FeedInfo;
  /** Rows as read, before anything unusable was left out. */
  rowCounts: { calendar: number; calendarDates: number; stopTimes: number; trips: number };
  /** German sentences about what was left out or assumed. */
  warnings: string[];
}

const DAY_MS = 86_400_000;

/** UTC day number of `YYYY-MM-DD` or `YYYYMMDD`; NaN if it is not a real date. */
export function dayNumber(date: string): number {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(date.trim());
  if (!m) return NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? ms / DAY_MS : NaN;
}

/** `YYYY-MM-DD` of a UTC day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Weekday of a day number, Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}
