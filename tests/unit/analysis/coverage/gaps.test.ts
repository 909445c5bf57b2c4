import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gapCells, gapOutline, gapRings, gridClassCounts, gridClassesGeoJson, gridRunsGeoJson } from '../../../../src/analysis/coverage/gaps';
import { pointInPolygon, preparePolygon } from '../../../../src/analysis/coverage/polygon';
import { createGrid, type Grid } from '../../../../src/analysis/coverage/grid';
import { laea, laeaForward, laeaInverse, type Laea } from '../../../../src/analysis/coverage/laea';

/** A grid of 1 km cells from a picture, top row first: '#' gap cell, '.' other cell, ' ' no cell. */
function picture(rows: string[]): { grid: Grid; gap: Uint8Array } {
  const projection = laea(11, 51);
  const cells: { x: number; y: number; gap: number }[] = [];
  rows.forEach((row, r) => [...row].forEach((ch, i) => {
    if (ch !== ' ') cells.push({ x: i + 0.5, y: rows.length - 1 - r + 0.5, gap: ch === '#' ? 1 : 0 });
  }));
  const lonLat = cells.map((c) => laeaInverse(projection, c.x, c.y));
  const grid: Grid = {
    cellKm: 1, projection, count: cells.length,
    x: Float64Array.from(cells, (c) => c.x), y: Float64Array.from(cells, (c) => c.y),
    lon: Float64Array.from(lonLat, (p) => p[0]), lat: Float64Array.from(lonLat, (p) => p[1]),
  };
  return { grid, gap: Uint8Array.from(cells, (c) => c.gap) };
}

function ringsOf(rows: string[]): [number, number][][] {
  const { grid, gap } = picture(rows);
  return gapRings(grid, gap);
}

/** Signed area (lattice units) of a closed ring: positive when counter-clockwise. */
const signedArea = (ring: [number, number][]) => ring.slice(1).reduce((s, [x, y], k) => s + ring[k][0] * y - x * ring[k][1], 0) / 2;

/** The directed unit sides of the rings as "a,b>a',b'" strings. */
function unitSides(rings: [number, number][][]): string[] {
  const out: string[] = [];
  for (const ring of rings) {
    for (let k = 1; k < ring.length; k++) {
      const [[a, b], [c, d]] = [ring[k - 1], ring[k]];
      const n = Math.abs(c - a) + Math.abs(d - b);
      expect(a === c || b === d).toBe(true); // axis-parallel
      for (let s = 0; s < n; s++) out.push(`${a + ((c - a) / n) * s},${b + ((d - b) / n) * s}>${a + ((c - a) / n) * (s + 1)},${b + ((d - b) / n) * (s + 1)}`);
    }
  }
  return out.sort();
}

const closed = (ring: readonly (readonly number[])[]) => ring.length >= 5 && ring[0].every((v, i) => v === ring[ring.length - 1][i]);

