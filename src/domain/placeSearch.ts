import { foldForSearch } from './search';

/** A place a user can jump to: a populated place, a Gemeinde or a Kreis. */
export interface PlaceEntry {
  kind: 'ort' | 'gemeinde' | 'kreis';
  name: string;
  /** Kreis name (for places and Gemeinden) or the kind of Kreis. */
  detail: string;
  lon: number;
  lat: number;
  /** Box to frame; places get a small box around their point. */
  bbox: [number, number, number, number];
  population: number;
  folded: string;
}

/**
 * How well a folded name matches a folded query: 0 exact, 1 starts with it, 2 a word starts
 * with it, 3 contains it, -1 no match.
 */
export function matchRank(folded: string, query: string): number {
  if (query === '') return -1;
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  if (folded.includes(` ${query}`) || folded.includes(`-${query}`)) return 2;
  return folded.includes(query) ? 3 : -1;
}

const KIND_ORDER = { kreis: 0, gemeinde: 1, ort: 2 } as const;

/**
 * The best places for a query: better match first, then Kreis before Gemeinde before place,
 * then bigger first. A place and a Gemeinde of the same name and Kreis show once (the Gemeinde).
 */
export function searchPlaces(entries: readonly PlaceEntry[], query: string, limit = 8): PlaceEntry[] {
  const q = foldForSearch(query.trim());
  const scored: { e: PlaceEntry; rank: number }[] = [];
  for (const e of entries) {
    const rank = matchRank(e.folded, q);
    if (rank >= 0) scored.push({ e, rank });
  }
  scored.sort((a, b) => a.rank - b.rank || KIND_ORDER[a.e.kind] - KIND_ORDER[b.e.kind] || b.e.population - a.e.population || a.e.name.localeCompare(b.e.name, 'de'));
  const seen = new Set<string>();
  const out: PlaceEntry[] = [];
  for (const { e } of scored) {
    const key = `${e.folded}|${e.detail}`;
    if (e.kind !== 'kreis' && seen.has(key)) continue;
    seen.add(key);
    out.push(e);
    if (out.length >= limit) break;
  }
  return out;
}

/** A box of about ±3 km around a point, to frame a place. */
export function boxAround(lon: number, lat: number, km = 3): [number, number, number, number] {
  const dLat = km / 111.2;
  const dLon = km / (111.2 * Math.cos((lat * Math.PI) / 180));
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}
