import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { haversineMeters, EARTH_RADIUS_M } from '../../../../src/analysis/distance';
import { cellRing, createGrid } from '../../../../src/analysis/coverage/grid';
import { laea, laeaForward, laeaInverse } from '../../../../src/analysis/coverage/laea';
import { pointInPolygon, preparePolygon, type PolygonGeometry, type Ring } from '../../../../src/analysis/coverage/polygon';

const RAD = Math.PI / 180;
const KM_PER_DEG = (EARTH_RADIUS_M / 1000) * RAD;
const square = (w: number, s: number, e: number, n: number): Ring => [[w, s], [e, s], [e, n], [w, n], [w, s]];

describe('createGrid', () => {
  it('has 20 × 10 cells of 1 km in a box 20.5 km wide and 10.5 km high around its centre', () => {
    const halfLon = 10.25 / (KM_PER_DEG * Math.cos(51 * RAD));
    const halfLat = 5.25 / KM_PER_DEG;
    const g = createGrid({ west: 11 - halfLon, south: 51 - halfLat, east: 11 + halfLon, north: 51 + halfLat });
    expect(g.count).toBe(200);
    expect(new Set(g.x).size).toBe(20);
    expect(new Set(g.y).size).toBe(10);
    expect(createGrid({ west: 11 - halfLon, south: 51 - halfLat, east: 11 + halfLon, north: 51 + halfLat }, { cellKm: 2 }).count).toBe(60); // centres ±1…±9 km × ±1…±5 km
  });

  it('covers Thuringia’s bounding box with about one cell per km² (equal-area frame)', () => {
    const box = { west: 9.87, south: 50.2, east: 12.66, north: 51.65 };
    const areaKm2 = (EARTH_RADIUS_M / 1000) ** 2 * (box.east - box.west) * RAD * (Math.sin(box.north * RAD) - Math.sin(box.south * RAD));
    const g = createGrid(box);
    expect(Math.abs(g.count - areaKm2) / areaKm2).toBeLessThan(0.01);
    for (let i = 0; i < g.count; i += 97) {
      expect(g.lon[i]).toBeGreaterThanOrEqual(box.west);
      expect(g.lat[i]).toBeLessThanOrEqual(box.north);
    }
  });

  it('keeps only cells inside a polygon with a hole', () => {
    const geometry: PolygonGeometry = { type: 'Polygon', coordinates: [square(10, 50, 10.5, 50.3), square(10.1, 50.1, 10.2, 50.2)] };
    const box = { west: 9.9, south: 49.9, east: 10.6, north: 50.4 };
    const all = createGrid(box);
    const g = createGrid(box, { within: geometry });
    const inHole = (i: number) => g.lon[i] > 10.1 && g.lon[i] < 10.2 && g.lat[i] > 50.1 && g.lat[i] < 50.2;
    expect(g.count).toBeGreaterThan(0);
    expect(g.count).toBeLessThan(all.count);
    for (let i = 0; i < g.count; i++) {
      expect(inHole(i)).toBe(false);
      expect(g.lon[i] >= 10 && g.lon[i] <= 10.5 && g.lat[i] >= 50 && g.lat[i] <= 50.3).toBe(true);
    }
    const outerKm2 = 0.5 * 0.3 * KM_PER_DEG ** 2 * Math.cos(50.15 * RAD);
    const holeKm2 = 0.1 * 0.1 * KM_PER_DEG ** 2 * Math.cos(50.15 * RAD);
    expect(Math.abs(g.count - (outerKm2 - holeKm2)) / (outerKm2 - holeKm2)).toBeLessThan(0.03);
  });

  it('gives about 16,200 cells of 1 km² for the Land Thuringia', () => {
    const file = path.resolve(import.meta.dirname, '../../../../data/thueringen/land.geojson');
    const land = JSON.parse(fs.readFileSync(file, 'utf8')) as { features: { geometry: PolygonGeometry }[] };
    const g = createGrid({ west: 9.87, south: 50.2, east: 12.66, north: 51.65 }, { within: land.features[0].geometry });
    expect(g.count).toBeGreaterThan(15_800);
    expect(g.count).toBeLessThan(16_600);
  });

  it('turns a cell into a closed counter-clockwise ring with sides of cellKm', () => {
    const g = createGrid({ west: 11, south: 51, east: 11.2, north: 51.1 }, { cellKm: 2 });
    const ring = cellRing(g, 3);
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual(ring[0]);
    for (let k = 0; k < 4; k++) expect(haversineMeters(...ring[k], ...ring[k + 1])).toBeCloseTo(2000, -1);
    let twiceArea = 0;
    for (let k = 0; k < 4; k++) twiceArea += ring[k][0] * ring[k + 1][1] - ring[k + 1][0] * ring[k][1];
    expect(twiceArea).toBeGreaterThan(0);
    const mid = [(ring[0][0] + ring[2][0]) / 2, (ring[0][1] + ring[2][1]) / 2];
    expect(mid[0]).toBeCloseTo(g.lon[3], 4);
    expect(mid[1]).toBeCloseTo(g.lat[3], 4);
    expect(() => cellRing(g, g.count)).toThrow(RangeError);
  });

  it('refuses invalid boxes, cell sizes and grids that are too fine', () => {
    expect(() => createGrid({ west: 12, south: 50, east: 11, north: 51 })).toThrow(RangeError);
    expect(() => createGrid({ west: 11, south: 50, east: 12, north: 51 }, { cellKm: 0 })).toThrow(RangeError);
    expect(() => createGrid({ west: 5, south: 47, east: 15, north: 55 }, { cellKm: 0.1 })).toThrow(RangeError);
  });
});

