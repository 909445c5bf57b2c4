import { describe, expect, it } from 'vitest';
import { roundBbox, roundCoord, serializeCollection } from '../../../data/scripts/output';

const meta = { title: 'T', source: 'S', licence: 'L', attribution: 'A', vintage: 'V', generatedBy: 'G' };

describe('serializeCollection', () => {
  const features = [
    { type: 'Feature' as const, properties: { name: 'Gräfenroda' }, geometry: { type: 'Point' as const, coordinates: [10.8, 50.7] } },
    { type: 'Feature' as const, properties: { name: 'Zella-Mehlis' }, geometry: { type: 'Point' as const, coordinates: [10.6, 50.6] } },
  ];
  it('writes valid GeoJSON with the provenance as metadata', () => {
    const parsed = JSON.parse(serializeCollection(features, meta));
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.metadata).toEqual(meta);
    expect(parsed.features).toEqual(features);
  });
  it('puts one feature per line and is identical for identical input', () => {
    const text = serializeCollection(features, meta);
    expect(text.split('\n')).toHaveLength(5);
    expect(serializeCollection(features, meta)).toBe(text);
  });
  it('writes an empty collection', () => {
    expect(JSON.parse(serializeCollection([], meta)).features).toEqual([]);
  });
});

describe('rounding', () => {
  it('rounds coordinates to 5 decimals', () => {
    expect(roundCoord(10.123456789)).toBe(10.12346);
  });
  it('rounds a bounding box outward so it still contains the shape', () => {
    expect(roundBbox([10.12341, 50.56789, 11.00001, 51.99999])).toEqual([10.1234, 50.5678, 11.0001, 52]);
  });
});
