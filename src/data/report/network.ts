import { densityOf } from '../../analysis/network/density';
import type { Institution } from '../../domain/institution';
import type { Partnership } from '../../domain/partnership';
import type { ReportNetwork } from './model';

/**
 * Network figures of an area without the heavy centralities: its institutions, the distinct
 * partner pairs among them, their density, and how many of them have no partner at all
 * (inside or outside the area). Self-links and links to unknown institutions are ignored.
 */
export function areaNetwork(inArea: readonly Institution[], all: readonly Institution[], partnerships: readonly Partnership[]): ReportNetwork {
  const inside = new Set<string>(inArea.map((i) => i.id));
  const known = new Set<string>(all.map((i) => i.id));
  const pairs = new Set<string>();
  const linked = new Set<string>();
  for (const p of partnerships) {
    if (p.a === p.b || !known.has(p.a) || !known.has(p.b)) continue;
    linked.add(p.a);
    linked.add(p.b);
    if (inside.has(p.a) && inside.has(p.b)) pairs.add(p.a < p.b ? `${p.a}|${p.b}` : `${p.b}|${p.a}`);
  }
  const nodes = inside.size;
  return { nodes, edges: pairs.size, density: densityOf(nodes, pairs.size), isolated: [...inside].filter((id) => !linked.has(id)).length };
}
