/**
 * A deterministic partnership network for the graph benchmarks: n institutions spread over
 * Thuringia like real ones (around places, more where more places are), m partnerships,
 * most between neighbours (as in real networks and the demo), a fifth by preferential
 * attachment (hubs). Pure: runs in Node and in the bench page.
 */
import { seededRandom } from '../../src/domain/random';

export interface BenchGraph {
  ids: string[];
  lon: number[];
  lat: number[];
  group: string[];
  edges: [number, number][];
}

const W = 9.87;
const S = 50.2;
const CELL = 0.08; // degrees, about 6–9 km

export function benchGraph(n: number, m: number, places: readonly [number, number][], seed = 4711): BenchGraph {
  const random = seededRandom(seed);
  const ids: string[] = [];
  const lon: number[] = [];
  const lat: number[] = [];
  const group: string[] = [];
  const cells = new Map<string, number[]>();
  const cellOf = (x: number, y: number) => `${Math.floor((x - W) / CELL)},${Math.floor((y - S) / CELL)}`;
  for (let i = 0; i < n; i++) {
    const [px, py] = places[Math.floor(random() * places.length)];
    const x = px + (random() - 0.5) * 0.04;
    const y = py + (random() - 0.5) * 0.03;
    ids.push(`n${i}`);
    lon.push(x);
    lat.push(y);
    group.push(`K${Math.floor((x - W) / 0.6)}${Math.floor((y - S) / 0.4)}`);
    const key = cellOf(x, y);
    const list = cells.get(key) ?? [];
    list.push(i);
    cells.set(key, list);
  }
  const seen = new Set<number>();
  const edges: [number, number][] = [];
  let guard = 0;
  while (edges.length < m && guard++ < m * 20) {
    const a = Math.floor(random() * n);
    let b: number;
    if (random() < 0.8 || edges.length === 0) {
      const cx = Math.floor((lon[a] - W) / CELL) + Math.floor(random() * 3) - 1;
      const cy = Math.floor((lat[a] - S) / CELL) + Math.floor(random() * 3) - 1;
      const near = cells.get(`${cx},${cy}`);
      if (!near) continue;
      b = near[Math.floor(random() * near.length)];
    } else {
      const e = edges[Math.floor(random() * edges.length)];
      b = e[Math.floor(random() * 2)];
    }
    if (a === b) continue;
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push([a, b]);
  }
  return { ids, lon, lat, group, edges };
}

/**
 * Mean drawn edge length over the mean distance of random node pairs: well below 1 when
 * partners sit close together in the picture (a readable layout), near 1 for a hairball.
 */
export function edgeLengthRatio(x: ArrayLike<number>, y: ArrayLike<number>, edges: readonly (readonly [number, number])[], seed = 99): number {
  const random = seededRandom(seed);
  const d = (a: number, b: number) => Math.hypot(x[a] - x[b], y[a] - y[b]);
  let edge = 0;
  for (const [a, b] of edges) edge += d(a, b);
  let pairs = 0;
  const samples = 20_000;
  for (let k = 0; k < samples; k++) pairs += d(Math.floor(random() * x.length), Math.floor(random() * x.length));
  return edge / edges.length / (pairs / samples);
}
