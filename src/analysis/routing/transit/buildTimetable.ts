import type { TransitFeed } from './feed';
import { buildFootpaths, type StopTransfers } from './footpaths';
import { DEFAULT_TIMETABLE_SETTINGS, type Timetable, type TimetableSettings } from './timetable';

interface Group {
  stops: number[];
  flags: number[];
  route: number;
  trips: number[];
}

/** Does trip `b` run no earlier than trip `a` at every stop of their common pattern? */
function notBefore(feed: TransitFeed, a: number, b: number): boolean {
  const st = feed.stopTimes;
  const oa = st.tripStart[a];
  const ob = st.tripStart[b];
  for (let i = st.tripStart[a + 1] - oa - 1; i >= 0; i--) {
    if (st.arrival[ob + i] < st.arrival[oa + i] || st.departure[ob + i] < st.departure[oa + i]) return false;
  }
  return true;
}

/**
 * Splits a pattern's trips into chains in which no trip overtakes another (first fit, trips
 * taken by their first departure): RAPTOR may then take "the next trip" as the one that is
 * next at every stop.
 */
function fifoChains(feed: TransitFeed, trips: number[]): number[][] {
  const st = feed.stopTimes;
  const first = (t: number) => st.departure[st.tripStart[t]];
  const last = (t: number) => st.arrival[st.tripStart[t + 1] - 1];
  const sorted = [...trips].sort((a, b) => first(a) - first(b) || last(a) - last(b) || a - b);
  const chains: number[][] = [];
  for (const t of sorted) {
    const chain = chains.find((c) => notBefore(feed, c[c.length - 1], t));
    if (chain) chain.push(t);
    else chains.push([t]);
  }
  return chains;
}

