import { haversineMeters } from '../distance';
import { ABSOLUTE_SLACK_M as ABS, ROUNDING_SLACK, cosLat, farLimitMeters, nearFactor } from './frame';
import { boundHolds, createPointIndex, radiusAllKm, type PointIndex } from './pointIndex';

export interface Site {
  lon: number;
  lat: number;
}

/** The nearest facility: its position in the list, and the haversine distance (Luftlinie). */
export interface NearestHit {
  /** -1 when there is no facility (or the query has no valid coordinates). */
  index: number;
  /** Infinity when there is no facility; NaN for a query without valid coordinates. */
  meters: number;
}

export interface NearestIndex {
  readonly points: PointIndex;
  nearest(lon: number, lat: number): NearestHit;
}

/** How many points the first search radius should hold on average, for evenly spread data. */
const EXPECTED_FIRST = 3;

/**
 * An index answering "which facility is nearest?" exactly with respect to haversine.
 *
 * Search (per query q): look up all facilities within a frame radius r (kdbush), take the one
 * with the least haversine distance h (ties: the lowest index found). Accept it when
 * h ≤ min(nearFactor·r, farLimitMeters): by the proof in frame.ts every facility outside r is at
 * least that far, so none is nearer. Otherwise widen r (to h / nearFactor, which then proves the
 * new best; double it if r was empty) and search again. Once r holds every facility the answer
 * is exact trivially; queries the proof does not cover (> 180° of longitude) check every facility.
 */
export function createNearestIndex(facilities: readonly Site[]): NearestIndex {
  const points = createPointIndex(
    facilities.map((f) => f.lon),
    facilities.map((f) => f.lat),
  );
  const search = createSearch(points);
  const index = new Int32Array(1);
  const meters = new Float64Array(1);
  return {
    points,
    nearest(lon, lat) {
      search(lon, lat, index, meters, 0);
      return { index: index[0], meters: meters[0] };
    },
  };
}

/** Nearest facility of every query point, as typed arrays in the order of the queries. */
export function nearestAll(index: NearestIndex, lons: Float64Array, lats: Float64Array): { index: Int32Array; meters: Float64Array } {
  if (lons.length !== lats.length) throw new RangeError('lons and lats differ in length');
  const search = createSearch(index.points);
  const out = { index: new Int32Array(lons.length), meters: new Float64Array(lons.length) };
  for (let i = 0; i < lons.length; i++) search(lons[i], lats[i], out.index, out.meters, i);
  return out;
}

const validQuery = (lon: number, lat: number) => Number.isFinite(lon) && Math.abs(lat) <= 90;

type Search = (lon: number, lat: number, outIndex: Int32Array, outMeters: Float64Array, at: number) => void;

function createSearch(points: PointIndex): Search {
  const { tree, frame, size, lon: pLon, lat: pLat, x: px, y: py } = points;
  if (tree === null) {
    return (lon, lat, outIndex, outMeters, at) => {
      outIndex[at] = -1;
      outMeters[at] = validQuery(lon, lat) ? Infinity : NaN;
    };
  }
  const area = (points.maxX - points.minX) * (points.maxY - points.minY);
  const firstKm = Math.max(1e-3, Math.sqrt((EXPECTED_FIRST * area) / (Math.PI * size)));
  const buffer = new Uint32Array(size);
  const [{ lon0, lat0, kx, ky }, { minX, minY, maxX, maxY }] = [frame, points];

  return (lon, lat, outIndex, outMeters, at) => {
    if (!validQuery(lon, lat)) {
      outIndex[at] = -1;
      outMeters[at] = NaN;
      return;
    }
    if (!boundHolds(points, lon)) return scanAll(points, lon, lat, outIndex, outMeters, at);
    const x = (lon - lon0) * kx;
    const y = (lat - lat0) * ky;
    const all = radiusAllKm(points, x, y);
    const cos = cosLat(lat);
    const far = farLimitMeters(frame, cos) * (1 - ROUNDING_SLACK) - ABS;
    const perKm = nearFactor(frame, cos) * 1000 * (1 - ROUNDING_SLACK); // proven haversine metres per frame km
    const outX = x < minX ? minX - x : x > maxX ? x - maxX : 0;
    const outY = y < minY ? minY - y : y > maxY ? y - maxY : 0;
    let r = Math.min(all, Math.sqrt(outX * outX + outY * outY) + firstKm);
    for (;;) {
      const count = tree.withinInto(x, y, r, buffer);
      // The candidate nearest in the frame first; then haversine only for candidates whose frame
      // distance × perKm (a lower bound of their haversine distance, frame.ts) can beat the best.
      let nearSq = Infinity;
      let bestId = -1;
      for (let j = 0; j < count; j++) {
        const id = buffer[j];
        const dx = px[id] - x;
        const dy = py[id] - y;
        const d2 = dx * dx + dy * dy;
        if (d2 < nearSq) {
          nearSq = d2;
          bestId = id;
        }
      }
      let best = bestId < 0 ? Infinity : haversineMeters(lon, lat, pLon[bestId], pLat[bestId]);
      const skipKm = best < far && perKm > 0 ? (best + ABS) / perKm : Infinity;
      const skipSq = skipKm * skipKm * (1 + ROUNDING_SLACK);
      const first = bestId;
      for (let j = 0; j < count; j++) {
        const id = buffer[j];
        const dx = px[id] - x;
        const dy = py[id] - y;
        if (id === first || dx * dx + dy * dy > skipSq) continue;
        const h = haversineMeters(lon, lat, pLon[id], pLat[id]);
        if (h < best || (h === best && id < bestId)) {
          best = h;
          bestId = id;
        }
      }
      if (count === size || (count > 0 && best <= Math.min(perKm * r - ABS, far))) {
        outIndex[at] = bestId;
        outMeters[at] = best;
        return;
      }
      if (r >= all) return scanAll(points, lon, lat, outIndex, outMeters, at); // rounding left a point out
      const next = count === 0 ? 2 * r : perKm > 0 && best < far ? ((best + 2 * ABS) / perKm) * (1 + ROUNDING_SLACK) : all;
      r = Math.min(all, Math.max(next, r * (1 + 1e-6)));
    }
  };
}

/** Nearest by checking every point (ties: the lowest index). */
function scanAll(points: PointIndex, lon: number, lat: number, outIndex: Int32Array, outMeters: Float64Array, at: number): void {
  let best = Infinity;
  let bestId = -1;
  for (let id = 0; id < points.size; id++) {
    const h = haversineMeters(lon, lat, points.lon[id], points.lat[id]);
    if (h < best) [best, bestId] = [h, id];
  }
  outIndex[at] = bestId;
  outMeters[at] = best;
}
