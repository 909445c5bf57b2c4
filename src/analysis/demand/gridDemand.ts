/**
 * The demand on the census 1 km grid as the app uses it: read from the generated bedarf.json
 * (data/scripts/thuringia.ts), one weight column per target group, cells named by their
 * Gemeinde and nearest place. Pure.
 */
import { censusGrid, type Grid } from '../coverage/grid';
import type { DemandColumns } from '../coverage/demand';
import type { TargetGroup } from './cells';

/** bedarf.json: columns per cell, plus points for Gemeinden without a cell centre. */
export interface DemandFile {
  metadata?: Record<string, string>;
  /** 2024 Gemeinde keys; cells refer to them by index. */
  gemeinden: string[];
  /** Names of places; cells refer to them by index (-1: none within 2.5 km in the Gemeinde). */
  orte: string[];
  x: number[];
  y: number[];
  g: number[];
  ort: number[];
  einwohner: number[];
  unter15: number[];
  ab65: number[];
  punkte: { lon: number; lat: number; g: number; name: string; einwohner: number; unter15: number; ab65: number }[];
}

export interface GridDemand {
  /** The populated cells (the grid the map draws). */
  grid: Grid;
  /** Demand points: the cells first (same order as the grid), then the extra points. */
  lon: Float64Array;
  lat: Float64Array;
  gemeinde: string[];
  /** People per demand point for each target group. */
  weights: Record<TargetGroup, Float64Array>;
  /** Name of each demand point: "Place (Gemeinde)", or the Gemeinde's name. */
  names: string[];
}

const COLUMN: Record<TargetGroup, 'einwohner' | 'unter15' | 'ab65'> = { total: 'einwohner', under15: 'unter15', over65: 'ab65' };

/** Checks the file's shape (all columns as long as x), or throws naming what is wrong. */
export function checkDemandFile(f: DemandFile): number {
  const n = f.x?.length ?? 0;
  for (const k of ['y', 'g', 'ort', 'einwohner', 'unter15', 'ab65'] as const) {
    if (!Array.isArray(f[k]) || f[k].length !== n) throw new Error(`Bedarfsdatei: Spalte ${k} fehlt oder hat die falsche Länge`);
  }
  if (!Array.isArray(f.gemeinden) || !Array.isArray(f.punkte)) throw new Error('Bedarfsdatei: Gemeinden oder Punkte fehlen');
  return n;
}

/** The demand of a bedarf.json, with Gemeinde names (by key) for naming the cells. */
export function gridDemand(f: DemandFile, gemeindeNames: ReadonlyMap<string, string>): GridDemand {
  const n = checkDemandFile(f);
  const total = n + f.punkte.length;
  const lon = new Float64Array(total);
  const lat = new Float64Array(total);
  const weights = { total: new Float64Array(total), under15: new Float64Array(total), over65: new Float64Array(total) };
  const gemeinde: string[] = [];
  const names: string[] = [];
  const grid = censusGrid(f.x, f.y);
  const label = (g: string, place: string | undefined) => {
    const own = gemeindeNames.get(g) ?? g;
    // "Bad Frankenhausen" in "Bad Frankenhausen/Kyffhäuser" says nothing more than the Gemeinde.
    return place && !own.startsWith(place) ? `${place} (${own})` : own;
  };
  for (let i = 0; i < n; i++) {
    lon[i] = grid.lon[i];
    lat[i] = grid.lat[i];
    const g = f.gemeinden[f.g[i]];
    gemeinde.push(g);
    names.push(label(g, f.ort[i] >= 0 ? f.orte[f.ort[i]] : undefined));
    for (const t of ['total', 'under15', 'over65'] as const) weights[t][i] = f[COLUMN[t]][i];
  }
  f.punkte.forEach((p, k) => {
    const i = n + k;
    [lon[i], lat[i]] = [p.lon, p.lat];
    const g = f.gemeinden[p.g];
    gemeinde.push(g);
    names.push(label(g, p.name));
    for (const t of ['total', 'under15', 'over65'] as const) weights[t][i] = p[COLUMN[t]];
  });
  return { grid, lon, lat, gemeinde, weights, names };
}

/** Demand columns for the coverage engine: the given weights, Kreis = first 5 digits, rural by Gemeinde. */
export function demandColumns(d: GridDemand, weight: Float64Array, isRural: (gemeinde: string) => boolean): DemandColumns {
  const rural = new Uint8Array(d.gemeinde.length);
  const rurality = new Map<string, boolean>();
  d.gemeinde.forEach((g, i) => {
    let r = rurality.get(g);
    if (r === undefined) rurality.set(g, (r = isRural(g)));
    rural[i] = r ? 1 : 0;
  });
  return { lon: d.lon, lat: d.lat, weight, group: d.gemeinde.map((g) => g.slice(0, 5)), gemeinde: d.gemeinde, rural };
}
