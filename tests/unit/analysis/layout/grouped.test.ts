import { describe, expect, it } from 'vitest';
import { groupedLayout, NO_GROUP } from '../../../../src/analysis/layout';
import { makeInput, randomGraph } from './graphs';

const KREISE = ['Sonneberg', 'Sömmerda', 'Saale-Holzland-Kreis', 'Eisenach', 'Erfurt', 'Ilm-Kreis'];

function centroid(x: Float64Array, y: Float64Array, nodes: number[]): [number, number] {
  return [nodes.reduce((s, i) => s + x[i], 0) / nodes.length, nodes.reduce((s, i) => s + y[i], 0) / nodes.length];
}

describe('groupedLayout', () => {
  // 6 Kreise of 5–9 nodes each, plus 3 nodes without a Kreis
  const group = KREISE.flatMap((k, j) => new Array<string>(5 + (j % 3) * 2).fill(k)).concat(['', '', '  ']);
  const input = makeInput(group.length, [], { group, score: group.map((_, i) => i % 7) });
  const res = groupedLayout(input);

  it('sorts the groups with German collation, "ohne Kreis" last', () => {
    expect(res.groups.map((g) => g.name)).toEqual(['Eisenach', 'Erfurt', 'Ilm-Kreis', 'Saale-Holzland-Kreis', 'Sömmerda', 'Sonneberg', NO_GROUP]);
    expect(res.groups.map((g) => g.size)).toEqual([5, 7, 9, 9, 7, 5, 3]);
  });

  it('keeps each node nearer its own group centre than any other group centre', () => {
    const names = res.groups.map((g) => g.name);
    const members = names.map((name) => group.flatMap((g, i) => ((g.trim() || NO_GROUP) === name ? [i] : [])));
    const centres = members.map((nodes) => centroid(res.x, res.y, nodes));
    members.forEach((nodes, own) => {
      for (const i of nodes) {
        const d = centres.map(([cx, cy]) => Math.hypot(res.x[i] - cx, res.y[i] - cy));
        for (let other = 0; other < d.length; other++) if (other !== own) expect(d[own]).toBeLessThan(d[other]);
      }
    });
  });

  it('puts every node inside its group circle, and the circles do not overlap', () => {
    const cells = res.groups;
    group.forEach((g, i) => {
      const cell = cells.find((c) => c.name === (g.trim() || NO_GROUP))!;
      expect(Math.hypot(res.x[i] - cell.cx, res.y[i] - cell.cy)).toBeLessThan(cell.r);
    });
    for (let a = 0; a < cells.length; a++) for (let b = a + 1; b < cells.length; b++) {
      expect(Math.hypot(cells[a].cx - cells[b].cx, cells[a].cy - cells[b].cy)).toBeGreaterThan(cells[a].r + cells[b].r);
    }
  });

  it('sizes group circles by node count and puts the top score in the middle', () => {
    const [small, middle, big] = res.groups;
    expect(big.r).toBeGreaterThan(middle.r);
    expect(middle.r).toBeGreaterThan(small.r);
    const erfurt = group.flatMap((g, i) => (g === 'Erfurt' ? [i] : []));
    const best = erfurt.reduce((b, i) => (Number(input.score[i]) > Number(input.score[b]) ? i : b));
    expect([res.x[best], res.y[best]]).toEqual([middle.cx, middle.cy]);
  });

  it('holds the same for groups of very different sizes, on a larger graph', () => {
    const big = randomGraph(1500, 3000, 5);
    const skewed = { ...big, group: big.ids.map((_, i) => (i < 900 ? 'Erfurt' : i % 40 === 0 ? '' : `Kreis ${i % 23}`)) };
    const out = groupedLayout(skewed);
    const byName = new Map(out.groups.map((c) => [c.name, c]));
    skewed.group.forEach((g, i) => {
      const own = byName.get(g || NO_GROUP)!;
      const dOwn = Math.hypot(out.x[i] - own.cx, out.y[i] - own.cy);
      expect(dOwn).toBeLessThan(own.r);
      for (const c of out.groups) if (c !== own) expect(Math.hypot(out.x[i] - c.cx, out.y[i] - c.cy)).toBeGreaterThan(dOwn);
    });
    for (const a of out.groups) for (const b of out.groups) if (a !== b) expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThan(a.r + b.r);
  });
});
