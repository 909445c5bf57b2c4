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

/** The most central institutions whose names show at any zoom: this share of all, at least MIN_TOP. */
const TOP_SHARE = 0.05;
const MIN_TOP = 10;

/**
 * Label rank per node: ThEKiZ 3, brokers 2, the most central (by the size figure) 1, everyone
 * else 0, plus the figure's share of the maximum (0–1) to order within a rank. Names with a rank
 * of 1 or more are shown at any zoom (as far as they fit), the others once zoomed in.
 */
export function labelPriorities(thekiz: readonly boolean[], brokers: readonly boolean[], score: ArrayLike<number>): Float64Array {
  const n = thekiz.length;
  const max = Array.from(score).reduce((m, v) => Math.max(m, v), 0);
  const top = Math.max(MIN_TOP, Math.ceil(n * TOP_SHARE));
  const central = new Set(Array.from({ length: n }, (_, i) => i).filter((i) => score[i] > 0).sort((a, b) => score[b] - score[a] || a - b).slice(0, top));
  return Float64Array.from({ length: n }, (_, i) => (thekiz[i] ? 3 : brokers[i] ? 2 : central.has(i) ? 1 : 0) + (max > 0 ? score[i] / max : 0) * 0.999);
}

/** Nodes (colour by category, area by the chosen figure) and edges (colour by type, width by intensity). */
export function graphElements(
  institutions: readonly Institution[],
  partnerships: readonly Partnership[],
  categories: readonly CategoryRecord[],
  score: Float64Array,
  brokers: ReadonlySet<string> = new Set(),
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const color = new Map(categories.map((c) => [c.name, c.color]));
  const max = score.reduce((m, v) => Math.max(m, v), 0);
  const priority = labelPriorities(institutions.map((i) => i.category === THEKIZ), institutions.map((i) => brokers.has(i.id)), score);
  const nodes = institutions.map((i, k) => ({
    id: i.id,
    label: i.name,
    color: color.get(i.category) ?? FALLBACK_COLOR,
    // Area, not diameter, grows with the figure.
    size: max > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(score[k] / max) : MIN_SIZE + 4,
    thekiz: i.category === THEKIZ,
    priority: priority[k],
  }));
  const present = new Set(institutions.map((i) => i.id));
  const edges: GraphEdge[] = [];
  for (const p of partnerships) {
    if (p.a === p.b || !present.has(p.a) || !present.has(p.b)) continue;
    edges.push({ id: p.id, source: p.a, target: p.b, color: typeColor(p.type), width: 0.5 + 0.75 * p.intensity });
  }
  return { nodes, edges };
}
