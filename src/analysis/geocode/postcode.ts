/**
 * Postcodes as a coarse tie-breaker. No offline source maps German postcodes to places
 * (DOMAIN.md), so only the first two digits (the Leitregion) are used, mapped by hand to the
 * Thuringian Kreise each region plausibly covers. The map is deliberately generous: it only
 * ever chooses between places of the same name, never overrides a name.
 */

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

/**
 * The Kreis keys a postcode plausibly belongs to, or `null` when the postcode is not a
 * Thuringian-looking 5-digit code (then it says nothing).
 */
export function kreiseForPostcode(postcode: string | undefined): ReadonlySet<string> | null {
  if (postcode === undefined || !postcodeLooksThuringian(postcode)) return null;
  return new Set(LEITREGION_KREISE[postcode.trim().slice(0, 2)]);
}
