import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { haversineMeters } from '../../../../src/analysis/distance';
import { coverageFigures, type AreaFigures, type DistanceStats } from '../../../../src/analysis/coverage/figures';
import { toDemandColumns, type DemandPoint, type Facility } from '../../../../src/analysis/coverage/demand';

const at = (lon: number, lat: number, weight: number, extra: Partial<DemandPoint> = {}): DemandPoint => ({
  lon, lat, weight, group: '16051', gemeinde: '16051000', rural: false, ...extra,
});

/** Every number in a value, however deeply nested (typed arrays excluded). */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return [];
  return Object.values(value).flatMap(numbersIn);
}

function expectConsistent(s: DistanceStats): void {
  for (const t of s.thresholds) {
    expect(t.coveredWeight + t.uncoveredWeight).toBe(s.totalWeight);
    if (s.totalWeight === 0) expect(t.share).toBeNull();
    else expect(t.share).toBeGreaterThanOrEqual(0);
  }
}

describe('coverageFigures: consistency', () => {
  const point = fc.record({
    lon: fc.double({ min: 9.87, max: 12.66, noNaN: true }),
    lat: fc.double({ min: 50.2, max: 51.65, noNaN: true }),
    weight: fc.oneof(fc.constantFrom(0, 0.1, 0.2, 0.3, 1, 1e6), fc.double({ min: 0, max: 1e5, noNaN: true })),
    group: fc.constantFrom('16051', '16052', '16061'),
    gemeinde: fc.constantFrom('16051000', '16061001'),
    rural: fc.boolean(),
  });
  const facility = fc.record({ lon: fc.double({ min: 9.87, max: 12.66, noNaN: true }), lat: fc.double({ min: 50.2, max: 51.65, noNaN: true }), group: fc.constantFrom('16051', '16062') });
  it('covered + uncovered = total for every threshold, group and rural/urban split; groups add up; no NaN', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 60 }), fc.array(facility, { maxLength: 6 }), fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 4 }), (demand, facilities, km) => {
        const f = coverageFigures(demand, facilities, { thresholdsKm: km, groups: ['16099'] });
        const areas: AreaFigures[] = [f.land, ...f.groups];
        for (const a of areas) [a, a.rural, a.urban].forEach(expectConsistent);
        for (const a of areas) expect(a.rural.totalWeight + a.urban.totalWeight).toBe(a.totalWeight);
        expect(f.groups.reduce((s, g) => s + g.totalWeight, 0)).toBe(f.land.totalWeight);
        expect(f.groups.reduce((s, g) => s + g.demandPoints, 0)).toBe(demand.length);
        expect(numbersIn(f).every((x) => Number.isFinite(x))).toBe(true);
        expect(f.land.totalWeight).toBeCloseTo(demand.reduce((s, p) => s + p.weight, 0), 6);
      }),
      { numRuns: 200 },
    );
  });
});

