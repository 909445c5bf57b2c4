import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Institution } from '../../domain/institution';
import type { InstitutionRecord } from './records';
import { institutionRecord } from './records';

/** Note on the coordinate reference system, written into every GeoJSON export. */
export const GEOJSON_CRS_NOTE = 'Koordinaten WGS84 (EPSG:4326)';

/** The foreign member `metadata` of an institution GeoJSON export. */
export interface GeoJsonExportMetadata {
  projectName: string;
  /** ISO timestamp of the export. */
  exportedAt: string;
  /** Number of features (located institutions) in the file. */
  count: number;
  /** Number of institutions left out because they have no coordinates yet. */
  unlocatedOmitted: number;
  note: typeof GEOJSON_CRS_NOTE;
}

/** The GeoJSON object written by institutionsToGeoJson. */
export type InstitutionFeatureCollection = FeatureCollection<Point, InstitutionRecord> & {
  metadata: GeoJsonExportMetadata;
};

function isLocated(i: Institution): i is Institution & { lat: number; lon: number } {
  return typeof i.lat === 'number' && typeof i.lon === 'number' && Number.isFinite(i.lat) && Number.isFinite(i.lon);
}

/**
 * The institutions as a GeoJSON FeatureCollection (RFC 7946), one Point feature per located
 * institution in the given order: coordinates [longitude, latitude] in WGS84, the feature
 * `id` is the institution id and the properties are all fields except `projectId` (`tags`
 * as an array). Institutions without coordinates are left out and counted in the foreign
 * member `metadata`, which also names the project, the export time and the coordinate system.
 * Returns the JSON text, indented with 2 spaces.
 */
export function institutionsToGeoJson(
  list: readonly Institution[],
  meta: { projectName: string; exportedAt: string },
): string {
  const features: Feature<Point, InstitutionRecord>[] = [];
  for (const i of list) {
    if (!isLocated(i)) continue;
    features.push({
      type: 'Feature',
      id: i.id,
      geometry: { type: 'Point', coordinates: [i.lon, i.lat] },
      properties: institutionRecord(i),
    });
  }
  const collection: InstitutionFeatureCollection = {
    type: 'FeatureCollection',
    metadata: {
      projectName: meta.projectName,
      exportedAt: meta.exportedAt,
      count: features.length,
      unlocatedOmitted: list.length - features.length,
      note: GEOJSON_CRS_NOTE,
    },
    features,
  };
  return JSON.stringify(collection, null, 2);
}
