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
