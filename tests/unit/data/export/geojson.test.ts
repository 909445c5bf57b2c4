import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { InstitutionId } from '../../../../src/domain/ids';
import { GEOJSON_CRS_NOTE, institutionsToGeoJson } from '../../../../src/data/export/geojson';
import type { GeoJsonExportMetadata } from '../../../../src/data/export/geojson';
import { sampleInstitution } from './arbitraries';

type Parsed = FeatureCollection<Point, Record<string, unknown>> & { metadata: GeoJsonExportMetadata };

const meta = { projectName: 'Sozialraum Gera', exportedAt: '2025-03-01T10:00:00.000Z' };
const located = sampleInstitution({ id: 'a' as InstitutionId, lat: 50.87766, lon: 12.08224, tags: ['Kita', 'Café'] });
const unlocated = sampleInstitution({ id: 'b' as InstitutionId, lat: null, lon: null, locationQuality: 'none' });
const halfLocated = sampleInstitution({ id: 'c' as InstitutionId, lat: 50.9, lon: null });

function exportOf(list = [located, unlocated, halfLocated]): Parsed {
  return JSON.parse(institutionsToGeoJson(list, meta)) as Parsed;
}

describe('institutionsToGeoJson', () => {
  it('writes a FeatureCollection with one Point feature per located institution only', () => {
    const fc = exportOf();
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.id)).toEqual(['a']);
    expect(fc.features[0].type).toBe('Feature');
    expect(fc.features[0].geometry).toEqual({ type: 'Point', coordinates: [12.08224, 50.87766] });
  });

  it('puts every field except projectId into the properties, tags as an array', () => {
    const { projectId, ...expected } = located;
    expect(projectId).toBe('proj-1');
    const props = exportOf().features[0].properties;
    expect(props).toEqual(expected);
    expect(props).not.toHaveProperty('projectId');
    expect(props.tags).toEqual(['Kita', 'Café']);
  });

  it('adds the foreign member metadata with project, export time, counts and the coordinate system', () => {
    expect(exportOf().metadata).toEqual({
      projectName: 'Sozialraum Gera',
      exportedAt: '2025-03-01T10:00:00.000Z',
      count: 1,
      unlocatedOmitted: 2,
      note: 'Koordinaten WGS84 (EPSG:4326)',
    });
    expect(GEOJSON_CRS_NOTE).toBe('Koordinaten WGS84 (EPSG:4326)');
  });

  it('writes an empty FeatureCollection for no institutions', () => {
    const fc = exportOf([]);
    expect(fc.features).toEqual([]);
    expect(fc.metadata.count).toBe(0);
    expect(fc.metadata.unlocatedOmitted).toBe(0);
  });

  it('keeps the order of the list and indents the JSON with 2 spaces', () => {
    const second = sampleInstitution({ id: 'z' as InstitutionId, lat: 51, lon: 11 });
    const text = institutionsToGeoJson([second, located], meta);
    expect((JSON.parse(text) as Parsed).features.map((f) => f.id)).toEqual(['z', 'a']);
    expect(text).toContain('\n  "type": "FeatureCollection"');
  });
});
