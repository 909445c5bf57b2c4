import KDBush from 'kdbush';
import { haversineMeters } from '../distance';
import { ABSOLUTE_SLACK_M, ROUNDING_SLACK, cosLat, farLimitMeters, frameX, frameY, localFrame, nearFactor, type LocalFrame } from './frame';

/**
 * A kd-tree (kdbush) over points in a local flat frame (frame.ts) with exact haversine
 * answers: radius queries here, nearest neighbours in nearest.ts.
 */
export interface PointIndex {
  size: number;
  lon: Float64Array;
  lat: Float64Array;
  /** Coordinates in the frame (km). */
  x: Float64Array;
  y: Float64Array;
  frame: LocalFrame;
  /** null when there are no points. */
  tree: KDBush | null;
  /** Bounds of the points in the frame (km) and their longitudes (degrees). */
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  lonMin: number;
  lonMax: number;
}

const NODE_SIZE = 16;

export function createPointIndex(lons: ArrayLike<number>, lats: ArrayLike<number>): PointIndex {
  const n = lons.length;
  if (lats.length !== n) throw new RangeError('lons and lats differ in length');
  const lon = Float64Array.from(lons);
  const lat = Float64Array.from(lats);
  for (let i = 0; i < n; i++) {
    if (!(Math.abs(lon[i]) <= 180 && Math.abs(lat[i]) <= 90)) throw new RangeError(`point ${i} has no valid lon/lat`);
  }
  const frame = localFrame(lon, lat);
  const [x, y] = [new Float64Array(n), new Float64Array(n)];
  const index: PointIndex = { size: n, lon, lat, x, y, frame, tree: null, minX: 0, minY: 0, maxX: 0, maxY: 0, lonMin: 0, lonMax: 0 };
  if (n === 0) return index;
  const tree = new KDBush(n, NODE_SIZE);
  let [minX, minY, maxX, maxY, lonMin, lonMax] = [Infinity, Infinity, -Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    x[i] = frameX(frame, lon[i]);
    y[i] = frameY(frame, lat[i]);
    tree.add(x[i], y[i]);
    minX = Math.min(minX, x[i]);
    maxX = Math.max(maxX, x[i]);
    minY = Math.min(minY, y[i]);
    maxY = Math.max(maxY, y[i]);
    lonMin = Math.min(lonMin, lon[i]);
    lonMax = Math.max(lonMax, lon[i]);
  }
  tree.finish();
  return { ...index, tree, minX, minY, maxX, maxY, lonMin, lonMax };
}

/**
 * True when the frame's bound holds for this query: no pair of query and point more than 180°
 * of longitude apart (see frame.ts). Otherwise callers fall back to checking every point.
 */
export function boundHolds(index: PointIndex, lon: number): boolean {
  return Math.abs(lon - index.lonMin) <= 180 && Math.abs(lon - index.lonMax) <= 180;
}

/** Frame radius (km) around (x, y) that holds every point of the index. */
export function radiusAllKm(index: PointIndex, x: number, y: number): number {
  const dx = Math.max(x - index.minX, index.maxX - x);
  const dy = Math.max(y - index.minY, index.maxY - y);
  return Math.sqrt(dx * dx + dy * dy) * (1 + ROUNDING_SLACK) + 1e-9;
}

/** Frame distance (km) from (x, y) to the bounding box of the points; 0 inside it. */
export function distanceToBoxKm(index: PointIndex, x: number, y: number): number {
  const dx = Math.max(index.minX - x, 0, x - index.maxX);
  const dy = Math.max(index.minY - y, 0, y - index.maxY);
  return Math.sqrt(dx * dx + dy * dy);
}

/**
 * Every point within `meters` (haversine, ≤) of lon/lat, written as indices into `out`
 * (capacity ≥ index.size); returns how many. The frame radius is wide enough by the bound in
 * frame.ts, so the kd-tree returns a superset and the haversine filter makes it exact.
 */
export function withinMeters(index: PointIndex, lon: number, lat: number, meters: number, out: Uint32Array | Int32Array): number {
  const { tree, frame } = index;
  if (tree === null || !(meters >= 0)) return 0;
  const x = frameX(frame, lon);
  const y = frameY(frame, lat);
  const all = radiusAllKm(index, x, y);
  const factor = nearFactor(frame, cosLat(lat));
  const provable = boundHolds(index, lon) && factor > 0 && meters < farLimitMeters(frame, cosLat(lat)) * (1 - ROUNDING_SLACK) - ABSOLUTE_SLACK_M;
  const r = provable ? Math.min(all, ((meters + 2 * ABSOLUTE_SLACK_M) / 1000 / factor) * (1 + 2 * ROUNDING_SLACK)) : all;
  const found = r >= all ? fillAll(out, index.size) : tree.withinInto(x, y, r, out);
  let count = 0;
  for (let j = 0; j < found; j++) {
    const id = out[j];
    if (haversineMeters(lon, lat, index.lon[id], index.lat[id]) <= meters) out[count++] = id;
  }
  return count;
}

function fillAll(out: Uint32Array | Int32Array, n: number): number {
  for (let i = 0; i < n; i++) out[i] = i;
  return n;
}
