import type { Institution } from './institution';
import type { Partnership } from './partnership';

/**
 * What the map, the list and the graph show. An empty list means "no restriction".
 * Kreise are 5-digit AGS keys; '' stands for institutions without a known Kreis.
 */
export interface NetworkFilter {
  categories: string[];
  kreise: string[];
  carriers: string[];
  tags: string[];
  partnershipTypes: string[];
}

export const EMPTY_FILTER: NetworkFilter = { categories: [], kreise: [], carriers: [], tags: [], partnershipTypes: [] };

export type FilterField = keyof NetworkFilter;

export const FILTER_FIELDS: readonly FilterField[] = ['categories', 'kreise', 'carriers', 'tags', 'partnershipTypes'];

/** Kreis keys that no longer exist, and the Kreis their Gemeinden belong to today. */
const MERGED_KREISE: Readonly<Record<string, string>> = {
  // Eisenach (kreisfreie Stadt 16056) belongs to the Wartburgkreis since 1 July 2021.
  '16056': '16063',
};

/** The Kreis key of an institution ('' when its Gemeinde is unknown), as of the embedded boundaries. */
export const kreisOf = (i: Pick<Institution, 'ags'>): string => {
  const key = i.ags.length >= 5 ? i.ags.slice(0, 5) : '';
  return MERGED_KREISE[key] ?? key;
};

/** How many restrictions are set. */
export function activeFilterCount(f: NetworkFilter): number {
  return FILTER_FIELDS.reduce((n, k) => n + (f[k].length > 0 ? 1 : 0), 0);
}

/**
 * Applies a filter. Institutions pass when they match every set field (any of the chosen
 * values within a field). Partnerships pass when both ends pass and, if types are chosen,
 * their type is one of them; with a type filter set, only institutions that take part in
 * such a partnership stay, so the map shows that part of the network.
 */
export function applyFilter(
  institutions: readonly Institution[],
  partnerships: readonly Partnership[],
  f: NetworkFilter,
): { institutions: Institution[]; partnerships: Partnership[] } {
  if (activeFilterCount(f) === 0) return { institutions: [...institutions], partnerships: [...partnerships] };
  const categories = new Set(f.categories);
  const kreise = new Set(f.kreise);
  const carriers = new Set(f.carriers);
  const tags = new Set(f.tags);
  const types = new Set(f.partnershipTypes);
  const passes = (i: Institution) =>
    (categories.size === 0 || categories.has(i.category)) &&
    (kreise.size === 0 || kreise.has(kreisOf(i))) &&
    (carriers.size === 0 || carriers.has(i.carrier)) &&
    (tags.size === 0 || i.tags.some((t) => tags.has(t)));
  let kept = institutions.filter(passes);
  let ids = new Set(kept.map((i) => i.id));
  const links = partnerships.filter((p) => ids.has(p.a) && ids.has(p.b) && (types.size === 0 || types.has(p.type)));
  if (types.size > 0) {
    ids = new Set(links.flatMap((p) => [p.a, p.b]));
    kept = kept.filter((i) => ids.has(i.id));
  }
  return { institutions: kept, partnerships: links };
}

/** The values a user can choose from, with how often each occurs, most frequent first. */
export function filterOptions(institutions: readonly Institution[], partnerships: readonly Partnership[]): Record<Exclude<FilterField, 'kreise' | 'categories'>, { value: string; count: number }[]> {
  const count = (values: Iterable<string>) => {
    const m = new Map<string, number>();
    for (const v of values) if (v !== '') m.set(v, (m.get(v) ?? 0) + 1);
    return [...m].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'de'));
  };
  return {
    carriers: count(institutions.map((i) => i.carrier)),
    tags: count(institutions.flatMap((i) => i.tags)),
    partnershipTypes: count(partnerships.map((p) => p.type)),
  };
}
