import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { haversineMeters } from '../../../../src/analysis/distance';
import { createNearestIndex, nearestAll, type Site } from '../../../../src/analysis/coverage/nearest';
import { seededRandom } from '../../../../src/domain/random';

/** The least haversine distance over all facilities, by checking every one. */
function bruteForce(facilities: readonly Site[], lon: number, lat: number): number {
  let best = Infinity;
  for (const f of facilities) best = Math.min(best, haversineMeters(lon, lat, f.lon, f.lat));
  return best;
}

function expectExact(facilities: readonly Site[], queries: readonly Site[]): void {
  const index = createNearestIndex(facilities);
  const bulk = nearestAll(index, Float64Array.from(queries, (q) => q.lon), Float64Array.from(queries, (q) => q.lat));
  queries.forEach((q, i) => {
    const hit = index.nearest(q.lon, q.lat);
    const expected = bruteForce(facilities, q.lon, q.lat);
    expect(hit.meters).toBe(expected);
    const f = facilities[hit.index];
    expect(haversineMeters(q.lon, q.lat, f.lon, f.lat)).toBe(hit.meters);
    expect(bulk.index[i]).toBe(hit.index);
    expect(bulk.meters[i]).toBe(hit.meters);
  });
}

const point = (lon: [number, number], lat: [number, number]) =>
  fc.record({ lon: fc.double({ min: lon[0], max: lon[1], noNaN: true }), lat: fc.double({ min: lat[0], max: lat[1], noNaN: true }) });
const THURINGIA_LON: [number, number] = [9.87, 12.66];
const THURINGIA_LAT: [number, number] = [50.2, 51.65];

describe('nearest facility (exact w.r.t. haversine)', () => {
  it('equals brute force for random facilities in Thuringia and queries in and around it, duplicates included', () => {
    const facilities = fc.array(point(THURINGIA_LON, THURINGIA_LAT), { minLength: 1, maxLength: 80 }).chain((fs) =>
      fc.array(fc.nat(fs.length - 1), { maxLength: 10 }).map((dups) => [...fs, ...dups.map((i) => ({ ...fs[i] }))]),
    );
    const queries = fc.array(fc.oneof(point([8, 14.5], [49, 53]), point(THURINGIA_LON, THURINGIA_LAT)), { minLength: 1, maxLength: 40 });
    fc.assert(fc.property(facilities, queries, (fs, qs) => expectExact(fs, [...qs, ...fs.slice(0, 5)])), { numRuns: 200 });
  });

  it('equals brute force for queries on and just beyond the edges and corners of the facilities’ box', () => {
    const rnd = seededRandom(11);
    const fs = Array.from({ length: 300 }, () => ({ lon: 10 + rnd() * 2, lat: 50.5 + rnd() }));
    const [w, e, s, n] = [Math.min(...fs.map((f) => f.lon)), Math.max(...fs.map((f) => f.lon)), Math.min(...fs.map((f) => f.lat)), Math.max(...fs.map((f) => f.lat))];
    const qs: Site[] = [];
    for (const eps of [0, 1e-9, 1e-4, 0.01, 0.3, 3]) {
      for (let t = 0; t <= 1; t += 0.05) {
        qs.push({ lon: w - eps, lat: s + t * (n - s) }, { lon: e + eps, lat: s + t * (n - s) });
        qs.push({ lon: w + t * (e - w), lat: s - eps }, { lon: w + t * (e - w), lat: n + eps });
      }
      qs.push({ lon: w - eps, lat: s - eps }, { lon: e + eps, lat: n + eps }, { lon: w - eps, lat: n + eps }, { lon: e + eps, lat: s - eps });
    }
    expectExact(fs, qs);
  });

  it('equals brute force on clustered data, where the first radius is far too small or too large', () => {
    const rnd = seededRandom(5);
    const cluster = Array.from({ length: 500 }, () => ({ lon: 11 + rnd() * 0.01, lat: 51 + rnd() * 0.01 }));
    const fs = [...cluster, { lon: 9.9, lat: 50.2 }, { lon: 12.6, lat: 51.6 }];
    const qs = Array.from({ length: 500 }, () => ({ lon: 9 + rnd() * 5, lat: 49.5 + rnd() * 3 }));
    expectExact(fs, [...qs, ...cluster.slice(0, 50)]);
  });

  it('equals brute force anywhere on the globe, near the poles and across the antimeridian', () => {
    const anywhere = point([-180, 180], [-90, 90]);
    fc.assert(fc.property(fc.array(anywhere, { minLength: 1, maxLength: 30 }), fc.array(anywhere, { minLength: 1, maxLength: 20 }), expectExact), { numRuns: 150 });
    const north = point([-60, 60], [70, 90]);
    fc.assert(fc.property(fc.array(north, { minLength: 1, maxLength: 30 }), fc.array(north, { minLength: 1, maxLength: 20 }), expectExact), { numRuns: 100 });
  });

  it('equals brute force on 2,000 random facilities and 3,000 queries', () => {
    const rnd = seededRandom(99);
    const at = () => ({ lon: 9.87 + rnd() * 2.79, lat: 50.2 + rnd() * 1.45 });
    expectExact(Array.from({ length: 2000 }, at), Array.from({ length: 3000 }, at));
  });

  it('finds the single facility from anywhere', () => {
    const one = [{ lon: 11.03, lat: 50.98 }];
    expectExact(one, [{ lon: 11.03, lat: 50.98 }, { lon: 0, lat: 0 }, { lon: 12.6, lat: 51.6 }, { lon: -170, lat: -80 }]);
    expect(createNearestIndex(one).nearest(11.03, 50.98)).toEqual({ index: 0, meters: 0 });
  });

  it('answers index -1 and Infinity metres without facilities', () => {
    const index = createNearestIndex([]);
    expect(index.nearest(11, 51)).toEqual({ index: -1, meters: Infinity });
    const all = nearestAll(index, Float64Array.of(11, 12), Float64Array.of(51, 50.5));
    expect([...all.index]).toEqual([-1, -1]);
    expect([...all.meters]).toEqual([Infinity, Infinity]);
  });

  it('answers index -1 and NaN for a query without valid coordinates, and refuses invalid facilities', () => {
    const index = createNearestIndex([{ lon: 11, lat: 51 }]);
    expect(index.nearest(NaN, 51)).toEqual({ index: -1, meters: NaN });
    expect(index.nearest(11, 95)).toEqual({ index: -1, meters: NaN });
    expect(() => createNearestIndex([{ lon: 11, lat: NaN }])).toThrow(RangeError);
    expect(() => nearestAll(index, new Float64Array(2), new Float64Array(3))).toThrow(RangeError);
  });

  it('picks the lowest index among duplicates at the same distance', () => {
    const index = createNearestIndex([{ lon: 12, lat: 51 }, { lon: 11, lat: 51 }, { lon: 11, lat: 51 }, { lon: 11, lat: 51 }]);
    expect(index.nearest(11.001, 51.001).index).toBe(1);
  });
});
