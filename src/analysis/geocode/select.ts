/**
 * Choosing one entry among several with the same matching key: places before Gemeinden,
 * then the postcode region (tie-breaker only), then population.
 */
import type { GazetteerEntry } from './gazetteer';
import { kreiseForPostcode } from './postcode';

/** What decided between several same-named candidates. */
export type Decision = 'single' | 'postcode' | 'population' | 'postcode+population' | 'first';

/** The chosen entry and how it was chosen. */
export interface Choice {
  entry: GazetteerEntry;
  /** Candidates of the chosen kind that shared the key (1 when unambiguous). */
  candidates: number;
  decidedBy: Decision;
}

/** Larger population first; equal populations by AGS, then name, so the result is stable. */
function byPopulation(a: GazetteerEntry, b: GazetteerEntry): number {
  return b.population - a.population || a.ags.localeCompare(b.ags) || a.name.localeCompare(b.name);
}

/**
 * Picks one of `candidates` (all sharing one key), or `null` for an empty list. Places win
 * over Gemeinden (a place is the more precise point). Among several of the same kind, a
 * Thuringian-looking `postcode` keeps those in Kreise its Leitregion covers (when that keeps
 * some but not all), then the most populous wins.
 */
export function chooseCandidate(candidates: readonly GazetteerEntry[], postcode?: string): Choice | null {
  const places = candidates.filter((c) => c.kind === 'place');
  const pool = [...new Set(places.length > 0 ? places : candidates)];
  if (pool.length === 0) return null;
  if (pool.length === 1) return { entry: pool[0], candidates: 1, decidedBy: 'single' };
  const kreise = kreiseForPostcode(postcode);
  const consistent = kreise ? pool.filter((c) => kreise.has(c.kreis)) : [];
  const byPostcode = consistent.length > 0 && consistent.length < pool.length;
  const rest = (byPostcode ? consistent : pool).sort(byPopulation);
  const popDecides = rest.length > 1 && rest[0].population > rest[1].population;
  let decidedBy: Decision;
  if (byPostcode) decidedBy = rest.length === 1 ? 'postcode' : popDecides ? 'postcode+population' : 'postcode';
  else decidedBy = popDecides ? 'population' : 'first';
  return { entry: rest[0], candidates: pool.length, decidedBy };
}
