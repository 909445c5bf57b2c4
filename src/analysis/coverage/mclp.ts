import { thresholdMeters } from './classes';
import type { Site } from './nearest';
import { createPointIndex, withinMeters, type PointIndex } from './pointIndex';
import { exactWeights } from './weights';

/** Demand for the covering problem: points with weights (people). */
export interface WeightedPoints {
  lon: Float64Array;
  lat: Float64Array;
  weight: ArrayLike<number>;
}

export interface MclpOptions {
  /** Coverage radius in km (straight line, ≤ as everywhere in coverage/). */
  radiusKm: number;
  /** Sites to pick, 1–20. */
  k: number;
  /** Facilities that exist already: the demand they cover counts as covered from the start. */
  existing?: readonly Site[];
}

export interface MclpPick {
  /** Index into the candidate list. */
  candidate: number;
  /** Weight newly covered by this pick (its marginal gain). */
  gain: number;
  /** Weight covered after this pick, existing facilities included. */
  coveredWeight: number;
  /** coveredWeight ÷ total weight; null when the total weight is 0. */
  share: number | null;
}

export interface MclpResult {
  picks: MclpPick[];
  totalWeight: number;
  /** Weight covered by the existing facilities alone. */
  existingCoveredWeight: number;
}

/** For every site, the demand points within `meters` (haversine, exact), as compressed lists. */
export function coverageLists(sites: readonly Site[], demand: PointIndex, meters: number): { offsets: Int32Array; items: Int32Array } {
  const buffer = new Uint32Array(demand.size);
  const offsets = new Int32Array(sites.length + 1);
  let items = new Int32Array(Math.max(16, sites.length * 8));
  for (let s = 0; s < sites.length; s++) {
    const { lon, lat } = sites[s];
    if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) throw new RangeError(`site ${s} has no valid lon/lat`);
    const count = withinMeters(demand, lon, lat, meters, buffer);
    const at = offsets[s];
    if (at + count > items.length) {
      const grown = new Int32Array(Math.max(2 * items.length, at + count));
      grown.set(items);
      items = grown;
    }
    items.set(buffer.subarray(0, count), at);
    offsets[s + 1] = at + count;
  }
  return { offsets, items: items.slice(0, offsets[sites.length]) };
}

/**
 * Greedy maximal covering location: picks up to k candidate sites one at a time, each time the
 * one covering the most weight not yet covered (ties: the lowest candidate index). Stops early
 * when no candidate adds anything. Weights are made exact first (weights.ts), so gains are exact.
 * Greedy covers at least (1 − 1/e) of the best possible k-site coverage gain.
 */
export function greedyMclp(candidates: readonly Site[], demand: WeightedPoints, options: MclpOptions): MclpResult {
  const { radiusKm, k } = options;
  if (!(radiusKm > 0 && radiusKm < Infinity)) throw new RangeError(`radius must be a positive number of km: ${radiusKm}`);
  if (!(Number.isInteger(k) && k >= 1 && k <= 20)) throw new RangeError(`k must be an integer from 1 to 20: ${k}`);
  const weight = exactWeights(demand.weight);
  if (weight.length !== demand.lon.length) throw new RangeError('weights and points differ in length');
  const index = createPointIndex(demand.lon, demand.lat);
  const meters = thresholdMeters(radiusKm);
  const covered = new Uint8Array(index.size);
  let total = 0;
  for (let j = 0; j < weight.length; j++) total += weight[j];

  let coveredWeight = 0;
  const mark = (lists: { offsets: Int32Array; items: Int32Array }, s: number) => {
    for (let p = lists.offsets[s]; p < lists.offsets[s + 1]; p++) {
      const j = lists.items[p];
      if (covered[j] === 0) {
        covered[j] = 1;
        coveredWeight += weight[j];
      }
    }
  };
  const existing = options.existing ?? [];
  const existingLists = coverageLists(existing, index, meters);
  for (let s = 0; s < existing.length; s++) mark(existingLists, s);
  const existingCoveredWeight = coveredWeight;

  const lists = coverageLists(candidates, index, meters);
  const { offsets, items } = lists;
  const picked = new Uint8Array(candidates.length);
  const picks: MclpPick[] = [];
  while (picks.length < k) {
    let best = -1;
    let bestGain = 0;
    for (let c = 0; c < candidates.length; c++) {
      if (picked[c]) continue;
      let gain = 0;
      for (let p = offsets[c]; p < offsets[c + 1]; p++) {
        const j = items[p];
        if (covered[j] === 0) gain += weight[j];
      }
      if (gain > bestGain) [best, bestGain] = [c, gain];
    }
    if (best < 0) break;
    picked[best] = 1;
    mark(lists, best);
    picks.push({ candidate: best, gain: bestGain, coveredWeight, share: total > 0 ? coveredWeight / total : null });
  }
  return { picks, totalWeight: total, existingCoveredWeight };
}
