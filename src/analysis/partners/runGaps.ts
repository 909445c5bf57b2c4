/**
 * One network-gap run as the app needs it: the centres' key kinds, the cells' missing kinds,
 * the people per Kreis whose nearest centre lacks each kind, and the ranked list. Pure; the
 * coverage worker holds the census cells and calls it.
 */
import { centreGaps, type CentreGap, type GapInstitution, type GapPartnership } from './networkGaps';
import { kreisGapRows, networkGapCells, rankCentres, type KreisGapRow, type RankedCentre } from './gapCells';

export interface GapRequest {
  institutions: readonly GapInstitution[];
  partnerships: readonly GapPartnership[];
  /** The centres (institutions of the coverage's categories, e.g. ThEKiZ). */
  centreIds: readonly string[];
  kinds: readonly string[];
  radiusKm: number;
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
  radiusKm: number;
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

export function runNetworkGaps(cells: GapCells, req: GapRequest, kreisKeys: readonly string[]): GapResult {
  const n = cells.lon.length;
  const centres = centreGaps(req.institutions, req.partnerships, req.centreIds, req.kinds, req.radiusKm);
  const { nearest, missing, served } = networkGapCells(cells.lon, cells.lat, cells.weight, centres);
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
    radiusKm: req.radiusKm,
    centres: centres.map((c, i) => ({ ...c, served: served[i] })),
    cellMissing,
    cellsPerMissing,
    land: rows.land,
    kreise: rows.kreise,
    ranked: rankCentres(centres.map((c) => c.missing), served),
  };
}
