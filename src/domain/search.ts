import type { Institution } from './institution';

/** Folds text for searching: case, umlauts (ä = ae), ß = ss, accents. Spaces and punctuation stay. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** German collation, created once: `localeCompare` per call is far slower on big lists. */
export const germanCollator = new Intl.Collator('de');

/** Folded text per record: records are immutable, so a list filtered anew folds nothing twice. */
const foldedCache = new WeakMap<Institution, { hay: string; key: string }>();

/** Institutions prepared for searching: folded text and sort key computed once per list. */
export interface SearchIndex {
  items: readonly { institution: Institution; hay: string; key: string }[];
}

/**
 * Prepares a list for `searchIndex`: sorted once by the folded name (phone-book order,
 * ä = ae), which is far cheaper than collating 100,000 names on every keystroke.
 */
export function buildSearchIndex(list: readonly Institution[]): SearchIndex {
  const items = list.map((institution) => {
    let folded = foldedCache.get(institution);
    if (!folded) {
      folded = {
        hay: foldForSearch(`${institution.name} ${institution.town} ${institution.category} ${institution.carrier}`),
        key: foldForSearch(institution.name),
      };
      foldedCache.set(institution, folded);
    }
    return { institution, ...folded };
  });
  items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { items };
}

/** Institutions whose name, town, category or carrier contain every word of the query, in name order. */
export function searchIndex(index: SearchIndex, query: string): Institution[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const hits = words.length === 0 ? index.items : index.items.filter((i) => words.every((w) => i.hay.includes(w)));
  return hits.map((i) => i.institution);
}

/** One-off search over a list (builds the index each time). */
export function searchInstitutions(list: readonly Institution[], query: string): Institution[] {
  return searchIndex(buildSearchIndex(list), query);
}
