/**
 * Helpers for the GTFS and transit tests: the VRN fixture, small GTFS zips, synthetic feeds and
 * the obviously-correct (slow) references the fast searches are compared with.
 */
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { dayNumber, NO_DROP_OFF, NO_PICKUP, weekdayOf, type TransitFeed } from '../../../src/analysis/routing/transit/feed';
import { earliestArrival, type StopAccess } from '../../../src/analysis/routing/transit/raptor';
import type { Timetable } from '../../../src/analysis/routing/transit/timetable';
import { readGtfs } from '../../../src/data/import/gtfs/readGtfs';

export const VRN_ZIP = path.join(__dirname, '../../fixtures/routing/vrn_gtfs_cut.zip');

export function vrnBlob(): Blob {
  return new Blob([fs.readFileSync(VRN_ZIP)]);
}

let vrn: Promise<TransitFeed> | null = null;
/** The VRN slice, read once per test file. */
export function vrnFeed(): Promise<TransitFeed> {
  return (vrn ??= readGtfs(vrnBlob()));
}

/** A zip (as a Blob) of text files. */
export function zipBlob(files: Record<string, string>): Blob {
  const entries = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]));
  return new Blob([zipSync(entries)]);
}

/** A tiny but complete GTFS feed: two stops 300 m apart, one trip on weekdays of June 2024. */
export function miniGtfs(): Record<string, string> {
  return {
    'agency.txt': 'agency_id,agency_name,agency_url,agency_timezone\nA,Test,https://example.org,Europe/Berlin\n',
    'stops.txt': 'stop_id,stop_name,stop_lat,stop_lon\nS1,Erfurt Anger,50.9770,11.0340\nS2,"Erfurt, Domplatz",50.9780,11.0300\nS3,Erfurt Hbf,50.9720,11.0380\n',
    'routes.txt': 'route_id,route_short_name,route_type\nR1,4,0\n',
    'trips.txt': 'route_id,service_id,trip_id\nR1,WK,T1\nR1,WK,T2\n',
    'stop_times.txt':
      'trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,08:00:00,08:00:00,S1,1\nT1,08:05:00,08:06:00,S2,2\nT1,08:10:00,08:10:00,S3,3\n' +
      'T2,25:10:00,25:10:00,S1,1\nT2,25:20:00,25:20:00,S3,2\n',
    'calendar.txt': 'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWK,1,1,1,1,1,0,0,20240601,20240630\n',
    'calendar_dates.txt': 'service_id,date,exception_type\nWK,20240619,2\nWK,20240622,1\n',
  };
}

/** Is a feed's service running on a day? Straight from the feed's rows (not the timetable's code). */
export function feedServiceRuns(feed: TransitFeed, service: number, day: number): boolean {
  const s = feed.services;
  let runs = s.start[service] >= 0 && s.start[service] <= day && day <= s.end[service] && ((s.weekdays[service] >> weekdayOf(day)) & 1) === 1;
  s.exceptionDay.forEach((d, i) => {
    if (d === day && s.exceptionService[i] === service) runs = s.exceptionType[i] === 1;
  });
  return runs;
}

/**
 * Brute-force earliest arrival under the rules of `earliestArrival`, over the feed's trips (not
 * the timetable's patterns): in each round every running trip (of the day and, shifted by −24 h,
 * of the day before) is boarded at its first stop one is ready for and ridden to all later stops.
 * Footpaths and change times come from the timetable (checked on their own elsewhere).
 */
export function bruteEarliest(feed: TransitFeed, tt: Timetable, date: string, dep: number, sources: readonly StopAccess[], maxTransfers = 5): Float64Array {
  const day = dayNumber(date);
  const ttStop = new Map(tt.stopId.map((id, i) => [id, i]));
  const stopOf = feed.stops.id.map((id) => ttStop.get(id) ?? -1);
  const n = tt.stopCount;
  const arrival = new Float64Array(n).fill(Infinity);
  let ready = new Float64Array(n).fill(Infinity);
  const reach = (r: Float64Array, s: number, t: number) => {
    r[s] = Math.min(r[s], t);
    arrival[s] = Math.min(arrival[s], t);
  };
  for (const { stop, seconds } of sources) reach(ready, stop, dep + seconds);
  for (const { stop, seconds } of sources) {
    for (let e = tt.footStart[stop]; e < tt.footStart[stop + 1]; e++) reach(ready, tt.footTo[e], dep + seconds + tt.footSec[e]);
  }
  const st = feed.stopTimes;
  const runs = [0, -1].map((d) => feed.services.id.map((_, s) => feedServiceRuns(feed, s, day + d)));
  for (let round = 1; round <= maxTransfers + 1; round++) {
    const ride = new Float64Array(n).fill(Infinity);
    for (let t = 0; t < feed.trips.id.length; t++) {
      for (const [k, off] of [0, -86_400].entries()) {
        if (!runs[k][feed.trips.service[t]]) continue;
        let boarded = false;
        for (let r = st.tripStart[t]; r < st.tripStart[t + 1]; r++) {
          const s = stopOf[st.stop[r]];
          if (boarded && !(st.flags[r] & NO_DROP_OFF)) ride[s] = Math.min(ride[s], st.arrival[r] + off);
          if (!boarded && !(st.flags[r] & NO_PICKUP) && ready[s] <= st.departure[r] + off) boarded = true;
        }
      }
    }
    const next = ready.slice();
    for (let s = 0; s < n; s++) {
      if (ride[s] === Infinity) continue;
      reach(next, s, ride[s] + tt.changeSec[s]);
      arrival[s] = Math.min(arrival[s], ride[s]);
      for (let e = tt.footStart[s]; e < tt.footStart[s + 1]; e++) reach(next, tt.footTo[e], ride[s] + tt.footSec[e]);
    }
    ready = next;
  }
  return arrival;
}