describe('coverageFigures: hand-checked cases', () => {
  const centre: Facility = { lon: 11, lat: 51, group: '16051' };
  const d = haversineMeters(11, 51, 11, 51.05); // about 5.56 km due north

  it('counts a point exactly on the threshold as covered (≤), and one a millimetre beyond it as not', () => {
    const on = coverageFigures([at(11, 51.05, 10)], [centre], { thresholdsKm: [d / 1000] });
    expect(on.land.thresholds[0]).toEqual({ km: d / 1000, coveredWeight: 10, uncoveredWeight: 0, share: 1 });
    const below = coverageFigures([at(11, 51.05, 10)], [centre], { thresholdsKm: [(d - 0.001) / 1000] });
    expect(below.land.thresholds[0]).toMatchObject({ coveredWeight: 0, uncoveredWeight: 10, share: 0 });
  });

  it('with no facility at all: everything uncovered, mean and maximum null (not NaN or Infinity)', () => {
    const f = coverageFigures([at(11, 51, 5), at(12, 51, 7, { rural: true })], []);
    expect(f.land.totalWeight).toBe(12);
    for (const t of f.land.thresholds) expect(t).toMatchObject({ coveredWeight: 0, uncoveredWeight: 12, share: 0 });
    expect(f.land.meanMeters).toBeNull();
    expect(f.land.maxMeters).toBeNull();
    expect(f.land.facilitiesPer10k).toBe(0);
    expect(f.underserved.map((u) => [u.point, u.meters, u.facility])).toEqual([[1, null, -1], [0, null, -1]]);
    expect([...f.nearest.meters]).toEqual([Infinity, Infinity]);
  });

  it('with all demand in one place: mean = maximum = that distance', () => {
    const f = coverageFigures([at(11, 51.05, 3), at(11, 51.05, 4), at(11, 51.05, 5)], [centre]);
    expect(f.land.maxMeters).toBe(d);
    expect(f.land.meanMeters).toBeCloseTo(d, 9);
    expect(f.land.thresholds.map((t) => t.share)).toEqual([0, 1, 1, 1]);
  });

  it('weights the mean distance and takes the maximum over points with weight > 0', () => {
    const far = haversineMeters(11, 51, 11, 51.2);
    const f = coverageFigures([at(11, 51, 1), at(11, 51.05, 3), at(11, 51.2, 0)], [centre]);
    expect(f.land.meanMeters).toBeCloseTo((0 + 3 * d) / 4, 9);
    expect(f.land.maxMeters).toBe(d);
    expect(f.land.demandPoints).toBe(3);
    expect(far).toBeGreaterThan(d);
  });

  it('reports a group without demand with weight 0 and null shares, mean, maximum and density', () => {
    const f = coverageFigures([at(11, 51, 100)], [centre, { lon: 12, lat: 50.9, group: '16053' }], { groups: ['16077'] });
    expect(f.groups.map((g) => g.key)).toEqual(['16051', '16053', '16077']);
    for (const g of f.groups.slice(1)) {
      expect(g).toMatchObject({ demandPoints: 0, totalWeight: 0, meanMeters: null, maxMeters: null, facilitiesPer10k: null });
      expect(g.thresholds.every((t) => t.share === null && t.coveredWeight === 0 && t.uncoveredWeight === 0)).toBe(true);
    }
    expect(f.groups[1].facilities).toBe(1);
    expect(f.groups[2].facilities).toBe(0);
  });

  it('counts facilities per group and per 10,000 people, and splits rural from urban', () => {
    const demand = [at(11, 51, 15_000), at(11.2, 51, 5_000, { rural: true }), at(10, 50.5, 10_000, { group: '16066', rural: true })];
    const f = coverageFigures(demand, [centre, { lon: 11.1, lat: 51, group: '16051' }], { landKey: '16' });
    const [erfurt, other] = f.groups;
    expect(f.land).toMatchObject({ key: '16', facilities: 2, totalWeight: 30_000 });
    expect(f.land.facilitiesPer10k).toBeCloseTo(2 / 3, 12);
    expect(erfurt).toMatchObject({ key: '16051', facilities: 2, facilitiesPer10k: 1, totalWeight: 20_000 });
    expect(erfurt.rural.totalWeight).toBe(5_000);
    expect(erfurt.urban.totalWeight).toBe(15_000);
    expect(other).toMatchObject({ facilities: 0, facilitiesPer10k: 0 });
    expect(f.land.rural.totalWeight).toBe(15_000);
    expect(f.land.rural.thresholds[1]).toMatchObject({ km: 10, coveredWeight: 5_000, uncoveredWeight: 10_000, share: 1 / 3 });
  });

  it('lists underserved points beyond the main threshold, most people first, with distance and nearest facility', () => {
    const demand = [at(11, 51, 50), at(11, 51.2, 10), at(11, 51.3, 30), at(11, 51.25, 30), at(11, 51.4, 0)];
    const f = coverageFigures(demand, [{ lon: 12, lat: 52 }, centre], { mainKm: 15, underservedLimit: 2 });
    expect(f.underserved.map((u) => u.point)).toEqual([2, 3]);
    expect(f.underserved[0]).toMatchObject({ weight: 30, facility: 1, group: '16051', gemeinde: '16051000', rural: false });
    expect(f.underserved[0].meters).toBe(haversineMeters(11, 51.3, 11, 51));
  });

  it('ranks underserved points like a full sort would, for any limit', () => {
    const demand = fc.array(fc.record({ lon: fc.double({ min: 10, max: 12, noNaN: true }), lat: fc.double({ min: 50.3, max: 51.5, noNaN: true }), weight: fc.integer({ min: 0, max: 4 }) }), { maxLength: 80 });
    fc.assert(
      fc.property(demand, fc.integer({ min: 0, max: 30 }), (points, limit) => {
        const f = coverageFigures(points.map((p) => at(p.lon, p.lat, p.weight)), [centre], { mainKm: 20, underservedLimit: limit });
        const m = f.nearest.meters;
        const expected = points
          .map((_, i) => i)
          .filter((i) => points[i].weight > 0 && m[i] > 20_000)
          .sort((a, b) => points[b].weight - points[a].weight || m[b] - m[a] || a - b)
          .slice(0, limit);
        expect(f.underserved.map((u) => u.point)).toEqual(expected);
      }),
    );
  });

  it('accepts columns as well as point objects, and refuses invalid input', () => {
    const demand = [at(11, 51.05, 3), at(10.5, 50.7, 4, { rural: true, group: '16066' })];
    expect(coverageFigures(toDemandColumns(demand), [centre]).groups).toEqual(coverageFigures(demand, [centre]).groups);
    expect(() => coverageFigures(demand, [centre], { thresholdsKm: [0] })).toThrow(RangeError);
    expect(() => coverageFigures([at(11, 51, -1)], [centre])).toThrow(RangeError);
    expect(() => coverageFigures([at(11, NaN, 1)], [centre])).toThrow(RangeError);
  });
});
