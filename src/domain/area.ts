/** An administrative area as shown in the side panel. */
export interface AreaInfo {
  level: 'kreis' | 'gemeinde';
  /** AGS: 5 digits for a Kreis, 8 for a Gemeinde. */
  ags: string;
  name: string;
  /** Type as the source names it, e.g. "Landkreis", "Kreisfreie Stadt", "Stadt", "Gemeinde". */
  bez: string;
  /** Population: sum of the embedded places in the area. */
  einwohner: number;
  /** Kreis key of a Gemeinde (current, Eisenach → Wartburgkreis). */
  kreis?: string;
}

/** A Kreis with its bounding box [w, s, e, n], for the table and zoom-to. */
export interface KreisSummary extends AreaInfo {
  bbox: [number, number, number, number];
}

/**
 * Reads area properties coming from the map or a data file. Returns null when they do not
 * describe an area (so a stray feature can never crash the panel).
 */
export function toAreaInfo(props: Record<string, unknown> | null | undefined): AreaInfo | null {
  if (!props) return null;
  const { ags, name, bez, einwohner, kreis } = props;
  if (typeof ags !== 'string' || typeof name !== 'string') return null;
  const level = /^\d{8}$/.test(ags) ? 'gemeinde' : /^\d{5}$/.test(ags) ? 'kreis' : null;
  if (!level) return null;
  const pop = typeof einwohner === 'number' ? einwohner : Number(einwohner);
  return {
    level,
    ags,
    name,
    bez: typeof bez === 'string' ? bez : '',
    einwohner: Number.isFinite(pop) ? pop : 0,
    ...(level === 'gemeinde' && typeof kreis === 'string' ? { kreis } : {}),
  };
}

/** Parses a "w,s,e,n" bounding box string; null when malformed. */
export function parseBbox(text: unknown): [number, number, number, number] | null {
  if (typeof text !== 'string') return null;
  const parts = text.split(',').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const [w, s, e, n] = parts;
  if (w > e || s > n) return null;
  return [w, s, e, n];
}
