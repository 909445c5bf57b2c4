import { EARTH_RADIUS_M } from '../distance';

/**
 * A flat local frame for spatial indexing: equirectangular around the data's mean latitude,
 * x = R·cos φ0·Δλ, y = R·Δφ, in kilometres. Index queries run in this frame; every distance
 * reported to the user is a haversine distance. The frame only has to give a provable lower
 * bound of the haversine distance, which `nearFactor` and `farLimitMeters` supply.
 *
 * Proof of the bound. Let q be any point and f a point of the data, with latitudes in
 * [latMin, latMax]; a = |Δφ|/2, b = |Δλ|/2 (radians, |Δλ| ≤ π, i.e. longitudes in [-180, 180]
 * and no pair across the antimeridian: callers check this), θ the central angle. Haversine:
 *   sin²(θ/2) = sin²a + K·sin²b,   K = cos φq·cos φf ≥ Kmin = cos φq·minCos,
 * where minCos = min(cos latMin, cos latMax) is the least cosine over the data's latitude
 * span (cos is concave on [-90°, 90°]). Fix T = 0.05 rad and σ = sin T / T.
 * (1) Near pairs, a ≤ T and b ≤ T: sin t ≥ σ·t on [0, T] (concavity), so
 *   sin²(θ/2) ≥ σ²(a² + Kmin·b²) ≥ σ²ρ(a² + cos²φ0·b²) = σ²ρ·d²/(4R²),
 * with ρ = min(1, Kmin / cos²φ0) and d the distance in the frame (d² = 4R²(a² + cos²φ0·b²)).
 * As θ/2 ≥ sin(θ/2): haversine h = Rθ ≥ σ·√ρ·d = nearFactor·d.
 * (2) Far pairs, a > T or b > T (a, b ≤ π/2): sin²(θ/2) ≥ min(sin²T, Kmin·sin²T), so
 *   h ≥ 2R·√Kmin·sin T = farLimitMeters (using θ/2 ≥ sin(θ/2) again, and Kmin ≤ 1).
 * Hence every data point farther than r from q in the frame has h ≥ min(nearFactor·r, farLimit).
 * The factor is below 1 by the latitude span's distortion: ≈ 0.984 for Thuringia's points.
 */

const RAD = Math.PI / 180;
const R_KM = EARTH_RADIUS_M / 1000;
const T = 0.05;
const SIGMA = Math.sin(T) / T;

/**
 * Slack for floating-point rounding: relative (haversine and frame distances are good to a few
 * 1e-16) and absolute (frame coordinates of up to ~20,000 km carry errors of ~1e-8 m). Code
 * using the bound treats it as min(nearFactor·d, farLimit)·(1 − ROUNDING_SLACK) − ABSOLUTE_SLACK_M.
 */
export const ROUNDING_SLACK = 1e-9;
export const ABSOLUTE_SLACK_M = 1e-6;

export interface LocalFrame {
  lon0: number;
  lat0: number;
  /** Kilometres per degree of longitude (at lat0) and of latitude. */
  kx: number;
  ky: number;
  /** cos² of lat0 and the least cosine of the data's latitudes. */
  cos0Sq: number;
  minCos: number;
}

/** A frame around the mean latitude (and longitude) of the given points; the origin for none. */
export function localFrame(lons: ArrayLike<number>, lats: ArrayLike<number>): LocalFrame {
  const n = lats.length;
  let sumLat = 0;
  let sumLon = 0;
  let latMin = Infinity;
  let latMax = -Infinity;
  for (let i = 0; i < n; i++) {
    sumLat += lats[i];
    sumLon += lons[i];
    if (lats[i] < latMin) latMin = lats[i];
    if (lats[i] > latMax) latMax = lats[i];
  }
  const lat0 = n > 0 ? sumLat / n : 0;
  const cos0 = Math.cos(lat0 * RAD);
  return {
    lon0: n > 0 ? sumLon / n : 0,
    lat0,
    kx: R_KM * RAD * cos0,
    ky: R_KM * RAD,
    cos0Sq: cos0 * cos0,
    minCos: n > 0 ? Math.max(0, Math.min(Math.cos(latMin * RAD), Math.cos(latMax * RAD))) : 1,
  };
}

export const frameX = (f: LocalFrame, lon: number): number => (lon - f.lon0) * f.kx;
export const frameY = (f: LocalFrame, lat: number): number => (lat - f.lat0) * f.ky;

/** Cosine of a query's latitude, the input of the two bounds below. */
export const cosLat = (lat: number): number => Math.max(0, Math.cos(lat * RAD));

/** σ·√ρ for a query (cosine of its latitude): haversine metres ≥ nearFactor × frame km × 1000 (near pairs). */
export function nearFactor(f: LocalFrame, queryCosLat: number): number {
  if (f.cos0Sq <= 0) return 0;
  return SIGMA * Math.sqrt(Math.min(1, (queryCosLat * f.minCos) / f.cos0Sq));
}

/** Haversine metres that every far pair (see the proof above) exceeds, for a query (cosine of its latitude). */
export function farLimitMeters(f: LocalFrame, queryCosLat: number): number {
  return 2 * EARTH_RADIUS_M * Math.sqrt(queryCosLat * f.minCos) * Math.sin(T);
}
