import { isoDay, type FeedServices, type FeedStopTimes, type FeedTransfers, type TransitFeed } from '../../../analysis/routing/transit/feed';
import { ImportFileError } from '../decode';
import { MSG_GTFS_NO_STOP_TIMES, MSG_GTFS_NO_TRIPS, msgSkippedRows, msgSkippedTrips, msgUnknownRoute } from './messages';
import type { CalendarDatesTable, CalendarTable, FeedInfoTable, RoutesTable, StopsTable, StopTimesTable, TransfersTable, TripsTable } from './tables';

/** The collected files of one feed; the optional ones may be missing. */
export interface GtfsTables {
  stops: StopsTable;
  routes: RoutesTable | null;
  trips: TripsTable;
  stopTimes: StopTimesTable;
  calendar: CalendarTable | null;
  calendarDates: CalendarDatesTable | null;
  transfers: TransfersTable | null;
  feedInfo: FeedInfoTable | null;
}

function indexOf(ids: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!m.has(id)) m.set(id, i);
  });
  return m;
}

function linkServices(cal: CalendarTable | null, dates: CalendarDatesTable | null): { services: FeedServices; byId: Map<string, number> } {
  const byId = new Map<string, number>();
  const id: string[] = [];
  const key = (s: string) => {
    let k = byId.get(s);
    if (k === undefined) byId.set(s, (k = id.push(s) - 1));
    return k;
  };
  cal?.serviceId.forEach(key);
  dates?.serviceId.forEach(key);
  const weekdays = new Uint8Array(id.length);
  const start = new Int32Array(id.length).fill(-1);
  const end = new Int32Array(id.length).fill(-1);
  cal?.serviceId.forEach((s, i) => {
    const k = byId.get(s)!;
    weekdays[k] = cal.weekdays[i];
    start[k] = cal.start[i];
    end[k] = cal.end[i];
  });
  const services: FeedServices = {
    id, weekdays, start, end,
    exceptionService: Uint32Array.from(dates?.serviceId ?? [], (s) => byId.get(s)!),
    exceptionDay: Int32Array.from(dates?.day ?? []),
    exceptionType: Uint8Array.from(dates?.type ?? []),
  };
  return { services, byId };
}

function validity(s: FeedServices): { validFrom: string | null; validTo: string | null } {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < s.id.length; i++) {
    if (s.start[i] < 0) continue;
    lo = Math.min(lo, s.start[i]);
    hi = Math.max(hi, s.end[i]);
  }
  s.exceptionDay.forEach((d, i) => {
    if (s.exceptionType[i] !== 1) return;
    lo = Math.min(lo, d);
    hi = Math.max(hi, d);
  });
  return Number.isFinite(lo) ? { validFrom: isoDay(lo), validTo: isoDay(hi) } : { validFrom: null, validTo: null };
}

/** Rows of stop_times.txt by trip (`tripOf[row]`, −1 = left out), each trip in stop_sequence order. */
function groupRows(tripOf: Int32Array, tripCount: number, st: StopTimesTable): { start: Uint32Array; order: Uint32Array } {
  const start = new Uint32Array(tripCount + 1);
  for (const t of tripOf) if (t >= 0) start[t + 1]++;
  for (let t = 0; t < tripCount; t++) start[t + 1] += start[t];
  const fill = start.slice(0, tripCount);
  const order = new Uint32Array(start[tripCount]);
  tripOf.forEach((t, row) => {
    if (t >= 0) order[fill[t]++] = row;
  });
  if (!st.ordered) {
    for (let t = 0; t < tripCount; t++) {
      const seg = Array.from(order.subarray(start[t], start[t + 1]));
      seg.sort((a, b) => st.sequence.get(a) - st.sequence.get(b));
      order.set(seg, start[t]);
    }
  }
  return { start, order };
}

type TripVerdict = 'ok' | 'short' | 'untimed' | 'invalid' | 'backwards';

/**
 * Fills the times of one trip's rows into arr/dep (positions `from … to − 1`): a stop with one
 * time gets it for both, stops without times are interpolated evenly between the timed ones
 * (GTFS allows untimed intermediate stops).
 */
