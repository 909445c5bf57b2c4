import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { haversineMeters } from '../../../../src/analysis/distance';
import { coverageLists, greedyMclp } from '../../../../src/analysis/coverage/mclp';
import { createPointIndex } from '../../../../src/analysis/coverage/pointIndex';
import type { Site } from '../../../../src/analysis/coverage/nearest';

interface Instance {
  candidates: Site[];
  demand: (Site & { weight: number })[];
  existing: Site[];
  radiusKm: number;
  k: number;
}

const columns = (d: Instance['demand']) => ({ lon: Float64Array.from(d, (p) => p.lon), lat: Float64Array.from(d, (p) => p.lat), weight: d.map((p) => p.weight) });
const covers = (s: Site, p: Site, km: number) => haversineMeters(s.lon, s.lat, p.lon, p.lat) <= km * 1000;

/** Weight covered by existing facilities plus the chosen sites, by checking every pair. */
function coveredBy(inst: Instance, chosen: readonly number[]): number {
  const sites = [...inst.existing, ...chosen.map((c) => inst.candidates[c])];
  return inst.demand.reduce((s, p) => (sites.some((site) => covers(site, p, inst.radiusKm)) ? s + p.weight : s), 0);
}

/** All k-subsets of 0..n-1. */
function* combinations(n: number, k: number, start = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === k) return yield prefix;
  for (let i = start; i < n; i++) yield* combinations(n, k, i + 1, [...prefix, i]);
}

const site = fc.record({ lon: fc.double({ min: 10.5, max: 11.5, noNaN: true }), lat: fc.double({ min: 50.6, max: 51.2, noNaN: true }) });
const instance: fc.Arbitrary<Instance> = fc.record({
  candidates: fc.array(site, { minLength: 1, maxLength: 30 }),
  demand: fc.array(fc.record({ lon: site.map((s) => s.lon), lat: site.map((s) => s.lat), weight: fc.integer({ min: 0, max: 1000 }) }), { maxLength: 60 }),
  existing: fc.array(site, { maxLength: 3 }),
  radiusKm: fc.double({ min: 1, max: 25, noNaN: true }),
  k: fc.integer({ min: 1, max: 3 }),
});

describe('greedyMclp', () => {
  it('first pick is optimal, greedy reaches (1 − 1/e) of the exhaustive optimum, gains add up and never grow', () => {
    fc.assert(
      fc.property(instance, (inst) => {
        const result = greedyMclp(inst.candidates, columns(inst.demand), { radiusKm: inst.radiusKm, k: inst.k, existing: inst.existing });
        const base = coveredBy(inst, []);
        expect(result.existingCoveredWeight).toBe(base);
        expect(result.totalWeight).toBe(inst.demand.reduce((s, p) => s + p.weight, 0));

        const bestSingle = Math.max(0, ...inst.candidates.map((_, c) => coveredBy(inst, [c]) - base));
        if (bestSingle === 0) expect(result.picks).toEqual([]);
        else {
          expect(result.picks[0].gain).toBe(bestSingle);
          expect(result.picks[0].candidate).toBe(inst.candidates.findIndex((_, c) => coveredBy(inst, [c]) - base === bestSingle));
        }

        const k = Math.min(inst.k, inst.candidates.length);
        let optimum = 0;
        for (const combo of combinations(inst.candidates.length, k)) optimum = Math.max(optimum, coveredBy(inst, combo) - base);
        const picks = result.picks.map((p) => p.candidate);
        const greedy = coveredBy(inst, picks) - base;
        expect(greedy).toBeGreaterThanOrEqual((1 - 1 / Math.E) * optimum);
        expect(greedy).toBeLessThanOrEqual(optimum);
        expect(result.picks.reduce((s, p) => s + p.gain, 0)).toBe(greedy);
        expect(new Set(picks).size).toBe(picks.length);
        result.picks.forEach((p, i) => {
          expect(p.gain).toBeGreaterThan(0);
          if (i > 0) expect(p.gain).toBeLessThanOrEqual(result.picks[i - 1].gain);
          expect(p.coveredWeight).toBe(coveredBy(inst, picks.slice(0, i + 1)));
        });
      }),
      { numRuns: 150 },
    );
  });

  it('equals the exhaustive optimum where greedy is known to be optimal: k = 1', () => {
    const demand = [{ lon: 11, lat: 51, weight: 5 }, { lon: 11.3, lat: 51, weight: 7 }, { lon: 11.31, lat: 51, weight: 1 }];
    const candidates = [{ lon: 11, lat: 51 }, { lon: 11.305, lat: 51 }, { lon: 12, lat: 51 }];
    const r = greedyMclp(candidates, columns(demand), { radiusKm: 2, k: 3 });
    expect(r.picks.map((p) => [p.candidate, p.gain])).toEqual([[1, 8], [0, 5]]);
    expect(r.picks[1]).toMatchObject({ coveredWeight: 13, share: 1 });
  });

  it('does not count demand the existing facilities already cover, and breaks ties by the lowest index', () => {
    const demand = [{ lon: 11, lat: 51, weight: 10 }, { lon: 12, lat: 51, weight: 4 }];
    const candidates = [{ lon: 11.01, lat: 51 }, { lon: 12.01, lat: 51 }, { lon: 11.99, lat: 51 }];
    const r = greedyMclp(candidates, columns(demand), { radiusKm: 5, k: 2, existing: [{ lon: 11, lat: 51.01 }] });
    expect(r.existingCoveredWeight).toBe(10);
    expect(r.picks.map((p) => [p.candidate, p.gain, p.coveredWeight])).toEqual([[1, 4, 14]]);
  });

  it('refuses k outside 1–20 and radii that are not positive', () => {
    const d = columns([{ lon: 11, lat: 51, weight: 1 }]);
    for (const k of [0, 21, 1.5]) expect(() => greedyMclp([{ lon: 11, lat: 51 }], d, { radiusKm: 5, k })).toThrow(RangeError);
    expect(() => greedyMclp([{ lon: 11, lat: 51 }], d, { radiusKm: 0, k: 1 })).toThrow(RangeError);
    expect(() => greedyMclp([{ lon: NaN, lat: 51 }], d, { radiusKm: 1, k: 1 })).toThrow(RangeError);
  });
});

describe('coverageLists', () => {
  it('lists exactly the demand points within the radius (haversine, ≤)', () => {
    const pts = fc.array(site, { minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(pts, pts, fc.double({ min: 0.5, max: 40, noNaN: true }), (sites, demand, km) => {
        const index = createPointIndex(demand.map((p) => p.lon), demand.map((p) => p.lat));
        const { offsets, items } = coverageLists(sites, index, km * 1000);
        sites.forEach((s, i) => {
          const got = [...items.subarray(offsets[i], offsets[i + 1])].sort((a, b) => a - b);
          const expected = demand.flatMap((p, j) => (covers(s, p, km) ? [j] : []));
          expect(got).toEqual(expected);
        });
      }),
    );
  });
});
