import { foldForSearch } from '../../domain/search';

/**
 * Folds German text to a comparison key: lower case, ä→ae, ö→oe, ü→ue, ß→ss, other accents
 * dropped, and everything but letters and digits removed ("Straße und Hausnummer" →
 * "strasseundhausnummer", "Weimar-Schöndorf" → "weimarschoendorf").
 */
export function foldText(s: string): string {
  return foldForSearch(s).replace(/[^\p{L}\p{N}]/gu, '');
}
