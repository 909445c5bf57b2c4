/** GeoJSON rings: arrays of [lon, lat] positions, first = last. */
export type Ring = readonly (readonly number[])[];

/** A GeoJSON Polygon or MultiPolygon geometry (e.g. the Land's boundary). */
export type PolygonGeometry =
  | { type: 'Polygon'; coordinates: readonly Ring[] }
  | { type: 'MultiPolygon'; coordinates: readonly (readonly Ring[])[] };

type Box = [west: number, south: number, east: number, north: number];

/** A polygon ready for many point tests: rings as flat arrays, bounding boxes per part and overall. */
export interface PreparedPolygon {
  bbox: Box;
  parts: { bbox: Box; rings: Float64Array[] }[];
}

function boxOf(rings: readonly Float64Array[]): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rings) {
    for (let i = 0; i < r.length; i += 2) {
      b[0] = Math.min(b[0], r[i]);
      b[1] = Math.min(b[1], r[i + 1]);
      b[2] = Math.max(b[2], r[i]);
      b[3] = Math.max(b[3], r[i + 1]);
    }
  }
  return b;
}

const inBox = (b: Box, lon: number, lat: number) => lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];

export function preparePolygon(geometry: PolygonGeometry): PreparedPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const parts = polygons.map((rings) => {
    const flat = rings.map((ring) => Float64Array.from(ring.flatMap((p) => [p[0], p[1]])));
    return { bbox: boxOf(flat), rings: flat };
  });
  return { bbox: boxOf(parts.flatMap((p) => p.rings)), parts };
}

/**
 * True when the point lies inside the polygon: inside some part's outer ring and not inside one
 * of its holes (even–odd rule over the part's rings). Points exactly on an edge may fall either
 * way. A bounding-box test first skips parts far from the point.
 */
export function pointInPolygon(polygon: PreparedPolygon, lon: number, lat: number): boolean {
  if (!inBox(polygon.bbox, lon, lat)) return false;
  for (const part of polygon.parts) {
    if (!inBox(part.bbox, lon, lat)) continue;
    let inside = false;
    for (const r of part.rings) {
      const n = r.length;
      for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
        const yi = r[i + 1];
        const yj = r[j + 1];
        if (yi > lat !== yj > lat && lon < ((r[j] - r[i]) * (lat - yi)) / (yj - yi) + r[i]) inside = !inside;
      }
    }
    if (inside) return true;
  }
  return false;
}
