/**
 * The network per Kreis, for a graph too big to read node by node: one node per Kreis (how
 * many institutions, where they are on average) and one edge per pair of Kreise with the
 * number of partnerships between them; partnerships inside a Kreis are counted on its node.
 */
import { kreisOf } from '../../domain/filter';
import type { Institution } from '../../domain/institution';
import type { Partnership } from '../../domain/partnership';

export interface KreisNode {
  /** Kreis key, '' for institutions without a Gemeinde key. */
  key: string;
  institutions: number;
  /** Partnerships with both ends in this Kreis. */
  inside: number;
  /** Mean position of its located institutions; null when none is located. */
  lon: number | null;
  lat: number | null;
}

export interface KreisLink {
  a: string;
  b: string;
  partnerships: number;
}

export function aggregateByKreis(institutions: readonly Institution[], partnerships: readonly Partnership[]): { nodes: KreisNode[]; links: KreisLink[] } {
  const groupOf = new Map<string, string>();
  const acc = new Map<string, { n: number; inside: number; lon: number; lat: number; located: number }>();
  for (const i of institutions) {
    const key = kreisOf(i);
    groupOf.set(i.id, key);
    const g = acc.get(key) ?? { n: 0, inside: 0, lon: 0, lat: 0, located: 0 };
    g.n += 1;
    if (i.lon !== null && i.lat !== null) {
      g.lon += i.lon;
      g.lat += i.lat;
      g.located += 1;
    }
    acc.set(key, g);
  }
  const links = new Map<string, KreisLink>();
  for (const p of partnerships) {
    const a = groupOf.get(p.a);
    const b = groupOf.get(p.b);
    if (a === undefined || b === undefined || p.a === p.b) continue;
    if (a === b) {
      acc.get(a)!.inside += 1;
      continue;
    }
    const [x, y] = a < b ? [a, b] : [b, a];
    const id = `${x}|${y}`;
    const link = links.get(id) ?? { a: x, b: y, partnerships: 0 };
    link.partnerships += 1;
    links.set(id, link);
  }
  const nodes = [...acc].map(([key, g]) => ({
    key,
    institutions: g.n,
    inside: g.inside,
    lon: g.located > 0 ? g.lon / g.located : null,
    lat: g.located > 0 ? g.lat / g.located : null,
  }));
  nodes.sort((p, q) => (p.key < q.key ? -1 : p.key > q.key ? 1 : 0));
  return { nodes, links: [...links.values()].sort((p, q) => q.partnerships - p.partnerships || (p.a + p.b < q.a + q.b ? -1 : 1)) };
}