describe('pointInPolygon', () => {
  const withHole = preparePolygon({ type: 'Polygon', coordinates: [square(0, 0, 10, 10), square(4, 4, 6, 6)] });
  it('is true inside the outer ring, false in the hole and outside', () => {
    expect(pointInPolygon(withHole, 2, 2)).toBe(true);
    expect(pointInPolygon(withHole, 5, 5)).toBe(false);
    expect(pointInPolygon(withHole, 7, 5)).toBe(true);
    expect(pointInPolygon(withHole, 11, 5)).toBe(false);
    expect(pointInPolygon(withHole, 5, -0.1)).toBe(false);
  });

  it('handles a multipolygon whose second part has an island in its hole', () => {
    const multi = preparePolygon({
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 1, 1)], [square(5, 5, 9, 9), square(6, 6, 8, 8)], [square(6.5, 6.5, 7.5, 7.5)]],
    });
    expect(multi.parts).toHaveLength(3);
    expect(pointInPolygon(multi, 0.5, 0.5)).toBe(true);
    expect(pointInPolygon(multi, 5.5, 5.5)).toBe(true);
    expect(pointInPolygon(multi, 6.2, 7)).toBe(false);
    expect(pointInPolygon(multi, 7, 7)).toBe(true);
    expect(pointInPolygon(multi, 3, 3)).toBe(false);
  });

  it('gives the same answer with its band index as testing every edge, on the Land outline', () => {
    const land = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../../data/thueringen/land.geojson'), 'utf8')).features[0].geometry as PolygonGeometry;
    const prepared = preparePolygon(land);
    expect(prepared.parts.some((p) => p.bands !== null)).toBe(true);
    const polygons = land.type === 'Polygon' ? [land.coordinates] : land.coordinates;
    const brute = (lon: number, lat: number) => polygons.some((rings) => {
      let inside = false;
      for (const ring of rings) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i];
          const [xj, yj] = ring[j];
          if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
        }
      }
      return inside;
    });
    // Random points and the outline's own vertices (the hardest cases).
    const vertex = fc.nat().map((k) => polygons[0][0][k % polygons[0][0].length]);
    fc.assert(fc.property(fc.oneof(fc.tuple(fc.double({ min: 9.8, max: 12.7, noNaN: true }), fc.double({ min: 50.1, max: 51.7, noNaN: true })), vertex), ([lon, lat]) => {
      expect(pointInPolygon(prepared, lon, lat)).toBe(brute(lon, lat));
    }), { numRuns: 3000 });
  });

  it('works on a concave ring', () => {
    const u = preparePolygon({ type: 'Polygon', coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]] });
    expect(pointInPolygon(u, 1.5, 2)).toBe(false);
    expect(pointInPolygon(u, 0.5, 2)).toBe(true);
    expect(pointInPolygon(u, 1.5, 0.5)).toBe(true);
  });
});

describe('laea', () => {
  it('inverts its forward projection', () => {
    const p = laea(11.26, 50.93);
    const lon = fc.double({ min: 5, max: 18, noNaN: true });
    const lat = fc.double({ min: 45, max: 57, noNaN: true });
    fc.assert(
      fc.property(lon, lat, (x, y) => {
        const [bx, by] = laeaInverse(p, ...laeaForward(p, x, y));
        expect(bx).toBeCloseTo(x, 9);
        expect(by).toBeCloseTo(y, 9);
      }),
    );
  });
});
