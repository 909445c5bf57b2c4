import { dayNumber } from '../../../analysis/routing/transit/feed';
import { NO_DROP_OFF, NO_PICKUP } from '../../../analysis/routing/transit/feed';
import { ImportFileError } from '../decode';
import { columnIndex } from './csvChunks';
import { Growable } from './growable';
import { msgMissingColumn } from './messages';
import { Interner, parseGtfsTime, parseNumber, parseSmallInt } from './values';

/** Collects the rows of one GTFS file; the header row comes first. */
export interface TableCollector {
  row(cells: string[], index: number): void;
}

/**
 * Maps the header to column positions; a missing required column is refused with a German
 * message. Optional columns give −1 (their cells then read as '').
 */
function columns(file: string, header: string[], required: readonly string[], optional: readonly string[] = []): number[] {
  const idx = columnIndex(header, [...required, ...optional]);
  required.forEach((name, i) => {
    if (idx[i] < 0) throw new ImportFileError(msgMissingColumn(file, name));
  });
  return idx;
}

const cell = (cells: string[], i: number): string => (i < 0 ? '' : (cells[i] ?? '').trim());

export class StopsTable implements TableCollector {
  readonly id: string[] = [];
  readonly name: string[] = [];
  readonly lat: number[] = [];
  readonly lon: number[] = [];
  readonly locationType: number[] = [];
  readonly parentId: string[] = [];
  private c: number[] = [];

  row(cells: string[], index: number): void {
    if (index === 0) {
      this.c = columns('stops.txt', cells, ['stop_id'], ['stop_name', 'stop_lat', 'stop_lon', 'location_type', 'parent_station']);
      return;
    }
    const [id, name, lat, lon, type, parent] = this.c;
    const stopId = cell(cells, id);
    if (stopId === '') return;
    this.id.push(stopId);
    this.name.push(cell(cells, name));
    this.lat.push(parseNumber(cell(cells, lat)));
    this.lon.push(parseNumber(cell(cells, lon)));
    this.locationType.push(parseSmallInt(cell(cells, type), 0));
    this.parentId.push(cell(cells, parent));
  }
}

export class RoutesTable implements TableCollector {
  readonly id: string[] = [];
  readonly shortName: string[] = [];
  readonly longName: string[] = [];
  readonly type: number[] = [];
  private c: number[] = [];

  row(cells: string[], index: number): void {
    if (index === 0) {
      this.c = columns('routes.txt', cells, ['route_id'], ['route_short_name', 'route_long_name', 'route_type']);
      return;
    }
    const [id, short, long, type] = this.c;
    this.id.push(cell(cells, id));
    this.shortName.push(cell(cells, short));
    this.longName.push(cell(cells, long));
    this.type.push(parseSmallInt(cell(cells, type), -1));
  }
}

export class TripsTable implements TableCollector {
  readonly id: string[] = [];
  readonly routeId: string[] = [];
  readonly serviceId: string[] = [];
  private c: number[] = [];

  row(cells: string[], index: number): void {
    if (index === 0) {
      this.c = columns('trips.txt', cells, ['trip_id', 'service_id'], ['route_id']);
      return;
    }
    const [id, service, route] = this.c;
    this.id.push(cell(cells, id));
    this.serviceId.push(cell(cells, service));
    this.routeId.push(cell(cells, route));
  }
}

/** A stop time's seconds; −1 empty, −2 invalid. */
function stopTime(text: string): number {
  const t = parseGtfsTime(text);
  return Number.isNaN(t) ? -2 : t;
}

/**
 * stop_times.txt, the big one (millions of rows in a regional feed): trip and stop ids are
 * interned as numbers, times and sequence kept in typed columns.
 */
export class StopTimesTable implements TableCollector {
  readonly trips = new Interner();
  readonly stops = new Interner();
  readonly trip = new Growable(Uint32Array, 1 << 16);
  readonly stop = new Growable(Uint32Array, 1 << 16);
  readonly sequence = new Growable(Int32Array, 1 << 16);
  /** −1 where the field is empty (to be interpolated), NaN kept as −2 (invalid). */
  readonly arrival = new Growable(Int32Array, 1 << 16);
  readonly departure = new Growable(Int32Array, 1 << 16);
  readonly flags = new Growable(Uint8Array, 1 << 16);
  /** Rows come grouped by trip in stop_sequence order (as nearly every feed writes them). */
  ordered = true;
  private c: number[] = [];
  private lastTrip = -1;
  private lastSeq = -Infinity;
  private readonly seenTrips = new Set<number>();

