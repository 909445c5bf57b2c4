import type { InstitutionId } from './ids';
import type { Institution } from './institution';
import type { Partnership } from './partnership';
import { germanCollator } from './search';

/** The partners of one institution with the partnership that links them, sorted by name. */
export function partnersOf(id: InstitutionId, institutions: readonly Institution[], partnerships: readonly Partnership[]): { partnership: Partnership; other: Institution }[] {
  const byId = new Map(institutions.map((i) => [i.id, i]));
  const out: { partnership: Partnership; other: Institution }[] = [];
  for (const p of partnerships) {
    const otherId = p.a === id ? p.b : p.b === id ? p.a : null;
    const other = otherId ? byId.get(otherId) : undefined;
    if (other) out.push({ partnership: p, other });
  }
  return out.sort((x, y) => germanCollator.compare(x.other.name, y.other.name));
}
