import type { Timetable, TimetableInfo } from './timetable';

/** Version of the stored layout; a stored timetable of another version is refused (build it again). */
export const TIMETABLE_FORMAT = 1;

const ARRAYS = {
  stopLat: Float64Array, stopLon: Float64Array, changeSec: Float32Array,
  footStart: Uint32Array, footTo: Uint32Array, footSec: Float32Array,
  footInStart: Uint32Array, footInFrom: Uint32Array, footInSec: Float32Array,
  patternStopStart: Uint32Array, patternStops: Uint32Array, patternFlags: Uint8Array,
  patternTripStart: Uint32Array, patternRoute: Int32Array,
  stopPatternStart: Uint32Array, stopPatternId: Uint32Array, stopPatternPos: Uint32Array,
  tripService: Uint32Array, tripTimeStart: Uint32Array, arrivals: Int32Array, departures: Int32Array,
  routeType: Int16Array,
  serviceWeekdays: Uint8Array, serviceStart: Int32Array, serviceEnd: Int32Array,
  exceptionDay: Int32Array, exceptionService: Uint32Array, exceptionType: Uint8Array,
} as const;

const STRINGS = ['stopId', 'stopName', 'stopStation', 'tripId', 'routeShortName', 'serviceId'] as const;

type ArrayKey = keyof typeof ARRAYS;
type StringKey = (typeof STRINGS)[number];

/** Plain JSON beside the buffers: what IndexedDB stores as is. */
export interface StoredTimetableMeta {
  format: number;
  info: TimetableInfo;
  stopCount: number;
  patternCount: number;
  tripCount: number;
  strings: Record<StringKey, string[]>;
  /** Array name → index into `buffers`. */
  arrays: Record<ArrayKey, number>;
}

export interface StoredTimetable {
  meta: StoredTimetableMeta;
  buffers: ArrayBuffer[];
}

/**
 * The timetable as JSON plus one ArrayBuffer per typed array. The buffers are the timetable's own
 * (copied only where an array is a view into a larger buffer): transferring them to another
 * thread detaches this timetable, storing them in IndexedDB (a structured clone) does not.
 */
export function timetableToStored(tt: Timetable): StoredTimetable {
  const buffers: ArrayBuffer[] = [];
  const arrays = {} as Record<ArrayKey, number>;
  for (const key of Object.keys(ARRAYS) as ArrayKey[]) {
    const a = tt[key];
    const whole = a.byteOffset === 0 && a.byteLength === a.buffer.byteLength && a.buffer instanceof ArrayBuffer;
    arrays[key] = buffers.push(whole ? (a.buffer as ArrayBuffer) : (a.slice().buffer as ArrayBuffer)) - 1;
  }
  const strings = {} as Record<StringKey, string[]>;
  for (const key of STRINGS) strings[key] = tt[key];
  return {
    meta: { format: TIMETABLE_FORMAT, info: { ...tt.info }, stopCount: tt.stopCount, patternCount: tt.patternCount, tripCount: tt.tripCount, strings, arrays },
    buffers,
  };
}

/**
 * The timetable back from its stored form; the arrays are views on the given buffers (not copied).
 * @throws Error for another format version or buffers that do not fit.
 */
export function timetableFromStored(stored: StoredTimetable): Timetable {
  const { meta, buffers } = stored;
  if (meta.format !== TIMETABLE_FORMAT) throw new Error(`stored timetable format ${meta.format}, expected ${TIMETABLE_FORMAT}`);
  const out: Record<string, unknown> = {
    info: { ...meta.info },
    stopCount: meta.stopCount,
    patternCount: meta.patternCount,
    tripCount: meta.tripCount,
  };
  for (const key of Object.keys(ARRAYS) as ArrayKey[]) {
    const buffer = buffers[meta.arrays[key]];
    const Ctor = ARRAYS[key];
    if (!(buffer instanceof ArrayBuffer) || buffer.byteLength % Ctor.BYTES_PER_ELEMENT !== 0) throw new Error(`stored timetable: buffer for ${key} missing or damaged`);
    out[key] = new Ctor(buffer);
  }
  for (const key of STRINGS) out[key] = [...meta.strings[key]];
  const tt = out as unknown as Timetable;
  if (tt.stopLat.length !== tt.stopCount || tt.patternStopStart.length !== tt.patternCount + 1 || tt.tripTimeStart.length !== tt.tripCount + 1) {
    throw new Error('stored timetable: array lengths do not match');
  }
  return tt;
}
