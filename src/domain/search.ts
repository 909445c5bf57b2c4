import type { Institution } from './institution';

/** Folds text for searching: case, umlauts (ä = ae), ß = ss, accents. */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** German collation, created once: `localeCompare` per call is far slower on big lists. */
export const germanCollator = new Intl.Collator('de');

/**
 * Institutions whose name, town, category or carrier contain every word of the query,
 * sorted by name (German collation). An empty query keeps all.
 */
export function searchInstitutions(list: readonly Institution[], query: string): Institution[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const hits = words.length === 0 ? [...list] : list.filter((i) => {
    const hay = foldForSearch(`${i.name} ${i.town} ${i.category} ${i.carrier}`);
    return words.every((w) => hay.includes(w));
  });
  return hits.sort((a, b) => germanCollator.compare(a.name, b.name));
}
