import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { areaById, DEFAULT_AREA_ID, inAreaBox, isAreaId, outsideArea, PLANNING_AREAS } from '../../../src/domain/areas';
import { checkCoordinates } from '../../../src/data/import/coordinates';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

describe('planning areas', () => {
  it('are the 16 Länder by key and all of Germany, Thuringia by default', () => {
    expect(PLANNING_AREAS.map((a) => a.id)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', 'de']);
    expect(areaById(undefined).name).toBe('Thüringen');
    expect(areaById(null).id).toBe(DEFAULT_AREA_ID);
    expect(areaById('99').id).toBe(DEFAULT_AREA_ID);
    expect(areaById('14').name).toBe('Sachsen');
    expect(isAreaId('de')).toBe(true);
    expect(isAreaId('16 ')).toBe(false);
    expect(isAreaId(16)).toBe(false);
  });

  it('tell points inside their box from points outside, with a small margin', () => {
    const th = areaById('16');
    expect(inAreaBox(th, 50.98, 11.03)).toBe(true); // Erfurt
    expect(inAreaBox(th, 51.05, 13.74)).toBe(false); // Dresden
    expect(inAreaBox(areaById('14'), 51.05, 13.74)).toBe(true);
    expect(inAreaBox(areaById('de'), 54.78, 9.43)).toBe(true); // Flensburg
    expect(inAreaBox(th, 50.16, 11)).toBe(true); // just south of the box
    expect(outsideArea(th)).toBe('außerhalb Thüringens');
    expect(outsideArea(areaById('11'))).toBe('außerhalb von Berlin');
    expect(outsideArea(areaById('de'))).toBe('außerhalb Deutschlands');
  });

  it('make the import warn about points outside the project\'s area, and spot swaps there', () => {
    const cells = (lat: string, lon: string) => ({ lat, lon, latColumn: 'Breite', lonColumn: 'Länge' });
    expect(checkCoordinates(cells('50,98', '11,03'), 'Zeile 2: ', areaById('14')).issues[0].message).toBe('Zeile 2: Breite „50,98“ und Länge „11,03“ liegen außerhalb von Sachsen.');
    expect(checkCoordinates(cells('50,98', '11,03'), '', areaById('de')).issues).toEqual([]);
    expect(checkCoordinates(cells('13,74', '51,05'), '', areaById('14')).issues[0].code).toBe('swapped');
  });

  it('have boxes that hold the generated outline of each area', () => {
    for (const area of PLANNING_AREAS) {
      const file = area.id === DEFAULT_AREA_ID ? path.join(ROOT, 'data', 'thueringen', 'land.geojson') : path.join(ROOT, 'data', 'gebiete', area.id, 'land.geojson');
      expect(fs.existsSync(file), `${file} fehlt: erst "npm run areas"`).toBe(true);
      const land = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(land.features[0].properties.name).toBe(area.name);
      let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
      const walk = (c: unknown): void => {
        if (Array.isArray(c) && typeof c[0] === 'number') {
          [w, s, e, n] = [Math.min(w, c[0]), Math.min(s, c[1] as number), Math.max(e, c[0]), Math.max(n, c[1] as number)];
        } else if (Array.isArray(c)) c.forEach(walk);
      };
      land.features.forEach((f: { geometry: { coordinates: unknown } }) => walk(f.geometry.coordinates));
      const [bw, bs, be, bn] = area.bbox;
      // Rounded outward to 0.01°: contains the outline, and no more than 0.01° larger.
      expect([bw <= w, bs <= s, be >= e, bn >= n], area.name).toEqual([true, true, true, true]);
      expect(Math.max(w - bw, s - bs, be - e, bn - n), area.name).toBeLessThanOrEqual(0.0101);
    }
  });
});
