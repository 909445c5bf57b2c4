import { foldText } from './fold';

/** Columns of a partnership list: the two institutions (by name and/or id) and the partnership's fields. */
export const PARTNERSHIP_FIELDS = ['nameA', 'nameB', 'idA', 'idB', 'type', 'intensity', 'since', 'until', 'note'] as const;

export type PartnershipField = (typeof PARTNERSHIP_FIELDS)[number];

/** Which column (0-based index) fills each field; null when no column does. */
export type PartnershipMapping = Record<PartnershipField, number | null>;

/** German labels of the fields, for the UI and for messages about unmapped fields. */
export const PARTNERSHIP_FIELD_LABELS: Record<PartnershipField, string> = {
  nameA: 'Einrichtung A',
  nameB: 'Einrichtung B',
  idA: 'ID A',
  idB: 'ID B',
  type: 'Art',
  intensity: 'Intensität',
  since: 'Seit',
  until: 'Bis',
  note: 'Notiz',
};

/**
 * Header names, folded with foldText, strongest first. They must match the whole header:
 * "Art" or "Von" are too short to match the start of a longer one. The headers of the app's
 * own partnership export (PARTNERSHIP_CSV_HEADERS) are the first entries.
 */
const SYNONYMS: Record<PartnershipField, readonly string[]> = {
  nameA: ['einrichtunga', 'partner1', 'partnera', 'namea', 'von', 'einrichtung1', 'name1', 'institutiona', 'partnereinrichtunga'],
  nameB: ['einrichtungb', 'partner2', 'partnerb', 'nameb', 'an', 'nach', 'einrichtung2', 'name2', 'institutionb', 'partnereinrichtungb'],
  idA: ['ida', 'id1', 'einrichtungida', 'kennunga', 'kennung1'],
  idB: ['idb', 'id2', 'einrichtungidb', 'kennungb', 'kennung2'],
  type: ['art', 'typ', 'artderpartnerschaft', 'partnerschaftsart', 'artderzusammenarbeit', 'kooperationsart', 'type'],
  intensity: ['intensitaet', 'intensity', 'staerke'],
  since: ['seit', 'beginn', 'start', 'startdatum', 'beginndatum', 'ab', 'since'],
  until: ['bis', 'ende', 'enddatum', 'until'],
  note: ['notiz', 'notizen', 'bemerkung', 'bemerkungen', 'anmerkung', 'anmerkungen', 'hinweis', 'hinweise', 'kommentar', 'note', 'notes'],
};

/** A partnership mapping with every field unmapped. */
export function emptyPartnershipMapping(): PartnershipMapping {
  return Object.fromEntries(PARTNERSHIP_FIELDS.map((f) => [f, null])) as PartnershipMapping;
}

/**
 * Proposes which column fills which field of a partnership list from the header names
 * („Einrichtung A“/„Einrichtung B“, „Partner 1/2“, „Von“/„An“, „Name A/B“, „ID A/B“, „Art“/„Typ“,
 * „Intensität“, „Seit“/„Beginn“, „Bis“/„Ende“, „Notiz“ and a few more; case, umlaut spelling,
 * spaces and punctuation do not matter). Each column fills at most one field and each field
 * takes the first column with its strongest name.
 */
export function proposePartnershipMapping(headers: readonly string[]): PartnershipMapping {
  const mapping = emptyPartnershipMapping();
  const folded = headers.map((h) => foldText(typeof h === 'string' ? h : ''));
  const candidates: { field: PartnershipField; column: number; rank: number }[] = [];
  folded.forEach((h, column) => {
    if (h === '') return;
    for (const field of PARTNERSHIP_FIELDS) {
      const rank = SYNONYMS[field].indexOf(h);
      if (rank >= 0) candidates.push({ field, column, rank });
    }
  });
  candidates.sort((a, b) => a.rank - b.rank || a.column - b.column);
  const used = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== null || used.has(c.column)) continue;
    mapping[c.field] = c.column;
    used.add(c.column);
  }
  return mapping;
}

/**
 * German message when the mapping cannot say which two institutions a row links (no name
 * and no id column for one side), else null.
 */
export function missingSidesMessage(mapping: PartnershipMapping): string | null {
  const a = mapping.nameA !== null || mapping.idA !== null;
  const b = mapping.nameB !== null || mapping.idB !== null;
  if (a && b) return null;
  const which = !a && !b ? 'die beiden Einrichtungen' : !a ? 'die erste Einrichtung' : 'die zweite Einrichtung';
  return `In der Datei fehlt eine Spalte für ${which} einer Partnerschaft. Erwartet werden Spalten wie „Einrichtung A“ und „Einrichtung B“ (oder „Partner 1“/„Partner 2“, „Von“/„An“, „ID A“/„ID B“).`;
}
