/**
 * All network figures of a project in one plain, structured-clone friendly object (arrays and
 * plain objects only), shaped as table rows: one row per institution, partnership, component
 * and group, plus totals. The graph is the simple undirected graph of csr.ts: self-loops and
 * partnerships with an unknown end are left out (`counted: false`), and several partnerships
 * between the same two institutions count as one edge (the first is `counted`, later ones not).
 */
import { articulationAndBridges } from './articulation';
import { brandesPartial, normalizeBetweenness, type BrandesResult } from './betweenness';
import { connectedComponents } from './components';
import { basicTotals } from './totals';
import { buildGraph } from './csr';
import { groupDensities, type GroupDensity } from './density';
import { partnershipLengths } from './lengths';

export interface NetworkInput {
  institutions: readonly { id: string; lon: number | null; lat: number | null; group: string }[];
  partnerships: readonly { id: string; a: string; b: string }[];
  /** Partnerships longer than this (km, straight line) are flagged `long`. */
  longKm: number;
}

export interface NodeFigures {
  id: string;
  group: string;
  /** Number of distinct partners. */
  degree: number;
  /** Normalized to [0, 1] (2 / ((n-1)(n-2)), like networkx / graphology). */
  betweenness: number;
  /** Raw: number of shortest paths between other pairs through the node, shares summed. */
  betweennessRaw: number;
  /** Wasserman–Faust closeness (see closeness.ts). */
  closeness: number;
  /** Component id: 0 is the largest component. */
  component: number;
  componentSize: number;
  isolated: boolean;
  articulation: boolean;
}

export interface PartnershipFigures {
  id: string;
  a: string;
  b: string;
  /** Straight-line length; null when an end lacks coordinates. */
  km: number | null;
  long: boolean;
  /** Whether this partnership is the edge of its pair in the graph (see above). */
  counted: boolean;
  bridge: boolean;
}

export interface ComponentFigures {
  id: number;
  size: number;
}

export interface NetworkTotals {
  nodes: number;
  /** Distinct pairs of partners (edges of the simple graph). */
  edges: number;
  partnerships: number;
  components: number;
  largestComponent: number;
  isolated: number;
  articulationPoints: number;
  bridges: number;
  longPartnerships: number;
  /** 2·edges / (nodes·(nodes-1)); 0 for fewer than two nodes. */
  density: number;
}

export interface NetworkFigures {
  nodes: NodeFigures[];
  partnerships: PartnershipFigures[];
  components: ComponentFigures[];
  groups: GroupDensity[];
  totals: NetworkTotals;
  /** Betweenness and closeness were left out (all 0): too many institutions (see CENTRALITY_LIMIT). */
  centralityOmitted?: boolean;
}

/**
 * Above this many institutions betweenness and closeness (one search per institution, O(n·m))
 * would take minutes: they are left out and the tables say so; everything else is linear.
 */
export const CENTRALITY_LIMIT = 20_000;

/**
 * Computes every figure. `centrality` may carry a Brandes result already computed elsewhere (for
 * example summed from two workers over the same input); otherwise it is computed here.
 */
export function networkFigures(input: NetworkInput, centrality?: BrandesResult): NetworkFigures {
  const { institutions, partnerships, longKm } = input;
  const g = buildGraph(institutions.map((i) => i.id), partnerships);
  const brandes = centrality ?? brandesPartial(g, 0, g.n);
  const normalized = normalizeBetweenness(brandes.betweenness, g.n);
  const { componentOf, sizes } = connectedComponents(g);
  const { articulation, bridges } = articulationAndBridges(g);
  const bridgeSet = new Set(bridges);
  const lengths = partnershipLengths(institutions, partnerships, longKm);

  const basic = basicTotals(g);
  let articulationPoints = 0;
  const nodes = institutions.map((inst, v): NodeFigures => {
    const degree = g.offsets[v + 1] - g.offsets[v];
    if (articulation[v] === 1) articulationPoints++;
    return {
      id: inst.id,
      group: inst.group,
      degree,
      betweenness: normalized[v],
      betweennessRaw: brandes.betweenness[v],
      closeness: brandes.closeness[v],
      component: componentOf[v],
      componentSize: sizes[componentOf[v]],
      isolated: degree === 0,
      articulation: articulation[v] === 1,
    };
  });

  let longPartnerships = 0;
  const rows = partnerships.map((p, k): PartnershipFigures => {
    const { km, long } = lengths[k];
    if (long) longPartnerships++;
    return { id: p.id, a: p.a, b: p.b, km, long, counted: g.edgeKept[k] === k, bridge: bridgeSet.has(k) };
  });

  return {
    nodes,
    partnerships: rows,
    components: sizes.map((size, id) => ({ id, size })),
    groups: groupDensities(g, institutions.map((i) => i.group)),
    totals: {
      nodes: basic.nodes,
      edges: basic.edges,
      partnerships: partnerships.length,
      components: sizes.length,
      largestComponent: sizes[0] ?? 0,
      isolated: basic.isolated,
      articulationPoints,
      bridges: bridges.length,
      longPartnerships,
      density: basic.density,
    },
  };
}
