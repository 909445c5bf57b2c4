import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TravelBasis } from '../../../../src/analysis/coverage/analysis';
import { haversineMeters } from '../../../../src/analysis/distance';
import { centreGaps, DEFAULT_KEY_KINDS, type GapInstitution, type GapMeasure } from '../../../../src/analysis/partners/networkGaps';
import { runNetworkGaps } from '../../../../src/analysis/partners/runGaps';

// Network gaps by another measure than the straight line (travel time in thousandths of a minute).
const [BERATUNG, HILFEN, HEBAMMEN] = DEFAULT_KEY_KINDS;
const inst = (id: string, category: string, lon: number): GapInstitution => ({ id, name: id.toUpperCase(), category, lon, lat: 51 });
/** Minutes from the centre to each institution, by id (missing: not reached). */
const minutes = (list: readonly GapInstitution[], byId: Record<string, number>): GapMeasure => () => list.map((i) => (i.id in byId ? byId[i.id] * 1000 : Infinity));
const BASIS: TravelBasis = { mode: 'foot', road: { file: 'x.osm.pbf', date: null }, speeds: { foot: 4.5, bicycle: 15 }, maxAccessMeters: 1000, facilitiesOffNetwork: 0, offNetworkCells: 0, offNetworkWeight: 0 };

describe('centreGaps with a time measure', () => {
  it('counts a partner reached within the limit, however far by straight line', () => {
    const list = [inst('c', 'ThEKiZ', 11), inst('p', BERATUNG, 11.5)]; // ~35 km away
    const [gap] = centreGaps(list, [{ a: 'c', b: 'p' }], ['c'], DEFAULT_KEY_KINDS, 30, minutes(list, { c: 0, p: 25 }));
    expect(gap.kinds[0].partner).toEqual({ id: 'p', name: 'P', meters: 25_000 });
    expect(gap.missingMask & 1).toBe(0);
    // The same pair by straight line with a 15 km radius: missing.
    expect(centreGaps(list, [{ a: 'c', b: 'p' }], ['c'], DEFAULT_KEY_KINDS, 15)[0].missingMask & 1).toBe(1);
  });

  it('does not count a partner close by straight line but beyond the limit in time, and names it with its time', () => {
    const list = [inst('c', 'ThEKiZ', 11), inst('p', HILFEN, 11.001)]; // 70 m away
    const [gap] = centreGaps(list, [{ a: 'c', b: 'p' }], ['c'], DEFAULT_KEY_KINDS, 30, minutes(list, { c: 0, p: 41 }));
    expect(gap.kinds[1].partner).toBeNull();
    expect(gap.kinds[1].partnerBeyond).toEqual({ id: 'p', name: 'P', meters: 41_000 });
    expect(gap.missingMask & 0b10).toBe(0b10);
  });

  it('a partner the search did not reach is beyond, at Infinity (no invented figure)', () => {
    const list = [inst('c', 'ThEKiZ', 11), inst('p', HILFEN, 11.001)];
    const [gap] = centreGaps(list, [{ a: 'c', b: 'p' }], ['c'], DEFAULT_KEY_KINDS, 30, minutes(list, { c: 0 }));
    expect(gap.kinds[1].partnerBeyond?.meters).toBe(Infinity);
  });

  it('takes the candidate nearest in time, not by straight line', () => {
    const list = [inst('c', 'ThEKiZ', 11), inst('near', HEBAMMEN, 11.01), inst('quick', HEBAMMEN, 11.2), inst('slow', HEBAMMEN, 11.3)];
    const [gap] = centreGaps(list, [], ['c'], DEFAULT_KEY_KINDS, 30, minutes(list, { c: 0, near: 50, quick: 12, slow: 40 }));
    expect(gap.kinds[2].candidate).toEqual({ id: 'quick', name: 'QUICK', meters: 12_000, inside: true });
    const [later] = centreGaps(list, [], ['c'], DEFAULT_KEY_KINDS, 10, minutes(list, { c: 0, near: 50, quick: 12, slow: 40 }));
    expect(later.kinds[2].candidate).toMatchObject({ id: 'quick', inside: false });
  });

  it('names an unreached candidate (the nearest by straight line) at Infinity, outside; no candidate when the kind is absent', () => {
    const list = [inst('c', 'ThEKiZ', 11), inst('far', BERATUNG, 11.2), inst('near', BERATUNG, 11.05)];
    const [gap] = centreGaps(list, [], ['c'], DEFAULT_KEY_KINDS, 30, minutes(list, { c: 0 }));
    expect(gap.kinds[0].candidate).toEqual({ id: 'near', name: 'NEAR', meters: Infinity, inside: false });
    expect(gap.kinds[1].candidate).toBeNull();
    expect(gap.missing).toBe(5);
  });

  it('with the straight line as the measure gives what the straight-line run gives', () => {
    const kinds = DEFAULT_KEY_KINDS.slice(0, 3);
    const item = fc.record({ kind: fc.constantFrom('ThEKiZ', ...kinds), lon: fc.double({ min: 10.8, max: 11.4, noNaN: true }), lat: fc.double({ min: 50.8, max: 51.2, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 25 }), fc.array(fc.tuple(fc.nat(24), fc.nat(24)), { maxLength: 30 }), (items, pairs) => {
        const list = items.map((x, i): GapInstitution => ({ id: `i${String(i).padStart(2, '0')}`, name: `I${i}`, category: x.kind, lon: x.lon, lat: x.lat }));
        const partnerships = pairs.filter(([a, b]) => a < list.length && b < list.length).map(([a, b]) => ({ a: list[a].id, b: list[b].id }));
        const centres = list.filter((i) => i.category === 'ThEKiZ').map((i) => i.id);
        const line: GapMeasure = (c) => list.map((i) => haversineMeters(c.lon!, c.lat!, i.lon!, i.lat!));
        expect(centreGaps(list, partnerships, centres, kinds, 8, line)).toEqual(centreGaps(list, partnerships, centres, kinds, 8));
      }),
      { numRuns: 60 },
    );
  });
});

