import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import { flattenAreaEntries, stringProp, type AreaEntry } from '../../../data/scripts/sources';

const feature = (ags: string): Feature<Geometry, Record<string, unknown>> => ({
  type: 'Feature',
  properties: { AGS: ags },
  geometry: { type: 'Point', coordinates: [11, 51] },
});

describe('flattenAreaEntries', () => {
  it('flattens FeatureCollections nested in the array and keeps the order', () => {
    const entries: AreaEntry[] = [
      feature('1'),
      { type: 'FeatureCollection', features: [feature('2a'), feature('2b')] },
      feature('3'),
    ];
    expect(flattenAreaEntries(entries).map((f) => f.properties.AGS)).toEqual(['1', '2a', '2b', '3']);
  });
  it('returns nothing for an empty array and for empty collections', () => {
    expect(flattenAreaEntries([])).toEqual([]);
    expect(flattenAreaEntries([{ type: 'FeatureCollection', features: [] }])).toEqual([]);
  });
  it('rejects entries that are neither Feature nor FeatureCollection', () => {
    expect(() => flattenAreaEntries([{ type: 'Polygon' } as unknown as AreaEntry])).toThrow(/Unerwarteter GeoJSON-Typ/);
  });
});

describe('stringProp', () => {
  it('reads a string property', () => {
    expect(stringProp(feature('16051'), 'AGS')).toBe('16051');
  });
  it('throws naming a missing or empty property', () => {
    expect(() => stringProp(feature(''), 'AGS')).toThrow(/AGS/);
    expect(() => stringProp(feature('1'), 'GEN')).toThrow(/GEN/);
  });
});
