import { foldText } from './fold';

/** Fields of an institution that an import can fill, in the order the UI lists them. */
export const IMPORT_FIELDS = [
  'name', 'category', 'carrier', 'street', 'postcode', 'town', 'gemeinde', 'ags',
  'lat', 'lon', 'phone', 'email', 'website', 'tags', 'note', 'since', 'until',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Which column (0-based index) fills each field; null when no column does. */
export type Mapping = Record<ImportField, number | null>;

/** German labels of the import fields for the UI and for messages. */
export const FIELD_LABELS: Record<ImportField, string> = {
  name: 'Name',
  category: 'Kategorie',
  carrier: 'Träger',
  street: 'Straße und Hausnummer',
  postcode: 'PLZ',
  town: 'Ort',
  gemeinde: 'Gemeinde',
  ags: 'Gemeindeschlüssel (AGS)',
  lat: 'Breite',
  lon: 'Länge',
  phone: 'Telefon',
  email: 'E-Mail',
  website: 'Website',
  tags: 'Schlagworte',
  note: 'Notiz',
  since: 'Seit',
  until: 'Bis',
};

/**
 * Header synonyms, already folded (see normalizeHeader), strongest first. The Gemeinde name
 * helps to locate a row whose Ort is missing or unknown; the Gemeinde key needs Schlüssel,
 * AGS or Kennziffer in its header (an exact synonym beats the "gemeinde" prefix).
 */
export const SYNONYMS: Readonly<Record<ImportField, readonly string[]>> = {
  name: ['name', 'einrichtung', 'namedereinrichtung', 'bezeichnung', 'institution', 'einrichtungsname', 'organisation'],
  category: ['kategorie', 'art', 'typ', 'einrichtungsart', 'einrichtungstyp', 'einrichtungskategorie', 'artdereinrichtung', 'category', 'type'],
  carrier: ['traeger', 'traegerschaft', 'traegername', 'namedestraegers', 'carrier', 'provider'],
  street: ['strasse', 'str', 'strasseundhausnummer', 'strassehausnummer', 'strassenr', 'adresse', 'anschrift', 'street', 'address'],
  postcode: ['plz', 'postleitzahl', 'postcode', 'zip', 'zipcode', 'postalcode'],
  town: ['ort', 'stadt', 'wohnort', 'ortschaft', 'ortsteil', 'town', 'city', 'place'],
  gemeinde: ['gemeinde', 'gemeindename', 'namedergemeinde', 'kommune', 'stadtgemeinde', 'municipality'],
  ags: ['ags', 'gemeindeags', 'gemeindeschluessel', 'schluesseldergemeinde', 'amtlichergemeindeschluessel', 'gemeindekennziffer', 'gemeindekennzahl'],
  lat: ['breite', 'breitengrad', 'geobreite', 'lat', 'latitude', 'y'],
  lon: ['laenge', 'laengengrad', 'geolaenge', 'lon', 'lng', 'long', 'longitude', 'x'],
  phone: ['telefon', 'tel', 'telefonnummer', 'phone', 'telephone'],
  email: ['email', 'mail', 'emailadresse', 'mailadresse'],
  website: ['website', 'webseite', 'internet', 'internetseite', 'internetadresse', 'homepage', 'url', 'web'],
  tags: ['tags', 'schlagworte', 'schlagwoerter', 'stichworte', 'stichwoerter'],
  note: ['notiz', 'notizen', 'bemerkung', 'bemerkungen', 'anmerkung', 'anmerkungen', 'hinweis', 'hinweise', 'note', 'notes', 'comment', 'kommentar'],
  since: ['seit', 'gruendungsjahr', 'gruendung', 'eroeffnung', 'eroeffnet', 'beginn', 'startdatum', 'since'],
  until: ['bis', 'enddatum', 'geschlossen', 'schliessung', 'until'],
};

/**
 * Synonyms too short or too common to match as the start of a longer header
 * ("Telefax" is no phone number, "Tagespflege" no tag list, "Struktur" no street).
 */
const EXACT_ONLY = new Set(['x', 'y', 'tel', 'str', 'art', 'typ', 'web', 'seit', 'bis', 'since', 'until']);

/** Lower-cases a header, writes umlauts as ae/oe/ue and ß as ss, and drops punctuation and spaces. */
export function normalizeHeader(h: string): string {
  return foldText(h);
}

interface Candidate {
  column: number;
  field: ImportField;
  exact: boolean;
  /** Length of the matched synonym: a longer prefix is more specific. */
  length: number;
  /** Position in the synonym list: lower is stronger. */
  rank: number;
}

function candidatesFor(header: string, column: number): Candidate[] {
  const folded = normalizeHeader(header);
  if (folded === '') return [];
  const found: Candidate[] = [];
  for (const field of IMPORT_FIELDS) {
    SYNONYMS[field].forEach((synonym, rank) => {
      if (folded === synonym) found.push({ column, field, exact: true, length: synonym.length, rank });
      else if (!EXACT_ONLY.has(synonym) && folded.startsWith(synonym)) {
        found.push({ column, field, exact: false, length: synonym.length, rank });
      }
    });
  }
  return found;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.exact !== b.exact) return a.exact ? -1 : 1;
  if (!a.exact && a.length !== b.length) return b.length - a.length;
  return a.rank - b.rank || a.column - b.column;
}

/** A mapping with every field unmapped. */
export function emptyMapping(): Mapping {
  return Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as Mapping;
}

/**
 * Proposes which column fills which field from the header names (German and English
 * synonyms, see SYNONYMS). An exact synonym beats a header that only starts with one
 * ("Telefonnummer privat"); among prefixes the longer synonym wins. Each column fills at
 * most one field and each field takes at most one column.
 */
export function proposeMapping(headers: string[]): Mapping {
  const mapping = emptyMapping();
  const candidates = headers.flatMap((h, i) => candidatesFor(h, i)).sort(compareCandidates);
  const usedColumns = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== null || usedColumns.has(c.column)) continue;
    mapping[c.field] = c.column;
    usedColumns.add(c.column);
  }
  return mapping;
}
