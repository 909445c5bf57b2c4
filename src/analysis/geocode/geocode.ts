/**
 * Offline geocoding of a town / Gemeinde name (and optional postcode) to a point in
 * Thuringia, over the embedded gazetteer. Order: exact normalised name, then name variants,
 * first for `town`, then for `gemeinde`; finally Kölner Phonetik for both.
 */
import { explain, type HowMatched } from './explain';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { nameVariantsWithRule, type NameVariant } from './normalize';
import { editDistance, maxPhoneticDistance, phoneticKey } from './phonetic';
import { chooseCandidate, type Choice } from './select';

export { postcodeLooksThuringian } from './postcode';

/** How the row matched: the whole normalised name, a variant of it, its sound, or the Gemeinde key. */
export type MatchMethod = 'exact' | 'variant' | 'phonetic' | 'key';

/** What a row of a German file says about where an institution is. */
export interface GeocodeQuery {
  /** Ort as written ("Erfurt-Marbach", "Gotha OT Siebleben"). */
  town?: string;
  /** Gemeinde as written, used when the town is not found. */
  gemeinde?: string;
  /** Postleitzahl; only breaks ties between places of the same name. */
  postcode?: string;
  /** 8-digit Gemeinde key; its label point is the last resort when no name fits. */
  ags?: string;
}

/** A found point and how it was found. */
export interface GeocodeResult {
  lat: number;
  lon: number;
  /** 8-digit Gemeinde key of the matched entry. */
  ags: string;
  /** 5-digit Kreis key of the matched entry. */
  kreis: string;
  /** `geocoded-place` for a settlement point, `geocoded-gemeinde` for a Gemeinde label point. */
  quality: 'geocoded-place' | 'geocoded-gemeinde';
  method: MatchMethod;
  /** The gazetteer name that matched ("Gößnitz" for "Goessnitz"). */
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
function matchByName(g: Gazetteer, variants: readonly NameVariant[], postcode?: string): Found | null {
  for (const v of variants) {
    const named = chooseCandidate(g.byName.get(v.key) ?? [], postcode);
    if (named) {
      const how: HowMatched = v.rule === 'full' ? { method: 'exact' } : { method: 'variant', queryRule: v.rule, entryRule: 'full' };
      return { choice: named, how };
    }
    const postings = g.byVariant.get(v.key) ?? [];
    const choice = chooseCandidate(postings.map((p) => p.entry), postcode);
    if (choice) {
      const entryRule = postings.find((p) => p.entry === choice.entry)?.rule ?? 'full';
      return { choice, how: { method: 'variant', queryRule: v.rule, entryRule } };
    }
  }
  return null;
}

/** Kölner Phonetik of the full name and of each variant; only matches within a small edit distance. */
function matchBySound(g: Gazetteer, variants: readonly NameVariant[], postcode?: string): Found | null {
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
      if (d < best) [best, closest] = [d, []];
      closest.push(p.entry);
    }
    const choice = chooseCandidate(closest, postcode);
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

/**
 * Finds the point for a town / Gemeinde name, or `null` when nothing fits. Tries, in order:
 * the exact normalised `town` (places before Gemeinden), its variants ("Erfurt-Marbach" →
 * "erfurt"), the same for `gemeinde`, then Kölner Phonetik of both (names of at least four
 * letters, close in spelling), and last the label point of the Gemeinde with the key `ags`.
 * The postcode only breaks ties between same-named candidates. Never throws for any strings.
 */
export function geocode(g: Gazetteer, q: GeocodeQuery): GeocodeResult | null {
  const fields: { field: Field; variants: NameVariant[] }[] = [];
  for (const field of ['town', 'gemeinde'] as const) {
    const text = q[field];
    if (typeof text !== 'string') continue;
    const variants = nameVariantsWithRule(text);
    if (variants.length > 0) fields.push({ field, variants });
  }
  const postcode = typeof q.postcode === 'string' ? q.postcode : undefined;
  for (const { field, variants } of fields) {
    const found = matchByName(g, variants, postcode);
    if (found) return toResult(found, field, postcode);
  }
  for (const { field, variants } of fields) {
    const found = matchBySound(g, variants, postcode);
    if (found) return toResult(found, field, postcode);
  }
  const key = typeof q.ags === 'string' ? q.ags.trim() : '';
  const byKey = /^\d{8}$/.test(key) ? g.gemeindeByAgs.get(key) : undefined;
  if (byKey) return toResult({ choice: { entry: byKey, decidedBy: 'single', candidates: 1 }, how: { method: 'key', ags: key } }, 'ags', postcode);
  return null;
}
