/** Small graphs and brute-force helpers shared by the network tests. Nodes are 'n0', 'n1', … */
import Graph from 'graphology';
import { buildGraph, type CsrGraph } from '../../../../src/analysis/network/csr';

export type Pair = readonly [number, number];

export const nodeId = (i: number): string => `n${i}`;
export const nodeIds = (n: number): string[] => Array.from({ length: n }, (_, i) => nodeId(i));
export const edgesOf = (pairs: readonly Pair[]) => pairs.map(([a, b]) => ({ a: nodeId(a), b: nodeId(b) }));

export const graphOf = (n: number, pairs: readonly Pair[]): CsrGraph => buildGraph(nodeIds(n), edgesOf(pairs));

export const path = (n: number): Pair[] => Array.from({ length: Math.max(0, n - 1) }, (_, i) => [i, i + 1] as const);
export const cycle = (n: number): Pair[] => [...path(n), [n - 1, 0] as const];
/** Centre 0 and leaves 1 … leaves. */
export const star = (leaves: number): Pair[] => Array.from({ length: leaves }, (_, i) => [0, i + 1] as const);

/** The same graph in graphology; self-loops left out, parallel edges merged. */
export function graphologyOf(n: number, pairs: readonly Pair[]): Graph {
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) g.addNode(nodeId(i));
  for (const [a, b] of pairs) if (a !== b) g.mergeEdge(nodeId(a), nodeId(b));
  return g;
}

/** Number of connected components by union–find, without the given node and/or input edge. */
export function countComponents(n: number, pairs: readonly Pair[], skipNode = -1, skipEdge = -1): number {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  pairs.forEach(([a, b], k) => {
    if (k === skipEdge || a === skipNode || b === skipNode) return;
    parent[find(a)] = find(b);
  });
  let count = 0;
  for (let v = 0; v < n; v++) if (v !== skipNode && find(v) === v) count++;
  return count;
}

export const toArray = (xs: ArrayLike<number>): number[] => Array.from(xs);
