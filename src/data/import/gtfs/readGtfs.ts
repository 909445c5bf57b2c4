import type { TransitFeed } from '../../../analysis/routing/transit/feed';
import { ImportFileError, MSG_EMPTY } from '../decode';
import { CsvChunks } from './csvChunks';
import { linkFeed, type GtfsTables } from './link';
import {
  MSG_FREQUENCIES, MSG_GTFS_DAMAGED, MSG_GTFS_EMPTY_ZIP, MSG_GTFS_NO_CALENDAR, MSG_GTFS_NOT_ZIP, msgMethod, msgMissingFiles,
} from './messages';
import {
  CalendarDatesTable, CalendarTable, FeedInfoTable, RoutesTable, StopsTable, StopTimesTable, TransfersTable, TripsTable,
  type TableCollector,
} from './tables';
import { streamZip, ZipMemberError, type MemberSink } from './zipStream';

/** What the reader is doing: the GTFS file being inflated and parsed, 'archive' between them, 'linking' at the end. */
export type GtfsStage =
  | 'archive' | 'stops' | 'routes' | 'trips' | 'stop_times' | 'calendar' | 'calendar_dates' | 'transfers' | 'feed_info' | 'linking';

export interface ReadGtfsOptions {
  /** Archive bytes read so far of all; called when the stage changes and about every 1 %. */
  onProgress?: (stage: GtfsStage, bytesDone: number, bytesTotal: number) => void;
  /** Aborting stops the read between two slices of the archive; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

const TABLES = ['stops', 'routes', 'trips', 'stop_times', 'calendar', 'calendar_dates', 'transfers', 'feed_info'] as const;
type TableName = (typeof TABLES)[number];
const REQUIRED: readonly TableName[] = ['stops', 'trips', 'stop_times'];

function tableOf(path: string): TableName | 'frequencies' | null {
  // GTFS wants the files at the top; archives that wrap them in one folder are read as well.
  if (path.startsWith('__MACOSX/') || path.endsWith('/')) return null;
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base.startsWith('._') || !base.toLowerCase().endsWith('.txt')) return null;
  const name = base.slice(0, -4).toLowerCase();
  return name === 'frequencies' || (TABLES as readonly string[]).includes(name) ? (name as TableName | 'frequencies') : null;
}

function newCollector(name: TableName): TableCollector {
  switch (name) {
    case 'stops': return new StopsTable();
    case 'routes': return new RoutesTable();
    case 'trips': return new TripsTable();
    case 'stop_times': return new StopTimesTable();
    case 'calendar': return new CalendarTable();
    case 'calendar_dates': return new CalendarDatesTable();
    case 'transfers': return new TransfersTable();
    case 'feed_info': return new FeedInfoTable();
  }
}

/** TextDecoder is several times faster on pieces of this size than on one of megabytes. */
const DECODE_BYTES = 1 << 16;

function csvSink(collector: TableCollector, file: string): MemberSink {
  const decoder = new TextDecoder('utf-8');
  const csv = new CsvChunks((cells, i) => collector.row(cells, i), file);
  return {
    push: (bytes) => {
      for (let p = 0; p < bytes.length; p += DECODE_BYTES) csv.push(decoder.decode(bytes.subarray(p, p + DECODE_BYTES), { stream: true }));
    },
    end: () => {
      csv.push(decoder.decode());
      csv.finish();
    },
  };
}

async function checkSignature(blob: Blob): Promise<void> {
  if (blob.size === 0) throw new ImportFileError(MSG_EMPTY);
  const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x05 && head[3] === 0x06) throw new ImportFileError(MSG_GTFS_EMPTY_ZIP);
  if (!(head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)) throw new ImportFileError(MSG_GTFS_NOT_ZIP);
}

function translate(e: unknown, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted || e instanceof ImportFileError) return e;
  if (e instanceof ZipMemberError) return new ImportFileError(e.kind === 'method' ? msgMethod(e.member, e.method) : MSG_GTFS_DAMAGED);
  // fflate throws plain Errors for a truncated or broken archive ("unexpected EOF", "invalid …").
  return new ImportFileError(MSG_GTFS_DAMAGED);
}

/**
 * Reads a GTFS timetable (.zip) streaming: the archive in slices, each needed file inflated
 * and parsed in chunks as it arrives, so that not even stop_times.txt is held as a whole.
 * Works in a Web Worker and in Node (any Blob). Keeps what routing needs: stops, routes,
 * trips, stop times, calendar, calendar_dates, transfers between stops and feed_info.
 *
 * @throws ImportFileError (German message) for an empty file, a file that is no ZIP archive, a
 * damaged archive, missing stops.txt, trips.txt or stop_times.txt, missing calendars or
 * required columns, or references that leave nothing to route with.
 */
export async function readGtfs(blob: Blob, options: ReadGtfsOptions = {}): Promise<TransitFeed> {
  const { onProgress, signal } = options;
  signal?.throwIfAborted();
  await checkSignature(blob);
  const collectors = new Map<TableName, TableCollector>();
  let frequencies = false;
  let stage: GtfsStage = 'archive';
  let reported = -Infinity;
  const report = (done: number, force = false) => {
    if (!onProgress || (!force && done - reported < blob.size / 100)) return;
    reported = done;
    onProgress(stage, done, blob.size);
  };
  let read = 0;
  let ended: Set<string>;
  const names = new Map<string, TableName>();
  try {
    ended = await streamZip(
      blob,
      (path) => {
        const name = tableOf(path);
        if (name === 'frequencies') frequencies = true;
        if (name === null || name === 'frequencies' || collectors.has(name)) return null;
        const collector = newCollector(name);
        collectors.set(name, collector);
        names.set(path, name);
        stage = name;
        report(read, true);
        return csvSink(collector, `${name}.txt`);
      },
      { signal, onBytes: (done) => report((read = done)) },
    );
  } catch (e) {
    throw translate(e, signal);
  }
  const complete = new Set([...ended].map((p) => names.get(p)!));
  const missing = REQUIRED.filter((n) => !complete.has(n)).map((n) => `${n}.txt`);
  if (missing.length > 0) throw new ImportFileError(msgMissingFiles(missing));
  if (!complete.has('calendar') && !complete.has('calendar_dates')) throw new ImportFileError(MSG_GTFS_NO_CALENDAR);
  stage = 'linking';
  report(blob.size, true);
  const get = <T extends TableCollector>(n: TableName) => (complete.has(n) ? (collectors.get(n) as T) : null);
  const tables: GtfsTables = {
    stops: get<StopsTable>('stops')!,
    routes: get<RoutesTable>('routes'),
    trips: get<TripsTable>('trips')!,
    stopTimes: get<StopTimesTable>('stop_times')!,
    calendar: get<CalendarTable>('calendar'),
    calendarDates: get<CalendarDatesTable>('calendar_dates'),
    transfers: get<TransfersTable>('transfers'),
    feedInfo: get<FeedInfoTable>('feed_info'),
  };
  return linkFeed(tables, frequencies ? [MSG_FREQUENCIES] : []);
}
