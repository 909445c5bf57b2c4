import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregateByKreis } from '../../../../src/analysis/network/aggregate';
import { institution, partnership } from '../../../helpers/records';

describe('aggregateByKreis', () => {
  it('counts institutions per Kreis, partnerships inside and between Kreise', () => {
    const list = [
      institution('a', { ags: '16051000', lon: 11, lat: 51 }),
      institution('b', { ags: '16051000', lon: 11.2, lat: 51.2 }),
      institution('c', { ags: '16052000', lon: 12, lat: 50.9 }),
      institution('d', { ags: '16056000', lon: 10.3, lat: 51 }), // Eisenach → Wartburgkreis
      institution('e', { ags: '', lon: null, lat: null }),
    ];
    const links = [partnership('a', 'b'), partnership('a', 'c'), partnership('c', 'b'), partnership('d', 'e'), partnership('a', 'zz'), partnership('a', 'a')];
    const { nodes, links: out } = aggregateByKreis(list, links);
    expect(nodes).toEqual([
      { key: '', institutions: 1, inside: 0, lon: null, lat: null },
      { key: '16051', institutions: 2, inside: 1, lon: 11.1, lat: 51.1 },
      { key: '16052', institutions: 1, inside: 0, lon: 12, lat: 50.9 },
      { key: '16063', institutions: 1, inside: 0, lon: 10.3, lat: 51 },
    ]);
    expect(out).toEqual([{ a: '16051', b: '16052', partnerships: 2 }, { a: '', b: '16063', partnerships: 1 }]);
  });

  it('loses no institution and no partnership between known ends (property)', () => {
    const keys = ['16051000', '16052000', '16053000', ''];
    fc.assert(fc.property(fc.array(fc.constantFrom(...keys), { minLength: 1, maxLength: 30 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }), (ags, pairs) => {
      const list = ags.map((a, k) => institution(`i${k}`, { ags: a }));
      const links = pairs.map(([x, y]) => partnership(`i${x % list.length}`, `i${y % list.length}`)).filter((p) => p.a !== p.b);
      const { nodes, links: out } = aggregateByKreis(list, links);
      const total = nodes.reduce((s, n) => s + n.institutions, 0);
      const counted = nodes.reduce((s, n) => s + n.inside, 0) + out.reduce((s, l) => s + l.partnerships, 0);
      return total === list.length && counted === links.length;
    }));
  });
});
