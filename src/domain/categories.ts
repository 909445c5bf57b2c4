/** A category of institution with its map style. */
export interface Category {
  name: string;
  /** CSS hex colour. */
  color: string;
  /** Short symbol shown on the map (one or two characters). */
  symbol: string;
}

/**
 * Default categories (DOMAIN.md). Colours: a palette distinguishable with colour-vision
 * deficiencies (Okabe–Ito and Tol "muted" families), ThEKiZ in the strongest colour.
 */
export const DEFAULT_CATEGORIES: readonly Category[] = [
  { name: 'ThEKiZ', color: '#d55e00', symbol: 'T' },
  { name: 'Kita', color: '#e69f00', symbol: 'K' },
  { name: 'Familienzentrum / Mehrgenerationenhaus', color: '#cc79a7', symbol: 'F' },
  { name: 'Erziehungs- und Familienberatung', color: '#0072b2', symbol: 'B' },
  { name: 'Schwangerschaftsberatung', color: '#56b4e9', symbol: 'S' },
  { name: 'Frühe Hilfen', color: '#009e73', symbol: 'H' },
  { name: 'Jugendamt / ASD', color: '#332288', symbol: 'J' },
  { name: 'Gesundheitsamt', color: '#117733', symbol: 'G' },
  { name: 'Kinder- und Jugendärzt*innen', color: '#44aa99', symbol: 'Ä' },
  { name: 'Hebammen', color: '#88ccee', symbol: 'Hb' },
  { name: 'Geburtsklinik', color: '#882255', symbol: 'Gk' },
  { name: 'Frühförderstelle', color: '#999933', symbol: 'Ff' },
  { name: 'Familienbildung', color: '#aa4499', symbol: 'Fb' },
  { name: 'Grundschule', color: '#ddcc77', symbol: 'Gs' },
  { name: 'Bibliothek', color: '#6699cc', symbol: 'Bi' },
  { name: 'Sport und Kultur (Vereine)', color: '#997700', symbol: 'V' },
  { name: 'Jobcenter / Agentur für Arbeit', color: '#555555', symbol: 'A' },
  { name: 'Migrationsberatung', color: '#0077bb', symbol: 'M' },
  { name: 'Sucht- und Schuldnerberatung', color: '#ee7733', symbol: 'Su' },
  { name: 'Gemeindeverwaltung', color: '#777777', symbol: 'Gv' },
  { name: 'Sonstige', color: '#bbbbbb', symbol: '·' },
];

export const THEKIZ = 'ThEKiZ';
