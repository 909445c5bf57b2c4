function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

/**
 * GTFS time `H:MM:SS` or `HH:MM:SS` as seconds after the service day's start; hours may go past
 * 24 (25:30:00 is half past one the next morning). −1 for an empty field, NaN for anything else.
 */
export function parseGtfsTime(text: string): number {
  const s = text.trim();
  if (s === '') return -1;
  const first = s.indexOf(':');
  if (first < 1 || first > 3 || s.length !== first + 6 || s[first + 3] !== ':') return NaN;
  let h = 0;
  for (let i = 0; i < first; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    h = h * 10 + c;
  }
  const m = digit(s, first + 1) * 10 + digit(s, first + 2);
  const sec = digit(s, first + 4) * 10 + digit(s, first + 5);
  if (!(m < 60) || !(sec < 60)) return NaN;
  return h * 3600 + m * 60 + sec;
}

/** A number field: NaN where empty or not a number. */
export function parseNumber(text: string | undefined): number {
  const s = (text ?? '').trim();
  return s === '' ? NaN : Number(s);
}

/** An optional small integer field (location_type, pickup_type, …): `fallback` where empty or invalid. */
export function parseSmallInt(text: string | undefined, fallback: number): number {
  const n = parseNumber(text);
  return Number.isInteger(n) && n >= 0 && n < 1_000_000 ? n : fallback;
}

/** Interns strings as consecutive numbers (trip and stop ids of stop_times.txt). */
export class Interner {
  readonly keys: string[] = [];
  private readonly map = new Map<string, number>();
  private last = '';
  private lastKey = -1;

  key(s: string): number {
    // Rows come grouped (all stop times of a trip together): the same id as before is common.
    if (s === this.last) return this.lastKey;
    this.last = s;
    let k = this.map.get(s);
    if (k === undefined) {
      k = this.keys.length;
      this.map.set(s, k);
      this.keys.push(s);
    }
    return (this.lastKey = k);
  }
}
