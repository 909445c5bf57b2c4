/**
 * Articulation points and bridges (Hopcroft–Tarjan low-link), with an explicit stack instead of
 * recursion so long paths cannot overflow the call stack.
 *
 * A bridge is reported by its input edge index. When several input edges join the same pair
 * (see csr.ts), removing one of them splits nothing, so such pairs are never bridges.
 */
import type { CsrGraph } from './csr';

export interface CutStructure {
  /** 1 for every articulation point (its removal splits its component), else 0. */
  articulation: Uint8Array;
  /** Input edge indices of the bridges, ascending. */
  bridges: number[];
}

export function articulationAndBridges(g: CsrGraph): CutStructure {
  const { n, offsets, targets, edgeOf } = g;
  const articulation = new Uint8Array(n);
  const bridges: number[] = [];
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const enteredBy = new Int32Array(n);
  const next = new Int32Array(n);
  const stack = new Int32Array(n);
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (disc[root] >= 0) continue;
    disc[root] = low[root] = time++;
    enteredBy[root] = -1;
    next[root] = offsets[root];
    stack[0] = root;
    let top = 1;
    let rootChildren = 0;
    while (top > 0) {
      const v = stack[top - 1];
      if (next[v] < offsets[v + 1]) {
        const slot = next[v]++;
        const e = edgeOf[slot];
        if (e === enteredBy[v]) continue;
        const w = targets[slot];
        if (disc[w] < 0) {
          disc[w] = low[w] = time++;
          enteredBy[w] = e;
          next[w] = offsets[w];
          stack[top++] = w;
          if (v === root) rootChildren++;
        } else if (disc[w] < low[v]) {
          low[v] = disc[w];
        }
        continue;
      }
      top--;
      if (top === 0) break;
      const parent = stack[top - 1];
      if (low[v] < low[parent]) low[parent] = low[v];
      if (low[v] > disc[parent]) bridges.push(enteredBy[v]);
      if (parent !== root && low[v] >= disc[parent]) articulation[parent] = 1;
    }
    if (rootChildren > 1) articulation[root] = 1;
  }

  const pairCount = new Int32Array(g.edgeKept.length);
  for (const kept of g.edgeKept) if (kept >= 0) pairCount[kept]++;
  return { articulation, bridges: bridges.filter((e) => pairCount[e] === 1).sort((x, y) => x - y) };
}
