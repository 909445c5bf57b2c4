import { describe, expect, it } from 'vitest';
import { concentricLayout } from '../../../../src/analysis/layout';
import { makeInput, prng, randomGraph } from './graphs';

/** Distance of every node from the position of the highest-scoring node. */
function radii(x: Float64Array, y: Float64Array, top: number): number[] {
  return Array.from(x, (_, i) => Math.hypot(x[i] - x[top], y[i] - y[top]));
}

describe('concentricLayout', () => {
  const input = randomGraph(400, 900, 3);
  const res = concentricLayout(input);
  const top = input.score.length > 0 ? Array.from(input.score).indexOf(Math.max(...Array.from(input.score))) : -1;
  const r = radii(res.x, res.y, top);

  it('puts the node with the highest score in the centre, closest to it of all', () => {
    const outer = Math.max(...r);
    // the centre of the rings is (R, R), R the outermost radius
    expect(res.x[top]).toBeCloseTo(outer, 6);
    expect(res.y[top]).toBeCloseTo(outer, 6);
    for (let i = 0; i < r.length; i++) if (i !== top) expect(r[i]).toBeGreaterThan(0);
  });

  it('never puts a lower score on a smaller ring', () => {
    const s = Array.from(input.score);
    for (let a = 0; a < s.length; a++) for (let b = 0; b < s.length; b++) if (s[a] > s[b]) expect(r[a]).toBeLessThanOrEqual(r[b] + 1e-9);
  });

  it('uses several rings of increasing radius, nodes spread around each ring', () => {
    const rings = [...new Set(r.map((v) => Math.round(v * 1e6) / 1e6))].sort((a, b) => a - b);
    expect(rings.length).toBeGreaterThan(3);
    const keys = new Set(Array.from(res.x, (x, i) => `${x.toFixed(6)},${res.y[i].toFixed(6)}`));
    expect(keys.size).toBe(400);
  });

  it('orders ties by id, whatever the input order', () => {
    const rand = prng(9);
    const n = 60;
    const base = makeInput(n, [], { score: Array.from({ length: n }, () => Math.floor(rand() * 4)) });
    const perm = Array.from({ length: n }, (_, i) => i).sort(() => rand() - 0.5);
    const shuffled = { ...base, ids: perm.map((i) => base.ids[i]), score: perm.map((i) => base.score[i]) };
    const a = concentricLayout(base);
    const b = concentricLayout(shuffled);
    perm.forEach((orig, k) => {
      expect(b.x[k]).toBe(a.x[orig]);
      expect(b.y[k]).toBe(a.y[orig]);
    });
  });

  it('puts nodes without a score on the outside', () => {
    const withNaN = concentricLayout(makeInput(20, [], { score: Array.from({ length: 20 }, (_, i) => (i === 3 ? NaN : i)) }));
    const rr = radii(withNaN.x, withNaN.y, 19);
    expect(rr[3]).toBeCloseTo(Math.max(...rr), 9);
  });
});
