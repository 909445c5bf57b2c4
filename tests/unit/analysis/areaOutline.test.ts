import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BORDER_TOLERANCE_M, createAreaOutline } from '../../../src/analysis/areaOutline';
import { EARTH_RADIUS_M } from '../../../src/analysis/distance';
import { checkCoordinates } from '../../../src/data/import/coordinates';
import { areaById } from '../../../src/domain/areas';

const land = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', '..', 'data', 'thueringen', 'land.geojson'), 'utf8'));
const outline = createAreaOutline(land)!;
const M_PER_DEG = (EARTH_RADIUS_M * Math.PI) / 180;

/**
 * Points `metres` inside and outside Thuringia's border: off the middle of the outline's longest
 * edge, along its normal (which side is inside is asked of the outline at 0 tolerance).
 */
function besideBorder(metres: number): { inside: [number, number]; outside: [number, number] } {
  const ring: [number, number][] = land.features[0].geometry.type === 'Polygon' ? land.features[0].geometry.coordinates[0] : land.features[0].geometry.coordinates[0][0];
  let best = { len: 0, i: 0 };
  for (let i = 1; i < ring.length; i++) {
    const kx = Math.cos((ring[i][1] * Math.PI) / 180);
    const len = Math.hypot((ring[i][0] - ring[i - 1][0]) * kx, ring[i][1] - ring[i - 1][1]);
    if (len > best.len) best = { len, i };
  }
  const [a, b] = [ring[best.i - 1], ring[best.i]];
  const [lon, lat] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const kx = Math.cos((lat * Math.PI) / 180) * M_PER_DEG;
  const [dx, dy] = [(b[0] - a[0]) * kx, (b[1] - a[1]) * M_PER_DEG];
  const norm = Math.hypot(dx, dy);
  const [nx, ny] = [-dy / norm, dx / norm];
  const p: [number, number] = [lat + (ny * metres) / M_PER_DEG, lon + (nx * metres) / kx];
  const q: [number, number] = [lat - (ny * metres) / M_PER_DEG, lon - (nx * metres) / kx];
  const strict = createAreaOutline(land, 0)!;
  return strict.contains(...p) ? { inside: p, outside: q } : { inside: q, outside: p };
}

describe('createAreaOutline on Thuringia’s outline', () => {
  it('puts Leipzig (51.34 N, 12.37 E) outside, though it lies in Thuringia’s bounding box', () => {
    expect(outline.contains(51.34, 12.37)).toBe(false);
    expect(outline.distanceOutside(51.34, 12.37)).toBeGreaterThan(10_000);
    expect(outline.contains(50.978, 11.029)).toBe(true); // Erfurt
    expect(outline.distanceOutside(50.978, 11.029)).toBe(0);
  });

  it('keeps a point 100 m inside the border, and one 100 m outside (tolerance 300 m), but not one 1 km outside', () => {
    const near = besideBorder(100);
    expect(outline.distanceOutside(...near.inside)).toBe(0);
    expect(outline.contains(...near.inside)).toBe(true);
    expect(outline.distanceOutside(...near.outside)).toBeGreaterThan(90);
    expect(outline.distanceOutside(...near.outside)).toBeLessThan(110);
    expect(outline.contains(...near.outside)).toBe(true);
    const far = besideBorder(1000);
    expect(outline.contains(...far.outside)).toBe(false);
    expect(BORDER_TOLERANCE_M).toBe(300);
  });

  it('returns null for anything without a polygon', () => {
    expect(createAreaOutline(null)).toBeNull();
    expect(createAreaOutline({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [11, 51] } }] })).toBeNull();
  });
});

describe('checkCoordinates against the outline', () => {
  const cells = (lat: string, lon: string) => ({ lat, lon, latColumn: 'Breite', lonColumn: 'Länge' });
  const thuringia = areaById('16');

  it('flags a point in Leipzig as outside Thuringia, with how far; the bounding box alone let it through', () => {
    const check = checkCoordinates(cells('51,34', '12,37'), 'Zeile 2: ', thuringia, outline);
    expect(check.issues).toHaveLength(1);
    expect(check.issues[0]).toMatchObject({ code: 'outside-thuringia', severity: 'warning' });
    expect(check.issues[0].message).toMatch(/^Zeile 2: Breite „51,34“ und Länge „12,37“ liegen außerhalb Thüringens \(etwa \d+ km jenseits der Grenze\)\.$/);
    expect(check).toMatchObject({ lat: 51.34, lon: 12.37, locationQuality: 'exact' });
    expect(checkCoordinates(cells('51,34', '12,37'), 'Zeile 2: ', thuringia).issues).toEqual([]);
  });

  it('does not flag a point 100 m inside the border', () => {
    const [lat, lon] = besideBorder(100).inside;
    expect(checkCoordinates(cells(String(lat), String(lon)), '', thuringia, outline).issues).toEqual([]);
  });

  it('still recognises swapped coordinates', () => {
    expect(checkCoordinates(cells('11,029', '50,978'), '', thuringia, outline).issues[0]?.code).toBe('swapped');
  });
});
