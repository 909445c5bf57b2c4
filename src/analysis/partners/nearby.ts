import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { haversineMeters } from '../distance';

/** Points with optional coordinates, in the caller's order. */
export interface MaybeLocated {
  lon: number | null;
  lat: number | null;
}

/** A spatial index over the located points of a list; `items` maps index slots back to the list. */
export interface PointIndex {
  tree: KDBush;
  items: Int32Array;
  lon: Float64Array;
  lat: Float64Array;
}

export interface Hit {
  /** Position in the list the index was built from. */
  item: number;
  meters: number;
}

/** Builds a kd-tree over lon/lat (geokdbush answers great-circle queries on it). */
export function createPointIndex(points: readonly MaybeLocated[]): PointIndex {
  const items: number[] = [];
  points.forEach((p, i) => {
    if (p.lon !== null && p.lat !== null && Number.isFinite(p.lon) && Number.isFinite(p.lat)) items.push(i);
  });
  const tree = new KDBush(Math.max(1, items.length));
  const lon = new Float64Array(items.length);
  const lat = new Float64Array(items.length);
  items.forEach((i, k) => {
    lon[k] = points[i].lon!;
    lat[k] = points[i].lat!;
    tree.add(lon[k], lat[k]);
  });
  if (items.length === 0) tree.add(0, -90); // kdbush needs one point; never returned (see below)
  tree.finish();
  return { tree, items: Int32Array.from(items), lon, lat };
}

// geokdbush uses R = 6371 km, our distances R = 6371.0088 km: search a hair wider, then cut exactly.
const SLACK = 1.00001;

/**
 * Every point within `km` of lon/lat (straight line, haversine as everywhere in the app),
 * nearest first; `accept` filters by list position.
 */
export function withinRadius(index: PointIndex, lon: number, lat: number, km: number, accept: (item: number) => boolean = () => true): Hit[] {
  if (index.items.length === 0 || !(km >= 0)) return [];
  const slots = around(index.tree, lon, lat, Infinity, km * SLACK, (slot) => accept(index.items[slot]));
  const out: Hit[] = [];
  for (const slot of slots) {
    const meters = haversineMeters(lon, lat, index.lon[slot], index.lat[slot]);
    if (meters <= km * 1000) out.push({ item: index.items[slot], meters });
  }
  return out.sort((a, b) => a.meters - b.meters || a.item - b.item);
}

/** The nearest accepted point at any distance, or null when none is accepted. */
export function nearestMatching(index: PointIndex, lon: number, lat: number, accept: (item: number) => boolean): Hit | null {
  if (index.items.length === 0) return null;
  const [slot] = around(index.tree, lon, lat, 1, Infinity, (s) => accept(index.items[s]));
  if (slot === undefined) return null;
  return { item: index.items[slot], meters: haversineMeters(lon, lat, index.lon[slot], index.lat[slot]) };
}