/** Groups trips by route and by the stops they serve (with their boarding/alighting rules). */
function groupTrips(feed: TransitFeed, stopOf: Int32Array): Group[] {
  const st = feed.stopTimes;
  const groups = new Map<string, Group>();
  for (let t = 0; t < feed.trips.id.length; t++) {
    const stops: number[] = [];
    const flags: number[] = [];
    for (let r = st.tripStart[t]; r < st.tripStart[t + 1]; r++) {
      stops.push(stopOf[st.stop[r]]);
      flags.push(st.flags[r]);
    }
    const route = feed.trips.route[t];
    const key = `${route}|${stops.join(',')}|${flags.join('')}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { stops, flags, route, trips: [] }));
    g.trips.push(t);
  }
  return [...groups.values()];
}

/** Timetable stops for the feed stops a transfers.txt row names (a station stands for its served platforms). */
function transferStops(feed: TransitFeed, stopOf: Int32Array): StopTransfers {
  const children = new Map<number, number[]>();
  feed.stops.parent.forEach((p, i) => {
    if (p >= 0 && stopOf[i] >= 0) children.set(p, [...(children.get(p) ?? []), stopOf[i]]);
  });
  const expand = (i: number) => (stopOf[i] >= 0 ? [stopOf[i]] : (children.get(i) ?? []));
  const out = { from: [] as number[], to: [] as number[], type: [] as number[], minSeconds: [] as number[] };
  const tr = feed.transfers;
  tr.from.forEach((f, k) => {
    for (const a of expand(f)) {
      for (const b of expand(tr.to[k])) {
        out.from.push(a);
        out.to.push(b);
        out.type.push(tr.type[k]);
        out.minSeconds.push(tr.minSeconds[k]);
      }
    }
  });
  return out;
}

/**
 * Builds the compact timetable from a feed: only served stops, trips grouped into patterns
 * (split where a trip would overtake another), footpaths within `footpathRadiusM` (walking
 * time = distance × `detourFactor` ÷ `walkKmh`, at least `minChangeSec`) plus transfers.txt.
 */
export function buildTimetable(feed: TransitFeed, settings: Partial<TimetableSettings> = {}): Timetable {
  const s: TimetableSettings = { ...DEFAULT_TIMETABLE_SETTINGS, ...settings };
  const st = feed.stopTimes;
  const stopOf = new Int32Array(feed.stops.id.length).fill(-1);
  for (const f of st.stop) stopOf[f] = 1;
  const feedStop: number[] = [];
  stopOf.forEach((used, f) => (stopOf[f] = used === 1 ? feedStop.push(f) - 1 : -1));
  const n = feedStop.length;

  const patterns: { group: Group; trips: number[] }[] = [];
  for (const group of groupTrips(feed, stopOf)) for (const trips of fifoChains(feed, group.trips)) patterns.push({ group, trips });

  const P = patterns.length;
  const patternStopStart = new Uint32Array(P + 1);
  const patternTripStart = new Uint32Array(P + 1);
  patterns.forEach((p, i) => {
    patternStopStart[i + 1] = patternStopStart[i] + p.group.stops.length;
    patternTripStart[i + 1] = patternTripStart[i] + p.trips.length;
  });
  const patternStops = new Uint32Array(patternStopStart[P]);
  const patternFlags = new Uint8Array(patternStopStart[P]);
  const T = patternTripStart[P];
  const tripTimeStart = new Uint32Array(T + 1);
  const tripService = new Uint32Array(T);
  const tripId: string[] = [];
  const arrivals = new Int32Array(st.stop.length);
  const departures = new Int32Array(st.stop.length);
  let trip = 0;
  patterns.forEach((p, i) => {
    patternStops.set(p.group.stops, patternStopStart[i]);
    patternFlags.set(p.group.flags, patternStopStart[i]);
    for (const f of p.trips) {
      const from = st.tripStart[f];
      const len = st.tripStart[f + 1] - from;
      arrivals.set(st.arrival.subarray(from, from + len), tripTimeStart[trip]);
      departures.set(st.departure.subarray(from, from + len), tripTimeStart[trip]);
      tripService[trip] = feed.trips.service[f];
      tripId.push(feed.trips.id[f]);
      tripTimeStart[trip + 1] = tripTimeStart[trip] + len;
      trip++;
    }
  });

  const served: [number, number][][] = Array.from({ length: n }, () => []);
  for (let p = 0; p < P; p++) for (let i = patternStopStart[p]; i < patternStopStart[p + 1]; i++) served[patternStops[i]].push([p, i - patternStopStart[p]]);
  const stopPatternStart = new Uint32Array(n + 1);
  served.forEach((l, i) => (stopPatternStart[i + 1] = stopPatternStart[i] + l.length));
  const stopPatternId = Uint32Array.from(served.flat(), (e) => e[0]);
  const stopPatternPos = Uint32Array.from(served.flat(), (e) => e[1]);

  const stopLat = Float64Array.from(feedStop, (f) => feed.stops.lat[f]);
  const stopLon = Float64Array.from(feedStop, (f) => feed.stops.lon[f]);
  const changeSec = new Float32Array(n).fill(s.minChangeSec);
  const footpaths = buildFootpaths(stopLat, stopLon, s, transferStops(feed, stopOf), changeSec);

  const sv = feed.services;
  const byDay = Array.from(sv.exceptionDay.keys()).sort((a, b) => sv.exceptionDay[a] - sv.exceptionDay[b] || a - b);
  return {
    info: { ...s, validFrom: feed.info.validFrom, validTo: feed.info.validTo, publisher: feed.info.publisher, version: feed.info.version },
    stopCount: n,
    stopId: feedStop.map((f) => feed.stops.id[f]),
    stopName: feedStop.map((f) => feed.stops.name[f]),
    stopStation: feedStop.map((f) => (feed.stops.parent[f] >= 0 ? feed.stops.id[feed.stops.parent[f]] : '')),
    stopLat, stopLon, changeSec,
    ...footpaths,
    patternCount: P, patternStopStart, patternStops, patternFlags, patternTripStart,
    patternRoute: Int32Array.from(patterns, (p) => p.group.route),
    stopPatternStart, stopPatternId, stopPatternPos,
    tripCount: T, tripId, tripService, tripTimeStart, arrivals, departures,
    routeShortName: [...feed.routes.shortName],
    routeType: Int16Array.from(feed.routes.type),
    serviceId: [...sv.id],
    serviceWeekdays: Uint8Array.from(sv.weekdays),
    serviceStart: Int32Array.from(sv.start),
    serviceEnd: Int32Array.from(sv.end),
    exceptionDay: Int32Array.from(byDay, (i) => sv.exceptionDay[i]),
    exceptionService: Uint32Array.from(byDay, (i) => sv.exceptionService[i]),
    exceptionType: Uint8Array.from(byDay, (i) => sv.exceptionType[i]),
  };
}
