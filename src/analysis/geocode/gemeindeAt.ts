/**
 * Which Gemeinde a point lies in, from the embedded Gemeinde polygons: the Gemeinde key (AGS)
 * of an institution with coordinates but no key (an import with Breite/Länge, a point placed
 * or moved by hand), so Kreis filters, coverage groups and reports count it.
 */
import { pointInPolygon, preparePolygon, type PolygonGeometry, type PreparedPolygon } from '../coverage/polygon';

const CELL = 0.05;

export interface GemeindeLocator {
  /** The 8-digit key of the Gemeinde containing the point, or null outside all of them. */
  agsAt(lon: number, lat: number): string | null;
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const cellKey = (x: number, y: number) => `${x}:${y}`;

/** Builds the locator from a FeatureCollection of (Multi)Polygons with an 8-digit `ags`; malformed features are skipped. */
export function createGemeindeLocator(fc: unknown): GemeindeLocator {
  const polygons: { ags: string; polygon: PreparedPolygon }[] = [];
  const grid = new Map<string, number[]>();
  const features = isRecord(fc) && Array.isArray(fc.features) ? fc.features : [];
  for (const f of features) {
    if (!isRecord(f) || !isRecord(f.geometry) || !isRecord(f.properties)) continue;
    const { ags } = f.properties;
    const type = f.geometry.type;
    if (typeof ags !== 'string' || !/^\d{8}$/.test(ags) || (type !== 'Polygon' && type !== 'MultiPolygon') || !Array.isArray(f.geometry.coordinates)) continue;
    let polygon: PreparedPolygon;
    try {
      polygon = preparePolygon(f.geometry as unknown as PolygonGeometry);
    } catch {
      continue;
    }
    if (!polygon.bbox.every(Number.isFinite)) continue;
    const index = polygons.push({ ags, polygon }) - 1;
    const [w, s, e, n] = polygon.bbox;
    for (let x = Math.floor(w / CELL); x <= Math.floor(e / CELL); x++) {
      for (let y = Math.floor(s / CELL); y <= Math.floor(n / CELL); y++) {
        const key = cellKey(x, y);
        const list = grid.get(key);
        if (list) list.push(index);
        else grid.set(key, [index]);
      }
    }
  }
  return {
    agsAt(lon, lat) {
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
      for (const i of grid.get(cellKey(Math.floor(lon / CELL), Math.floor(lat / CELL))) ?? []) {
        if (pointInPolygon(polygons[i].polygon, lon, lat)) return polygons[i].ags;
      }
      return null;
    },
  };
}
