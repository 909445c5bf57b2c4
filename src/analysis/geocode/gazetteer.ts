/**
 * The offline gazetteer: places (GeoNames, `orte.geojson`) and Gemeinde label points
 * (VG250, `gemeinde-labels.geojson`), indexed by normalised name, by name variant and by
 * Kölner Phonetik code; optionally with the postcode list (`postleitzahlen.json`).
 */
import { nameVariantsWithRule, normalizeName, type VariantRule } from './normalize';
import { phoneticKey } from './phonetic';
import type { PostcodeIndex } from './postcodeData';

/** One named point the geocoder can return. */
export interface GazetteerEntry {
  /** Name as written in the source ("Gößnitz", "St. Gangloff", "Mühlhausen/Thüringen"). */
  name: string;
  lat: number;
  lon: number;
  /** 8-digit Gemeinde key (AGS) the point lies in; '' for places of the postcode list, which name only the Kreis. */
  ags: string;
  /** 5-digit Kreis key. */
  kreis: string;
  /** `place`: a settlement point; `gemeinde`: the label point of a whole Gemeinde. */
  kind: 'place' | 'gemeinde';
  /** Inhabitants (0 when the source does not know). */
  population: number;
  /** Set only for places of the postcode list: the postcode they belong to. */
  postcode?: string;
}

type Rec = Record<string, unknown>;

function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function finite(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Reads one Point feature into an entry, or `null` when anything needed is missing or wrong. */
function entryFromFeature(f: unknown, kind: GazetteerEntry['kind']): GazetteerEntry | null {
  if (!isRecord(f) || !isRecord(f.geometry) || !isRecord(f.properties)) return null;
  const { geometry: g, properties: p } = f;
  if (g.type !== 'Point' || !Array.isArray(g.coordinates)) return null;
  const [lon, lat] = g.coordinates as unknown[];
  if (!finite(lon) || !finite(lat) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  const { name, ags, kreis } = p;
  if (typeof name !== 'string' || normalizeName(name) === '') return null;
  if (typeof ags !== 'string' || !/^\d{8}$/.test(ags)) return null;
  if (typeof kreis !== 'string' || !/^\d{5}$/.test(kreis)) return null;
  const population = finite(p.einwohner) && p.einwohner > 0 ? p.einwohner : 0;
  return { name: name.trim(), lat, lon, ags, kreis, kind, population };
}

function entriesFromCollection(fc: unknown, kind: GazetteerEntry['kind']): GazetteerEntry[] {
  if (!isRecord(fc) || !Array.isArray(fc.features)) return [];
  const out: GazetteerEntry[] = [];
  for (const f of fc.features) {
    const e = entryFromFeature(f, kind);
    if (e) out.push(e);
  }
  return out;
}

/**
 * Gazetteer entries from the two embedded GeoJSON FeatureCollections: `orte` (properties
 * `name`, `einwohner`, `ags`, `kreis`) become `place`s, `gemeindeLabels` (same properties)
 * become `gemeinde`s. Checks the shape of everything and skips malformed features; a value
 * that is not a FeatureCollection contributes nothing.
 */
export function entriesFromGeoJson(orte: unknown, gemeindeLabels: unknown): GazetteerEntry[] {
  return [...entriesFromCollection(orte, 'place'), ...entriesFromCollection(gemeindeLabels, 'gemeinde')];
}

/** An entry reached through one of its name variants. */
export interface VariantPosting {
  entry: GazetteerEntry;
  /** The rule that derived the indexed variant from the entry's name. */
  rule: VariantRule;
}

/** An entry reached through a Kölner Phonetik code. */
export interface PhoneticPosting {
  entry: GazetteerEntry;
  /** The normalised name or variant of the entry that produced the code. */
  key: string;
  rule: VariantRule;
}

/**
 * Indexes over the entries. Treat as opaque outside `src/analysis/geocode/`: build it with
 * {@link createGazetteer} and pass it to `geocode`.
 */
export interface Gazetteer {
  /** All entries, in input order. */
  readonly entries: readonly GazetteerEntry[];
  /** Normalised full name → entries. */
  readonly byName: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /** Normalised variant (other than the full name) → entries. */
  readonly byVariant: ReadonlyMap<string, readonly VariantPosting[]>;
  /** Kölner Phonetik code of the full name or a variant → entries, at most once per entry. */
  readonly byPhonetic: ReadonlyMap<string, readonly PhoneticPosting[]>;
  /** 8-digit Gemeinde key → the Gemeinde's label point. */
  readonly gemeindeByAgs: ReadonlyMap<string, GazetteerEntry>;
  /** The area's postcodes with their places, or null where there is no postcode list. */
  readonly postcodes: PostcodeIndex | null;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Builds the name, variant and phonetic indexes over `entries` (linear in their number);
 * `postcodes` (see `postcodeIndexFromJson`) lets the postcode choose, locate and find places.
 */
export function createGazetteer(entries: readonly GazetteerEntry[], postcodes: PostcodeIndex | null = null): Gazetteer {
  const byName = new Map<string, GazetteerEntry[]>();
  const byVariant = new Map<string, VariantPosting[]>();
  const byPhonetic = new Map<string, PhoneticPosting[]>();
  const gemeindeByAgs = new Map<string, GazetteerEntry>();
  for (const entry of entries) {
    if (entry.kind === 'gemeinde' && !gemeindeByAgs.has(entry.ags)) gemeindeByAgs.set(entry.ags, entry);
    const variants = nameVariantsWithRule(entry.name);
    const codes = new Set<string>();
    for (const { key, rule } of variants) {
      if (rule === 'full') push(byName, key, entry);
      else push(byVariant, key, { entry, rule });
      const code = phoneticKey(key);
      if (code !== null && !codes.has(code)) {
        codes.add(code);
        push(byPhonetic, code, { entry, key, rule });
      }
    }
  }
  return { entries: [...entries], byName, byVariant, byPhonetic, gemeindeByAgs, postcodes };
}
