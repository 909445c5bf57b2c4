import type { NetworkFigures } from '../../analysis/network/figures';
import { THEKIZ } from '../../domain/categories';
import type { Institution } from '../../domain/institution';
import { typeColor, type Partnership } from '../../domain/partnership';
import type { CategoryRecord } from '../../domain/project';
import type { GraphSizeBy } from '../../state/store';
import type { GraphEdge, GraphNode } from '../../graph/GraphView';

const MIN_SIZE = 8;
const MAX_SIZE = 34;
const FALLBACK_COLOR = '#bbbbbb';

/** The chosen figure per institution (0 while figures are missing), aligned with `institutions`. */
export function scores(institutions: readonly Institution[], figures: NetworkFigures | null, by: GraphSizeBy): Float64Array {
  const out = new Float64Array(institutions.length);
  if (!figures) return out;
  const byId = new Map(figures.nodes.map((n) => [n.id, n]));
  institutions.forEach((i, k) => {
    const f = byId.get(i.id);
    out[k] = f ? (by === 'degree' ? f.degree : f.betweenness) : 0;
  });
  return out;
}

/** Nodes (colour by category, area by the chosen figure) and edges (colour by type, width by intensity). */
export function graphElements(
  institutions: readonly Institution[],
  partnerships: readonly Partnership[],
  categories: readonly CategoryRecord[],
  score: Float64Array,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const color = new Map(categories.map((c) => [c.name, c.color]));
  const max = score.reduce((m, v) => Math.max(m, v), 0);
  const nodes = institutions.map((i, k) => ({
    id: i.id,
    label: i.name,
    color: color.get(i.category) ?? FALLBACK_COLOR,
    // Area, not diameter, grows with the figure.
    size: max > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(score[k] / max) : MIN_SIZE + 4,
    thekiz: i.category === THEKIZ,
  }));
  const present = new Set(institutions.map((i) => i.id));
  const edges: GraphEdge[] = [];
  for (const p of partnerships) {
    if (p.a === p.b || !present.has(p.a) || !present.has(p.b)) continue;
    edges.push({ id: p.id, source: p.a, target: p.b, color: typeColor(p.type), width: 0.5 + 0.75 * p.intensity });
  }
  return { nodes, edges };
}
