import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineMeters } from '../../../../src/analysis/distance';
import { centreGaps, countBits, DEFAULT_KEY_KINDS, type GapInstitution } from '../../../../src/analysis/partners/networkGaps';
import { kreisGapRows, networkGapCells, rankCentres } from '../../../../src/analysis/partners/gapCells';

// East of 11° E on the parallel 51° N, exactly kmEast away by haversine (d = 2R·asin(cos φ · sin(Δλ/2))).
const R = 6_371_008.8;
const RAD = Math.PI / 180;
const lonEast = (km: number) => 11 + (2 * Math.asin(Math.sin((km * 1000) / (2 * R)) / Math.cos(51 * RAD))) / RAD;
const at = (id: string, category: string, kmEast: number): GapInstitution => ({ id, name: id.toUpperCase(), category, lon: lonEast(kmEast), lat: 51 });
const [BERATUNG, HILFEN, HEBAMMEN, AERZTE, FRUEH] = DEFAULT_KEY_KINDS;

describe('centreGaps', () => {
  it('finds nothing missing when every key kind is a partner within the radius', () => {
    const list = [at('c', 'ThEKiZ', 0), ...DEFAULT_KEY_KINDS.map((k, i) => at(`p${i}`, k, 2 + i))];
    const [gap] = centreGaps(list, DEFAULT_KEY_KINDS.map((_, i) => ({ a: 'c', b: `p${i}` })), ['c'], DEFAULT_KEY_KINDS, 15);
    expect(gap.missing).toBe(0);
    expect(gap.missingMask).toBe(0);
    expect(gap.kinds.map((k) => k.partner?.id)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    expect(gap.kinds.every((k) => k.candidate === null)).toBe(true);
  });

  it('counts every kind as missing without partners, naming the nearest candidate of each', () => {
    const list = [at('c', 'ThEKiZ', 0), at('b1', BERATUNG, 30), at('b2', BERATUNG, 5), at('h', HILFEN, 8)];
    const [gap] = centreGaps(list, [], ['c'], DEFAULT_KEY_KINDS, 15);
    expect(gap.missing).toBe(5);
    expect(gap.missingMask).toBe(0b11111);
    expect(gap.kinds[0].candidate).toMatchObject({ id: 'b2', inside: true });
    expect(gap.kinds[0].candidate!.meters).toBeCloseTo(5000, 3);
    expect(gap.kinds[1].candidate?.id).toBe('h');
    expect(gap.kinds[2].candidate).toBeNull();
  });

  it('counts a partner just outside the radius as missing, reports it and marks a far candidate as outside', () => {
    const list = [at('c', 'ThEKiZ', 0), at('far', HEBAMMEN, 15.05), at('cand', HEBAMMEN, 27)];
    const [gap] = centreGaps(list, [{ a: 'far', b: 'c' }], ['c'], DEFAULT_KEY_KINDS, 15);
    const heb = gap.kinds[2];
    expect(heb.partner).toBeNull();
    expect(heb.partnerBeyond?.id).toBe('far');
    expect(heb.candidate).toMatchObject({ id: 'cand', inside: false });
    expect(gap.missingMask & 0b100).toBe(0b100);
    // Inside by a hair (≤ as everywhere): 14.95 km counts.
    const [near] = centreGaps([at('c', 'ThEKiZ', 0), at('p', HEBAMMEN, 14.95)], [{ a: 'c', b: 'p' }], ['c'], DEFAULT_KEY_KINDS, 15);
    expect(near.kinds[2].partner?.id).toBe('p');
  });

  it('gives nothing for a partner of a kind that is not key', () => {
    const list = [at('c', 'ThEKiZ', 0), at('lib', 'Bibliothek', 1)];
    const [gap] = centreGaps(list, [{ a: 'c', b: 'lib' }], ['c'], DEFAULT_KEY_KINDS, 15);
    expect(gap.missing).toBe(5);
  });

  it('leaves out centres without coordinates and unknown ids, and rejects too many kinds', () => {
    const list = [{ ...at('c', 'ThEKiZ', 0), lon: null }, at('d', 'ThEKiZ', 1)];
    expect(centreGaps(list, [], ['c', 'd', 'x', 'd'], DEFAULT_KEY_KINDS, 15).map((g) => g.id)).toEqual(['d']);
    expect(() => centreGaps(list, [], ['d'], Array.from({ length: 17 }, (_, i) => `k${i}`), 15)).toThrow(RangeError);
  });

  it('does not take an existing partner (beyond the radius) as the candidate', () => {
    const list = [at('c', 'ThEKiZ', 0), at('p', FRUEH, 20), at('q', FRUEH, 40)];
    const [gap] = centreGaps(list, [{ a: 'c', b: 'p' }], ['c'], DEFAULT_KEY_KINDS, 15);
    expect(gap.kinds[4].candidate?.id).toBe('q');
    expect(gap.kinds[3].kind).toBe(AERZTE);
  });
});

const lon = fc.double({ min: 10, max: 12.5, noNaN: true });
const lat = fc.double({ min: 50.3, max: 51.6, noNaN: true });

describe('networkGapCells', () => {
  it('per cell equals brute force: the missing kinds of the nearest centre', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ lon, lat, missingMask: fc.integer({ min: 0, max: 31 }) }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.record({ lon, lat, w: fc.integer({ min: 0, max: 500 }) }), { maxLength: 200 }),
        (centres, cells) => {
          const got = networkGapCells(Float64Array.from(cells, (c) => c.lon), Float64Array.from(cells, (c) => c.lat), cells.map((c) => c.w), centres);
          const served = new Array<number>(centres.length).fill(0);
          cells.forEach((cell, k) => {
            const d = centres.map((c) => haversineMeters(cell.lon, cell.lat, c.lon, c.lat));
            const best = d.indexOf(Math.min(...d));
            // Ties (equal distances) may pick either centre; both then are equally near.
            expect(d[got.nearest[k]]).toBeCloseTo(d[best], 6);
            expect(got.missing[k]).toBe(countBits(centres[got.nearest[k]].missingMask));
            served[got.nearest[k]] += cell.w;
          });
          expect(Array.from(got.served)).toEqual(served);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('marks every cell -1 when there is no centre', () => {
    const got = networkGapCells(Float64Array.of(11), Float64Array.of(51), [10], []);
    expect(Array.from(got.missing)).toEqual([-1]);
    expect(got.nearest[0]).toBe(-1);
  });
});

describe('kreisGapRows', () => {
  it('sums people and children whose nearest centre lacks each kind, per Kreis and for the Land', () => {
    const cells = { group: ['16064', '16064', '16065', '16065'], people: [100, 50, 30, 0], children: [10, 5, 3, 0] };
    const nearest = Int32Array.of(0, 1, 1, -1);
    const { land, kreise } = kreisGapRows(cells, nearest, [0b01, 0b10], 2, ['16064', '16065', '16066']);
    expect(kreise.map((r) => r.key)).toEqual(['16064', '16065', '16066']);
    expect(kreise[0].perKind).toEqual([{ people: 100, children: 10 }, { people: 50, children: 5 }]);
    expect(kreise[0].any).toEqual({ people: 150, children: 15 });
    expect(kreise[1].perKind).toEqual([{ people: 0, children: 0 }, { people: 30, children: 3 }]);
    expect(kreise[2].people).toBe(0);
    expect(land.people).toBe(180);
    expect(land.perKind[1]).toEqual({ people: 80, children: 8 });
  });

  it('counts cells without any centre as lacking every kind', () => {
    const { land } = kreisGapRows({ group: ['a'], people: [7], children: [2] }, Int32Array.of(-1), [], 3, []);
    expect(land.perKind).toEqual([{ people: 7, children: 2 }, { people: 7, children: 2 }, { people: 7, children: 2 }]);
  });
});

describe('rankCentres', () => {
  it('ranks by people served × kinds missing and leaves out centres lacking nothing', () => {
    const ranked = rankCentres([2, 0, 1, 4], [1000, 5000, 3000, 500]);
    expect(ranked.map((r) => r.centre)).toEqual([2, 3, 0]); // 3000, then 2000 with 4 missing before 2000 with 2
    expect(ranked[0].score).toBe(3000);
    // Ties in score: more kinds missing first.
    expect(rankCentres([1, 2], [200, 100]).map((r) => r.centre)).toEqual([1, 0]);
  });
});
