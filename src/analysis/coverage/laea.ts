import { EARTH_RADIUS_M } from '../distance';

/**
 * Lambert azimuthal equal-area projection on the sphere (R as for haversine), in km, centred
 * on (lon0, lat0): areas are true, so 1 km² cells hold 1 km² of land; over a region the size
 * of Thuringia shapes and lengths are off by well under 0.1 %.
 */
export interface Laea {
  lon0: number;
  lat0: number;
  sin0: number;
  cos0: number;
}

const RAD = Math.PI / 180;
const R_KM = EARTH_RADIUS_M / 1000;

export function laea(lon0: number, lat0: number): Laea {
  return { lon0, lat0, sin0: Math.sin(lat0 * RAD), cos0: Math.cos(lat0 * RAD) };
}

/** [x, y] in km (x east, y north) of a lon/lat point; not defined for the antipode of the centre. */
export function laeaForward(p: Laea, lon: number, lat: number): [number, number] {
  const dl = (lon - p.lon0) * RAD;
  const sinF = Math.sin(lat * RAD);
  const cosF = Math.cos(lat * RAD);
  const cosDl = Math.cos(dl);
  const k = Math.sqrt(2 / (1 + p.sin0 * sinF + p.cos0 * cosF * cosDl));
  return [R_KM * k * cosF * Math.sin(dl), R_KM * k * (p.cos0 * sinF - p.sin0 * cosF * cosDl)];
}

/** [lon, lat] of a point given in km (inverse of laeaForward). */
export function laeaInverse(p: Laea, x: number, y: number): [number, number] {
  const rho = Math.sqrt(x * x + y * y);
  if (rho < 1e-12) return [p.lon0, p.lat0];
  const c = 2 * Math.asin(Math.min(1, rho / (2 * R_KM)));
  const sinC = Math.sin(c);
  const cosC = Math.cos(c);
  const lat = Math.asin(Math.max(-1, Math.min(1, cosC * p.sin0 + (y * sinC * p.cos0) / rho)));
  const lon = p.lon0 + Math.atan2(x * sinC, rho * p.cos0 * cosC - y * p.sin0 * sinC) / RAD;
  return [((((lon + 180) % 360) + 360) % 360) - 180, lat / RAD];
}
