/**
 * Straight-line length of each partnership from its two institutions' coordinates.
 * null when an end is unknown or lacks finite coordinates; `long` when the length exceeds
 * `longKm` (strictly greater).
 */
import { haversineMeters } from '../distance';

export interface Located {
  readonly id: string;
  readonly lon: number | null;
  readonly lat: number | null;
}

export interface EdgeLength {
  km: number | null;
  long: boolean;
}

const usable = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

export function partnershipLengths(
  places: readonly Located[],
  edges: readonly { readonly a: string; readonly b: string }[],
  longKm: number,
): EdgeLength[] {
  const byId = new Map<string, Located>();
  for (const p of places) if (!byId.has(p.id)) byId.set(p.id, p);
  return edges.map((e) => {
    const a = byId.get(e.a);
    const b = byId.get(e.b);
    if (!a || !b || !usable(a.lon) || !usable(a.lat) || !usable(b.lon) || !usable(b.lat)) return { km: null, long: false };
    const km = haversineMeters(a.lon, a.lat, b.lon, b.lat) / 1000;
    return { km, long: km > longKm };
  });
}
