import { describe, expect, it } from 'vitest';
import { defaultIterations, FORCE_SETTINGS, forceLayout, geographicLayout, NODE_SPACING } from '../../../../src/analysis/layout';
import { components, shelfPack } from '../../../../src/analysis/layout/pack';
import { dist, edgeToRandomPairRatio, makeInput, prng, randomGraph } from './graphs';

/** Two dense clusters of `size` nodes (each edge present with p = 0.5), joined by one edge. */
function twoClusters(size: number, located: boolean) {
  const r = prng(21);
  const edges: [number, number][] = [];
  for (const base of [0, size]) for (let a = 0; a < size; a++) for (let b = a + 1; b < size; b++) if (r() < 0.5) edges.push([base + a, base + b]);
  edges.push([0, size]);
  const n = 2 * size;
  // the clusters' nodes are scattered over all of Thuringia, so the map alone does not separate them
  return makeInput(n, edges, located ? {} : { lon: new Array(n).fill(null), lat: new Array(n).fill(null) });
}

function meanDistance(res: { x: Float64Array; y: Float64Array }, pairs: [number, number][]): number {
  return pairs.reduce((s, [a, b]) => s + dist(res, a, b), 0) / pairs.length;
}

describe('forceLayout', () => {
  for (const located of [true, false]) {
    it(`separates two dense clusters joined by one edge (${located ? 'from the map' : 'no coordinates'})`, () => {
      const size = 30;
      const res = forceLayout(twoClusters(size, located));
      const intra: [number, number][] = [];
      const inter: [number, number][] = [];
      for (let a = 0; a < 2 * size; a++) for (let b = a + 1; b < 2 * size; b++) ((a < size) === (b < size) ? intra : inter).push([a, b]);
      expect(meanDistance(res, intra)).toBeLessThan(0.5 * meanDistance(res, inter));
    });
  }

  it('puts connected nodes closer together than random pairs, and much closer than the map does', () => {
    const input = randomGraph(1000, 3000, 8);
    const ratio = edgeToRandomPairRatio(forceLayout(input), input.edges);
    expect(ratio).toBeLessThan(0.75);
    expect(ratio).toBeLessThan(0.8 * edgeToRandomPairRatio(geographicLayout(input), input.edges));
  });

  it('gives no two nodes the same position', () => {
    const input = randomGraph(800, 2000, 2);
    // add a component of nodes all on one spot, and isolated nodes
    const n = 830;
    const edges = [...input.edges, ...Array.from({ length: 19 }, (_, k): [number, number] => [800 + k, 801 + k])];
    const lon = [...Array.from(input.lon), ...new Array(30).fill(11)];
    const lat = [...Array.from(input.lat), ...new Array(30).fill(51)];
    const res = forceLayout(makeInput(n, edges, { lon, lat }));
    expect(new Set(Array.from(res.x, (x, i) => `${x},${res.y[i]}`)).size).toBe(n);
  });

  it('keeps components and isolated nodes close: packed in rows, not flown off', () => {
    const input = randomGraph(500, 1200, 6);
    const n = 700;
    const edges = [...input.edges, ...Array.from({ length: 60 }, (_, k): [number, number] => [500 + 2 * k, 501 + 2 * k])];
    const res = forceLayout(makeInput(n, edges, { lon: [...Array.from(input.lon), ...new Array(200).fill(null)] }));
    const main = components(n, edges)[0];
    const box = (nodes: number[]) => {
      const xs = nodes.map((i) => res.x[i]);
      const ys = nodes.map((i) => res.y[i]);
      return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
    };
    const all = box([...Array(n).keys()]);
    const core = box(main);
    // 200 of the 700 nodes are outside the main component: they take at most as much room again
    expect(all.w).toBeLessThan(2 * core.w);
    expect(all.h).toBeLessThan(2 * core.h);
    expect(Math.min(...res.x)).toBeGreaterThanOrEqual(0);
    expect(Math.min(...res.y)).toBeGreaterThanOrEqual(0);
  });

  it('keeps neighbouring nodes about NODE_SPACING apart', () => {
    const input = randomGraph(1000, 3000, 8);
    const res = forceLayout(input);
    const xs = Array.from(res.x);
    const ys = Array.from(res.y);
    const pitch = Math.sqrt(((Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys))) / 1000);
    expect(pitch).toBeGreaterThan(0.5 * NODE_SPACING);
    expect(pitch).toBeLessThan(2 * NODE_SPACING);
  });

  it('can ignore the map and can run a given number of iterations', () => {
    const input = twoClusters(10, true);
    const free = forceLayout(input, { seedFromGeography: false });
    expect(Array.from(free.x)).toEqual(Array.from(forceLayout({ ...input, lon: [], lat: [] }).x));
    const none = forceLayout(input, { iterations: 0 });
    const more = forceLayout(input, { iterations: 50 });
    expect(Array.from(none.x)).not.toEqual(Array.from(more.x));
  });

  it('does not change the shared physics settings', () => {
    const before = { ...FORCE_SETTINGS };
    forceLayout(twoClusters(10, true));
    expect(FORCE_SETTINGS).toEqual(before);
  });
});

describe('defaultIterations', () => {
  it('runs up to 300 iterations on small graphs and fewer, but at least 40, on large ones', () => {
    expect(defaultIterations(10, 20)).toBe(300);
    expect(defaultIterations(1000, 3000)).toBe(170);
    expect(defaultIterations(5000, 20_000)).toBe(170);
    expect(defaultIterations(20_000, 80_000)).toBeLessThan(170);
    expect(defaultIterations(1e6, 1e7)).toBe(40);
    for (let n = 10; n < 1e5; n *= 3) expect(defaultIterations(3 * n, 9 * n)).toBeLessThanOrEqual(defaultIterations(n, 3 * n));
  });
});

describe('components and shelfPack', () => {
  it('finds components, largest first, ties by smallest index', () => {
    expect(components(7, [[5, 6], [0, 3], [3, 4]])).toEqual([[0, 3, 4], [5, 6], [1], [2]]);
  });

  it('packs boxes without overlap, small ones stacked beside the large one, in a compact area', () => {
    const r = prng(3);
    const boxes = [{ width: 300, height: 240 }, ...Array.from({ length: 40 }, () => ({ width: r() * 60, height: r() * 40 })), ...Array.from({ length: 50 }, () => ({ width: 0, height: 0 }))];
    const gap = 10;
    const corners = shelfPack(boxes, gap);
    expect(corners[0]).toEqual([0, 0]);
    expect(corners[1]).toEqual([310, 0]);
    for (let a = 0; a < boxes.length; a++) for (let b = a + 1; b < boxes.length; b++) {
      const apart = corners[a][0] + boxes[a].width + gap <= corners[b][0] + 1e-9 || corners[b][0] + boxes[b].width + gap <= corners[a][0] + 1e-9
        || corners[a][1] + boxes[a].height + gap <= corners[b][1] + 1e-9 || corners[b][1] + boxes[b].height + gap <= corners[a][1] + 1e-9;
      expect(apart, `boxes ${a} and ${b}`).toBe(true);
    }
    const right = Math.max(...corners.map(([x], k) => x + boxes[k].width));
    const bottom = Math.max(...corners.map(([, y], k) => y + boxes[k].height));
    const used = boxes.reduce((s, b) => s + (b.width + gap) * (b.height + gap), 0);
    expect(right * bottom).toBeLessThan(2 * used);
  });
});
