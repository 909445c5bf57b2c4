import { withinKm } from './classes';
import type { DemandColumns, DemandPoint } from './demand';

/** A demand point beyond the main threshold from every facility. */
export interface UnderservedPoint extends DemandPoint {
  /** Position in the demand list. */
  point: number;
  /** Straight-line metres to the nearest facility; null when there is no facility at all. */
  meters: number | null;
  /** Index of the nearest facility; -1 when there is none. */
  facility: number;
}

/**
 * Demand points with weight > 0 farther than mainKm from every facility, most people first
 * (then farthest first, then list order); at most `limit` of them.
 */
export function underservedPoints(
  demand: DemandColumns,
  nearest: { index: Int32Array; meters: Float64Array },
  mainKm: number,
  limit: number,
): UnderservedPoint[] {
  const { weight } = demand;
  const { meters } = nearest;
  // a ranks before b: more weight, then farther, then earlier in the list.
  const before = (a: number, b: number) => weight[a] !== weight[b] ? weight[a] > weight[b] : meters[a] !== meters[b] ? meters[a] > meters[b] : a < b;
  // The best `limit` points so far, in a heap with the one ranked last at the root.
  const heap: number[] = [];
  const max = Math.max(0, Math.floor(limit));
  const sift = (at: number) => {
    for (;;) {
      const [l, r] = [2 * at + 1, 2 * at + 2];
      let last = at;
      if (l < heap.length && before(heap[last], heap[l])) last = l;
      if (r < heap.length && before(heap[last], heap[r])) last = r;
      if (last === at) return;
      [heap[at], heap[last]] = [heap[last], heap[at]];
      at = last;
    }
  };
  for (let i = 0; i < demand.lon.length && max > 0; i++) {
    if (!(weight[i] > 0) || withinKm(meters[i], mainKm)) continue;
    if (heap.length < max) {
      heap.push(i);
      for (let at = heap.length - 1; at > 0 && before(heap[(at - 1) >> 1], heap[at]); at = (at - 1) >> 1) {
        [heap[at], heap[(at - 1) >> 1]] = [heap[(at - 1) >> 1], heap[at]];
      }
    } else if (before(i, heap[0])) {
      heap[0] = i;
      sift(0);
    }
  }
  const picked = heap.sort((a, b) => (before(a, b) ? -1 : 1));
  return picked.map((i) => ({
    point: i,
    lon: demand.lon[i],
    lat: demand.lat[i],
    weight: weight[i],
    group: demand.group[i],
    gemeinde: demand.gemeinde[i],
    rural: demand.rural[i] === 1,
    meters: Number.isFinite(meters[i]) ? meters[i] : null,
    facility: nearest.index[i],
  }));
}