  row(cells: string[], index: number): void {
    if (index === 0) {
      this.c = columns('stop_times.txt', cells, ['trip_id', 'stop_id', 'stop_sequence', 'arrival_time', 'departure_time'], ['pickup_type', 'drop_off_type']);
      return;
    }
    const [tripCol, stopCol, seqCol, arrCol, depCol, pickCol, dropCol] = this.c;
    const trip = this.trips.key(cell(cells, tripCol));
    const seq = parseSmallInt(cell(cells, seqCol), -1);
    if (trip !== this.lastTrip) {
      if (this.seenTrips.has(trip)) this.ordered = false;
      this.seenTrips.add(trip);
      this.lastTrip = trip;
    } else if (!(seq > this.lastSeq)) this.ordered = false;
    this.lastSeq = seq;
    this.trip.push(trip);
    this.stop.push(this.stops.key(cell(cells, stopCol)));
    this.sequence.push(seq);
    this.arrival.push(stopTime(cell(cells, arrCol)));
    this.departure.push(stopTime(cell(cells, depCol)));
    const noPick = pickCol >= 0 && cell(cells, pickCol) === '1';
    const noDrop = dropCol >= 0 && cell(cells, dropCol) === '1';
    this.flags.push((noPick ? NO_PICKUP : 0) | (noDrop ? NO_DROP_OFF : 0));
  }
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export class CalendarTable implements TableCollector {
  readonly serviceId: string[] = [];
  readonly weekdays: number[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  rows = 0;
  invalid = 0;
  private c: number[] = [];

  row(cells: string[], index: number): void {
    if (index === 0) {
      this.c = columns('calendar.txt', cells, ['service_id', ...WEEKDAYS, 'start_date', 'end_date']);
      return;
    }
    this.rows++;
    const start = dayNumber(cell(cells, this.c[8]));
    const end = dayNumber(cell(cells, this.c[9]));
    const id = cell(cells, this.c[0]);
    if (id === '' || Number.isNaN(start) || Number.isNaN(end)) {
      this.invalid++;
      return;
    }
    let bits = 0;
    for (let d = 0; d < 7; d++) if (cell(cells, this.c[1 + d]) === '1') bits |= 1 << d;
    this.serviceId.push(id);
    this.weekdays.push(bits);
    this.start.push(start);
    this.end.push(end);
  }
}

export class CalendarDatesTable implements TableCollector {
  readonly serviceId: string[] = [];
  readonly day: number[] = [];
  readonly type: number[] = [];
  rows = 0;
  invalid = 0;
  private c: number[] = [];

  row(cells: string[], index: number): void {
    if (index === 0) {
      this.c = columns('calendar_dates.txt', cells, ['service_id', 'date', 'exception_type']);
      return;
    }
    this.rows++;
    const id = cell(cells, this.c[0]);
    const day = dayNumber(cell(cells, this.c[1]));
    const type = parseSmallInt(cell(cells, this.c[2]), 0);
    if (id === '' || Number.isNaN(day) || (type !== 1 && type !== 2)) {
      this.invalid++;
      return;
    }
    this.serviceId.push(id);
    this.day.push(day);
    this.type.push(type);
  }
}

export class TransfersTable implements TableCollector {
  readonly fromId: string[] = [];
  readonly toId: string[] = [];
  readonly type: number[] = [];
  readonly minSeconds: number[] = [];
  private c: number[] = [];

  row(cells: string[], index: number): void {
    if (index === 0) {
      this.c = columns('transfers.txt', cells, ['from_stop_id', 'to_stop_id'], ['transfer_type', 'min_transfer_time', 'from_trip_id', 'to_trip_id', 'from_route_id', 'to_route_id']);
      return;
    }
    // Transfers tied to trips or routes do not describe the walk between two stops.
    if (this.c.slice(4).some((i) => cell(cells, i) !== '')) return;
    const from = cell(cells, this.c[0]);
    const to = cell(cells, this.c[1]);
    if (from === '' || to === '') return;
    this.fromId.push(from);
    this.toId.push(to);
    this.type.push(parseSmallInt(cell(cells, this.c[2]), 0));
    this.minSeconds.push(parseSmallInt(cell(cells, this.c[3]), -1));
  }
}

export class FeedInfoTable implements TableCollector {
  publisher: string | null = null;
  version: string | null = null;
  private c: number[] = [];

  row(cells: string[], index: number): void {
    if (index === 0) {
      this.c = columnIndex(cells, ['feed_publisher_name', 'feed_version']);
      return;
    }
    if (index > 1) return;
    this.publisher = cell(cells, this.c[0]) || null;
    this.version = cell(cells, this.c[1]) || null;
  }
}
