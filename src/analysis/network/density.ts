/**
 * Density per group of nodes (e.g. per Kreis), on the simple graph of csr.ts:
 * k nodes in the group, m edges with both ends in it, density = 2m / (k(k-1)), 0 when k < 2.
 * `edgesOut` counts the edges with exactly one end in the group.
 */
import type { CsrGraph } from './csr';

export interface GroupDensity {
  group: string;
  nodes: number;
  edges: number;
  edgesOut: number;
  density: number;
}

/** Density of an undirected simple graph with k nodes and m edges; 0 when k < 2. */
export function densityOf(k: number, m: number): number {
  return k < 2 ? 0 : (2 * m) / (k * (k - 1));
}

/** One row per distinct group key, in order of first appearance in `groupOf` (one key per node). */
export function groupDensities(g: CsrGraph, groupOf: readonly string[]): GroupDensity[] {
  const rowOf = new Map<string, number>();
  const rows: GroupDensity[] = [];
  const rowOfNode = new Int32Array(g.n);
  for (let v = 0; v < g.n; v++) {
    const key = groupOf[v] ?? '';
    let row = rowOf.get(key);
    if (row === undefined) {
      row = rows.length;
      rowOf.set(key, row);
      rows.push({ group: key, nodes: 0, edges: 0, edgesOut: 0, density: 0 });
    }
    rowOfNode[v] = row;
    rows[row].nodes++;
  }
  const { offsets, targets } = g;
  for (let v = 0; v < g.n; v++) {
    const rv = rowOfNode[v];
    for (let slot = offsets[v], stop = offsets[v + 1]; slot < stop; slot++) {
      const w = targets[slot];
      if (w < v) continue; // every edge once
      const rw = rowOfNode[w];
      if (rv === rw) {
        rows[rv].edges++;
      } else {
        rows[rv].edgesOut++;
        rows[rw].edgesOut++;
      }
    }
  }
  for (const row of rows) row.density = densityOf(row.nodes, row.edges);
  return rows;
}
