import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pointInPolygon, type PolygonGeometry } from '../../../src/analysis/coverage/polygon';
import { buildPolygonIndex, distanceKm, locate, nearest } from '../../../data/scripts/polygonIndex';

/** A star-shaped polygon (possibly concave) around (lon, lat), radii in degrees, optionally with a hole or a second part. */
const star = fc.record({
  lon: fc.double({ min: 10, max: 11, noNaN: true }),
  lat: fc.double({ min: 50, max: 51, noNaN: true }),
  radii: fc.array(fc.double({ min: 0.005, max: 0.2, noNaN: true }), { minLength: 3, maxLength: 12 }),
  hole: fc.boolean(),
  second: fc.boolean(),
}).map(({ lon, lat, radii, hole, second }): PolygonGeometry => {
  const ring = (cx: number, cy: number, scale: number, reverse = false) => {
    const pts = radii.map((r, k) => {
      const a = (2 * Math.PI * k) / radii.length;
      return [cx + scale * r * Math.cos(a), cy + scale * r * Math.sin(a) * 0.6];
    });
    if (reverse) pts.reverse();
    return [...pts, pts[0]];
  };
  const min = Math.min(...radii);
  const outer = ring(lon, lat, 1);
  // A hole well inside the smallest radius keeps the rings apart.
  const rings = hole ? [outer, ring(lon, lat, (0.4 * min) / Math.max(...radii), true)] : [outer];
  return second
    ? { type: 'MultiPolygon', coordinates: [rings, [ring(lon + 0.5, lat + 0.3, 0.5)]] }
    : { type: 'Polygon', coordinates: rings };
});

const point = fc.tuple(fc.double({ min: 9.7, max: 11.9, noNaN: true }), fc.double({ min: 49.8, max: 51.5, noNaN: true }));

describe('polygon index (census cells → Gemeinden)', () => {
  it('finds the same polygon as a linear scan, the lowest index where polygons overlap', () => {
    fc.assert(
      fc.property(fc.array(star, { minLength: 1, maxLength: 25 }), fc.array(point, { minLength: 1, maxLength: 60 }), fc.double({ min: 0.01, max: 0.5, noNaN: true }), (polygons, points, size) => {
        const ix = buildPolygonIndex(polygons, size);
        for (const [lon, lat] of points) {
          const brute = ix.polygons.findIndex((p) => pointInPolygon(p, lon, lat));
          expect(locate(ix, lon, lat)).toBe(brute);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('finds the nearest accepted polygon within the radius as brute force does', () => {
    fc.assert(
      fc.property(fc.array(star, { minLength: 1, maxLength: 20 }), fc.array(point, { minLength: 1, maxLength: 30 }), fc.double({ min: 0.1, max: 20, noNaN: true }), fc.integer({ min: 1, max: 3 }), (polygons, points, maxKm, every) => {
        const ix = buildPolygonIndex(polygons, 0.05);
        const accept = (i: number) => i % every === 0;
        for (const [lon, lat] of points) {
          let best: { index: number; km: number } | null = null;
          ix.polygons.forEach((p, i) => {
            const km = distanceKm(p, lon, lat);
            if (accept(i) && km <= maxKm && (!best || km < best.km)) best = { index: i, km };
          });
          expect(nearest(ix, lon, lat, maxKm, accept)).toEqual(best);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('measures the distance to the boundary in km: 0 inside, about 1.1 km for 0.01° of latitude', () => {
    const ix = buildPolygonIndex([{ type: 'Polygon', coordinates: [[[10, 50], [10.1, 50], [10.1, 50.1], [10, 50.1], [10, 50]]] }]);
    expect(distanceKm(ix.polygons[0], 10.05, 50.05)).toBe(0);
    expect(distanceKm(ix.polygons[0], 10.05, 50.11)).toBeCloseTo(1.106, 2);
    expect(nearest(ix, 10.05, 50.11, 1)).toBeNull();
    expect(nearest(ix, 10.05, 50.11, 1.2)?.index).toBe(0);
    expect(locate(ix, 9, 50.05)).toBe(-1);
  });
});
