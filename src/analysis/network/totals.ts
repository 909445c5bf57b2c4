import { buildGraph, type CsrGraph, type EdgeEnds } from './csr';
import { densityOf } from './density';

/** The counts every view of a network shares: nodes, distinct partner pairs, isolated nodes, density. */
export interface BasicTotals {
  nodes: number;
  edges: number;
  /** Nodes without a partner in this graph. */
  isolated: number;
  density: number;
}

/** Nodes, edges, isolated nodes and density of a graph: the one count behind the Netzwerk tab and the reports. */
export function basicTotals(g: CsrGraph): BasicTotals {
  let isolated = 0;
  for (let v = 0; v < g.n; v++) if (g.offsets[v + 1] === g.offsets[v]) isolated++;
  return { nodes: g.n, edges: g.m, isolated, density: densityOf(g.n, g.m) };
}

/**
 * The network of an area as the Netzwerk tab shows it when filtered to the area: its institutions
 * and the partnerships with both ends among them (self-links and unknown ends ignored).
 */
export function areaTotals(ids: readonly string[], partnerships: readonly EdgeEnds[]): BasicTotals {
  const inside = new Set(ids);
  return basicTotals(buildGraph(ids, partnerships.filter((p) => inside.has(p.a) && inside.has(p.b))));
}
