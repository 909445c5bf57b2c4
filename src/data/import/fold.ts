/**
 * Folds German text to a comparison key: lower case, ä→ae, ö→oe, ü→ue, ß→ss, other accents
 * dropped, and everything but letters and digits removed ("Straße und Hausnummer" →
 * "strasseundhausnummer", "Weimar-Schöndorf" → "weimarschoendorf").
 */
export function foldText(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}