describe('runNetworkGaps by travel time', () => {
  const list = [inst('a', 'ThEKiZ', 11), inst('b', 'ThEKiZ', 11.1), inst('p', BERATUNG, 11.01)];
  const cells = { lon: Float64Array.of(11, 11.1, 11.05), lat: Float64Array.of(51, 51, 51), group: ['16064', '16064', '16065'], people: [100, 50, 30], children: [10, 5, 3], weight: [100, 50, 30] };
  const req = { institutions: list, partnerships: [{ a: 'a', b: 'p' }, { a: 'b', b: 'p' }], centreIds: ['a', 'b'], kinds: [BERATUNG], radiusKm: 15 };

  it('says its unit and basis, counts partners within the minutes, and cells reaching no centre lack every kind', () => {
    // p is 5 min from a, 50 min from b; the third cell reaches no centre.
    const measure: GapMeasure = (c) => (c.id === 'a' ? [0, 20_000, 5_000] : [20_000, 0, 50_000]);
    let asked: string[] = [];
    const r = runNetworkGaps(cells, req, ['16064', '16065'], {
      minutes: 30, searchMinutes: 60, measure, travel: BASIS,
      cellNearest: (centres) => {
        asked = centres.map((c) => c.id);
        return Int32Array.of(1, 0, -1);
      },
    });
    expect(asked).toEqual(['a', 'b']);
    expect(r).toMatchObject({ unit: 'min', radiusKm: 30, travel: BASIS, searchLimit: 60 });
    expect(r.centres.map((c) => c.missing)).toEqual([0, 1]);
    expect(r.centres.map((c) => c.served)).toEqual([50, 100]);
    expect(Array.from(r.cellMissing)).toEqual([1, 0, 1]);
    expect(r.land.perKind[0]).toEqual({ people: 130, children: 13 });
    expect(r.kreise.find((k) => k.key === '16065')?.any.people).toBe(30);
  });

  it('by straight line says km and no basis, as before', () => {
    const r = runNetworkGaps(cells, req, ['16064', '16065']);
    expect(r).toMatchObject({ unit: 'km', radiusKm: 15, travel: null, searchLimit: null });
    expect(r.centres.map((c) => c.missing)).toEqual([0, 0]);
  });
});
