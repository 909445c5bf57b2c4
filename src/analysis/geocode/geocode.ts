/**
 * Offline geocoding of a town / Gemeinde name (and optional postcode) to a point in
 * Thuringia, over the embedded gazetteer. Order: exact normalised name, then name variants,
 * first for `town`, then for `gemeinde` (an Ortsteil after "OT" at its own point where it is a
 * place of its own); then the places of the postcode list; then Kölner Phonetik for both; then
 * the Gemeinde key; last the postcode's centroid.
 */
import { haversineMeters } from '../distance';
import { explain, explainOrtsteil, explainPostcode, type HowMatched } from './explain';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { nameVariantsWithRule, type NameVariant } from './normalize';
import { findOrtsteil } from './ortsteil';
import { editDistance, maxPhoneticDistance, phoneticKey } from './phonetic';
import { postcodeArea, type PostcodeArea, type PostcodeIndex } from './postcodeData';
import { chooseCandidate, type Choice } from './select';

export { postcodeLooksThuringian } from './postcode';

/**
 * How the row matched: the whole normalised name, a variant of it, its sound, the Gemeinde key,
 * or only the postcode (its centroid).
 */
export type MatchMethod = 'exact' | 'variant' | 'phonetic' | 'key' | 'postcode';

/** What a row of a German file says about where an institution is. */
export interface GeocodeQuery {
  /** Ort as written ("Erfurt-Marbach", "Gotha OT Siebleben"). */
  town?: string;
  /** Gemeinde as written, used when the town is not found. */
  gemeinde?: string;
  /**
   * Postleitzahl: breaks ties between places of the same name; with a postcode list it also
   * locates a row whose name fits nothing (at the postcode's centroid).
   */
  postcode?: string;
  /** 8-digit Gemeinde key; its label point is the last resort when no name fits. */
  ags?: string;
}

/** A found point and how it was found. */
export interface GeocodeResult {
  lat: number;
  lon: number;
  /** 8-digit Gemeinde key of the matched entry; '' when only the Kreis is known (postcode list). */
  ags: string;
  /** 5-digit Kreis key of the matched entry (for a postcode centroid: of its place nearest the centroid). */
  kreis: string;
  /**
   * `geocoded-place` for a settlement point, `geocoded-gemeinde` for a Gemeinde label point,
   * `geocoded-postcode` for a postcode's centroid (coarse: the mean of its places).
   */
  quality: 'geocoded-place' | 'geocoded-gemeinde' | 'geocoded-postcode';
  method: MatchMethod;
  /** The gazetteer name that matched ("Gößnitz" for "Goessnitz"); the postcode for a centroid. */
  matchedName: string;
  /** Several entries shared the key and population or postcode chose among them. */
  ambiguous: boolean;
  /** German explanation for the user. */
  explanation: string;
}

type Field = 'town' | 'gemeinde' | 'ags';
type Found = { choice: Choice; how: HowMatched };

/**
 * For each query variant, most specific first: entries with exactly that name, then entries
 * with that name as one of their own variants ("Zella" → "Zella-Mehlis").
 */
function matchByName(g: Gazetteer, variants: readonly NameVariant[], postcode?: string, postcodes: PostcodeIndex | null = g.postcodes): Found | null {
  for (const v of variants) {
    const named = chooseCandidate(g.byName.get(v.key) ?? [], postcode, postcodes);
    if (named) {
      const how: HowMatched = v.rule === 'full' ? { method: 'exact' } : { method: 'variant', queryRule: v.rule, entryRule: 'full' };
      return { choice: named, how };
    }
    const postings = g.byVariant.get(v.key) ?? [];
    const choice = chooseCandidate(postings.map((p) => p.entry), postcode, postcodes);
    if (choice) {
      const entryRule = postings.find((p) => p.entry === choice.entry)?.rule ?? 'full';
      return { choice, how: { method: 'variant', queryRule: v.rule, entryRule } };
    }
  }
  return null;
}

/**
 * Kölner Phonetik of the full name and of each variant; only matches within a small edit
 * distance. A sound-alike outside every Kreis of a listed postcode is a false friend: the
 * postcode's centroid is then the better guess.
 */
