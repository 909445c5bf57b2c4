import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineMeters } from '../../../../src/analysis/distance';
import { createPointIndex, nearestMatching, withinRadius } from '../../../../src/analysis/partners/nearby';
import { createNeighbourIndex, missingKinds, neighboursOf } from '../../../../src/analysis/partners/neighbours';
import { institution, partnership } from '../../../helpers/records';

const lonA = fc.double({ min: 9.8, max: 12.7, noNaN: true });
const latA = fc.double({ min: 50.2, max: 51.7, noNaN: true });
const pointA = fc.record({ lon: fc.option(lonA, { nil: null, freq: 8 }), lat: latA });

describe('withinRadius', () => {
  it('equals brute force (haversine over all points)', () => {
    fc.assert(
      fc.property(fc.array(pointA, { maxLength: 200 }), lonA, latA, fc.double({ min: 0, max: 80, noNaN: true }), (pts, lon, lat, km) => {
        const index = createPointIndex(pts);
        const got = withinRadius(index, lon, lat, km).map((h) => h.item).sort((a, b) => a - b);
        const want = pts.flatMap((p, i) => (p.lon !== null && haversineMeters(lon, lat, p.lon, p.lat) <= km * 1000 ? [i] : []));
        expect(got).toEqual(want);
      }),
      { numRuns: 150 },
    );
  });

  it('sorts nearest first and reports exact metres', () => {
    const pts = [{ lon: 11.03, lat: 50.98 }, { lon: 11.1, lat: 50.98 }, { lon: 11.05, lat: 50.98 }];
    const hits = withinRadius(createPointIndex(pts), 11.03, 50.98, 10);
    expect(hits.map((h) => h.item)).toEqual([0, 2, 1]);
    expect(hits[0].meters).toBe(0);
    expect(hits[2].meters).toBeCloseTo(haversineMeters(11.03, 50.98, 11.1, 50.98), 6);
  });

  it('copes with an empty list and points without coordinates', () => {
    expect(withinRadius(createPointIndex([]), 11, 51, 50)).toEqual([]);
    expect(withinRadius(createPointIndex([{ lon: null, lat: null }]), 11, 51, 50)).toEqual([]);
    expect(nearestMatching(createPointIndex([]), 11, 51, () => true)).toBeNull();
  });
});

describe('nearestMatching', () => {
  it('equals brute force among accepted points', () => {
    fc.assert(
      fc.property(fc.array(pointA, { minLength: 1, maxLength: 150 }), lonA, latA, (pts, lon, lat) => {
        const accept = (i: number) => i % 3 !== 0;
        const hit = nearestMatching(createPointIndex(pts), lon, lat, accept);
        const brute = pts
          .map((p, i) => (p.lon !== null && accept(i) ? haversineMeters(lon, lat, p.lon, p.lat) : Infinity))
          .reduce((m, d) => Math.min(m, d), Infinity);
        if (brute === Infinity) expect(hit).toBeNull();
        else expect(hit!.meters).toBeCloseTo(brute, 6);
      }),
      { numRuns: 150 },
    );
  });
});

describe('neighbours and missing partner kinds', () => {
  // Erfurt centre and institutions at known offsets along the parallel.
  const centre = institution('z', { name: 'ThEKiZ Mitte', category: 'ThEKiZ', lon: 11.03, lat: 50.98 });
  const kita = institution('k', { name: 'Kita Nord', category: 'Kita', lon: 11.06, lat: 50.98 }); // ~2.1 km
  const hebamme = institution('h', { name: 'Hebamme', category: 'Hebammen', lon: 11.2, lat: 50.98 }); // ~11.9 km
  const fern = institution('f', { name: 'Beratung Gera', category: 'Erziehungs- und Familienberatung', lon: 12.08, lat: 50.88 }); // ~74 km
  const ohne = institution('o', { name: 'Ohne Ort', category: 'Kita' });
  const list = [centre, kita, hebamme, fern, ohne];
  const links = [partnership('z', 'k')];
  const index = createNeighbourIndex(list);

  it('lists institutions in the radius, nearest first, with partners marked', () => {
    const near = neighboursOf(index, centre, links, 15);
    expect(near.map((n) => [n.institution.id, n.isPartner])).toEqual([['k', true], ['h', false]]);
    expect(neighboursOf(index, centre, links, 100).map((n) => n.institution.id)).toEqual(['k', 'h', 'f']);
    expect(neighboursOf(index, ohne, links, 100)).toEqual([]);
  });

  it('names kinds without a partner in the radius with the nearest candidate', () => {
    const missing = missingKinds(index, centre, links, 15, ['Kita', 'Hebammen', 'Erziehungs- und Familienberatung', 'Bibliothek']);
    expect(missing.map((m) => [m.category, m.nearest?.institution.id ?? null])).toEqual([
      ['Hebammen', 'h'],
      ['Erziehungs- und Familienberatung', 'f'],
      ['Bibliothek', null],
    ]);
    expect(missing[1].nearest!.meters).toBeGreaterThan(70_000);
  });

  it('a partner outside the radius does not cover its kind', () => {
    const missing = missingKinds(index, centre, [...links, partnership('z', 'f')], 15, ['Erziehungs- und Familienberatung']);
    expect(missing).toEqual([{ category: 'Erziehungs- und Familienberatung', nearest: null }]);
  });
});
