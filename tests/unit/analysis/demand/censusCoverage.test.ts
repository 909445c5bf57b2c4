import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCoverage, type CoverageFacility } from '../../../../src/analysis/coverage/analysis';
import { haversineMeters } from '../../../../src/analysis/distance';
import { censusContext } from '../../../helpers/censusDemand';

const { context, demand } = censusContext();
const site = (id: string, lon: number, lat: number): CoverageFacility => ({ id, name: id, lon, lat, group: '' });
const request = (facilities: CoverageFacility[]) => ({ facilities, thresholdsKm: [5, 10], mainKm: 10 });

describe('coverage on the census grid', () => {
  it('gives every cell the brute-force distance to its nearest facility (property)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.double({ min: 9.9, max: 12.6, noNaN: true }), fc.double({ min: 50.25, max: 51.6, noNaN: true })), { minLength: 1, maxLength: 12 }), (points) => {
      const facilities = points.map(([lon, lat], i) => site(`f${i}`, lon, lat));
      const r = runCoverage(context, request(facilities));
      for (let k = 0; k < context.grid.count; k += 7) {
        const brute = Math.min(...facilities.map((f) => haversineMeters(context.grid.lon[k], context.grid.lat[k], f.lon, f.lat)));
        expect(r.cellMeters[k]).toBeCloseTo(brute, 6);
      }
    }), { numRuns: 8 });
  });

  it('counts the people of a rural Gemeinde as covered once a hypothetical centre stands in it', () => {
    // Kyffhäuserland (Kyffhäuserkreis): rural, far from a centre in Erfurt.
    const KYFF = '16065085';
    const erfurt = site('erfurt', 11.03, 50.98);
    const before = runCoverage(context, request([erfurt])).gemeinden.find((g) => g.ags === KYFF)!;
    expect(before.coveredWeight).toBe(0);
    const idx = demand.gemeinde.flatMap((g, i) => (g === KYFF ? [i] : []));
    const lon = idx.reduce((s, i) => s + demand.lon[i], 0) / idx.length;
    const lat = idx.reduce((s, i) => s + demand.lat[i], 0) / idx.length;
    const after = runCoverage(context, request([erfurt, site('neu', lon, lat)])).gemeinden.find((g) => g.ags === KYFF)!;
    expect(after.coveredWeight).toBe(after.weight);
    expect(after.weight).toBe(before.weight);
    expect(after.weight).toBeGreaterThan(3_000);
  });

  it('counts children under 15 as a share of all inhabitants, Kreis by Kreis', () => {
    const all = runCoverage(context, request([site('erfurt', 11.03, 50.98)]));
    const kids = runCoverage(censusContext('under15').context, request([site('erfurt', 11.03, 50.98)]));
    expect(kids.land.totalWeight).toBeLessThan(all.land.totalWeight * 0.15);
    expect(kids.land.totalWeight).toBeGreaterThan(all.land.totalWeight * 0.1);
    kids.kreise.forEach((k, i) => expect(k.totalWeight).toBeLessThan(all.kreise[i].totalWeight));
  });
});

describe('the census grid as its own demand', () => {
  it('gives the cells the same distances whether they are taken from the demand or computed apart', () => {
    const facilities = [site('a', 11.03, 50.98), site('b', 12.08, 50.88), site('c', 10.3, 51.2)];
    const shared = runCoverage(context, request(facilities));
    const apart = runCoverage({ ...context, gridIsDemand: false }, request(facilities));
    expect(Array.from(shared.cellMeters)).toEqual(Array.from(apart.cellMeters));
    expect(Array.from(shared.cellClass)).toEqual(Array.from(apart.cellClass));
  });
});
