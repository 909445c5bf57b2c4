/**
 * A spatial index over many polygons (all of Germany's Gemeinden) for point lookups: a uniform
 * grid of buckets in degrees, each listing the polygons whose bounding box meets it. A point
 * tests only its bucket's polygons, so 300,000 census cells against 11,000 Gemeinden take about
 * a second instead of a linear scan. Answers equal the linear scan's (lowest index first), so
 * the output does not depend on the index. Pure.
 */
import { pointInPolygon, preparePolygon, type PolygonGeometry, type PreparedPolygon } from '../../src/analysis/coverage/polygon.ts';

export interface PolygonIndex {
  polygons: PreparedPolygon[];
  west: number;
  south: number;
  /** Bucket edge in degrees. */
  size: number;
  cols: number;
  rows: number;
  /** Polygon indices of bucket b (ascending): list[start[b]] … list[start[b + 1] − 1]. */
  start: Int32Array;
  list: Int32Array;
}

/** Kilometres per degree of longitude and latitude at a latitude (local flat approximation, < 0.5 % off over a few km). */
export function kmPerDegree(lat: number): [number, number] {
  return [111.32 * Math.cos((lat * Math.PI) / 180), 110.574];
}

/** Builds the index; `size` is the bucket edge in degrees (0.05° ≈ 3.5 × 5.5 km in Germany). */
export function buildPolygonIndex(geometries: readonly PolygonGeometry[], size = 0.05): PolygonIndex {
  const polygons = geometries.map((g) => preparePolygon(g));
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of polygons) {
    west = Math.min(west, p.bbox[0]);
    south = Math.min(south, p.bbox[1]);
    east = Math.max(east, p.bbox[2]);
    north = Math.max(north, p.bbox[3]);
  }
  if (polygons.length === 0) [west, south, east, north] = [0, 0, 0, 0];
  const cols = Math.max(1, Math.floor((east - west) / size) + 1);
  const rows = Math.max(1, Math.floor((north - south) / size) + 1);
  const index: PolygonIndex = { polygons, west, south, size, cols, rows, start: new Int32Array(cols * rows + 1), list: new Int32Array(0) };
  const span = (p: PreparedPolygon) => bucketSpan(index, p.bbox[0], p.bbox[1], p.bbox[2], p.bbox[3]);
  for (const p of polygons) {
    const [c0, r0, c1, r1] = span(p);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) index.start[r * cols + c + 1]++;
  }
  for (let b = 0; b < cols * rows; b++) index.start[b + 1] += index.start[b];
  const fill = index.start.slice(0, cols * rows);
  index.list = new Int32Array(index.start[cols * rows]);
  polygons.forEach((p, i) => {
    const [c0, r0, c1, r1] = span(p);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) index.list[fill[r * cols + c]++] = i;
  });
  return index;
}

const clamp = (v: number, max: number) => Math.min(max, Math.max(0, v));

/** Buckets [col0, row0, col1, row1] that a box meets (clamped to the grid). */
function bucketSpan(ix: PolygonIndex, w: number, s: number, e: number, n: number): [number, number, number, number] {
  return [
    clamp(Math.floor((w - ix.west) / ix.size), ix.cols - 1), clamp(Math.floor((s - ix.south) / ix.size), ix.rows - 1),
    clamp(Math.floor((e - ix.west) / ix.size), ix.cols - 1), clamp(Math.floor((n - ix.south) / ix.size), ix.rows - 1),
  ];
}

/** Index of the first polygon (lowest index) that contains the point; -1 for none. */
export function locate(ix: PolygonIndex, lon: number, lat: number): number {
  const c = Math.floor((lon - ix.west) / ix.size);
  const r = Math.floor((lat - ix.south) / ix.size);
  if (!(c >= 0 && c < ix.cols && r >= 0 && r < ix.rows)) return -1;
  const b = r * ix.cols + c;
  // The list is ascending, so the first hit is the lowest index.
  for (let k = ix.start[b]; k < ix.start[b + 1]; k++) {
    const i = ix.list[k];
    if (pointInPolygon(ix.polygons[i], lon, lat)) return i;
  }
  return -1;
}

/** Distance (km, local flat approximation) from a point to the polygon's boundary; 0 inside. */
export function distanceKm(polygon: PreparedPolygon, lon: number, lat: number): number {
  if (pointInPolygon(polygon, lon, lat)) return 0;
  const [kx, ky] = kmPerDegree(lat);
  let best = Infinity;
  for (const part of polygon.parts) {
    for (const ring of part.rings) {
      for (let i = 2; i < ring.length; i += 2) {
        const ax = (ring[i - 2] - lon) * kx;
        const ay = (ring[i - 1] - lat) * ky;
        const dx = (ring[i] - ring[i - 2]) * kx;
        const dy = (ring[i + 1] - ring[i - 1]) * ky;
        const len = dx * dx + dy * dy;
        const t = len > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len)) : 0;
        const px = ax + t * dx;
        const py = ay + t * dy;
        best = Math.min(best, px * px + py * py);
      }
    }
  }
  return Math.sqrt(best);
}

/**
 * The polygon nearest to the point (by distance to its boundary, 0 when inside) among those
 * that `accept` admits, if one lies within `maxKm`; ties go to the lowest index.
 */
export function nearest(ix: PolygonIndex, lon: number, lat: number, maxKm: number, accept: (i: number) => boolean = () => true): { index: number; km: number } | null {
  const [kx, ky] = kmPerDegree(lat);
  const [c0, r0, c1, r1] = bucketSpan(ix, lon - maxKm / kx, lat - maxKm / ky, lon + maxKm / kx, lat + maxKm / ky);
  const seen = new Set<number>();
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) {
    const b = r * ix.cols + c;
    for (let k = ix.start[b]; k < ix.start[b + 1]; k++) seen.add(ix.list[k]);
  }
  let best: { index: number; km: number } | null = null;
  for (const i of [...seen].sort((a, b) => a - b)) {
    if (!accept(i)) continue;
    const [w, s, e, n] = ix.polygons[i].bbox;
    // The box's distance bounds the polygon's from below: skip what cannot be nearer.
    const bx = Math.max(w - lon, 0, lon - e) * kx;
    const by = Math.max(s - lat, 0, lat - n) * ky;
    const boxKm = Math.hypot(bx, by);
    if (boxKm > maxKm || (best && boxKm >= best.km)) continue;
    const km = distanceKm(ix.polygons[i], lon, lat);
    if (km <= maxKm && (!best || km < best.km)) best = { index: i, km };
  }
  return best;
}
