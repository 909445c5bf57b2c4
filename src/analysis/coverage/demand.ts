/** A demand point: people (weight) living at a place, e.g. a grid cell or a Gemeinde's centre. */
export interface DemandPoint {
  lon: number;
  lat: number;
  /** People (or children, families) at this point; finite and ≥ 0. */
  weight: number;
  /** Kreis key (AGS, 5 digits). */
  group: string;
  /** Gemeinde key (AGS, 8 digits). */
  gemeinde: string;
  rural: boolean;
}

/** Demand points as columns (typed arrays where numbers), one entry per point. */
export interface DemandColumns {
  lon: Float64Array;
  lat: Float64Array;
  weight: Float64Array;
  group: readonly string[];
  gemeinde: readonly string[];
  /** 1 for rural, 0 for urban. */
  rural: Uint8Array;
}

/** A facility (or site) with an optional group: the Kreis it belongs to. */
export interface Facility {
  lon: number;
  lat: number;
  group?: string;
}

export function toDemandColumns(points: readonly DemandPoint[]): DemandColumns {
  const n = points.length;
  const cols: DemandColumns = {
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    weight: new Float64Array(n),
    group: points.map((p) => p.group),
    gemeinde: points.map((p) => p.gemeinde),
    rural: new Uint8Array(n),
  };
  points.forEach((p, i) => {
    cols.lon[i] = p.lon;
    cols.lat[i] = p.lat;
    cols.weight[i] = p.weight;
    cols.rural[i] = p.rural ? 1 : 0;
  });
  return cols;
}

/** Throws when the columns differ in length or a point has no valid lon/lat. */
export function checkDemand(d: DemandColumns): number {
  const n = d.lon.length;
  if ([d.lat, d.weight, d.group, d.gemeinde, d.rural].some((c) => c.length !== n)) throw new RangeError('demand columns differ in length');
  for (let i = 0; i < n; i++) {
    if (!(Math.abs(d.lon[i]) <= 180 && Math.abs(d.lat[i]) <= 90)) throw new RangeError(`demand point ${i} has no valid lon/lat`);
  }
  return n;
}
