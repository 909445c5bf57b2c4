/**
 * One network-gap run as the app needs it: the centres' key kinds, the cells' missing kinds,
 * the people per Kreis whose nearest centre lacks each kind, and the ranked list. Pure; the
 * coverage worker holds the census cells and calls it.
 */
import type { TravelBasis } from '../coverage/analysis';
import { centreGaps, type CentreGap, type GapInstitution, type GapMeasure, type GapPartnership } from './networkGaps';
import { kreisGapRows, networkGapCells, rankCentres, type KreisGapRow, type RankedCentre } from './gapCells';

export interface GapRequest {
  institutions: readonly GapInstitution[];
  partnerships: readonly GapPartnership[];
  /** The centres (institutions of the coverage's categories, e.g. ThEKiZ). */
  centreIds: readonly string[];
  kinds: readonly string[];
  /** Straight line: the radius in km. By travel time the worker takes `minutes` instead. */
  radiusKm: number;
}

/**
 * A run by travel time: the limit in minutes, the time from each centre to every institution
 * (GapMeasure, thousandths of a minute), each cell's nearest centre by time (-1: none reached;
 * given the centres in the order of the result) and what the times rest on.
 */
export interface GapTimes {
  minutes: number;
  /** How far each centre's search ran (minutes): beyond it an institution counts as not reached. */
  searchMinutes: number;
  measure: GapMeasure;
  cellNearest: (centres: readonly CentreGap[]) => Int32Array;
  travel: TravelBasis;
}

/** The census cells: positions, Kreis, people and children, and the weight of the target group. */
export interface GapCells {
  lon: Float64Array;
  lat: Float64Array;
  group: readonly string[];
  people: ArrayLike<number>;
  children: ArrayLike<number>;
  /** People of the target group, for "people served". */
  weight: ArrayLike<number>;
}

export interface GapResult {
  kinds: string[];
  /** The radius in the result's unit: km (straight line) or minutes (travel time). */
  radiusKm: number;
  unit: 'km' | 'min';
  /** What the travel times rest on (mode, files, dates); null for the straight line. */
  travel: TravelBasis | null;
  /** By time: how far each centre's search ran (minutes); a partner or candidate at Infinity lies beyond it. */
  searchLimit: number | null;
  centres: (CentreGap & { served: number })[];
  /** Key kinds the nearest centre lacks, per cell (the number of kinds when there is no centre). */
  cellMissing: Int8Array;
  /** Cells per number of missing kinds 0 … kinds, for the legend. */
  cellsPerMissing: number[];
  land: KreisGapRow;
  kreise: KreisGapRow[];
  /** Centres lacking a kind, by people served × kinds missing (indices into centres). */
  ranked: RankedCentre[];
}

/**
 * The network gaps by straight line, or by travel time when `times` is given: then a partner
 * counts within `times.minutes`, and every cell looks at its nearest centre by time (cells that
 * reach none lack every kind, as cells without any centre do).
 */
export function runNetworkGaps(cells: GapCells, req: GapRequest, kreisKeys: readonly string[], times?: GapTimes): GapResult {
  const n = cells.lon.length;
  const radius = times ? times.minutes : req.radiusKm;
  const centres = centreGaps(req.institutions, req.partnerships, req.centreIds, req.kinds, radius, times?.measure);
  const { nearest, missing, served } = networkGapCells(cells.lon, cells.lat, cells.weight, centres, times?.cellNearest(centres));
  const k = req.kinds.length;
  const cellMissing = new Int8Array(n);
  const cellsPerMissing = new Array<number>(k + 1).fill(0);
  for (let i = 0; i < n; i++) {
    const m = missing[i] < 0 ? k : missing[i];
    cellMissing[i] = m;
    cellsPerMissing[m]++;
  }
  const rows = kreisGapRows(cells, nearest, centres.map((c) => c.missingMask), k, kreisKeys);
  return {
    kinds: [...req.kinds],
    radiusKm: radius,
    unit: times ? 'min' : 'km',
    travel: times?.travel ?? null,
    searchLimit: times ? times.searchMinutes : null,
    centres: centres.map((c, i) => ({ ...c, served: served[i] })),
    cellMissing,
    cellsPerMissing,
    land: rows.land,
    kreise: rows.kreise,
    ranked: rankCentres(centres.map((c) => c.missing), served),
  };
}
