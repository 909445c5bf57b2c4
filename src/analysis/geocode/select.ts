/**
 * Choosing one entry among several with the same matching key: places before Gemeinden,
 * then the postcode (tie-breaker only), then population.
 */
import { haversineMeters } from '../distance';
import type { GazetteerEntry } from './gazetteer';
import type { PostcodeArea, PostcodeIndex } from './postcodeData';
import { postcodeHint } from './postcode';

/** What decided between several same-named candidates. */
export type Decision = 'single' | 'postcode' | 'population' | 'postcode+population' | 'first';

/** The chosen entry and how it was chosen. */
export interface Choice {
  entry: GazetteerEntry;
  /** Candidates of the chosen kind that shared the key (1 when unambiguous). */
  candidates: number;
  decidedBy: Decision;
  /** `list` when the postcode decided by the postcode list; absent when it decided by its Leitregion (or did not decide). */
  postcodeSource?: 'list';
}

/** Larger population first; equal populations by AGS, then name, so the result is stable. */
function byPopulation(a: GazetteerEntry, b: GazetteerEntry): number {
  return b.population - a.population || a.ags.localeCompare(b.ags) || a.name.localeCompare(b.name);
}

/** Metres from the entry to the nearest place of the postcode. */
export function distanceToPostcode(e: Pick<GazetteerEntry, 'lat' | 'lon'>, area: PostcodeArea): number {
  let best = Infinity;
  for (const p of area.places) best = Math.min(best, haversineMeters(e.lon, e.lat, p.lon, p.lat));
  return best;
}

/**
 * Picks one of `candidates` (all sharing one key), or `null` for an empty list. Places win
 * over Gemeinden (a place is the more precise point). Among several of the same kind, the
 * `postcode` keeps those in its Kreise (when that keeps some but not all); with the postcode
 * list (`postcodes`), the one nearest to the postcode's places then wins, since a postcode
 * covers a few villages, not a whole Kreis. Else the most populous wins.
 */
export function chooseCandidate(candidates: readonly GazetteerEntry[], postcode?: string, postcodes?: PostcodeIndex | null): Choice | null {
  const places = candidates.filter((c) => c.kind === 'place');
  const pool = [...new Set(places.length > 0 ? places : candidates)];
  if (pool.length === 0) return null;
  if (pool.length === 1) return { entry: pool[0], candidates: 1, decidedBy: 'single' };
  const hint = postcodeHint(postcode, postcodes);
  const consistent = hint ? pool.filter((c) => hint.kreise.has(c.kreis)) : [];
  const byPostcode = consistent.length > 0 && consistent.length < pool.length;
  const rest = (byPostcode ? consistent : pool).sort(byPopulation);
  const area = hint?.area;
  if (area && consistent.length > 0 && rest.length > 1) {
    const near = rest.map((entry) => ({ entry, d: distanceToPostcode(entry, area) })).sort((a, b) => a.d - b.d);
    if (near[0].d < near[1].d) return { entry: near[0].entry, candidates: pool.length, decidedBy: 'postcode', postcodeSource: 'list' };
  }
  const popDecides = rest.length > 1 && rest[0].population > rest[1].population;
  let decidedBy: Decision;
  if (byPostcode) decidedBy = rest.length === 1 ? 'postcode' : popDecides ? 'postcode+population' : 'postcode';
  else decidedBy = popDecides ? 'population' : 'first';
  const choice: Choice = { entry: rest[0], candidates: pool.length, decidedBy };
  if (byPostcode && hint?.source === 'list') choice.postcodeSource = 'list';
  return choice;
}
