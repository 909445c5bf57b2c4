/** Distance classes for maps and tables: each class holds the distances up to and including maxKm. */
export interface DistanceClass {
  id: string;
  /** Upper bound in km (inclusive); Infinity for the last, open class. */
  maxKm: number;
}

/** ≤ 2.5, ≤ 5, ≤ 10, ≤ 15, ≤ 20, > 20 km (straight line, "Luftlinie"). */
export const DISTANCE_CLASSES: readonly DistanceClass[] = [
  { id: 'upTo2.5', maxKm: 2.5 },
  { id: 'upTo5', maxKm: 5 },
  { id: 'upTo10', maxKm: 10 },
  { id: 'upTo15', maxKm: 15 },
  { id: 'upTo20', maxKm: 20 },
  { id: 'over20', maxKm: Infinity },
];

/**
 * Travel-time classes of a run over the road network or timetable: ≤ 10, 15, 20, 30, 45 and
 * over 45 minutes. `maxKm` holds minutes there (a run by time keeps its minutes where a
 * straight-line run keeps km, see analysis.ts). Cells that reach no centre get the class after
 * the last (UNREACHABLE_CLASS), drawn grey.
 */
export const TIME_CLASSES: readonly DistanceClass[] = [
  { id: 'upTo10', maxKm: 10 },
  { id: 'upTo15', maxKm: 15 },
  { id: 'upTo20', maxKm: 20 },
  { id: 'upTo30', maxKm: 30 },
  { id: 'upTo45', maxKm: 45 },
  { id: 'over45', maxKm: Infinity },
];

/** Class index of a cell that reaches no centre by the chosen mode (no road near, or no route). */
export const UNREACHABLE_CLASS = 6;

/** The classes of a run: km of straight line, or minutes of travel time. */
export const classesFor = (unit: 'km' | 'min'): readonly DistanceClass[] => (unit === 'min' ? TIME_CLASSES : DISTANCE_CLASSES);

/**
 * Allowance for floating-point rounding when a distance is compared with a threshold: a point
 * whose computed distance is the threshold "exactly" (up to a micrometre) counts as within it.
 */
export const THRESHOLD_TOLERANCE_M = 1e-6;

/** The largest distance in metres that counts as "within km" (the ≤ rule everywhere in coverage/). */
export const thresholdMeters = (km: number): number => km * 1000 + THRESHOLD_TOLERANCE_M;

/** True when a distance in metres is within km (≤, see THRESHOLD_TOLERANCE_M). */
export const withinKm = (meters: number, km: number): boolean => meters <= thresholdMeters(km);

/**
 * Index of the class a distance falls in: the first whose maxKm it does not exceed. Infinity
 * (no facility at all) falls in the open last class; NaN and distances beyond a closed last
 * class give -1. Classes must be sorted by maxKm.
 */
export function distanceClass(meters: number, classes: readonly DistanceClass[] = DISTANCE_CLASSES): number {
  for (let c = 0; c < classes.length; c++) if (withinKm(meters, classes[c].maxKm)) return c;
  return -1;
}

/** Class of every distance, and the weight in each class (for a legend or a histogram). */
export function classifyAll(
  meters: Float64Array,
  weights?: ArrayLike<number>,
  classes: readonly DistanceClass[] = DISTANCE_CLASSES,
): { classOf: Int8Array; weightPerClass: Float64Array } {
  if (classes.length > 127) throw new RangeError('at most 127 classes');
  const classOf = new Int8Array(meters.length);
  const weightPerClass = new Float64Array(classes.length);
  for (let i = 0; i < meters.length; i++) {
    const c = distanceClass(meters[i], classes);
    classOf[i] = c;
    if (c >= 0) weightPerClass[c] += weights ? weights[i] : 1;
  }
  return { classOf, weightPerClass };
}
