import type { Institution, LocationQuality } from '../../domain/institution';
import type { Partnership } from '../../domain/partnership';

/** UTF-8 byte order mark: tells Excel that the file is UTF-8 (otherwise it reads Windows-1252). */
export const UTF8_BOM = '\uFEFF';

const CRLF = '\r\n';

/** First characters with which a spreadsheet starts a formula (or, for TAB and CR, hides one). */
const DANGEROUS_START = /^[=+\-@\t\r]/;

/**
 * A plain negative number, German or English decimal ("-12", "-0,5", "-10.25", "-,5"). It
 * starts with "-" but a spreadsheet only reads it as a number, so it is left as it is and
 * negative coordinates stay numbers. Deliberately without the "m" flag: the whole cell must match.
 */
const PLAIN_NEGATIVE_NUMBER = /^-(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

/** Cells that need double quotes in a `;`-separated file. */
const NEEDS_QUOTES = /[;"\r\n]/;

/**
 * Protects a cell against formula injection (CSV injection) when the file is opened in Excel
 * or LibreOffice: a value starting with `=`, `+`, `-`, `@`, TAB or CR gets a leading single
 * quote `'`, so the spreadsheet shows it as text instead of running it. A plain negative
 * number such as "-12" or "-0,5" is harmless and stays as it is.
 *
 * Note: the quote is part of the cell; reading the file back with the CSV import gives the
 * value with the leading `'`.
 */
export function neutralizeCell(value: string): string {
  // A value that already looks neutralised gets one more quote, so the import, which takes
  // one off, gives back exactly what was exported.
  if (/^'+[=+\-@]/.test(value)) return `'${value}`;
  if (!DANGEROUS_START.test(value) || PLAIN_NEGATIVE_NUMBER.test(value)) return value;
  return `'${value}`;
}

/** One cell as written: neutralised, then quoted when it contains `;`, `"`, CR or LF. */
function writeCell(value: string): string {
  const safe = neutralizeCell(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Writes a table as CSV for German Excel: UTF-8 with byte order mark, `;` between cells,
 * CRLF after every line (also the last), every cell neutralised (see neutralizeCell) and
 * quoted with `"` when it contains `;`, `"`, CR or LF (inner quotes doubled).
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  let out = UTF8_BOM;
  for (const row of [headers, ...rows]) out += row.map(writeCell).join(';') + CRLF;
  return out;
}

/**
 * Column headers of the institution export. The first 14 are names the CSV import recognises
 * (see proposeMapping), so an exported file can be imported again without changing the
 * mapping; "Lage", "Seit" and "Quelle" are not import fields and stay unmapped.
 */
export const INSTITUTION_CSV_HEADERS = [
  'Name', 'Kategorie', 'Träger', 'Straße', 'PLZ', 'Ort', 'Gemeindeschlüssel', 'Breite', 'Länge',
  'Telefon', 'E-Mail', 'Website', 'Schlagworte', 'Notiz', 'Lage', 'Seit', 'Bis', 'Quelle',
] as const;

/** Column headers of the partnership export. */
export const PARTNERSHIP_CSV_HEADERS = [
  'Einrichtung A', 'Einrichtung B', 'ID A', 'ID B', 'Art', 'Intensität', 'Seit', 'Bis', 'Notiz',
] as const;

/** German wording of the location quality in the "Lage" column (as in the app, de.json). */
export const LOCATION_QUALITY_LABELS: Record<LocationQuality, string> = {
  exact: 'genaue Koordinaten',
  'geocoded-place': 'über den Ortsnamen gefunden',
  'geocoded-gemeinde': 'über den Gemeindenamen gefunden',
  'geocoded-postcode': 'über die Postleitzahl gefunden (grob: Mitte ihrer Orte)',
  manual: 'von Hand gesetzt',
  none: 'noch nicht verortet',
};

/** Most decimals written for a coordinate: 6 decimals of a degree are about 0.1 m. */
const COORDINATE_DECIMALS = 6;

/**
 * A coordinate with a decimal comma and at most 6 decimals, without trailing zeros
 * ("50,97875", "11", "-0,5"); '' for null or a non-finite number. No exponent below 1e21.
 */
export function formatCoordinate(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '';
  // toFixed uses exponent notation from 1e21 on; no coordinate comes near that.
  if (Math.abs(value) >= 1e21) return String(value).replace('.', ',');
  const fixed = value.toFixed(COORDINATE_DECIMALS).replace(/0+$/, '').replace(/\.$/, '');
  return (fixed === '-0' ? '0' : fixed).replace('.', ',');
}

/**
 * The institutions as a CSV file for Excel (see toCsv), one row each in the given order,
 * with the columns of INSTITUTION_CSV_HEADERS: coordinates with a decimal comma (empty when
 * unknown), tags joined with ", ", the location quality in German words.
 */
export function institutionsToCsv(list: readonly Institution[]): string {
  return toCsv(INSTITUTION_CSV_HEADERS, list.map((i) => institutionCells(i).map((c) => (typeof c === 'string' ? c : formatCoordinate(c)))));
}

/**
 * The cells of one institution in the columns of INSTITUTION_CSV_HEADERS (CSV and Excel):
 * coordinates as numbers (null when unknown), tags joined with ", ", the location quality in
 * German words.
 */
export function institutionCells(i: Institution): (string | number | null)[] {
  return [
    i.name, i.category, i.carrier, i.street, i.postcode, i.town, i.ags, i.lat, i.lon,
    i.phone, i.email, i.website, i.tags.join(', '), i.note,
    LOCATION_QUALITY_LABELS[i.locationQuality] ?? i.locationQuality, i.since, i.until ?? '', i.source,
  ];
}

/**
 * The partnerships as a CSV file for Excel (see toCsv), one row each in the given order,
 * with the columns of PARTNERSHIP_CSV_HEADERS. The names of the two institutions are looked
 * up in `institutions`; an institution that is not there gets an empty name (its ID is
 * always written).
 */
export function partnershipsToCsv(list: readonly Partnership[], institutions: readonly Institution[]): string {
  return toCsv(PARTNERSHIP_CSV_HEADERS, partnershipCells(list, institutions).map((r) => r.map(String)));
}

/**
 * The cells of the partnerships in the columns of PARTNERSHIP_CSV_HEADERS (CSV and Excel),
 * the intensity as a number; the names are looked up in `institutions` ('' when not there).
 */
export function partnershipCells(list: readonly Partnership[], institutions: readonly Institution[]): (string | number)[][] {
  const names = new Map<string, string>(institutions.map((i) => [i.id, i.name]));
  return list.map((p) => [names.get(p.a) ?? '', names.get(p.b) ?? '', p.a, p.b, p.type, p.intensity, p.since, p.until, p.note]);
}
