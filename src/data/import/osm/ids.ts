/**
 * Typed-array helpers for millions of OSM ids (they exceed 2^32, so Float64, which holds
 * integers exactly up to 2^53): growable lists, a chunked list that never copies, sorting
 * into unique ids, and lookup by binary search.
 */

type TypedArray = Float64Array | Int32Array | Uint32Array | Uint8Array;

/** A growable typed list (grows by half, so a copy costs at most 1.5× the list). */
export class Grow<T extends TypedArray> {
  length = 0;
  data: T;
  constructor(private readonly make: (n: number) => T) {
    this.data = make(1024);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = this.make(Math.ceil(this.data.length * 1.5));
      next.set(this.data as never);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  /** The list at its exact length (a copy). */
  toArray(): T {
    return this.data.slice(0, this.length) as T;
  }
}

const CHUNK = 1 << 20;

/** A list of Float64 in chunks of 2^20: appending never copies what is there. */
export class ChunkedFloat64 {
  readonly chunks: Float64Array[] = [];
  length = 0;
  push(v: number): void {
    const i = this.length & (CHUNK - 1);
    if (i === 0) this.chunks.push(new Float64Array(CHUNK));
    this.chunks[this.chunks.length - 1][i] = v;
    this.length++;
  }
  get(i: number): number {
    return this.chunks[Math.floor(i / CHUNK)][i & (CHUNK - 1)];
  }
  /** The values sorted, each once. */
  sortedUnique(): Float64Array {
    const all = new Float64Array(this.length);
    this.chunks.forEach((c, k) => all.set(k === this.chunks.length - 1 ? c.subarray(0, this.length - k * CHUNK) : c, k * CHUNK));
    all.sort();
    let n = 0;
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[n - 1]) all[n++] = all[i];
    return all.slice(0, n);
  }
}

function lowerBound(a: ArrayLike<number>, x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of x in the ascending array a, or -1. */
export function indexOf(a: ArrayLike<number>, x: number): number {
  const i = lowerBound(a, x, 0, a.length);
  return i < a.length && a[i] === x ? i : -1;
}

/**
 * Looks ids up in an ascending array, fast when they come ascending too (a merge walk with
 * galloping, as in a sorted PBF), correct when they do not (then a binary search).
 */
export class SortedCursor {
  private at = 0;
  constructor(private readonly a: Float64Array) {}
  /** Index of id in the array, or -1. */
  find(id: number): number {
    const a = this.a;
    let i = this.at;
    if (i > 0 && a[i - 1] >= id) {
      i = lowerBound(a, id, 0, i);
    } else if (i < a.length && a[i] < id) {
      let step = 1;
      while (i + step < a.length && a[i + step] < id) step *= 2;
      i = lowerBound(a, id, i + (step >> 1) + 1, Math.min(a.length, i + step));
    }
    this.at = i;
    return i < a.length && a[i] === id ? i : -1;
  }
}
