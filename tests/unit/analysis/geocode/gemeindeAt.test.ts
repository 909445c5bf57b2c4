import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createGemeindeLocator } from '../../../../src/analysis/geocode/gemeindeAt';
import { pointInPolygon, preparePolygon } from '../../../../src/analysis/coverage/polygon';

const file = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../../data/thueringen/gemeinden.geojson'), 'utf8'));
const locator = createGemeindeLocator(file);

describe('createGemeindeLocator on the real Gemeinden', () => {
  it('finds the Gemeinde of known points', () => {
    expect(locator.agsAt(11.0299, 50.9787)).toBe('16051000'); // Erfurt, Anger
    expect(locator.agsAt(12.0815, 50.8766)).toBe('16052000'); // Gera
    expect(locator.agsAt(11.3235, 50.9795)).toBe('16055000'); // Weimar
    expect(locator.agsAt(13.4, 52.5)).toBeNull(); // Berlin
    expect(locator.agsAt(Number.NaN, 50)).toBeNull();
  });

  it('agrees with a plain test against every polygon (property)', () => {
    const all = (file.features as { properties: { ags: string }; geometry: never }[]).map((f) => ({ ags: f.properties.ags, p: preparePolygon(f.geometry) }));
    fc.assert(fc.property(fc.double({ min: 9.8, max: 12.7, noNaN: true }), fc.double({ min: 50.2, max: 51.7, noNaN: true }), (lon, lat) => {
      const hits = all.filter((g) => pointInPolygon(g.p, lon, lat)).map((g) => g.ags);
      const found = locator.agsAt(lon, lat);
      return hits.length === 0 ? found === null : hits.includes(found!);
    }), { numRuns: 300 });
  });

  it('skips malformed input instead of throwing', () => {
    expect(createGemeindeLocator(null).agsAt(11, 51)).toBeNull();
    const bad = createGemeindeLocator({ features: [{ type: 'Feature', properties: { ags: '1' }, geometry: { type: 'Polygon', coordinates: [] } }, { properties: { ags: '16051000' }, geometry: { type: 'Point', coordinates: [1, 2] } }, 7] });
    expect(bad.agsAt(11, 51)).toBeNull();
  });
});