function tripTimes(arr: Int32Array, dep: Int32Array, from: number, to: number): TripVerdict {
  if (to - from < 2) return 'short';
  for (let i = from; i < to; i++) {
    if (arr[i] === -2 || dep[i] === -2) return 'invalid';
    if (arr[i] < 0) arr[i] = dep[i];
    if (dep[i] < 0) dep[i] = arr[i];
  }
  if (arr[from] < 0 || arr[to - 1] < 0) return 'untimed';
  let last = from;
  for (let i = from + 1; i < to; i++) {
    if (arr[i] < 0) continue;
    for (let j = last + 1; j < i; j++) arr[j] = dep[j] = Math.round(dep[last] + ((arr[i] - dep[last]) * (j - last)) / (i - last));
    last = i;
  }
  for (let i = from; i < to; i++) {
    if (dep[i] < arr[i]) dep[i] = arr[i];
    if (i > from && arr[i] < dep[i - 1]) return 'backwards';
  }
  return 'ok';
}

const VERDICT_WHY: Record<Exclude<TripVerdict, 'ok'>, string> = {
  short: 'weniger als zwei verwendbare Halte',
  untimed: 'erster oder letzter Halt ohne Uhrzeit',
  invalid: 'ungültige Uhrzeit in stop_times.txt',
  backwards: 'Zeiten laufen rückwärts',
};

/**
 * Resolves the collected files into a `TransitFeed`: ids become indices, unusable rows and trips
 * are left out with a German warning, and a feed left without anything to route with is refused.
 *
 * @throws ImportFileError when no stop time or no trip can be used.
 */
export function linkFeed(t: GtfsTables, extraWarnings: string[] = []): TransitFeed {
  const warnings = [...extraWarnings];
  if (t.calendar?.invalid) warnings.push(msgSkippedRows(t.calendar.invalid, 'calendar.txt', 'ohne service_id oder mit ungültigem Datum'));
  if (t.calendarDates?.invalid) warnings.push(msgSkippedRows(t.calendarDates.invalid, 'calendar_dates.txt', 'ohne service_id, mit ungültigem Datum oder unbekannter Ausnahmeart'));
  const stopIdx = indexOf(t.stops.id);
  const nStops = t.stops.id.length;
  const parent = Int32Array.from(t.stops.parentId, (p) => stopIdx.get(p) ?? -1);
  const lat = Float64Array.from(t.stops.lat);
  const lon = Float64Array.from(t.stops.lon);
  for (let i = 0; i < nStops; i++) {
    // A platform without coordinates stands where its station stands.
    if ((!Number.isFinite(lat[i]) || !Number.isFinite(lon[i])) && parent[i] >= 0) {
      lat[i] = t.stops.lat[parent[i]];
      lon[i] = t.stops.lon[parent[i]];
    }
  }

  const routes = t.routes ?? { id: [], shortName: [], longName: [], type: [] };
  const routeIdx = indexOf(routes.id);
  const { services, byId: serviceIdx } = linkServices(t.calendar, t.calendarDates);

  // Trips with a known service (first of a repeated id).
  const tripOfKey = new Int32Array(t.stopTimes.trips.keys.length).fill(-1);
  const keyOfTripId = new Map(t.stopTimes.trips.keys.map((k, i) => [k, i]));
  const keptTrip: number[] = [];
  let unknownService = 0;
  let unknownRoute = 0;
  const seen = new Set<string>();
  t.trips.id.forEach((id, i) => {
    if (seen.has(id)) return;
    seen.add(id);
    if (!serviceIdx.has(t.trips.serviceId[i])) return void unknownService++;
    if (!routeIdx.has(t.trips.routeId[i])) unknownRoute++;
    const key = keyOfTripId.get(id);
    if (key !== undefined) tripOfKey[key] = keptTrip.length;
    keptTrip.push(i);
  });
  if (unknownService > 0) warnings.push(msgSkippedTrips(unknownService, 'Verkehrstage weder in calendar.txt noch in calendar_dates.txt'));
  if (unknownRoute > 0) warnings.push(msgUnknownRoute(unknownRoute, t.routes !== null));

  // Rows of stop_times.txt that belong to a kept trip and a stop with coordinates.
  const st = t.stopTimes;
  const n = st.trip.length;
  const stopOfKey = new Int32Array(st.stops.keys.length);
  st.stops.keys.forEach((k, j) => {
    const i = stopIdx.get(k);
    stopOfKey[j] = i !== undefined && Number.isFinite(lat[i]) && Number.isFinite(lon[i]) ? i : -1;
  });
  const tripOf = new Int32Array(n);
  let noTrip = 0;
  let noStop = 0;
  for (let r = 0; r < n; r++) {
    const trip = tripOfKey[st.trip.get(r)];
    const stop = stopOfKey[st.stop.get(r)];
    tripOf[r] = trip >= 0 && stop >= 0 ? trip : -1;
    if (trip < 0) noTrip++;
    else if (stop < 0) noStop++;
  }
  if (noTrip > 0) warnings.push(msgSkippedRows(noTrip, 'stop_times.txt', 'Fahrt nicht in trips.txt oder ohne Verkehrstage'));
  if (noStop > 0) warnings.push(msgSkippedRows(noStop, 'stop_times.txt', 'Haltestelle nicht in stops.txt oder ohne Koordinaten'));
  if (n - noTrip - noStop === 0) throw new ImportFileError(MSG_GTFS_NO_STOP_TIMES);

  const { start, order } = groupRows(tripOf, keptTrip.length, st);
  const m = order.length;
  const arrival = new Int32Array(m);
  const departure = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    arrival[i] = st.arrival.get(order[i]);
    departure[i] = st.departure.get(order[i]);
  }
  const skipped = new Map<TripVerdict, number>();
  const finalTrips: number[] = [];
  for (let trip = 0; trip < keptTrip.length; trip++) {
    const verdict = tripTimes(arrival, departure, start[trip], start[trip + 1]);
    if (verdict !== 'ok') {
      if (start[trip + 1] > start[trip]) skipped.set(verdict, (skipped.get(verdict) ?? 0) + 1);
      continue;
    }
    finalTrips.push(trip);
  }
  for (const [verdict, count] of skipped) warnings.push(msgSkippedTrips(count, VERDICT_WHY[verdict as Exclude<TripVerdict, 'ok'>]));
  if (finalTrips.length === 0) throw new ImportFileError(MSG_GTFS_NO_TRIPS);

  const stopTimes = keptStopTimes(finalTrips, start, order, arrival, departure, stopOfKey, st);
  const tripRow = finalTrips.map((k) => keptTrip[k]);

  return {
    stops: { id: t.stops.id, name: t.stops.name, lat, lon, locationType: Uint8Array.from(t.stops.locationType), parent },
    routes: { id: routes.id, shortName: routes.shortName, longName: routes.longName, type: Int16Array.from(routes.type) },
    trips: {
      id: tripRow.map((i) => t.trips.id[i]),
      route: Int32Array.from(tripRow, (i) => routeIdx.get(t.trips.routeId[i]) ?? -1),
      service: Uint32Array.from(tripRow, (i) => serviceIdx.get(t.trips.serviceId[i])!),
    },
    stopTimes,
    services,
    transfers: linkTransfers(t.transfers, stopIdx),
    info: { ...validity(services), publisher: t.feedInfo?.publisher ?? null, version: t.feedInfo?.version ?? null },
    rowCounts: { calendar: t.calendar?.rows ?? 0, calendarDates: t.calendarDates?.rows ?? 0, stopTimes: n, trips: t.trips.id.length },
    warnings,
  };
}

