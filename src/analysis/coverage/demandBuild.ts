import { polygonAreaKm2 } from './areas';
import type { DemandPoint } from './demand';
import type { PolygonGeometry } from './polygon';

/**
 * A Gemeinde is "rural" when fewer than 150 inhabitants live on one km² of it: the OECD's
 * threshold for rural local units, applied here to whole Gemeinden (municipal level).
 */
export const RURAL_DENSITY_PER_KM2 = 150;

type PointGeometry = { type: 'Point'; coordinates: readonly number[] };
/** gemeinden.geojson: one (Multi)Polygon per Gemeinde. */
export interface GemeindenCollection {
  features: readonly { properties: { ags: string; name: string; kreis: string; einwohner: number }; geometry: PolygonGeometry }[];
}
/** orte.geojson: places with population, Gemeinde (ags) and Kreis key. */
export interface OrteCollection {
  features: readonly { properties: { ags: string; kreis: string; einwohner: number; name?: string }; geometry: PointGeometry }[];
}
/** gemeinde-labels.geojson: one label point per Gemeinde. */
export interface LabelsCollection {
  features: readonly { properties: { ags: string }; geometry: PointGeometry }[];
}

export interface GemeindeInfo {
  name: string; kreis: string; population: number; areaKm2: number;
  /** Inhabitants per km². */
  density: number;
  rural: boolean;
  /** Label point (gemeinde-labels.geojson), when known. */
  labelLon?: number; labelLat?: number;
}

const people = (v: unknown): number => (typeof v === 'number' && v >= 0 && v < Infinity ? v : 0);

/**
 * Name, Kreis, population (`einwohner`), area, density and rural flag of every Gemeinde, keyed
 * by AGS, in file order; with label points when `labelsFc` is given. A Gemeinde without
 * inhabitants has density 0 and so counts as rural.
 */
export function gemeindeInfo(gemeindenFc: GemeindenCollection, labelsFc?: LabelsCollection): Map<string, GemeindeInfo> {
  const labels = new Map(labelsFc?.features.map((f) => [f.properties.ags, f.geometry.coordinates] as const));
  const out = new Map<string, GemeindeInfo>();
  for (const { properties: p, geometry } of gemeindenFc.features) {
    const population = people(p.einwohner);
    const areaKm2 = polygonAreaKm2(geometry);
    const density = population === 0 ? 0 : areaKm2 > 0 ? population / areaKm2 : Infinity;
    const info: GemeindeInfo = { name: p.name, kreis: p.kreis, population, areaKm2, density, rural: density < RURAL_DENSITY_PER_KM2 };
    const label = labels.get(p.ags);
    if (label) [info.labelLon, info.labelLat] = [label[0], label[1]];
    out.set(p.ags, info);
  }
  return out;
}

/**
 * The default demand: one point per place, weighted with its population. Group and Gemeinde
 * come from the place; rural from its Gemeinde (false when the Gemeinde is unknown).
 */
export function placesDemand(orteFc: OrteCollection, info: ReadonlyMap<string, GemeindeInfo>): DemandPoint[] {
  return orteFc.features.map(({ properties: p, geometry: g }) => ({
    lon: g.coordinates[0], lat: g.coordinates[1], weight: people(p.einwohner), group: p.kreis, gemeinde: p.ags, rural: info.get(p.ags)?.rural ?? false,
  }));
}

/**
 * The 8-digit AGS of a key, or null. Blanks inside are dropped ("16 0 51 000"). A 12-digit
 * regional key (ARS: Land 2, Regierungsbezirk 1, Kreis 2, Gemeindeverband 4, Gemeinde 3
 * digits) gives its first 5 and last 3 digits: ARS 160510000000 → AGS 16051000.
 */
export function agsOfKey(key: string): string | null {
  const s = key.replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d{8}$/.test(s)) return s;
  if (/^\d{12}$/.test(s)) return s.slice(0, 5) + s.slice(9);
  return null;
}

