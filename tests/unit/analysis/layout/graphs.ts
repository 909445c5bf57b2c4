import type { LayoutEdge, LayoutInput, LayoutResult } from '../../../../src/analysis/layout';
import { seededRandom } from '../../../../src/domain/random';

/** Seeded test graphs: the app's own PRNG, so they are the same on every run. */
export const prng = seededRandom;

/** An input with defaults: located in Thuringia's box unless given, no group, score 0. */
export function makeInput(n: number, edges: readonly LayoutEdge[] = [], patch: Partial<LayoutInput> = {}): LayoutInput {
  const r = prng(n + 1);
  return {
    ids: Array.from({ length: n }, (_, i) => `fz-${String(i).padStart(5, '0')}`),
    lon: Array.from({ length: n }, () => 9.9 + r() * 2.7),
    lat: Array.from({ length: n }, () => 50.2 + r() * 1.45),
    group: Array.from({ length: n }, () => ''),
    score: Array.from({ length: n }, () => 0),
    edges,
    ...patch,
  };
}

/**
 * A random graph of n nodes and m distinct edges: preferential attachment (like the benchmark
 * graphs), nodes in 23 Kreise, degree as score; about 5 % of the nodes without coordinates.
 */
export function randomGraph(n: number, m: number, seed: number): LayoutInput {
  const r = prng(seed);
  const input = makeInput(n);
  const seen = new Set<number>();
  const ends: number[] = [];
  const edges: [number, number][] = [];
  const add = (a: number, b: number) => {
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (a === b || seen.has(key)) return;
    seen.add(key);
    edges.push([a, b]);
    ends.push(a, b);
  };
  for (let i = 1; i < n && edges.length < m; i++) {
    for (let k = 0; k < Math.ceil(m / n) && edges.length < m; k++) add(i, ends.length > 0 && r() < 0.7 ? ends[Math.floor(r() * ends.length)] : Math.floor(r() * i));
  }
  while (edges.length < m) add(Math.floor(r() * n), Math.floor(r() * n));
  const lon = [...(input.lon as number[])] as (number | null)[];
  const lat = [...(input.lat as number[])] as (number | null)[];
  for (let i = 0; i < n; i++) if (r() < 0.05) lon[i] = lat[i] = null;
  const score = new Array<number>(n).fill(0);
  for (const [a, b] of edges) {
    score[a]++;
    score[b]++;
  }
  return { ...input, lon, lat, edges, score, group: input.ids.map((_, i) => `Kreis ${i % 23}`) };
}

export const dist = (res: LayoutResult, a: number, b: number): number => Math.hypot(res.x[a] - res.x[b], res.y[a] - res.y[b]);

export function allFinite(res: LayoutResult, n: number): boolean {
  if (res.x.length !== n || res.y.length !== n) return false;
  for (let i = 0; i < n; i++) if (!Number.isFinite(res.x[i]) || !Number.isFinite(res.y[i])) return false;
  return true;
}

/** Mean edge length divided by the mean distance of seeded random node pairs (lower = tidier). */
export function edgeToRandomPairRatio(res: LayoutResult, edges: readonly (readonly [number, number])[], seed = 7): number {
  const r = prng(seed);
  const n = res.x.length;
  let edgeSum = 0;
  for (const [a, b] of edges) edgeSum += dist(res, a, b);
  let pairSum = 0;
  const samples = 20_000;
  for (let s = 0; s < samples; s++) pairSum += dist(res, Math.floor(r() * n), Math.floor(r() * n));
  return edgeSum / edges.length / (pairSum / samples);
}
