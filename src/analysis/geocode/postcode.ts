/**
 * Postcodes as a tie-breaker between places of the same name. Where the planning area has a
 * postcode list (Thuringia: GeoNames, `postleitzahlen.json`), a postcode names the Kreise of its
 * real places; elsewhere, or for a postcode the list lacks, only the first two digits (the
 * Leitregion) are used, mapped by hand to the Thuringian Kreise each region plausibly covers.
 * Either way the postcode only ever chooses between places of the same name, never overrides one.
 */
import { postcodeArea, type PostcodeArea, type PostcodeIndex } from './postcodeData';


/** Leitregion (first two postcode digits) → 5-digit Kreis keys it plausibly covers. */
export const LEITREGION_KREISE: Readonly<Record<string, readonly string[]>> = {
  // 046xx Altenburg, Schmölln, Meuselwitz, Gößnitz
  '04': ['16077'],
  // 065xx Artern, Bad Frankenhausen, Roßleben, Heldrungen; northern edge of Sömmerda
  '06': ['16065', '16068'],
  // 07xxx East Thuringia: Gera, Jena, Saale-Holzland, Saale-Orla, Greiz, Saalfeld-Rudolstadt
  '07': ['16052', '16053', '16073', '16074', '16075', '16076'],
  // 364xx Bad Salzungen, Vacha, Geisa, Dermbach; Kaltennordheim (Schmalkalden-Meiningen)
  '36': ['16063', '16066'],
  // 373xx Heilbad Heiligenstadt, Leinefelde-Worbis, Dingelstädt; edge of Nordhausen
  '37': ['16061', '16062'],
  // 965xx Sonneberg, Steinach, Schalkau; southern Hildburghausen
  '96': ['16069', '16072'],
  // 98xxx Suhl, Meiningen, Schmalkalden, Hildburghausen, Ilmenau, Neuhaus a. Rwg., Schwarzatal
  '98': ['16054', '16066', '16069', '16070', '16072', '16073'],
  // 99xxx Erfurt, Weimar, Gotha, Arnstadt, Sömmerda, Mühlhausen, Nordhausen, Sondershausen, Eisenach
  '99': ['16051', '16055', '16062', '16063', '16064', '16065', '16067', '16068', '16070', '16071'],
};

/** True for a 5-digit postcode whose Leitregion reaches into Thuringia (04, 06, 07, 36, 37, 96, 98, 99). */
export function postcodeLooksThuringian(postcode: string): boolean {
  const p = postcode.trim();
  return /^\d{5}$/.test(p) && Object.hasOwn(LEITREGION_KREISE, p.slice(0, 2));
}

/** What a postcode says about where a place is. */
export interface PostcodeHint {
  /** Kreis keys the postcode belongs to. */
  kreise: ReadonlySet<string>;
  /** `list`: from the postcode list (with its places in `area`); `leitregion`: the hand-made map. */
  source: 'list' | 'leitregion';
  area?: PostcodeArea;
}

/**
 * The postcode's Kreise from the postcode list where it has the postcode, else from its
 * Leitregion; `null` when neither knows it (then the postcode says nothing).
 */
export function postcodeHint(postcode: string | undefined, index?: PostcodeIndex | null): PostcodeHint | null {
  const area = postcodeArea(index, postcode);
  if (area) return { kreise: area.kreise, source: 'list', area };
  if (postcode === undefined || !postcodeLooksThuringian(postcode)) return null;
  return { kreise: new Set(LEITREGION_KREISE[postcode.trim().slice(0, 2)]), source: 'leitregion' };
}

/**
 * The Kreis keys a postcode plausibly belongs to (see {@link postcodeHint}), or `null` when the
 * postcode is neither in the list nor a Thuringian-looking 5-digit code.
 */
export function kreiseForPostcode(postcode: string | undefined, index?: PostcodeIndex | null): ReadonlySet<string> | null {
  return postcodeHint(postcode, index)?.kreise ?? null;
}
