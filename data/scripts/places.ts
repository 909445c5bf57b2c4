import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import bbox from '@turf/bbox';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** A populated place from GeoNames cities500, reduced to what the app needs. */
export interface Place {
  id: number;
  name: string;
  lon: number;
  lat: number;
  population: number;
  featureCode: string;
  /** Gemeinde AGS as GeoNames has it (admin4); may be of a newer vintage than the boundaries. */
  admin4: string;
}

/** GeoNames country code and admin1 code of Thuringia. */
export const GEONAMES_COUNTRY = 'DE';
export const GEONAMES_ADMIN1_THURINGIA = '15';

/** A German place with its GeoNames admin1 code (the Land, in GeoNames' own numbering). */
export type GermanPlace = Place & { admin1: string };

/**
 * Parses one tab-separated GeoNames line (cities500 column order). Returns null for lines of
 * other countries and for `PPLX` (parts of a place, dropped so that people are not counted twice).
 */
export function parseGermanPlace(line: string): GermanPlace | null {
  const c = line.split('\t');
  if (c.length < 19) return null;
  if (c[8] !== GEONAMES_COUNTRY || c[7] === 'PPLX') return null;
  const lat = Number(c[4]);
  const lon = Number(c[5]);
  const population = Number(c[14] || '0');
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || !Number.isFinite(population)) {
    throw new Error(`GeoNames-Zeile ${c[0]}: Zahl nicht lesbar`);
  }
  return { id: Number(c[0]), name: c[1], lon, lat, population, featureCode: c[7], admin4: c[13] ?? '', admin1: c[10] };
}

function withoutAdmin1(p: GermanPlace): Place {
  return { id: p.id, name: p.name, lon: p.lon, lat: p.lat, population: p.population, featureCode: p.featureCode, admin4: p.admin4 };
}

/** Like parseGermanPlace, but only Thuringia's places, without the admin1 code. */
export function parseThuringiaPlace(line: string): Place | null {
  const p = parseGermanPlace(line);
  if (!p || p.admin1 !== GEONAMES_ADMIN1_THURINGIA) return null;
  return withoutAdmin1(p);
}

/** Parses the whole cities500 text, keeping Germany's places in file order. */
export function parseGermanPlaces(text: string): GermanPlace[] {
  const out: GermanPlace[] = [];
  for (const line of text.split('\n')) {
    const place = parseGermanPlace(line);
    if (place) out.push(place);
  }
  return out;
}

/** Parses the whole cities500 text, keeping Thuringia's places in file order. */
export function parseThuringiaPlaces(text: string): Place[] {
  return parseGermanPlaces(text).filter((p) => p.admin1 === GEONAMES_ADMIN1_THURINGIA).map(withoutAdmin1);
}

type Area = Feature<Polygon | MultiPolygon, { ags: string }>;

/**
 * Finds the Gemeinde polygon containing each place (same vintage as the boundaries, so
 * places and areas always agree). Places outside every polygon fall back to their
 * GeoNames admin4 key when that key exists among the areas, else to null.
 */
export function assignPlacesToAreas(places: readonly Place[], areas: readonly Area[]): Map<number, string | null> {
  const boxes = areas.map((a) => bbox(a));
  const known = new Set(areas.map((a) => a.properties.ags));
  const result = new Map<number, string | null>();
  for (const p of places) {
    let found: string | null = null;
    for (let i = 0; i < areas.length && found === null; i++) {
      const [w, s, e, n] = boxes[i];
      if (p.lon < w || p.lon > e || p.lat < s || p.lat > n) continue;
      if (booleanPointInPolygon([p.lon, p.lat], areas[i])) found = areas[i].properties.ags;
    }
    if (found === null && known.has(p.admin4)) found = p.admin4;
    result.set(p.id, found);
  }
  return result;
}

/** Sums population per key; keys without places get 0 when listed in `keys`. */
export function sumPopulation(
  places: readonly Place[],
  keyOf: (p: Place) => string | null,
  keys: readonly string[] = [],
): Map<string, number> {
  const sums = new Map<string, number>(keys.map((k) => [k, 0]));
  for (const p of places) {
    const key = keyOf(p);
    if (key === null) continue;
    sums.set(key, (sums.get(key) ?? 0) + p.population);
  }
  return sums;
}

/** GeoNames admin1 codes of the city states Berlin (16), Hamburg (04) and Bremen (03). */
export const CITY_STATE_ADMIN1: readonly string[] = ['16', '04', '03'];

/** Parts of places (PPLX) of the given GeoNames admin1 codes, in file order. */
export function parseCityParts(text: string, admin1: readonly string[]): GermanPlace[] {
  const out: GermanPlace[] = [];
  for (const line of text.split('\n')) {
    const c = line.split('\t');
    if (c.length < 19 || c[8] !== GEONAMES_COUNTRY || c[7] !== 'PPLX' || !admin1.includes(c[10])) continue;
    const p = parseGermanPlace(line.replace(/\tPPLX\t/, '\tPPL\t'));
    if (p) out.push({ ...p, featureCode: 'PPLX' });
  }
  return out;
}

/**
 * A city state is in cities500 as one point with all its people (Berlin: 3.4 million at one
 * spot), which would make any distance analysis meaningless. Where the parts of such a main
 * place (PPLX in the same Gemeinde) hold at least half as many people, they replace it, their
 * numbers scaled so that they add up exactly to the main place's population (the parts overlap
 * – districts and their quarters – and are of another year). Other places stay as they are.
 */
export function splitMainPlaces<P extends Place>(places: readonly P[], parts: readonly P[], agsOf: (p: P) => string | null, isMain: (p: P) => boolean): P[] {
  const out: P[] = [];
  for (const place of places) {
    const ags = agsOf(place);
    const own = isMain(place) && ags !== null ? parts.filter((q) => agsOf(q) === ags && q.population > 0) : [];
    const sum = own.reduce((s, q) => s + q.population, 0);
    if (own.length < 3 || sum < place.population / 2) {
      out.push(place);
      continue;
    }
    // Largest remainder, so the scaled numbers are whole and add up to the main place's exactly.
    const exact = own.map((q) => (q.population * place.population) / sum);
    const whole = exact.map(Math.floor);
    let rest = place.population - whole.reduce((s, v) => s + v, 0);
    const order = exact.map((v, i) => [v - whole[i], i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (const [, i] of order) {
      if (rest <= 0) break;
      whole[i]++;
      rest--;
    }
    own.forEach((q, i) => out.push({ ...q, population: whole[i] }));
  }
  return out;
}