/** The slow reference for `transitSecondsToTargets`: a forward search per stop and departure. */
export function forwardToTargets(
  tt: Timetable, w: { date: string; fromSec: number; toSec: number; stepSec: number }, targets: readonly StopAccess[], stops: readonly number[], maxTransfers = 5,
): number[] {
  return stops.map((s) => {
    const travel: number[] = [];
    for (let d = w.fromSec; d <= w.toSec; d += w.stepSec) {
      const a = earliestArrival(tt, w.date, d, [{ stop: s, seconds: 0 }], maxTransfers);
      travel.push(Math.min(...targets.map((t) => a[t.stop] + t.seconds)) - d);
    }
    travel.sort((x, y) => x - y);
    return travel[Math.ceil(travel.length / 2) - 1];
  });
}

/** A small deterministic random number generator (tests must repeat exactly). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A trip of a synthetic feed: stop indices with [arrival, departure] seconds and optional flags. */
export interface TripSpec {
  stops: number[];
  times: [number, number][];
  service?: number;
  flags?: number[];
  route?: number;
}

export interface FeedSpec {
  /** [lat, lon] per stop. */
  stops: [number, number][];
  trips: TripSpec[];
  /** Default: one service every day of 2024. */
  services?: { weekdays: number; start: string; end: string; exceptions?: [string, 1 | 2][] }[];
  transfers?: { from: number; to: number; type: number; minSeconds?: number }[];
  parents?: number[];
}

/** A TransitFeed built directly from a spec (what the reader would produce for such files). */
export function makeFeed(spec: FeedSpec): TransitFeed {
  const services = spec.services ?? [{ weekdays: 127, start: '2024-01-01', end: '2024-12-31' }];
  const exc = services.flatMap((s, i) => (s.exceptions ?? []).map(([d, type]) => ({ i, d: dayNumber(d), type })));
  const tripStart = [0];
  for (const t of spec.trips) tripStart.push(tripStart[tripStart.length - 1] + t.stops.length);
  return {
    stops: {
      id: spec.stops.map((_, i) => `S${i}`),
      name: spec.stops.map((_, i) => `Halt ${i}`),
      lat: Float64Array.from(spec.stops, (s) => s[0]),
      lon: Float64Array.from(spec.stops, (s) => s[1]),
      locationType: new Uint8Array(spec.stops.length),
      parent: Int32Array.from(spec.stops, (_, i) => spec.parents?.[i] ?? -1),
    },
    routes: { id: ['R0', 'R1'], shortName: ['1', '2'], longName: ['', ''], type: Int16Array.from([3, 0]) },
    trips: {
      id: spec.trips.map((_, i) => `T${i}`),
      route: Int32Array.from(spec.trips, (t) => t.route ?? 0),
      service: Uint32Array.from(spec.trips, (t) => t.service ?? 0),
    },
    stopTimes: {
      tripStart: Uint32Array.from(tripStart),
      stop: Uint32Array.from(spec.trips.flatMap((t) => t.stops)),
      arrival: Int32Array.from(spec.trips.flatMap((t) => t.times.map((x) => x[0]))),
      departure: Int32Array.from(spec.trips.flatMap((t) => t.times.map((x) => x[1]))),
      flags: Uint8Array.from(spec.trips.flatMap((t) => t.flags ?? t.stops.map(() => 0))),
    },
    services: {
      id: services.map((_, i) => `D${i}`),
      weekdays: Uint8Array.from(services, (s) => s.weekdays),
      start: Int32Array.from(services, (s) => dayNumber(s.start)),
      end: Int32Array.from(services, (s) => dayNumber(s.end)),
      exceptionService: Uint32Array.from(exc, (e) => e.i),
      exceptionDay: Int32Array.from(exc, (e) => e.d),
      exceptionType: Uint8Array.from(exc, (e) => e.type),
    },
    transfers: {
      from: Uint32Array.from(spec.transfers ?? [], (t) => t.from),
      to: Uint32Array.from(spec.transfers ?? [], (t) => t.to),
      type: Uint8Array.from(spec.transfers ?? [], (t) => t.type),
      minSeconds: Int32Array.from(spec.transfers ?? [], (t) => t.minSeconds ?? -1),
    },
    info: { validFrom: null, validTo: null, publisher: null, version: null },
    rowCounts: { calendar: services.length, calendarDates: exc.length, stopTimes: tripStart[tripStart.length - 1], trips: spec.trips.length },
    warnings: [],
  };
}

/** Trips of the timetable with their times, as [tripId, stopIds, arrivals, departures] (to compare with the feed). */
export function timetableTrips(tt: Timetable): [string, string[], number[], number[]][] {
  const out: [string, string[], number[], number[]][] = [];
  for (let p = 0; p < tt.patternCount; p++) {
    const stops = Array.from(tt.patternStops.subarray(tt.patternStopStart[p], tt.patternStopStart[p + 1]), (s) => tt.stopId[s]);
    for (let t = tt.patternTripStart[p]; t < tt.patternTripStart[p + 1]; t++) {
      const o = tt.tripTimeStart[t];
      out.push([tt.tripId[t], stops, Array.from(tt.arrivals.subarray(o, o + stops.length)), Array.from(tt.departures.subarray(o, o + stops.length))]);
    }
  }
  return out;
}
