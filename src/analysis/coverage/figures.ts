import { thresholdMeters } from './classes';
import { checkDemand, toDemandColumns, type DemandColumns, type DemandPoint, type Facility } from './demand';
import { createNearestIndex, nearestAll } from './nearest';
import { addPoint, createBuckets, statsOf, type DistanceStats } from './stats';
import { underservedPoints, type UnderservedPoint } from './underserved';
import { exactWeights } from './weights';

export type { DistanceStats, ThresholdShare } from './stats';

export const DEFAULT_THRESHOLDS_KM: readonly number[] = [5, 10, 15, 20];
export const DEFAULT_MAIN_KM = 10;

export interface CoverageOptions {
  /** Thresholds in km (default 5, 10, 15, 20); a point is covered when its distance is ≤ the threshold. */
  thresholdsKm?: readonly number[];
  /** The threshold for the list of underserved points (default 10 km). */
  mainKm?: number;
  /** Groups (Kreise) to report even without demand or facilities. */
  groups?: readonly string[];
  /** Key of the whole Land's figures (default "land"). */
  landKey?: string;
  /** Length of the underserved list (default 100). */
  underservedLimit?: number;
  /**
   * The nearest facility of every demand point, when it was found otherwise (over the road
   * network): `meters` then holds that measure (thousandths of a minute, see analysis.ts) and
   * Infinity where none is reached; the thresholds are in the same unit (minutes).
   */
  nearest?: { index: Int32Array; meters: Float64Array };
}

export interface AreaFigures extends DistanceStats {
  key: string;
  /** Facilities in this area (for the Land: all of them). */
  facilities: number;
  /** Facilities per 10,000 of weight (people); null when the total weight is 0 (or too small for a finite figure). */
  facilitiesPer10k: number | null;
  rural: DistanceStats;
  urban: DistanceStats;
}

export interface CoverageFigures {
  thresholdsKm: number[];
  mainKm: number;
  land: AreaFigures;
  /** One entry per group (Kreis), sorted by key. */
  groups: AreaFigures[];
  /** Points beyond mainKm, most people first (underserved.ts). */
  underserved: UnderservedPoint[];
  /** Nearest facility of every demand point (index -1 and Infinity metres when there is none). */
  nearest: { index: Int32Array; meters: Float64Array };
}

const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);

const checkKm = (km: number) => {
  if (!(km > 0 && km < Infinity)) throw new RangeError(`threshold must be a positive number of km: ${km}`);
  return km;
};

/**
 * Coverage figures for the Land and each group (Kreis), split by rural and urban demand.
 * Distances are straight-line (haversine) to the nearest facility; weights are made exact
 * first (weights.ts), so covered + uncovered equals the total in every row.
 */
export function coverageFigures(
  demand: DemandColumns | readonly DemandPoint[],
  facilities: readonly Facility[],
  options: CoverageOptions = {},
): CoverageFigures {
  const d: DemandColumns = Array.isArray(demand) ? toDemandColumns(demand) : (demand as DemandColumns);
  const n = checkDemand(d);
  const thresholdsKm = [...new Set((options.thresholdsKm ?? DEFAULT_THRESHOLDS_KM).map(checkKm))].sort((a, b) => a - b);
  const mainKm = checkKm(options.mainKm ?? DEFAULT_MAIN_KM);
  const weight = exactWeights(d.weight);
  const nearest = options.nearest ?? nearestAll(createNearestIndex(facilities), d.lon, d.lat);
  if (nearest.meters.length !== n || nearest.index.length !== n) throw new RangeError('nearest must have one entry per demand point');
  const facilityGroups = facilities.flatMap((f) => (f.group === undefined ? [] : [f.group]));
  const keys = [...new Set([...d.group, ...(options.groups ?? []), ...facilityGroups])].sort();
  const slot = new Map(keys.map((k, g) => [k, g]));

  // Buckets: group × (urban 0 | rural 1).
  const acc = createBuckets(keys.length * 2, thresholdsKm.map(thresholdMeters));
  for (let i = 0; i < n; i++) addPoint(acc, slot.get(d.group[i])! * 2 + (d.rural[i] ? 1 : 0), weight[i], nearest.meters[i]);

  const reachable = facilities.length > 0;
  const area = (key: string, buckets: number[], facilityCount: number): AreaFigures => {
    const all = statsOf(acc, buckets, thresholdsKm, reachable);
    return {
      key,
      ...all,
      facilities: facilityCount,
      facilitiesPer10k: finiteOrNull((facilityCount / all.totalWeight) * 10_000),
      rural: statsOf(acc, buckets.filter((b) => b % 2 === 1), thresholdsKm, reachable),
      urban: statsOf(acc, buckets.filter((b) => b % 2 === 0), thresholdsKm, reachable),
    };
  };
  const perGroup = new Array<number>(keys.length).fill(0);
  for (const g of facilityGroups) perGroup[slot.get(g)!]++;
  return {
    thresholdsKm,
    mainKm,
    land: area(options.landKey ?? 'land', Array.from({ length: keys.length * 2 }, (_, b) => b), facilities.length),
    groups: keys.map((key, g) => area(key, [2 * g, 2 * g + 1], perGroup[g])),
    underserved: underservedPoints(d, nearest, mainKm, options.underservedLimit ?? 100),
    nearest,
  };
}