export interface StatisticsDemand {
  demand: DemandPoint[];
  /** Name of each demand point: the place's, or the Gemeinde's for a point at its label. */
  names: string[];
  /** Keys that name none of the Gemeinden (also Kreis keys), as given, in input order, once each. */
  unmatched: string[];
  /** AGS given more than once; the first row counts. */
  duplicates: string[];
  /** AGS of Gemeinden without a row, in the order of `info`. */
  missing: string[];
  /** AGS whose value is not a finite number ≥ 0; they add nothing. */
  invalid: string[];
  /** AGS of Gemeinden that have neither a place with inhabitants nor a label point; their value is lost. */
  unplaced: string[];
  /** Sum of the values placed as demand. */
  total: number;
}

/**
 * Demand from a table of values per Gemeinde (e.g. children under 6): each Gemeinde's value is
 * spread over its places in proportion to their population; a Gemeinde without a place with
 * inhabitants gets one point at its label point (from `labelsFc`, else from `info`). The points
 * of a Gemeinde add up to its value (the largest place takes the remainder), so the spread
 * keeps every Gemeinde's total up to floating-point rounding.
 */
export function statisticsDemand(table: readonly { ags: string; value: number }[], orteFc: OrteCollection,
  labelsFc: LabelsCollection | null, info: ReadonlyMap<string, GemeindeInfo>): StatisticsDemand {
  const values = new Map<string, number>();
  const [unmatched, duplicates, invalid] = [new Set<string>(), new Set<string>(), new Set<string>()];
  for (const row of table) {
    const ags = agsOfKey(row.ags);
    if (ags === null || !info.has(ags)) unmatched.add(row.ags.trim());
    else if (values.has(ags) || invalid.has(ags)) duplicates.add(ags);
    else if (!(row.value >= 0 && row.value < Infinity)) invalid.add(ags);
    else values.set(ags, row.value);
  }
  const places = new Map<string, { lon: number; lat: number; pop: number; name: string }[]>();
  for (const { properties: p, geometry: g } of orteFc.features) {
    const pop = people(p.einwohner);
    if (pop === 0) continue;
    const list = places.get(p.ags) ?? places.set(p.ags, []).get(p.ags)!;
    list.push({ lon: g.coordinates[0], lat: g.coordinates[1], pop, name: p.name ?? '' });
  }
  const labels = new Map(labelsFc?.features.map((f) => [f.properties.ags, f.geometry.coordinates] as const));

  const [demand, names]: [DemandPoint[], string[]] = [[], []];
  const [missing, unplaced] = [[] as string[], [] as string[]];
  let total = 0;
  for (const [ags, g] of info) {
    const value = values.get(ags);
    if (value === undefined && !invalid.has(ags)) missing.push(ags);
    if (value === undefined) continue;
    const add = (lon: number, lat: number, weight: number, name: string) => {
      demand.push({ lon, lat, weight, group: g.kreis, gemeinde: ags, rural: g.rural });
      names.push(name);
    };
    const own = places.get(ags);
    const label = labels.get(ags) ?? (g.labelLon !== undefined && g.labelLat !== undefined ? [g.labelLon, g.labelLat] : null);
    if (!own && label) add(label[0], label[1], value, g.name);
    else if (!own) {
      unplaced.push(ags);
      continue;
    } else {
      const sumPop = own.reduce((s, p) => s + p.pop, 0);
      const largest = own.reduce((best, p, k) => (p.pop > own[best].pop ? k : best), 0);
      const weights = own.map((p, k) => (k === largest ? 0 : (value * p.pop) / sumPop));
      weights[largest] = Math.max(0, value - weights.reduce((s, w) => s + w, 0));
      own.forEach((p, k) => add(p.lon, p.lat, weights[k], p.name));
    }
    total += value;
  }
  return { demand, names, unmatched: [...unmatched], duplicates: [...duplicates], missing, invalid: [...invalid], unplaced, total };
}
