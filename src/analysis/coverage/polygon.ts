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
  parts: { bbox: Box; rings: Float64Array[]; bands: Bands | null }[];
}

/**
 * Edges of a large part sorted into horizontal bands: a point only tests the edges whose
 * latitude range meets its band (the same edges that can cross its ray), so a test costs a few
 * dozen edges instead of every vertex of, say, Germany's outline.
 */
interface Bands {
  south: number;
  height: number;
  /** Edge i runs from (xi, yi) = edges[4i], edges[4i+1] back to (xj, yj) = edges[4i+2], edges[4i+3]. */
  edges: Float64Array;
  /** Edge indices of band b: list[start[b]] … list[start[b+1] − 1]. */
  start: Int32Array;
  list: Int32Array;
}

/** Parts with fewer edges than this are tested edge by edge. */
const BAND_MIN_EDGES = 256;

function buildBands(rings: readonly Float64Array[], box: Box): Bands | null {
  const count = rings.reduce((s, r) => s + r.length / 2, 0);
  if (count < BAND_MIN_EDGES || !(box[3] > box[1])) return null;
  const edges = new Float64Array(count * 4);
  let e = 0;
  for (const r of rings) {
    const n = r.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      edges.set([r[i], r[i + 1], r[j], r[j + 1]], e * 4);
      e++;
    }
  }
  const bandCount = Math.max(1, Math.min(4096, Math.round(count / 8)));
  const height = (box[3] - box[1]) / bandCount;
  const bandOf = (y: number) => Math.min(bandCount - 1, Math.max(0, Math.floor((y - box[1]) / height)));
  const start = new Int32Array(bandCount + 1);
  for (let k = 0; k < e; k++) {
    const [a, b] = [bandOf(Math.min(edges[k * 4 + 1], edges[k * 4 + 3])), bandOf(Math.max(edges[k * 4 + 1], edges[k * 4 + 3]))];
    for (let band = a; band <= b; band++) start[band + 1]++;
  }
  for (let band = 0; band < bandCount; band++) start[band + 1] += start[band];
  const fill = start.slice(0, bandCount);
  const list = new Int32Array(start[bandCount]);
  for (let k = 0; k < e; k++) {
    const [a, b] = [bandOf(Math.min(edges[k * 4 + 1], edges[k * 4 + 3])), bandOf(Math.max(edges[k * 4 + 1], edges[k * 4 + 3]))];
    for (let band = a; band <= b; band++) list[fill[band]++] = k;
  }
  return { south: box[1], height, edges, start, list };
}

function insideBands(bands: Bands, bandCount: number, lon: number, lat: number): boolean {
  const band = Math.min(bandCount - 1, Math.max(0, Math.floor((lat - bands.south) / bands.height)));
  const { edges, list } = bands;
  let inside = false;
  for (let p = bands.start[band]; p < bands.start[band + 1]; p++) {
    const k = list[p] * 4;
    const yi = edges[k + 1];
    const yj = edges[k + 3];
    if (yi > lat !== yj > lat && lon < ((edges[k + 2] - edges[k]) * (lat - yi)) / (yj - yi) + edges[k]) inside = !inside;
  }
  return inside;
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
    const bbox = boxOf(flat);
    return { bbox, rings: flat, bands: buildBands(flat, bbox) };
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
    if (part.bands) {
      if (insideBands(part.bands, part.bands.start.length - 1, lon, lat)) return true;
      continue;
    }
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
