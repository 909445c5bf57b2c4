import type { MclpPick, MclpResult } from './mclp';
import { exactWeights } from './weights';

/**
 * The covering problem when each candidate's reach is costly to find (a search over the road
 * network or the timetable per candidate): which points a candidate reaches is asked for only
 * when needed, and at most once.
 */
export interface LazyCovering {
  candidateCount: number;
  /** People per demand point. */
  weight: ArrayLike<number>;
  /** 1 where a point is reached already (by the existing centres). */
  covered: Uint8Array;
  /**
   * A cheap superset of the points candidate c reaches (e.g. those within the straight line the
   * fastest speed allows), or null when there is none: then every candidate's reach is found.
   */
  bound: ((c: number) => ArrayLike<number>) | null;
  /** The points candidate c reaches. */
  reach: (c: number) => ArrayLike<number>;
  /** Sites to pick, 1–20. */
  k: number;
  /** Called after each candidate's reach is found (done, of at most candidateCount). */
  onReach?: (done: number) => void;
}

/**
 * Greedy maximal covering with lazy evaluation ("CELF"): the same picks as greedyMclp would
 * make with the exact reach lists (most new weight first, ties to the lower index, stop when
 * nothing is gained), but a candidate's reach is found only when its upper bound (the bound
 * list's uncovered weight, later its last exact gain; gains only shrink as more is covered)
 * could still beat the best found. `evaluated` says how many reaches were found.
 */
export function lazyGreedyMclp(input: LazyCovering): MclpResult & { evaluated: number } {
  const { candidateCount: n, k } = input;
  if (!(Number.isInteger(k) && k >= 1 && k <= 20)) throw new RangeError(`k must be an integer from 1 to 20: ${k}`);
  const weight = exactWeights(input.weight);
  const covered = Uint8Array.from(input.covered);
  if (covered.length !== weight.length) throw new RangeError('covered and weights differ in length');
  let total = 0;
  let coveredWeight = 0;
  for (let j = 0; j < weight.length; j++) {
    total += weight[j];
    if (covered[j]) coveredWeight += weight[j];
  }
  const existingCoveredWeight = coveredWeight;
  const gainOf = (list: ArrayLike<number>) => {
    let g = 0;
    for (let p = 0; p < list.length; p++) if (covered[list[p]] === 0) g += weight[list[p]];
    return g;
  };
  const lists: (ArrayLike<number> | null)[] = new Array(n).fill(null);
  let evaluated = 0;
  const exact = (c: number) => {
    let list = lists[c];
    if (!list) {
      list = input.reach(c);
      lists[c] = list;
      evaluated++;
      input.onReach?.(evaluated);
    }
    return list;
  };
  // Upper bounds of every candidate's gain, and the round each was last made exact in (-1: never).
  const upper = new Float64Array(n);
  const freshIn = new Int32Array(n).fill(-1);
  for (let c = 0; c < n; c++) upper[c] = gainOf(input.bound ? input.bound(c) : exact(c));
  if (!input.bound) freshIn.fill(0);
  const picked = new Uint8Array(n);
  const picks: MclpPick[] = [];
  for (let round = 0; picks.length < k; round++) {
    let chosen = -1;
    for (;;) {
      let best = -1;
      for (let c = 0; c < n; c++) if (!picked[c] && (best < 0 || upper[c] > upper[best])) best = c;
      if (best < 0 || !(upper[best] > 0)) break;
      if (freshIn[best] === round) {
        chosen = best;
        break;
      }
      upper[best] = gainOf(exact(best));
      freshIn[best] = round;
    }
    if (chosen < 0) break;
    const gain = upper[chosen];
    picked[chosen] = 1;
    const list = exact(chosen);
    for (let p = 0; p < list.length; p++) {
      const j = list[p];
      if (covered[j] === 0) {
        covered[j] = 1;
        coveredWeight += weight[j];
      }
    }
    picks.push({ candidate: chosen, gain, coveredWeight, share: total > 0 ? coveredWeight / total : null });
    // Bounds made exact this round stay valid upper bounds for the next (gains only shrink).
  }
  return { picks, totalWeight: total, existingCoveredWeight, evaluated };
}
