import { fromEpsg3035 } from '../demand/epsg3035';
import { laea, laeaForward, laeaInverse, type Laea } from './laea';

/**
 * The frame a grid's x, y (km) live in: a spherical equal-area frame of our own (laea.ts), or
 * ETRS89-LAEA (EPSG:3035), the frame of the census grid, in km.
 */
export type GridFrame = Laea | { epsg: 3035 };

/** [lon, lat] of a point given in the grid's frame (km). */
export function frameToLonLat(frame: GridFrame, x: number, y: number): [number, number] {
  return 'epsg' in frame ? fromEpsg3035(x * 1000, y * 1000) : laeaInverse(frame, x, y);
}
import { pointInPolygon, preparePolygon, type PolygonGeometry } from './polygon';

export interface BBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface GridOptions {
  /** Side of a square cell in km (default 1). */
  cellKm?: number;
  /** Keep only cells whose centre lies inside this polygon (e.g. the Land's boundary). */
  within?: PolygonGeometry;
  /** Refuse grids that would test more cells than this (default 4,000,000). */
  maxCells?: number;
}

/**
 * A regular grid of square cells in an equal-area frame (laea.ts) centred on the box. Cell
 * edges lie at multiples of cellKm from the centre; a cell belongs to the grid when its centre
 * lies in the box (edges included) and, if given, inside the polygon.
 */
export interface Grid {
  cellKm: number;
  projection: GridFrame;
  count: number;
  /** Cell centres in the frame (km). */
  x: Float64Array;
  y: Float64Array;
  /** Cell centres as lon/lat. */
  lon: Float64Array;
  lat: Float64Array;
}

export function createGrid(bbox: BBox, options: GridOptions = {}): Grid {
  return finish(createGridSteps(bbox, options));
}

/** Runs a stepwise computation (see createGridSteps) to its end. */
export function finish<T>(steps: Generator<number, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * createGrid in steps: yields the share of rows done (0…1) every few rows, so a worker can
 * report progress and stop between steps (all of Germany at 1 km tests about 800,000 cells).
 */
export function* createGridSteps(bbox: BBox, options: GridOptions = {}): Generator<number, Grid> {
  const { west, south, east, north } = bbox;
  if (!(west < east && south < north && west >= -180 && east <= 180 && south >= -90 && north <= 90)) throw new RangeError('invalid bounding box');
  const cellKm = options.cellKm ?? 1;
  if (!(cellKm > 0 && cellKm < Infinity)) throw new RangeError(`cell size must be a positive number of km: ${cellKm}`);
  const projection = laea((west + east) / 2, (south + north) / 2);

  // Extent of the box in the frame: its edges, sampled (parallels curve), plus one cell.
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const STEPS = 64;
  for (let s = 0; s <= STEPS; s++) {
    const f = s / STEPS;
    const edges: [number, number][] = [[west + f * (east - west), south], [west + f * (east - west), north], [west, south + f * (north - south)], [east, south + f * (north - south)]];
    for (const [lon, lat] of edges) {
      const [x, y] = laeaForward(projection, lon, lat);
      [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    }
  }
  const [i0, i1] = [Math.floor(minX / cellKm) - 1, Math.ceil(maxX / cellKm) + 1];
  const [j0, j1] = [Math.floor(minY / cellKm) - 1, Math.ceil(maxY / cellKm) + 1];
  const tested = (i1 - i0) * (j1 - j0);
  if (tested > (options.maxCells ?? 4_000_000)) throw new RangeError(`grid too fine: ${tested} cells to test`);

  const polygon = options.within ? preparePolygon(options.within) : null;
  const out = { x: new Float64Array(tested), y: new Float64Array(tested), lon: new Float64Array(tested), lat: new Float64Array(tested) };
  let count = 0;
  for (let j = j0; j < j1; j++) {
    if ((j - j0) % 16 === 15) yield (j - j0) / (j1 - j0);
    for (let i = i0; i < i1; i++) {
      const x = (i + 0.5) * cellKm;
      const y = (j + 0.5) * cellKm;
      const [lon, lat] = laeaInverse(projection, x, y);
      if (lon < west || lon > east || lat < south || lat > north) continue;
      if (polygon && !pointInPolygon(polygon, lon, lat)) continue;
      [out.x[count], out.y[count], out.lon[count], out.lat[count]] = [x, y, lon, lat];
      count++;
    }
  }
  return { cellKm, projection, count, x: out.x.slice(0, count), y: out.y.slice(0, count), lon: out.lon.slice(0, count), lat: out.lat.slice(0, count) };
}

/** The outline of cell i as a closed GeoJSON ring of [lon, lat], counter-clockwise, for display. */
export function cellRing(grid: Grid, i: number): [number, number][] {
  if (!(Number.isInteger(i) && i >= 0 && i < grid.count)) throw new RangeError(`no cell ${i}`);
  const h = grid.cellKm / 2;
  const [x, y] = [grid.x[i], grid.y[i]];
  const corners: [number, number][] = [[x - h, y - h], [x + h, y - h], [x + h, y + h], [x - h, y + h], [x - h, y - h]];
  return corners.map(([cx, cy]) => frameToLonLat(grid.projection, cx, cy));
}

/**
 * The census grid's populated cells as a Grid: `x`, `y` are the cells' lower-left corners in
 * EPSG:3035 km (whole numbers), sorted row by row, west to east (as gapRings and the runs need).
 */
export function censusGrid(x: ArrayLike<number>, y: ArrayLike<number>): Grid {
  const n = x.length;
  if (y.length !== n) throw new RangeError('x and y differ in length');
  const out = { x: new Float64Array(n), y: new Float64Array(n), lon: new Float64Array(n), lat: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    if (i > 0 && (y[i] < y[i - 1] || (y[i] === y[i - 1] && x[i] <= x[i - 1]))) throw new RangeError(`cell ${i} is out of row order`);
    out.x[i] = x[i] + 0.5;
    out.y[i] = y[i] + 0.5;
    [out.lon[i], out.lat[i]] = fromEpsg3035(out.x[i] * 1000, out.y[i] * 1000);
  }
  return { cellKm: 1, projection: { epsg: 3035 }, count: n, ...out };
}
