import { geographicLayout } from './geographic';
import { finiteOrNull, NODE_SPACING, type LayoutInput } from './types';

/** Start positions for the force layout; `located[i]` is 1 where node i has map coordinates. */
export interface Seed {
  x: Float64Array;
  y: Float64Array;
  located: Uint8Array;
}

/**
 * Start positions from the map (the geographic layout's frame). An unlocated node goes to the mean
 * of its already placed neighbours, breadth-first outwards from the located nodes, nudged by a
 * small index-dependent offset so siblings do not coincide. Nodes that no path connects to a
 * located node keep NaN: their component has no geography to start from. Deterministic.
 */
export function geographicSeed(input: LayoutInput, edges: readonly (readonly [number, number])[]): Seed {
  const n = input.ids.length;
  const { x, y } = geographicLayout(input);
  const located = new Uint8Array(n);
  const placed = new Uint8Array(n);
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) {
    neighbours[a].push(b);
    neighbours[b].push(a);
  }
  let frontier: number[] = [];
  for (let i = 0; i < n; i++) {
    if (finiteOrNull(input.lon, i) !== null && finiteOrNull(input.lat, i) !== null) {
      located[i] = 1;
      placed[i] = 1;
      frontier.push(i);
    } else {
      x[i] = NaN;
      y[i] = NaN;
    }
  }
  while (frontier.length > 0) {
    const fresh = new Set<number>();
    for (const i of frontier) for (const j of neighbours[i]) if (!placed[j]) fresh.add(j);
    const next = [...fresh].sort((a, b) => a - b);
    for (const j of next) {
      let sx = 0;
      let sy = 0;
      let count = 0;
      for (const k of neighbours[j]) {
        if (!placed[k]) continue;
        sx += x[k];
        sy += y[k];
        count++;
      }
      x[j] = sx / count + (NODE_SPACING / 2) * Math.cos(j);
      y[j] = sy / count + (NODE_SPACING / 2) * Math.sin(j);
    }
    for (const j of next) placed[j] = 1;
    frontier = next;
  }
  return { x, y, located };
}
