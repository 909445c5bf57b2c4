import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_M } from '../../../../src/analysis/distance';
import { polygonAreaKm2 } from '../../../../src/analysis/coverage/areas';
import type { PolygonGeometry, Ring } from '../../../../src/analysis/coverage/polygon';

const DATA = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'data', 'thueringen');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(DATA, f), 'utf8')) as { features: { properties: { ags: string }; geometry: PolygonGeometry }[] };

const RAD = Math.PI / 180;
const R_KM = EARTH_RADIUS_M / 1000;
/** Exact area of a lon/lat box on the sphere: R²·Δλ·(sin φn − sin φs). */
const boxArea = (w: number, s: number, e: number, n: number) => R_KM ** 2 * (e - w) * RAD * (Math.sin(n * RAD) - Math.sin(s * RAD));
const box = (w: number, s: number, e: number, n: number): Ring => [[w, s], [e, s], [e, n], [w, n], [w, s]];
const polygon = (...rings: Ring[]): PolygonGeometry => ({ type: 'Polygon', coordinates: rings });

describe('polygonAreaKm2', () => {
  it('gives the area of a 1° × 1° box at the equator: about 12,364 km² for R = 6371.0088 km', () => {
    expect(R_KM).toBe(6371.0088);
    const exact = boxArea(0, 0, 1, 1);
    expect(exact).toBeCloseTo(12363.718, 3);
    expect(Math.abs(polygonAreaKm2(polygon(box(0, 0, 1, 1))) - exact) / exact).toBeLessThan(1e-6);
  });

  it('is exact for boxes at Thuringia’s latitude, large and small', () => {
    for (const [w, s, e, n] of [[10, 50, 12.5, 51.7], [11, 51, 11.01, 51.01], [9.9, 50.2, 10, 50.3]]) {
      const exact = boxArea(w, s, e, n);
      expect(Math.abs(polygonAreaKm2(polygon(box(w, s, e, n))) - exact) / exact).toBeLessThan(1e-6);
    }
  });

  it('subtracts holes, adds the parts of a MultiPolygon and ignores the orientation', () => {
    const outer = box(11, 50.5, 11.2, 50.7);
    const hole = box(11.05, 50.55, 11.1, 50.6);
    const expected = boxArea(11, 50.5, 11.2, 50.7) - boxArea(11.05, 50.55, 11.1, 50.6);
    expect(polygonAreaKm2(polygon(outer, hole))).toBeCloseTo(expected, 4);
    expect(polygonAreaKm2(polygon([...outer].reverse(), hole))).toBeCloseTo(expected, 4);
    const second = box(12, 50, 12.1, 50.1);
    const multi: PolygonGeometry = { type: 'MultiPolygon', coordinates: [[outer, hole], [second]] };
    expect(polygonAreaKm2(multi)).toBeCloseTo(expected + boxArea(12, 50, 12.1, 50.1), 4);
  });

  it('closes a ring that does not repeat its first position, and gives 0 for nothing', () => {
    expect(polygonAreaKm2(polygon(box(11, 51, 11.1, 51.1).slice(0, 4)))).toBeCloseTo(boxArea(11, 51, 11.1, 51.1), 6);
    expect(polygonAreaKm2({ type: 'MultiPolygon', coordinates: [] })).toBe(0);
    expect(polygonAreaKm2(polygon([[11, 51], [11.1, 51], [11, 51]]))).toBeCloseTo(0, 9);
  });

  it('sums Thuringia’s 605 Gemeinden to about the official 16,202 km², like the Land’s outline', () => {
    const gemeinden = read('gemeinden.geojson').features;
    expect(gemeinden).toHaveLength(605);
    const total = gemeinden.reduce((s, f) => s + polygonAreaKm2(f.geometry), 0);
    expect(Math.abs(total - 16202) / 16202).toBeLessThan(0.02);
    const land = polygonAreaKm2(read('land.geojson').features[0].geometry);
    expect(Math.abs(land - total) / total).toBeLessThan(1e-4);
    const erfurt = gemeinden.find((f) => f.properties.ags === '16051000')!;
    expect(Math.abs(polygonAreaKm2(erfurt.geometry) - 269) / 269).toBeLessThan(0.03);
    expect(gemeinden.every((f) => polygonAreaKm2(f.geometry) > 0)).toBe(true);
  });
});
