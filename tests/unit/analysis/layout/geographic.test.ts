import { describe, expect, it } from 'vitest';
import { geographicLayout, NODE_SPACING } from '../../../../src/analysis/layout';
import { mercator } from '../../../../src/analysis/layout/geographic';
import { makeInput } from './graphs';

// Erfurt, Jena, Suhl, Nordhausen, Altenburg
const lon = [11.0299, 11.5892, 10.6928, 10.7913, 12.4336];
const lat = [50.9787, 50.9272, 50.6091, 51.5046, 50.9853];

describe('geographicLayout', () => {
  const res = geographicLayout(makeInput(5, [], { lon, lat }));

  it('puts a node further east further right', () => {
    for (let a = 0; a < 5; a++) for (let b = 0; b < 5; b++) if (lon[a] > lon[b]) expect(res.x[a]).toBeGreaterThan(res.x[b]);
  });

  it('puts a node further north higher up (smaller y)', () => {
    for (let a = 0; a < 5; a++) for (let b = 0; b < 5; b++) if (lat[a] > lat[b]) expect(res.y[a]).toBeLessThan(res.y[b]);
  });

  it('spans the requested width and keeps the aspect ratio of Web Mercator', () => {
    const wide = geographicLayout(makeInput(5, [], { lon, lat }), 2000);
    expect(Math.max(...wide.x) - Math.min(...wide.x)).toBeCloseTo(2000, 6);
    const [west, north] = mercator(Math.min(...lon), Math.max(...lat));
    const [east, south] = mercator(Math.max(...lon), Math.min(...lat));
    const aspect = (Math.max(...res.x) - Math.min(...res.x)) / (Math.max(...res.y) - Math.min(...res.y));
    expect(aspect).toBeCloseTo((east - west) / (south - north), 9);
    expect(Math.max(...res.x) - Math.min(...res.x)).toBeCloseTo(1000, 6);
  });

  it('places nodes without coordinates in a tidy grid below the map, in input order', () => {
    const n = 200;
    const input = makeInput(n, [], {
      lon: Array.from({ length: n }, (_, i) => (i < 5 ? lon[i] : null)),
      lat: Array.from({ length: n }, (_, i) => (i < 5 ? lat[i] : i % 2 ? null : 51)),
    });
    const grid = geographicLayout(input);
    const mapBottom = Math.max(...Array.from(grid.y.subarray(0, 5)));
    const rows = new Set<number>();
    for (let i = 5; i < n; i++) {
      expect(grid.y[i]).toBeGreaterThan(mapBottom);
      expect(grid.x[i]).toBeGreaterThanOrEqual(0);
      expect(grid.x[i]).toBeLessThanOrEqual(1000);
      rows.add(grid.y[i]);
      if (i > 5 && grid.y[i] === grid.y[i - 1]) expect(grid.x[i] - grid.x[i - 1]).toBe(NODE_SPACING);
    }
    expect(rows.size).toBeGreaterThan(1);
    expect(grid.y[6]).toBe(grid.y[5]);
  });

  it('fans out nodes sharing one position, so none hides another', () => {
    const same = geographicLayout(makeInput(4, [], { lon: [...lon.slice(0, 2), 11.0299, 11.0299], lat: [...lat.slice(0, 2), 50.9787, 50.9787] }));
    const keys = new Set(Array.from(same.x, (x, i) => `${x},${same.y[i]}`));
    expect(keys.size).toBe(4);
  });

  it('centres a single located node in the map area', () => {
    const one = geographicLayout(makeInput(1, [], { lon: [11], lat: [51] }));
    expect([one.x[0], one.y[0]]).toEqual([500, 500]);
  });

  it('projects north up, with latitude clamped to the Mercator limit', () => {
    expect(mercator(0, 60)[1]).toBeLessThan(mercator(0, 50)[1]);
    expect(Number.isFinite(mercator(0, 90)[1])).toBe(true);
    expect(mercator(0, 90)[1]).toBe(mercator(0, 89)[1]);
  });
});
