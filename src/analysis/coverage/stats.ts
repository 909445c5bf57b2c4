export interface ThresholdShare {
  km: number;
  coveredWeight: number;
  /** coveredWeight + uncoveredWeight === totalWeight exactly (weights.ts). */
  uncoveredWeight: number;
  /** coveredWeight ÷ totalWeight; null when the total weight is 0. */
  share: number | null;
}

/**
 * Distance figures of a set of demand points. No number is NaN or Infinity: null stands for
 * "not defined" — meanMeters when the total weight is 0 or there is no facility at all,
 * maxMeters when no point has weight > 0 or there is no facility at all.
 */
export interface DistanceStats {
  demandPoints: number;
  totalWeight: number;
  /** Weighted mean of the distance to the nearest facility, over the points that reach one. */
  meanMeters: number | null;
  /** Largest such distance among points with weight > 0 that reach one. */
  maxMeters: number | null;
  /**
   * Weight of the points that reach no facility (Infinity): 0 in a straight-line run with
   * facilities; in a run by travel time, the people without a road or route to any centre.
   */
  unreachableWeight: number;
  thresholds: ThresholdShare[];
}

/** Sums per bucket (e.g. Kreis × rural/urban) from which DistanceStats of any union of buckets follow. */
export interface Buckets {
  limitsMeters: number[];
  points: Float64Array;
  weight: Float64Array;
  weighted: Float64Array;
  /** Weight of the points with a finite distance (the mean's divisor). */
  reached: Float64Array;
  max: Float64Array;
  /** Per bucket and threshold (threshold innermost). */
  covered: Float64Array;
  uncovered: Float64Array;
}

export function createBuckets(count: number, limitsMeters: number[]): Buckets {
  const t = limitsMeters.length;
  const f = (k: number) => new Float64Array(count * k);
  return { limitsMeters, points: f(1), weight: f(1), weighted: f(1), reached: f(1), max: f(1).fill(-Infinity), covered: f(t), uncovered: f(t) };
}

/** Adds one demand point: weight w (exact, see weights.ts) at distance m (Infinity: no facility). */
export function addPoint(acc: Buckets, b: number, w: number, m: number): void {
  const lims = acc.limitsMeters;
  const T = lims.length;
  acc.points[b]++;
  acc.weight[b] += w;
  if (Number.isFinite(m)) {
    if (w > 0 && m > acc.max[b]) acc.max[b] = m;
    acc.weighted[b] += w * m;
    acc.reached[b] += w;
  }
  for (let t = 0; t < T; t++) {
    if (m <= lims[t]) acc.covered[b * T + t] += w;
    else acc.uncovered[b * T + t] += w;
  }
}

/** Figures of a union of buckets; `reachable` is false when there is no facility at all. */
export function statsOf(acc: Buckets, buckets: readonly number[], thresholdsKm: readonly number[], reachable: boolean): DistanceStats {
  const T = thresholdsKm.length;
  let points = 0;
  let total = 0;
  let weighted = 0;
  let reached = 0;
  let max = -Infinity;
  const covered = new Float64Array(T);
  const uncovered = new Float64Array(T);
  for (const b of buckets) {
    points += acc.points[b];
    total += acc.weight[b];
    weighted += acc.weighted[b];
    reached += acc.reached[b];
    max = Math.max(max, acc.max[b]);
    for (let t = 0; t < T; t++) {
      covered[t] += acc.covered[b * T + t];
      uncovered[t] += acc.uncovered[b * T + t];
    }
  }
  return {
    demandPoints: points,
    totalWeight: total,
    meanMeters: reachable && reached > 0 ? weighted / reached : null,
    maxMeters: reachable && max > -Infinity ? max : null,
    unreachableWeight: reachable ? Math.max(0, total - reached) : total,
    thresholds: thresholdsKm.map((km, t) => ({ km, coveredWeight: covered[t], uncoveredWeight: uncovered[t], share: total > 0 ? covered[t] / total : null })),
  };
}
