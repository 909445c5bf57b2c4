/**
 * Connected components of the CSR graph. An isolated node (degree 0) is a component of its own.
 * Component ids are ranks by size: 0 is the largest component; equal sizes keep the order of
 * their lowest node index.
 */
import type { CsrGraph } from './csr';

export interface Components {
  /** Component id per node. */
  componentOf: Int32Array;
  /** Size per component id, so sorted descending. */
  sizes: number[];
}

export function connectedComponents(g: CsrGraph): Components {
  const { n, offsets, targets } = g;
  const found = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const foundSizes: number[] = [];
  for (let s = 0; s < n; s++) {
    if (found[s] >= 0) continue;
    const c = foundSizes.length;
    found[s] = c;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++];
      for (let slot = offsets[v], stop = offsets[v + 1]; slot < stop; slot++) {
        const w = targets[slot];
        if (found[w] >= 0) continue;
        found[w] = c;
        queue[tail++] = w;
      }
    }
    foundSizes.push(tail);
  }

  const rankOrder = foundSizes.map((_, c) => c).sort((x, y) => foundSizes[y] - foundSizes[x] || x - y);
  const rankOf = new Int32Array(foundSizes.length);
  rankOrder.forEach((c, rank) => {
    rankOf[c] = rank;
  });
  const componentOf = new Int32Array(n);
  for (let v = 0; v < n; v++) componentOf[v] = rankOf[found[v]];
  return { componentOf, sizes: rankOrder.map((c) => foundSizes[c]) };
}

/** 1 for every node without neighbours, else 0. */
export function isolatedNodes(g: CsrGraph): Uint8Array {
  const out = new Uint8Array(g.n);
  for (let v = 0; v < g.n; v++) if (g.offsets[v + 1] === g.offsets[v]) out[v] = 1;
  return out;
}
