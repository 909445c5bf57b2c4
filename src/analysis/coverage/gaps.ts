import type { FeatureCollection, MultiLineString, Polygon, Position } from 'geojson';
import { withinKm } from './classes';
import { cellRing, frameToLonLat, type Grid } from './grid';

/** 1 for each cell farther than km from the nearest facility (also Infinity: no facility, and NaN), else 0. */
export function gapCells(meters: ArrayLike<number>, km: number): Uint8Array {
  const out = new Uint8Array(meters.length);
  for (let i = 0; i < meters.length; i++) out[i] = withinKm(meters[i], km) ? 0 : 1;
  return out;
}

/** Steps east, north, west, south on the lattice of cell corners. */
const STEP: readonly (readonly [number, number])[] = [[1, 0], [0, 1], [-1, 0], [0, -1]];

/**
 * The outline of the gap cells as closed rings on the lattice of cell corners: corner [a, b]
 * lies at (a·cellKm, b·cellKm) in the grid's frame, cell k spans [i, i+1] × [j, j+1] with
 * i = x/cellKm − ½, j = y/cellKm − ½. Every side of a gap cell whose neighbour is no gap cell
 * (or no cell of the grid) is part of exactly one ring. Rings run with the gap on their left
 * (outlines counter-clockwise, holes clockwise), keep only the corners where they turn, and
 * repeat their first corner at the end. Where two gap cells touch only at a corner, the rings
 * turn left there, so the cells get separate rings.
 */
