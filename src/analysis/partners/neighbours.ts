import type { Institution } from '../../domain/institution';
import type { Partnership } from '../../domain/partnership';
import { createPointIndex, nearestMatching, withinRadius, type PointIndex } from './nearby';

/** The institutions of a project, indexed once for radius and nearest queries. */
export interface NeighbourIndex {
  institutions: readonly Institution[];
  points: PointIndex;
}

export function createNeighbourIndex(institutions: readonly Institution[]): NeighbourIndex {
  return { institutions, points: createPointIndex(institutions) };
}

export interface Neighbour {
  institution: Institution;
  meters: number;
  isPartner: boolean;
}

/** Ids of the institutions linked to `id` by any partnership. */
export function partnerIds(id: string, partnerships: readonly Partnership[]): Set<string> {
  const out = new Set<string>();
  for (const p of partnerships) {
    if (p.a === id) out.add(p.b);
    else if (p.b === id) out.add(p.a);
  }
  return out;
}

/** All institutions within `radiusKm` of `from` (not itself), nearest first, partners marked. */
export function neighboursOf(index: NeighbourIndex, from: Institution, partnerships: readonly Partnership[], radiusKm: number): Neighbour[] {
  if (from.lon === null || from.lat === null) return [];
  const partners = partnerIds(from.id, partnerships);
  const list = index.institutions;
  return withinRadius(index.points, from.lon, from.lat, radiusKm, (i) => list[i].id !== from.id).map((h) => ({
    institution: list[h.item],
    meters: h.meters,
    isPartner: partners.has(list[h.item].id),
  }));
}

export interface MissingKind {
  category: string;
  /** The nearest institution of that category that is not yet a partner, at any distance. */
  nearest: { institution: Institution; meters: number } | null;
}

/**
 * The kinds of partner `from` lacks: each of `categories` with no partner of that category
 * within `radiusKm`, with the nearest candidate of the kind (not yet a partner).
 */
export function missingKinds(index: NeighbourIndex, from: Institution, partnerships: readonly Partnership[], radiusKm: number, categories: readonly string[]): MissingKind[] {
  if (from.lon === null || from.lat === null) return [];
  const { lon, lat } = from;
  const near = neighboursOf(index, from, partnerships, radiusKm);
  const covered = new Set(near.filter((n) => n.isPartner).map((n) => n.institution.category));
  const partners = partnerIds(from.id, partnerships);
  const list = index.institutions;
  return categories
    .filter((c) => !covered.has(c))
    .map((category) => {
      const hit = nearestMatching(index.points, lon, lat, (i) => list[i].category === category && list[i].id !== from.id && !partners.has(list[i].id));
      return { category, nearest: hit ? { institution: list[hit.item], meters: hit.meters } : null };
    });
}
