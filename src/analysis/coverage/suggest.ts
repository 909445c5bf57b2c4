/**
 * Suggestions for new centres in one focus Kreis: candidates from inside the Kreis only, gains
 * counted among the Kreis's own people, while every existing centre (also in the neighbouring
 * Kreise) counts as reachable. Pure; the coverage worker builds the candidates.
 */
import type { DemandColumns } from './demand';
import { greedyMclp, type MclpPick } from './mclp';
import type { Site } from './nearest';

/** Where the candidates come from: existing Kitas, institutions of chosen categories, places or census cells. */
export type CandidateSet = 'kitas' | 'institutions' | 'places' | 'cells';
export const CANDIDATE_SETS: readonly CandidateSet[] = ['kitas', 'institutions', 'places', 'cells'];

export interface Candidate extends Site {
  /** The institution's name, the place's name, or '' for a cell. */
  name: string;
  /** The place (town, Ortsteil) it lies in, '' when unknown. */
  place: string;
  /** Gemeinde key (8 digits) and name. */
  gemeinde: string;
  gemeindeName: string;
  /** Kreis key (5 digits). */
  group: string;
}

export type SuggestedSite = MclpPick & Candidate;

export interface Suggestion {
  picks: SuggestedSite[];
  /** Candidates considered (inside the focus Kreis when one is set). */
  candidates: number;
  /** People counted (of the focus Kreis, or all). */
  totalWeight: number;
  existingCoveredWeight: number;
}

/** The weights with every point outside the focus Kreis set to 0 (a copy; the input is not changed). */
export function focusWeights(weight: ArrayLike<number>, group: readonly string[], focus: string | null): Float64Array {
  const out = Float64Array.from(weight);
  if (focus === null) return out;
  for (let i = 0; i < out.length; i++) if (group[i] !== focus) out[i] = 0;
  return out;
}

/**
 * k new sites (greedy maximal covering within radiusKm) among the candidates of the focus Kreis,
 * counting only its people; `existing` are all centres, wherever they are.
 */
export function suggestSites(demand: DemandColumns, candidates: readonly Candidate[], existing: readonly Site[], options: { k: number; radiusKm: number; focus: string | null }): Suggestion {
  const { focus } = options;
  const inside = focus === null ? [...candidates] : candidates.filter((c) => c.group === focus);
  const weight = focusWeights(demand.weight, demand.group, focus);
  const r = greedyMclp(inside, { lon: demand.lon, lat: demand.lat, weight }, { radiusKm: options.radiusKm, k: options.k, existing });
  return { picks: r.picks.map((p) => ({ ...p, ...inside[p.candidate] })), candidates: inside.length, totalWeight: r.totalWeight, existingCoveredWeight: r.existingCoveredWeight };
}

/** The census cells (the first `count` demand points) as candidates, named by their place and Gemeinde. */
export function cellCandidates(demand: DemandColumns, count: number, names: readonly string[], gemeindeNames: Readonly<Record<string, string>>): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < count; k++) {
    if (!(demand.weight[k] > 0)) continue;
    const g = demand.gemeinde[k];
    const gemeindeName = gemeindeNames[g] ?? g;
    // names[k] is "Place (Gemeinde)" or the Gemeinde alone.
    const place = names[k]?.endsWith(`(${gemeindeName})`) ? names[k].slice(0, -gemeindeName.length - 3) : '';
    out.push({ lon: demand.lon[k], lat: demand.lat[k], name: '', place, gemeinde: g, gemeindeName, group: demand.group[k] });
  }
  return out;
}
