import type { KreisLink, KreisNode } from '../../analysis/network/aggregate';
import type { LayoutInput } from '../../analysis/layout/types';
import type { GraphEdge, GraphNode } from '../../graph/GraphView';

/** Above this many institutions the graph shows Kreise instead of single institutions. */
export const GRAPH_NODE_LIMIT = 3_000;
/** Prefix of the ids of Kreis nodes. */
export const KREIS_NODE = 'kreis:';

const NODE_COLOR = '#4a6f94';
const EDGE_COLOR = '#7d8a99';

/** Graph elements and layout input of the per-Kreis network: size by institutions, width by partnerships. */
export function aggregatedGraph(nodes: readonly KreisNode[], links: readonly KreisLink[], kreisName: (key: string) => string, noKreis: string) {
  const maxN = Math.max(1, ...nodes.map((n) => n.institutions));
  const maxL = Math.max(1, ...links.map((l) => l.partnerships));
  const id = (key: string) => `${KREIS_NODE}${key}`;
  const graphNodes: GraphNode[] = nodes.map((n) => ({
    id: id(n.key),
    label: `${n.key ? kreisName(n.key) || n.key : noKreis} (${n.institutions.toLocaleString('de-DE')})`,
    color: NODE_COLOR,
    size: 10 + 24 * Math.sqrt(n.institutions / maxN),
    thekiz: false,
    // Few nodes: every Kreis name may show at any zoom, the larger ones first.
    priority: 1 + n.institutions / maxN,
  }));
  const graphEdges: GraphEdge[] = links.map((l) => ({ id: `${id(l.a)}|${l.b}`, source: id(l.a), target: id(l.b), color: EDGE_COLOR, width: 0.8 + 6 * Math.sqrt(l.partnerships / maxL) }));
  const index = new Map(nodes.map((n, k) => [n.key, k]));
  const layout: LayoutInput = {
    ids: graphNodes.map((n) => n.id),
    lon: nodes.map((n) => n.lon),
    lat: nodes.map((n) => n.lat),
    group: nodes.map((n) => n.key),
    score: nodes.map((n) => n.institutions),
    edges: links.map((l) => [index.get(l.a)!, index.get(l.b)!] as [number, number]),
  };
  return { elements: { nodes: graphNodes, edges: graphEdges }, layout };
}
