/**
 * Suggestions for new centres by travel time: the greedy maximal covering of suggest.ts, where
 * a candidate reaches the people whose time to it (over the roads, or by bus and train) is
 * within the limit. Each candidate's reach costs one search, so the lazy greedy asks for it
 * only when the candidate could still win, bounded by the straight line the fastest speed
 * allows. Pure; the coverage worker gives the searches.
 */
import type { DemandColumns } from './demand';
import { lazyGreedyMclp } from './lazyMclp';
import { createPointIndex, withinMeters } from './pointIndex';
import { focusWeights, type Candidate, type Suggestion } from './suggest';

export interface TimeCovering {
  /** Time limit in minutes. */
  limitMin: number;
  /** Per demand point, the time to the nearest existing centre in thousandths of a minute (Infinity: none). */
  existing: ArrayLike<number>;
  /** Per demand point, the time to one site in thousandths of a minute (Infinity beyond the limit); needed only at the points `only`. */
  timesFrom: (site: { lon: number; lat: number }, only: ArrayLike<number>) => ArrayLike<number>;
  /**
   * The fastest speed of the mode anywhere (km/h): nothing farther than limit × speed by the
   * straight line can be reached. null when there is no such bound (bus and train).
   */
  fastestKmh: number | null;
  onReach?: (done: number, of: number) => void;
}

/** A little slack for rounded coordinates in the straight-line bound. */
const BOUND_SLACK_M = 50;

export function suggestSitesByTime(demand: DemandColumns, candidates: readonly Candidate[], options: TimeCovering & { k: number; focus: string | null }): Suggestion & { evaluated: number } {
  const { focus, limitMin } = options;
  if (!(limitMin > 0 && limitMin < Infinity)) throw new RangeError(`limit must be a positive number of minutes: ${limitMin}`);
  const inside = focus === null ? [...candidates] : candidates.filter((c) => c.group === focus);
  const weight = focusWeights(demand.weight, demand.group, focus);
  const limit = limitMin * 1000;
  // Only the points with people count: the reach lists hold just those.
  const counted: number[] = [];
  for (let i = 0; i < weight.length; i++) if (weight[i] > 0) counted.push(i);
  const covered = new Uint8Array(weight.length);
  for (let i = 0; i < weight.length; i++) if (options.existing[i] <= limit) covered[i] = 1;
  let bound: ((c: number) => ArrayLike<number>) | null = null;
  if (options.fastestKmh !== null && counted.length > 0) {
    const index = createPointIndex(counted.map((i) => demand.lon[i]), counted.map((i) => demand.lat[i]));
    const meters = (limitMin / 60) * options.fastestKmh * 1000 + BOUND_SLACK_M;
    const buffer = new Uint32Array(counted.length);
    bound = (c) => {
      const n = withinMeters(index, inside[c].lon, inside[c].lat, meters, buffer);
      return Array.from(buffer.subarray(0, n), (k) => counted[k]);
    };
  }
  const r = lazyGreedyMclp({
    candidateCount: inside.length,
    weight,
    covered,
    bound,
    reach: (c) => {
      const only = bound ? bound(c) : counted;
      const times = options.timesFrom(inside[c], only);
      return Array.prototype.filter.call(only, (i: number) => times[i] <= limit) as number[];
    },
    k: options.k,
    onReach: options.onReach && ((done) => options.onReach?.(done, inside.length)),
  });
  return { picks: r.picks.map((p) => ({ ...p, ...inside[p.candidate] })), candidates: inside.length, totalWeight: r.totalWeight, existingCoveredWeight: r.existingCoveredWeight, evaluated: r.evaluated };
}
