import { describe, expect, it } from 'vitest';
import { networkFigures } from '../../../../src/analysis/network/figures';
import { seededRandom } from '../../../../src/domain/random';

// No timing assertion here: timings belong in benchmarks, not unit tests.
describe('networkFigures on 5,000 institutions and 20,000 partnerships', () => {
  it('returns finite figures for every node', { timeout: 60_000 }, () => {
    const random = seededRandom(20240601);
    const n = 5000;
    const institutions = Array.from({ length: n }, (_, i) => ({ id: `i${i}`, lon: 9.9 + random() * 2.6, lat: 50.2 + random() * 1.4, group: `K${i % 23}` }));
    const partnerships = Array.from({ length: 20_000 }, (_, k) => ({ id: `p${k}`, a: `i${Math.floor(random() * n)}`, b: `i${Math.floor(random() * n)}` }));
    const f = networkFigures({ institutions, partnerships, longKm: 50 });
    expect(f.nodes).toHaveLength(n);
    expect(f.partnerships).toHaveLength(20_000);
    for (const r of f.nodes) {
      expect(Number.isFinite(r.betweenness) && r.betweenness >= 0 && r.betweenness <= 1).toBe(true);
      expect(Number.isFinite(r.closeness) && r.closeness >= 0 && r.closeness <= 1).toBe(true);
    }
    expect(f.partnerships.every((p) => p.km !== null && Number.isFinite(p.km))).toBe(true);
    expect(f.groups).toHaveLength(23);
    expect(f.components.reduce((s, c) => s + c.size, 0)).toBe(n);
    expect(Object.values(f.totals).every(Number.isFinite)).toBe(true);
  });
});
