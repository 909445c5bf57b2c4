/**
 * Cells of the census 1 km grid and their scaling to the official Gemeinde populations.
 * Pure: the data script reads the files and calls these; the tests run them on small grids.
 */

/** One populated cell: lower-left corner in EPSG:3035 metres, centre as lon/lat, people. */
export interface CensusCell {
  x: number;
  y: number;
  lon: number;
  lat: number;
  total: number;
  under15: number;
  over65: number;
}

/** The counted groups, in the order the demand file stores them. */
export const TARGET_GROUPS = ['total', 'under15', 'over65'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/**
 * The 8-digit AGS of a 12-digit regional key (ARS: Land 2, Regierungsbezirk 1, Kreis 2,
 * Gemeindeverband 4, Gemeinde 3 digits): ARS 160510000000 → AGS 16051000; null for anything else.
 */
export function agsOfArs(ars: string): string | null {
  return /^\d{12}$/.test(ars) ? ars.slice(0, 5) + ars.slice(9) : null;
}

/**
 * Whole numbers proportional to `exact` that add up to `target` (largest remainder; ties by
 * position). Throws when target is not a whole number ≥ 0. With all weights 0 the first
 * entry takes everything (callers avoid that case).
 */
export function largestRemainder(exact: readonly number[], target: number): number[] {
  if (!Number.isInteger(target) || target < 0) throw new RangeError(`target must be a whole number ≥ 0: ${target}`);
  const sum = exact.reduce((s, v) => s + v, 0);
  if (exact.length === 0) {
    if (target !== 0) throw new RangeError('no entries to carry the target');
    return [];
  }
  const share = sum > 0 ? exact.map((v) => (v * target) / sum) : exact.map((_, i) => (i === 0 ? target : 0));
  const whole = share.map(Math.floor);
  let rest = target - whole.reduce((s, v) => s + v, 0);
  const order = share.map((v, i) => [v - whole[i], i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) whole[order[k][1]]++;
  return whole;
}

/** People per cell for each group after scaling, and the Gemeinden that have no cell. */
export interface ScaledCells {
  /** Per group, one whole number per cell (same order as the input). */
  people: Record<TargetGroup, number[]>;
  /** Keys of Gemeinden with an official population but no cell with people assigned to them. */
  withoutCells: string[];
  /** Keys of cells' Gemeinden that have no official population (their cells get 0). */
  unknown: string[];
}

/**
 * Scales the cells of each Gemeinde so that their totals add up exactly to its official
 * population; each age class is scaled by the same factor as the total (the census classes
 * do not add up exactly to the total: they are perturbed for secrecy), then rounded so that
 * its Gemeinde sum is the rounded scaled sum. `gemeindeOf[i]` is cell i's Gemeinde key (null:
 * outside the area; such cells get 0). Nobody is lost: each Gemeinde's people either sit in its
 * cells or it is listed in `withoutCells`.
 */
export function scaleCells(cells: readonly CensusCell[], gemeindeOf: readonly (string | null)[], official: ReadonlyMap<string, number>): ScaledCells {
  if (gemeindeOf.length !== cells.length) throw new RangeError('one Gemeinde per cell expected');
  const members = new Map<string, number[]>();
  gemeindeOf.forEach((g, i) => {
    if (g !== null) (members.get(g) ?? members.set(g, []).get(g)!).push(i);
  });
  const people = { total: cells.map(() => 0), under15: cells.map(() => 0), over65: cells.map(() => 0) };
  const unknown: string[] = [];
  for (const [g, idx] of members) {
    const target = official.get(g);
    if (target === undefined) {
      unknown.push(g);
      continue;
    }
    const totals = idx.map((i) => Math.max(0, cells[i].total));
    const gridSum = totals.reduce((s, v) => s + v, 0);
    if (gridSum === 0) continue;
    const factor = target / gridSum;
    largestRemainder(totals, target).forEach((v, k) => (people.total[idx[k]] = v));
    for (const group of ['under15', 'over65'] as const) {
      const values = idx.map((i) => Math.max(0, cells[i][group]) * factor);
      const sum = Math.round(values.reduce((s, v) => s + v, 0));
      largestRemainder(values, sum).forEach((v, k) => (people[group][idx[k]] = v));
    }
  }
  const withCells = new Set([...members].filter(([g, idx]) => official.has(g) && idx.some((i) => cells[i].total > 0)).map(([g]) => g));
  const withoutCells = [...official.keys()].filter((g) => !withCells.has(g) && (official.get(g) ?? 0) > 0);
  return { people, withoutCells, unknown: unknown.sort() };
}
