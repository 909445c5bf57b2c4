import { areaTotals } from '../../analysis/network/totals';
import type { Institution } from '../../domain/institution';
import type { Partnership } from '../../domain/partnership';
import type { ReportNetwork } from './model';

/**
 * Network figures of an area as the Netzwerk tab shows them filtered to the area (one count,
 * analysis/network/totals.ts): its institutions, the distinct partner pairs among them, density,
 * and those without a partner in the area; besides, how many of those have partners only
 * outside it. Self-links and links to unknown institutions are ignored.
 */
export function areaNetwork(inArea: readonly Institution[], all: readonly Institution[], partnerships: readonly Partnership[]): ReportNetwork {
  const ids = inArea.map((i) => i.id);
  const totals = areaTotals(ids, partnerships);
  const inside = new Set<string>(ids);
  const known = new Set<string>(all.map((i) => i.id));
  const linkedInside = new Set<string>();
  const linkedOutside = new Set<string>();
  for (const p of partnerships) {
    if (p.a === p.b || !known.has(p.a) || !known.has(p.b)) continue;
    const [a, b] = [inside.has(p.a), inside.has(p.b)];
    if (a && b) [p.a, p.b].forEach((x) => linkedInside.add(x));
    else if (a) linkedOutside.add(p.a);
    else if (b) linkedOutside.add(p.b);
  }
  const onlyOutside = [...linkedOutside].filter((id) => !linkedInside.has(id)).length;
  return { ...totals, onlyOutside };
}
