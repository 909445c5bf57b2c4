import { describe, expect, it } from 'vitest';
import { haversineMeters } from '../../../../src/analysis/distance';
import { networkFigures, type NetworkInput } from '../../../../src/analysis/network/figures';

const ERFURT = { lon: 11.0299, lat: 50.9787 };
const WEIMAR = { lon: 11.3235, lat: 50.9795 };
const GERA = { lon: 12.0821, lat: 50.8803 };
const NOWHERE = { lon: null, lat: null };

// a–b–c triangle in Kreis K1 with a tail c–d into K2, e in K2 without coordinates, f isolated.
const input: NetworkInput = {
  institutions: [
    { id: 'a', ...ERFURT, group: 'K1' },
    { id: 'b', ...WEIMAR, group: 'K1' },
    { id: 'c', ...ERFURT, group: 'K1' },
    { id: 'd', ...GERA, group: 'K2' },
    { id: 'e', ...NOWHERE, group: 'K2' },
    { id: 'f', ...GERA, group: 'K3' },
  ],
  partnerships: [
    { id: 'p0', a: 'a', b: 'b' },
    { id: 'p1', a: 'b', b: 'c' },
    { id: 'p2', a: 'c', b: 'a' },
    { id: 'p3', a: 'c', b: 'd' },
    { id: 'p4', a: 'd', b: 'e' },
    { id: 'p5', a: 'e', b: 'd' }, // parallel to p4
    { id: 'p6', a: 'a', b: 'a' }, // self-loop
    { id: 'p7', a: 'a', b: 'zz' }, // unknown partner
  ],
  longKm: 50,
};

describe('networkFigures', () => {
  const f = networkFigures(input);

  it('returns one row per institution in input order', () => {
    expect(f.nodes.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(f.nodes.map((r) => r.degree)).toEqual([2, 2, 3, 2, 1, 0]);
    expect(f.nodes.map((r) => r.isolated)).toEqual([false, false, false, false, false, true]);
    expect(f.nodes.map((r) => r.articulation)).toEqual([false, false, true, true, false, false]);
    expect(f.nodes.map((r) => r.component)).toEqual([0, 0, 0, 0, 0, 1]);
    expect(f.nodes.map((r) => r.componentSize)).toEqual([5, 5, 5, 5, 5, 1]);
  });

  it('reports raw and normalized betweenness and Wasserman–Faust closeness', () => {
    // c lies between {a, b} and {d, e} (4 pairs), d between {a, b, c} and e (3 pairs).
    expect(f.nodes.map((r) => r.betweennessRaw)).toEqual([0, 0, 4, 3, 0, 0]);
    f.nodes.forEach((r) => expect(r.betweenness).toBeCloseTo((r.betweennessRaw * 2) / (5 * 4), 12));
    // a reaches 4 others at distances 1, 1, 2, 3: (4/5) · (4/7).
    expect(f.nodes[0].closeness).toBeCloseTo((4 / 5) * (4 / 7), 12);
    expect(f.nodes[5].closeness).toBe(0);
  });

  it('gives each partnership its length, long flag, and whether it counts and is a bridge', () => {
    const km = (x: { lon: number; lat: number }, y: { lon: number; lat: number }) => haversineMeters(x.lon, x.lat, y.lon, y.lat) / 1000;
    const rows = f.partnerships;
    expect(rows[0].km).toBeCloseTo(km(ERFURT, WEIMAR), 9);
    expect(rows[0].km).toBeGreaterThan(19);
    expect(rows[0].km).toBeLessThan(22);
    expect(rows[2].km).toBe(0);
    expect(rows[3].km).toBeCloseTo(km(ERFURT, GERA), 9);
    expect(rows.map((r) => r.long)).toEqual([false, false, false, true, false, false, false, false]);
    expect(rows.map((r) => r.km === null)).toEqual([false, false, false, false, true, true, false, true]);
    expect(rows.map((r) => r.counted)).toEqual([true, true, true, true, true, false, false, false]);
    // c–d is a bridge; d–e is not, as two partnerships join d and e.
    expect(rows.map((r) => r.bridge)).toEqual([false, false, false, true, false, false, false, false]);
    expect(rows[7]).toMatchObject({ id: 'p7', a: 'a', b: 'zz' });
  });

  it('lists components by size and groups with their densities', () => {
    expect(f.components).toEqual([{ id: 0, size: 5 }, { id: 1, size: 1 }]);
    expect(f.groups).toEqual([
      { group: 'K1', nodes: 3, edges: 3, edgesOut: 1, density: 1 },
      { group: 'K2', nodes: 2, edges: 1, edgesOut: 1, density: 1 },
      { group: 'K3', nodes: 1, edges: 0, edgesOut: 0, density: 0 },
    ]);
  });

  it('adds up the totals', () => {
    expect(f.totals).toEqual({
      nodes: 6,
      edges: 5,
      partnerships: 8,
      components: 2,
      largestComponent: 5,
      isolated: 1,
      articulationPoints: 2,
      bridges: 1,
      longPartnerships: 1,
      density: 10 / 30,
    });
  });

  it('is plain data: survives JSON and structured cloning unchanged (so no NaN either)', () => {
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
    expect(structuredClone(f)).toEqual(f);
  });

  it('uses centrality computed elsewhere when given', () => {
    const n = input.institutions.length;
    const given = { betweenness: new Float64Array(n).fill(10), closeness: new Float64Array(n).fill(0.5) };
    const g = networkFigures(input, given);
    expect(g.nodes.map((r) => r.betweennessRaw)).toEqual([10, 10, 10, 10, 10, 10]);
    expect(g.nodes.map((r) => r.closeness)).toEqual([0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
  });

  it('handles no institutions and a single one without NaN', () => {
    const empty = networkFigures({ institutions: [], partnerships: [], longKm: 50 });
    expect(empty).toEqual({
      nodes: [],
      partnerships: [],
      components: [],
      groups: [],
      totals: { nodes: 0, edges: 0, partnerships: 0, components: 0, largestComponent: 0, isolated: 0, articulationPoints: 0, bridges: 0, longPartnerships: 0, density: 0 },
    });
    const one = networkFigures({ institutions: [{ id: 'a', ...NOWHERE, group: '' }], partnerships: [{ id: 'p', a: 'a', b: 'b' }], longKm: 50 });
    expect(one.nodes).toEqual([
      { id: 'a', group: '', degree: 0, betweenness: 0, betweennessRaw: 0, closeness: 0, component: 0, componentSize: 1, isolated: true, articulation: false },
    ]);
    expect(one.partnerships).toEqual([{ id: 'p', a: 'a', b: 'b', km: null, long: false, counted: false, bridge: false }]);
    expect(one.totals.density).toBe(0);
  });
});
