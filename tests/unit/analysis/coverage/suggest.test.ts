import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDemandColumns } from '../../../../src/analysis/coverage/demand';
import { cellCandidates, focusWeights, suggestSites, type Candidate } from '../../../../src/analysis/coverage/suggest';
import { haversineMeters } from '../../../../src/analysis/distance';

const point = (lon: number, weight: number, group: string) => ({ lon, lat: 51, weight, group, gemeinde: `${group}001`, rural: true });
const candidate = (lon: number, group: string, name = `c${lon}`): Candidate => ({ lon, lat: 51, name, place: '', gemeinde: `${group}001`, gemeindeName: 'G', group });

describe('suggestSites', () => {
  // Kreis A west of 11°, Kreis B east; 0.1° of longitude ≈ 7 km at 51° N.
  const demand = toDemandColumns([point(10.6, 500, 'A'), point(10.95, 300, 'A'), point(11.05, 1000, 'B'), point(11.4, 2000, 'B')]);
  const candidates = [candidate(10.6, 'A'), candidate(10.95, 'A'), candidate(11.05, 'B'), candidate(11.4, 'B')];

  it('takes candidates from the focus Kreis only and counts only its people', () => {
    const r = suggestSites(demand, candidates, [], { k: 3, radiusKm: 5, focus: 'A' });
    expect(r.candidates).toBe(2);
    expect(r.picks.map((p) => p.group)).toEqual(['A', 'A']);
    expect(r.picks[0].gain).toBe(500);
    expect(r.totalWeight).toBe(800);
  });

  it('lets a centre in the neighbouring Kreis cover the focus Kreis people near the border', () => {
    // An existing centre in B at 11.0° reaches A's people at 10.95° (≈ 3.5 km).
    const r = suggestSites(demand, candidates, [{ lon: 11.0, lat: 51 }], { k: 2, radiusKm: 5, focus: 'A' });
    expect(r.existingCoveredWeight).toBe(300);
    expect(r.picks.map((p) => p.lon)).toEqual([10.6]);
  });

  it('without a focus takes every candidate and all people', () => {
    const r = suggestSites(demand, candidates, [], { k: 1, radiusKm: 5, focus: null });
    expect(r.picks[0].lon).toBe(11.4);
    expect(r.totalWeight).toBe(3800);
  });

  it('never picks a candidate outside the focus Kreis (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ lon: fc.double({ min: 10, max: 12, noNaN: true }), w: fc.integer({ min: 0, max: 100 }), g: fc.constantFrom('A', 'B', 'C') }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.record({ lon: fc.double({ min: 10, max: 12, noNaN: true }), g: fc.constantFrom('A', 'B', 'C') }), { maxLength: 30 }),
        fc.constantFrom('A', 'B', 'C'),
        (points, cands, focus) => {
          const d = toDemandColumns(points.map((p) => point(p.lon, p.w, p.g)));
          const r = suggestSites(d, cands.map((c) => candidate(c.lon, c.g)), [], { k: 5, radiusKm: 10, focus });
          expect(r.picks.every((p) => p.group === focus)).toBe(true);
          // Every gain is people of the focus Kreis within the radius of the pick.
          for (const p of r.picks) {
            const reach = points.filter((q) => q.g === focus && haversineMeters(p.lon, p.lat, q.lon, 51) <= 10_000).reduce((s, q) => s + q.w, 0);
            expect(p.gain).toBeLessThanOrEqual(reach);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('focusWeights', () => {
  it('zeroes the points outside the focus and leaves the input alone', () => {
    const w = Float64Array.of(1, 2, 3);
    expect(Array.from(focusWeights(w, ['A', 'B', 'A'], 'A'))).toEqual([1, 0, 3]);
    expect(Array.from(w)).toEqual([1, 2, 3]);
    expect(Array.from(focusWeights(w, ['A', 'B', 'A'], null))).toEqual([1, 2, 3]);
  });
});

describe('cellCandidates', () => {
  it('names populated cells by place and Gemeinde and skips empty ones', () => {
    const d = toDemandColumns([point(10.6, 5, '16065'), point(10.7, 0, '16065'), point(10.8, 9, '16065')]);
    const c = cellCandidates(d, 3, ['Bendeleben (Kyffhäuserland)', 'x', 'Kyffhäuserland'], { '16065001': 'Kyffhäuserland' });
    expect(c.map((x) => [x.place, x.gemeindeName])).toEqual([['Bendeleben', 'Kyffhäuserland'], ['', 'Kyffhäuserland']]);
  });
});
