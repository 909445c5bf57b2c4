/**
 * A statistics table per Gemeinde (e.g. children under 6 from the Landesamt) as demand on the
 * census grid: old keys (2016, 2022) are translated to today's Gemeinden, values of several old
 * Gemeinden of one new Gemeinde are added, and each Gemeinde's value is spread over its cells
 * in proportion to a census class. Pure.
 */
import { agsOfKey } from '../coverage/demandBuild';
import type { GridDemand } from './gridDemand';

export interface SpreadReport {
  /** People (or whatever the table counts) per demand point of the grid demand. */
  weight: Float64Array;
  /** Keys that name no Gemeinde, not even through the translation, as given. */
  unmatched: string[];
  /** Old keys translated to today's, as [given, today's]. */
  translated: [string, string][];
  /** Keys given more than once (the first row counts). */
  duplicates: string[];
  /** Today's Gemeinden without any row. */
  missing: string[];
  /** Keys whose value is not a finite number ≥ 0. */
  invalid: string[];
  /** Gemeinden with a value but no demand point to carry it (their value is lost; should not happen). */
  unplaced: string[];
  /** Sum of the values placed. */
  total: number;
}

/**
 * Spreads the table over the grid demand `d`. `keyMap` translates old keys to today's;
 * `proportionalTo` is the census class whose shape the values follow (falling back to all
 * inhabitants where that class has nobody in a Gemeinde).
 */
export function spreadStatistics(
  table: readonly { ags: string; value: number }[],
  d: GridDemand,
  proportionalTo: Float64Array,
  keyMap: Readonly<Record<string, string>>,
  known: readonly string[],
): SpreadReport {
  const knownSet = new Set(known);
  const values = new Map<string, number>();
  const seen = new Set<string>();
  const [unmatched, duplicates, invalid] = [new Set<string>(), new Set<string>(), new Set<string>()];
  const translated: [string, string][] = [];
  for (const row of table) {
    const given = agsOfKey(row.ags);
    const today = given === null ? null : knownSet.has(given) ? given : keyMap[given] ?? null;
    if (given === null || today === null) {
      unmatched.add(row.ags.trim());
      continue;
    }
    if (seen.has(given)) {
      duplicates.add(given);
      continue;
    }
    seen.add(given);
    if (!(row.value >= 0 && row.value < Infinity)) {
      invalid.add(given);
      continue;
    }
    if (today !== given) translated.push([given, today]);
    values.set(today, (values.get(today) ?? 0) + row.value);
  }
  const members = new Map<string, number[]>();
  d.gemeinde.forEach((g, i) => (members.get(g) ?? members.set(g, []).get(g)!).push(i));
  const weight = new Float64Array(d.gemeinde.length);
  const unplaced: string[] = [];
  let total = 0;
  for (const [g, value] of values) {
    const idx = members.get(g) ?? [];
    const by = idx.some((i) => proportionalTo[i] > 0) ? proportionalTo : d.weights.total;
    const sum = idx.reduce((s, i) => s + by[i], 0);
    if (idx.length === 0 || sum === 0) {
      unplaced.push(g);
      continue;
    }
    for (const i of idx) weight[i] = (value * by[i]) / sum;
    total += value;
  }
  const missing = known.filter((g) => !values.has(g) && ![...invalid].some((k) => (knownSet.has(k) ? k : keyMap[k]) === g));
  return { weight, unmatched: [...unmatched], translated, duplicates: [...duplicates], missing, invalid: [...invalid], unplaced, total };
}