export function gapRings(grid: Grid, gap: ArrayLike<number | boolean>): [number, number][][] {
  const cells: [number, number][] = [];
  for (let k = 0; k < grid.count; k++) {
    if (gap[k]) cells.push([Math.round(grid.x[k] / grid.cellKm - 0.5), Math.round(grid.y[k] / grid.cellKm - 0.5)]);
  }
  if (cells.length === 0) return [];
  // Lattice box of the gap cells with a margin of one: cells at [i0, i0+w) × [j0, j0+h).
  let [i0, j0, i1, j1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [i, j] of cells) [i0, j0, i1, j1] = [Math.min(i0, i - 1), Math.min(j0, j - 1), Math.max(i1, i + 1), Math.max(j1, j + 1)];
  const [w, h] = [i1 - i0 + 1, j1 - j0 + 1];
  const isGap = new Uint8Array(w * h);
  for (const [i, j] of cells) isGap[(i - i0) + (j - j0) * w] = 1;
  const gapAt = (i: number, j: number) => i >= i0 && j >= j0 && i < i0 + w && j < j0 + h && isGap[(i - i0) + (j - j0) * w] === 1;

  // Directed unit sides, 4 per corner (one per direction); corner [a, b] has index (a−i0) + (b−j0)·(w+1).
  const vw = w + 1;
  const side = new Uint8Array(vw * (h + 1) * 4);
  const mark = (a: number, b: number, dir: number) => (side[((a - i0) + (b - j0) * vw) * 4 + dir] = 1);
  for (const [i, j] of cells) {
    if (!gapAt(i, j - 1)) mark(i, j, 0);
    if (!gapAt(i + 1, j)) mark(i + 1, j, 1);
    if (!gapAt(i, j + 1)) mark(i + 1, j + 1, 2);
    if (!gapAt(i - 1, j)) mark(i, j + 1, 3);
  }

  const rings: [number, number][][] = [];
  for (let s = 0; s < side.length; s++) {
    if (!side[s]) continue;
    const start = s >> 2;
    const steps: [number, number, number][] = []; // corner a, b and the direction leaving it
    let [v, dir] = [start, s & 3];
    for (;;) {
      side[v * 4 + dir] = 0;
      const [a, b] = [(v % vw) + i0, Math.floor(v / vw) + j0];
      steps.push([a, b, dir]);
      v = (a + STEP[dir][0] - i0) + (b + STEP[dir][1] - j0) * vw;
      if (v === start) break;
      // Left turn first, then straight on, then right; every corner has as many sides in as out.
      const next = [(dir + 1) % 4, dir, (dir + 3) % 4].find((d) => side[v * 4 + d]);
      if (next === undefined) break;
      dir = next;
    }
    const ring = steps.filter((st, k) => st[2] !== steps[(k + steps.length - 1) % steps.length][2]).map(([a, b]): [number, number] => [a, b]);
    ring.push(ring[0]);
    rings.push(ring);
  }
  return rings;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * The outline of the gap areas (cells with `gap` set, see gapCells) as a GeoJSON MultiLineString
 * in lon/lat, one closed line per ring of gapRings; coordinates rounded to 6 decimals (≈ 0.1 m).
 * No gap gives an empty MultiLineString.
 */
export function gapOutline(grid: Grid, gap: ArrayLike<number | boolean>): MultiLineString {
  const toLonLat = ([a, b]: [number, number]): Position => frameToLonLat(grid.projection, a * grid.cellKm, b * grid.cellKm).map((v) => round(v, 6));
  return { type: 'MultiLineString', coordinates: gapRings(grid, gap).map((ring) => ring.map(toLonLat)) };
}

/**
 * Every cell as a polygon feature with its class index `{ c }` (e.g. from classifyAll), for a
 * map layer; cells with a negative class (unclassified) are left out. Coordinates are rounded
 * to 5 decimals (≈ 1 m) to keep the collection small.
 */
export function gridClassesGeoJson(grid: Grid, classOf: ArrayLike<number>, options: { mergeAbove?: number } = {}): FeatureCollection<Polygon, { c: number }> {
  if (grid.count > (options.mergeAbove ?? MERGE_ABOVE)) return gridRunsGeoJson(grid, classOf);
  const features: FeatureCollection<Polygon, { c: number }>['features'] = [];
  for (let k = 0; k < grid.count; k++) {
    if (!(classOf[k] >= 0)) continue;
    const ring = cellRing(grid, k).map(([lon, lat]) => [round(lon, 5), round(lat, 5)]);
    features.push({ type: 'Feature', properties: { c: classOf[k] }, geometry: { type: 'Polygon', coordinates: [ring] } });
  }
  return { type: 'FeatureCollection', features };
}

/** Grids with more cells than this are drawn as runs (gridRunsGeoJson): all of Germany has ~360,000. */
const MERGE_ABOVE = 60_000;
/** A run's long sides get a vertex every so many cells, so they follow the frame's curved rows. */
const RUN_VERTEX_EVERY = 8;

/**
 * Like gridClassesGeoJson, but neighbouring cells of one row with the same class become one
 * polygon (a run): the same picture with a fraction of the features, for very large grids.
 * Relies on the grid's order (row by row, west to east), as createGrid makes it.
 */
export function gridRunsGeoJson(grid: Grid, classOf: ArrayLike<number>): FeatureCollection<Polygon, { c: number }> {
  const features: FeatureCollection<Polygon, { c: number }>['features'] = [];
  const h = grid.cellKm / 2;
  const corner = (x: number, y: number) => frameToLonLat(grid.projection, x, y).map((v) => round(v, 5));
  let k = 0;
  while (k < grid.count) {
    const c = classOf[k];
    let end = k;
    while (end + 1 < grid.count && classOf[end + 1] === c && grid.y[end + 1] === grid.y[k] && Math.abs(grid.x[end + 1] - grid.x[end] - grid.cellKm) < 1e-9) end++;
    if (c >= 0) {
      const [y, x0, x1] = [grid.y[k], grid.x[k] - h, grid.x[end] + h];
      const xs: number[] = [];
      for (let x = x0; x < x1 - 1e-9; x += RUN_VERTEX_EVERY * grid.cellKm) xs.push(x);
      xs.push(x1);
      const ring = [...xs.map((x) => corner(x, y - h)), ...[...xs].reverse().map((x) => corner(x, y + h))];
      ring.push(ring[0]);
      features.push({ type: 'Feature', properties: { c }, geometry: { type: 'Polygon', coordinates: [ring] } });
    }
    k = end + 1;
  }
  return { type: 'FeatureCollection', features };
}

/** Number of cells in each class 0 … classCount−1; other class values are not counted. */
export function gridClassCounts(classOf: ArrayLike<number>, classCount: number): number[] {
  const counts = new Array<number>(classCount).fill(0);
  for (let k = 0; k < classOf.length; k++) {
    const c = classOf[k];
    if (Number.isInteger(c) && c >= 0 && c < classCount) counts[c]++;
  }
  return counts;
}
