/**
 * The postcode list of a planning area (`data/thueringen/postleitzahlen.json`, from GeoNames,
 * CC BY 4.0): each postcode with its places (points, not areas) and their centroid. Read with
 * {@link postcodeIndexFromJson} and hand to `createGazetteer`.
 */
import { createGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer';

/** One postcode: the mean of its places, the places, and the Kreise they lie in. */
export interface PostcodeArea {
  postcode: string;
  /** Centroid: the mean of the places' positions (a coarse point, not the area's centre). */
  lat: number;
  lon: number;
  /** The places, as gazetteer entries of kind `place` with `ags` '' and `postcode` set. */
  places: readonly GazetteerEntry[];
  /** 5-digit Kreis keys of the places. */
  kreise: ReadonlySet<string>;
}

/** Postcode → its area, and every place of the list in a gazetteer of its own. */
export interface PostcodeIndex {
  readonly areas: ReadonlyMap<string, PostcodeArea>;
  /** Places of all postcodes, to find names the main gazetteer lacks (villages under 500 people). */
  readonly places: Gazetteer;
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLat = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 90;
const isLon = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 180;

/** Reads one `[name, lat, lon, kreis]` place, or null when any part is missing or wrong. */
function placeOf(value: unknown, postcode: string): GazetteerEntry | null {
  if (!Array.isArray(value)) return null;
  const [name, lat, lon, kreis] = value as unknown[];
  if (typeof name !== 'string' || name.trim() === '' || !isLat(lat) || !isLon(lon)) return null;
  if (typeof kreis !== 'string' || !/^\d{5}$/.test(kreis)) return null;
  return { name: name.trim(), lat, lon, ags: '', kreis, kind: 'place', population: 0, postcode };
}

/**
 * Reads the JSON of `postleitzahlen.json` (`postleitzahlen`: `{plz, lat, lon, orte}` with places as
 * `[name, lat, lon, kreis]`). Checks every value and skips what is malformed; returns null when
 * nothing usable is left (then the geocoder works as without a list).
 */
export function postcodeIndexFromJson(json: unknown): PostcodeIndex | null {
  if (!isRecord(json) || !Array.isArray(json.postleitzahlen)) return null;
  const areas = new Map<string, PostcodeArea>();
  const all: GazetteerEntry[] = [];
  for (const item of json.postleitzahlen) {
    if (!isRecord(item) || typeof item.plz !== 'string' || !/^\d{5}$/.test(item.plz) || !Array.isArray(item.orte)) continue;
    if (!isLat(item.lat) || !isLon(item.lon) || areas.has(item.plz)) continue;
    const postcode = item.plz;
    const places = item.orte.map((o) => placeOf(o, postcode)).filter((p): p is GazetteerEntry => p !== null);
    if (places.length === 0) continue;
    areas.set(postcode, { postcode, lat: item.lat, lon: item.lon, places, kreise: new Set(places.map((p) => p.kreis)) });
    all.push(...places);
  }
  return areas.size === 0 ? null : { areas, places: createGazetteer(all) };
}

/** The area of a written postcode ("99084", " 99084 "), or undefined when the list lacks it. */
export function postcodeArea(index: PostcodeIndex | null | undefined, postcode: string | undefined): PostcodeArea | undefined {
  const p = (postcode ?? '').trim();
  return index && /^\d{5}$/.test(p) ? index.areas.get(p) : undefined;
}
