/**
 * "Meiningen OT Walldorf": an Ortsteil that the gazetteer or the postcode list knows as a place
 * of its own is placed at that place, not at the main town's point (Walldorf lies 6 km from
 * Meiningen's). An Ortsteil nobody knows ("Gotha OT Siebleben") stays at the main town.
 */
import { haversineMeters } from '../distance';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { nameVariantsWithRule, normalizeName, ortsteilPart } from './normalize';

/**
 * An Ortsteil lies in the main town's Gemeinde, and merged Gemeinden reach about this far; a
 * namesake farther away (or in another Kreis) is some other place.
 */
export const MAX_ORTSTEIL_DISTANCE_M = 15_000;

/** The Ortsteil's own point and where it was found. */
export interface OrtsteilMatch {
  entry: GazetteerEntry;
  /** Metres between the main town's point and the Ortsteil's. */
  distance: number;
  /** `gazetteer`: a place or Gemeinde of the area; `postcode-list`: a place of the postcode list. */
  source: 'gazetteer' | 'postcode-list';
}

/** Places before Gemeinde label points: a place is the more precise point. */
const kindRank = (e: GazetteerEntry) => (e.kind === 'place' ? 0 : 1);

/**
 * The Ortsteil named after "OT" in `written`, as a place of its own near `main` (same Kreis,
 * within {@link MAX_ORTSTEIL_DISTANCE_M}), or null. Only exact names count (the Ortsteil's
 * name or a variant of it, such as without "(…)"): the gazetteer first, then the postcode list.
 */
export function findOrtsteil(g: Gazetteer, written: string, main: GazetteerEntry): OrtsteilMatch | null {
  const part = ortsteilPart(written);
  if (part === null) return null;
  const mainKey = normalizeName(main.name);
  const sources = [
    { source: 'gazetteer' as const, index: g },
    { source: 'postcode-list' as const, index: g.postcodes?.places },
  ];
  for (const { key } of nameVariantsWithRule(part)) {
    if (key === mainKey) continue;
    for (const { source, index } of sources) {
      const near = (index?.byName.get(key) ?? [])
        .filter((e) => e !== main && e.kreis === main.kreis)
        .map((entry) => ({ entry, distance: haversineMeters(main.lon, main.lat, entry.lon, entry.lat), source }))
        .filter((m) => m.distance <= MAX_ORTSTEIL_DISTANCE_M)
        .sort((a, b) => kindRank(a.entry) - kindRank(b.entry) || a.distance - b.distance);
      if (near.length > 0) return near[0];
    }
  }
  return null;
}