function matchBySound(g: Gazetteer, variants: readonly NameVariant[], postcode?: string): Found | null {
  const area = postcodeArea(g.postcodes, postcode);
  for (const v of variants) {
    const code = phoneticKey(v.key);
    if (code === null) continue;
    const heard = v.key.replace(/ /g, '');
    let best = Infinity;
    let closest: GazetteerEntry[] = [];
    for (const p of g.byPhonetic.get(code) ?? []) {
      const written = p.key.replace(/ /g, '');
      const d = editDistance(heard, written);
      if (d > maxPhoneticDistance(heard, written) || d > best) continue;
      if (area && !area.kreise.has(p.entry.kreis)) continue;
      if (d < best) [best, closest] = [d, []];
      closest.push(p.entry);
    }
    const choice = chooseCandidate(closest, postcode, g.postcodes);
    if (choice) return { choice, how: { method: 'phonetic', heard: v.key } };
  }
  return null;
}

function toResult(found: Found, field: Field, postcode?: string): GeocodeResult {
  const { choice, how } = found;
  const e = choice.entry;
  return {
    lat: e.lat,
    lon: e.lon,
    ags: e.ags,
    kreis: e.kreis,
    quality: e.kind === 'place' ? 'geocoded-place' : 'geocoded-gemeinde',
    method: how.method,
    matchedName: e.name,
    ambiguous: choice.decidedBy !== 'single',
    explanation: explain(choice, how, field, postcode),
  };
}

/** The Ortsteil after "OT" at its own point, when it is a place of its own near the main match. */
function withOrtsteil(g: Gazetteer, result: GeocodeResult, found: Found, text: string, field: 'town' | 'gemeinde'): GeocodeResult {
  const main = found.choice.entry;
  const m = findOrtsteil(g, text, main);
  if (!m) return result;
  const e = m.entry;
  return {
    lat: e.lat, lon: e.lon, ags: e.ags, kreis: e.kreis,
    quality: e.kind === 'place' ? 'geocoded-place' : 'geocoded-gemeinde',
    method: 'variant', matchedName: e.name, ambiguous: false,
    explanation: explainOrtsteil(m, main, field),
  };
}

/** The postcode's centroid, its Kreis taken from the place nearest to it. */
function atPostcode(area: PostcodeArea, unfoundName?: string): GeocodeResult {
  const d = (p: GazetteerEntry) => haversineMeters(area.lon, area.lat, p.lon, p.lat);
  const nearest = area.places.reduce((best, p) => (d(p) < d(best) ? p : best));
  return {
    lat: area.lat, lon: area.lon, ags: '', kreis: nearest.kreis, quality: 'geocoded-postcode', method: 'postcode',
    matchedName: area.postcode, ambiguous: false, explanation: explainPostcode(area, unfoundName),
  };
}

/**
 * Finds the point for a town / Gemeinde name, or `null` when nothing fits. Tries, in order:
 * the exact normalised `town` (places before Gemeinden), its variants ("Erfurt-Marbach" →
 * "erfurt"), the same for `gemeinde`; for "Meiningen OT Walldorf" the Ortsteil at its own point
 * when it is a place of its own near the main town. Then the places of the postcode list
 * (villages the gazetteer lacks), Kölner Phonetik of both (names of at least four letters, close
 * in spelling), the label point of the Gemeinde with the key `ags`, and last the centroid of the
 * postcode (with a postcode list). Among same-named candidates the postcode breaks ties; it
 * never overrides a name. Never throws for any strings.
 */
export function geocode(g: Gazetteer, q: GeocodeQuery): GeocodeResult | null {
  const fields: { field: 'town' | 'gemeinde'; text: string; variants: NameVariant[] }[] = [];
  for (const field of ['town', 'gemeinde'] as const) {
    const text = q[field];
    if (typeof text !== 'string') continue;
    const variants = nameVariantsWithRule(text);
    if (variants.length > 0) fields.push({ field, text, variants });
  }
  const postcode = typeof q.postcode === 'string' ? q.postcode : undefined;
  for (const { field, text, variants } of fields) {
    const found = matchByName(g, variants, postcode);
    if (found) return withOrtsteil(g, toResult(found, field, postcode), found, text, field);
  }
  const listed = g.postcodes?.places;
  for (const { field, variants } of fields) {
    const found = listed ? matchByName(listed, variants, postcode, g.postcodes) : null;
    if (found) return toResult(found, field, postcode);
  }
  for (const { field, variants } of fields) {
    const found = matchBySound(g, variants, postcode);
    if (found) return toResult(found, field, postcode);
  }
  const key = typeof q.ags === 'string' ? q.ags.trim() : '';
  const byKey = /^\d{8}$/.test(key) ? g.gemeindeByAgs.get(key) : undefined;
  if (byKey) return toResult({ choice: { entry: byKey, decidedBy: 'single', candidates: 1 }, how: { method: 'key', ags: key } }, 'ags', postcode);
  const area = postcodeArea(g.postcodes, postcode);
  return area ? atPostcode(area, fields[0]?.text.trim()) : null;
}
