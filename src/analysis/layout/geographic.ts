import { finiteOrNull, NODE_SPACING, type LayoutInput, type LayoutResult } from './types';

/** Latitude limit of Web Mercator. */
const MAX_LAT = 85.05112878;
const RAD = Math.PI / 180;
/** Nodes sharing one position are spread on a small spiral of this step. */
const DUPLICATE_STEP = NODE_SPACING / 4;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Web Mercator, unit sphere: x grows east, y grows south (screen orientation). */
export function mercator(lon: number, lat: number): [number, number] {
  const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * RAD;
  return [lon * RAD, -Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

/**
 * Nodes at their map position (Web Mercator, north up), scaled so the located nodes span
 * `width` horizontally or vertically, whichever side is longer. Nodes without coordinates go into
 * a tidy grid below the map, in input order. Nodes on exactly the same spot are fanned out a
 * little so each stays visible. Deterministic.
 */
export function geographicLayout(input: LayoutInput, width = 1000): LayoutResult {
  const n = input.ids.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const located: number[] = [];
  const missing: number[] = [];
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const lon = finiteOrNull(input.lon, i);
    const lat = finiteOrNull(input.lat, i);
    if (lon === null || lat === null) {
      missing.push(i);
      continue;
    }
    const [mx, my] = mercator(lon, lat);
    x[i] = mx;
    y[i] = my;
    located.push(i);
    minX = Math.min(minX, mx);
    maxX = Math.max(maxX, mx);
    minY = Math.min(minY, my);
    maxY = Math.max(maxY, my);
  }
  const w = Number.isFinite(width) && width > 0 ? width : 1000;
  const extent = Math.max(maxX - minX, maxY - minY);
  const scale = extent > 0 ? w / extent : 0;
  // A single spot (or one node) sits in the middle of the map area.
  const offX = extent > 0 ? 0 : w / 2;
  const offY = extent > 0 ? 0 : w / 2;
  for (const i of located) {
    x[i] = offX + (x[i] - minX) * scale;
    y[i] = offY + (y[i] - minY) * scale;
  }
  spreadDuplicates(located, x, y);

  let mapBottom = 0;
  for (const i of located) mapBottom = Math.max(mapBottom, y[i]);
  placeInGrid(missing, x, y, w, located.length > 0 ? mapBottom + 3 * NODE_SPACING : 0);
  return { x, y };
}

/** Fans out nodes that share exactly one position on a small golden-angle spiral. */
function spreadDuplicates(indices: readonly number[], x: Float64Array, y: Float64Array): void {
  const seen = new Map<string, number>();
  for (const i of indices) {
    const key = `${x[i]},${y[i]}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    if (k === 0) continue;
    const r = DUPLICATE_STEP * Math.sqrt(k);
    x[i] += r * Math.cos(k * GOLDEN_ANGLE);
    y[i] += r * Math.sin(k * GOLDEN_ANGLE);
  }
}

/** Rows of NODE_SPACING pitch, left to right, starting at `top`; rows are at most `width` wide. */
export function placeInGrid(indices: readonly number[], x: Float64Array, y: Float64Array, width: number, top: number): void {
  const columns = Math.max(1, Math.floor(width / NODE_SPACING) + 1);
  indices.forEach((i, k) => {
    x[i] = (k % columns) * NODE_SPACING;
    y[i] = top + Math.floor(k / columns) * NODE_SPACING;
  });
}
