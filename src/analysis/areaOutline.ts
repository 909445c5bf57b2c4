/**
 * The outline of a planning area (its `land.geojson`), to tell whether an imported point lies
 * in the area. A bounding box is not enough: Thuringia's box holds Leipzig, Halle and Coburg.
 * Pure: GeoJSON in, answers out.
 */
import { pointInPolygon, preparePolygon, type PolygonGeometry, type PreparedPolygon } from './coverage/polygon';
import { EARTH_RADIUS_M } from './distance';

/**
 * Points this close outside the border still count as inside: the outline is simplified (a
 * few hundred metres off in places) and an address on the border may be geocoded just across.
 */
export const BORDER_TOLERANCE_M = 300;

/** A planning area's outline, ready for many point tests. */
export interface AreaOutline {
  /** Metres from the point to the area: 0 inside, else to the nearest point of the border. */
  distanceOutside(lat: number, lon: number): number;
  /** True inside the outline or within the tolerance (default {@link BORDER_TOLERANCE_M}) of its border. */
  contains(lat: number, lon: number): boolean;
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const RAD = Math.PI / 180;
const M_PER_DEG = EARTH_RADIUS_M * RAD;

/** The (Multi)Polygon geometries of a FeatureCollection, a Feature or a bare geometry. */
function geometriesOf(value: unknown): PolygonGeometry[] {
  if (!isRecord(value)) return [];
  if (value.type === 'FeatureCollection' && Array.isArray(value.features)) return value.features.flatMap(geometriesOf);
  if (value.type === 'Feature') return geometriesOf(value.geometry);
  if ((value.type === 'Polygon' || value.type === 'MultiPolygon') && Array.isArray(value.coordinates)) return [value as unknown as PolygonGeometry];
  return [];
}

/** Metres from the origin to the segment a–b (local plane coordinates in metres). */
function segmentDistance(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Metres from the point to the nearest edge of the rings (equirectangular around the point: exact enough within a Land). */
function distanceToRings(polygon: PreparedPolygon, lat: number, lon: number): number {
  const kx = Math.cos(lat * RAD) * M_PER_DEG;
  let best = Infinity;
  for (const part of polygon.parts) {
    for (const r of part.rings) {
      for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
        const d = segmentDistance((r[j] - lon) * kx, (r[j + 1] - lat) * M_PER_DEG, (r[i] - lon) * kx, (r[i + 1] - lat) * M_PER_DEG);
        if (d < best) best = d;
      }
    }
  }
  return best;
}

/**
 * Builds the outline from the area's `land.geojson` (or any Polygon/MultiPolygon GeoJSON);
 * malformed parts are skipped. Returns null when there is no usable polygon (the caller then
 * falls back to the bounding box).
 */
export function createAreaOutline(geojson: unknown, toleranceM = BORDER_TOLERANCE_M): AreaOutline | null {
  const polygons: PreparedPolygon[] = [];
  for (const g of geometriesOf(geojson)) {
    try {
      const p = preparePolygon(g);
      if (p.bbox.every(Number.isFinite)) polygons.push(p);
    } catch {
      // A broken ring must not stop the import: the other parts still count.
    }
  }
  if (polygons.length === 0) return null;
  const margin = toleranceM / M_PER_DEG;
  const distanceOutside = (lat: number, lon: number): number => {
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) return Infinity;
    if (polygons.some((p) => pointInPolygon(p, lon, lat))) return 0;
    return Math.min(...polygons.map((p) => distanceToRings(p, lat, lon)));
  };
  return {
    distanceOutside,
    contains(lat, lon) {
      // Far from every box (widened by the tolerance, generously in longitude): outside, without measuring.
      const near = polygons.some(({ bbox: [w, s, e, n] }) => lat >= s - margin && lat <= n + margin && lon >= w - 2 * margin && lon <= e + 2 * margin);
      return near && distanceOutside(lat, lon) <= toleranceM;
    },
  };
}