describe('gapRings and gapOutline', () => {
  it('outline a single gap cell with one closed ring of 4 sides', () => {
    const { grid, gap } = picture(['...', '.#.', '...']);
    expect(gapRings(grid, gap)).toEqual([[[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]]);
    const outline = gapOutline(grid, gap);
    expect(outline.type).toBe('MultiLineString');
    expect(outline.coordinates).toHaveLength(1);
    expect(outline.coordinates[0]).toHaveLength(5);
    expect(closed(outline.coordinates[0])).toBe(true);
    // The corners are the cell's corners in the grid's frame.
    const [x, y] = laeaForward(grid.projection as Laea, outline.coordinates[0][2][0], outline.coordinates[0][2][1]);
    expect(x).toBeCloseTo(2, 4);
    expect(y).toBeCloseTo(2, 4);
  });

  it('outline a 2 × 2 block with one closed ring of 8 unit sides around 4 cells', () => {
    const rings = ringsOf(['....', '.##.', '.##.', '....']);
    expect(rings).toHaveLength(1);
    expect(closed(rings[0])).toBe(true);
    expect(rings[0]).toHaveLength(5); // collinear corners merged
    expect(unitSides(rings)).toHaveLength(8);
    expect(signedArea(rings[0])).toBe(4);
  });

  it('give two rings for two separate blocks, and none without a gap', () => {
    const two = picture(['##...', '##..#', '....#']);
    expect(gapRings(two.grid, two.gap).map(signedArea).sort()).toEqual([2, 4]);
    const none = picture(['...', '...']);
    expect(gapOutline(none.grid, none.gap)).toEqual({ type: 'MultiLineString', coordinates: [] });
    expect(gapOutline(none.grid, new Uint8Array(0))).toEqual({ type: 'MultiLineString', coordinates: [] });
  });

  it('outline every side of every cell of a checkerboard, one ring per cell', () => {
    const { grid, gap } = picture(['#.#.', '.#.#', '#.#.', '.#.#']);
    const rings = gapRings(grid, gap);
    expect(rings).toHaveLength(8);
    expect(rings.every((r) => r.length === 5 && signedArea(r) === 1)).toBe(true);
    const expected: string[] = [];
    for (let k = 0; k < grid.count; k++) {
      if (!gap[k]) continue;
      const [i, j] = [grid.x[k] - 0.5, grid.y[k] - 0.5];
      expected.push(`${i},${j}>${i + 1},${j}`, `${i + 1},${j}>${i + 1},${j + 1}`, `${i + 1},${j + 1}>${i},${j + 1}`, `${i},${j + 1}>${i},${j}`);
    }
    expect(unitSides(rings)).toEqual(expected.sort());
  });

  it('treat missing cells as no gap and run around holes clockwise', () => {
    expect(ringsOf(['#']).map(signedArea)).toEqual([1]);
    const rings = ringsOf(['###', '#.#', '###']);
    expect(rings.map(signedArea).sort((a, b) => a - b)).toEqual([-1, 9]);
  });

  it('enclose exactly the gap cells, with each boundary side once, for any pattern', () => {
    const patterns = fc.array(fc.array(fc.constantFrom('#', '.', ' '), { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(patterns, (rows) => {
      const { grid, gap } = picture(rows.map((r) => r.join('')));
      const rings = gapRings(grid, gap);
      expect(rings.every(closed)).toBe(true);
      expect(rings.reduce((s, r) => s + signedArea(r), 0)).toBe(gap.reduce((s, g) => s + g, 0));
      const sides = unitSides(rings);
      expect(new Set(sides).size).toBe(sides.length);
    }));
  });

  it('work on a real grid: corners lie on multiples of the cell size', () => {
    const grid = createGrid({ west: 10.9, south: 50.9, east: 11.1, north: 51.0 }, { cellKm: 2 });
    const gap = Uint8Array.from(grid.x, (x, k) => (x > 0 && grid.y[k] > 0 ? 1 : 0));
    const outline = gapOutline(grid, gap);
    expect(outline.coordinates).toHaveLength(1);
    for (const [lon, lat] of outline.coordinates[0]) {
      const [x, y] = laeaForward(grid.projection as Laea, lon, lat);
      expect(Math.abs(x / 2 - Math.round(x / 2))).toBeLessThan(1e-3);
      expect(Math.abs(y / 2 - Math.round(y / 2))).toBeLessThan(1e-3);
    }
  });
});

describe('gapCells', () => {
  it('mark cells beyond the threshold, with no facility and NaN as gaps', () => {
    expect([...gapCells(Float64Array.from([0, 5000, 5000.0000005, 5001, Infinity, NaN]), 5)]).toEqual([0, 0, 0, 1, 1, 1]);
  });
});

describe('gridClassesGeoJson and gridClassCounts', () => {
  it('give one rounded polygon per classified cell and the cells per class', () => {
    const { grid } = picture(['...', '...']);
    const classOf = Int8Array.from([0, 1, 1, 5, -1, 2]);
    const fcol = gridClassesGeoJson(grid, classOf);
    expect(fcol.type).toBe('FeatureCollection');
    expect(fcol.features.map((f) => f.properties.c)).toEqual([0, 1, 1, 5, 2]);
    for (const f of fcol.features) {
      const ring = f.geometry.coordinates[0];
      expect(closed(ring)).toBe(true);
      for (const v of ring.flat()) expect(Math.round(v * 1e5) / 1e5).toBe(v);
    }
    expect(gridClassesGeoJson(grid, new Uint8Array(grid.count)).features).toHaveLength(grid.count);
    expect(gridClassCounts(classOf, 3)).toEqual([1, 2, 1]);
  });
});

describe('gridRunsGeoJson', () => {
  it('covers every classified cell by exactly one run of its class, and nothing else', () => {
    const rowsArb = fc.array(fc.stringMatching(/^[ .]{1,30}$/), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(rowsArb, fc.array(fc.integer({ min: -1, max: 3 }), { minLength: 200, maxLength: 200 }), (rows, classes) => {
      const { grid } = picture(rows);
      const classOf = Int8Array.from({ length: grid.count }, (_, k) => classes[k % classes.length]);
      const runs = gridRunsGeoJson(grid, classOf).features.map((f) => ({ c: f.properties.c, polygon: preparePolygon(f.geometry) }));
      expect(runs.length).toBeLessThanOrEqual(grid.count);
      for (let k = 0; k < grid.count; k++) {
        const hits = runs.filter((r) => pointInPolygon(r.polygon, grid.lon[k], grid.lat[k]));
        if (classOf[k] < 0) expect(hits).toHaveLength(0);
        else expect(hits.map((h) => h.c)).toEqual([classOf[k]]);
      }
    }), { numRuns: 200 });
  });

  it('is what gridClassesGeoJson draws above its limit', () => {
    const { grid } = picture(['....', '....']);
    const classOf = Int8Array.from([0, 0, 1, 1, 2, 2, 2, 2]);
    expect(gridClassesGeoJson(grid, classOf, { mergeAbove: 4 }).features.map((f) => f.properties.c)).toEqual([0, 1, 2]);
    expect(gridClassesGeoJson(grid, classOf).features).toHaveLength(8);
  });
});