/** The rows of the trips that stay, in their order, as the feed's stop-time columns. */
function keptStopTimes(
  trips: readonly number[], start: Uint32Array, order: Uint32Array, arrival: Int32Array, departure: Int32Array,
  stopOfKey: Int32Array, st: StopTimesTable,
): FeedStopTimes {
  let total = 0;
  for (const trip of trips) total += start[trip + 1] - start[trip];
  const out: FeedStopTimes = {
    tripStart: new Uint32Array(trips.length + 1),
    stop: new Uint32Array(total),
    arrival: new Int32Array(total),
    departure: new Int32Array(total),
    flags: new Uint8Array(total),
  };
  let k = 0;
  trips.forEach((trip, t) => {
    for (let i = start[trip]; i < start[trip + 1]; i++, k++) {
      out.stop[k] = stopOfKey[st.stop.get(order[i])];
      out.arrival[k] = arrival[i];
      out.departure[k] = departure[i];
      out.flags[k] = st.flags.get(order[i]);
    }
    out.tripStart[t + 1] = k;
  });
  return out;
}

function linkTransfers(tr: TransfersTable | null, stopIdx: Map<string, number>): FeedTransfers {
  const keep: number[] = [];
  tr?.fromId.forEach((f, i) => {
    if (stopIdx.has(f) && stopIdx.has(tr.toId[i])) keep.push(i);
  });
  return {
    from: Uint32Array.from(keep, (i) => stopIdx.get(tr!.fromId[i])!),
    to: Uint32Array.from(keep, (i) => stopIdx.get(tr!.toId[i])!),
    type: Uint8Array.from(keep, (i) => tr!.type[i]),
    minSeconds: Int32Array.from(keep, (i) => tr!.minSeconds[i]),
  };
}
