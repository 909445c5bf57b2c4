import Papa from 'papaparse';
import { decodeText, ImportFileError } from './decode';
import { detectDelimiter } from './delimiter';
import { foldText } from './fold';
import { quoted } from './issues';
import { parseDecimal } from './numbers';
import { uniqueHeaders } from './parseCsv';
import { MSG_NO_DATA, MSG_UNEXPECTED } from './readCsv';

/** A table of one value per Gemeinde (e.g. children under 6), or a German message why it could not be read. */
export type StatisticsReadResult =
  | {
      ok: true;
      /** Keys as written in the file (trimmed; 8-digit AGS, 12-digit ARS or others such as Kreis keys; a name after the key is dropped). */
      rows: { ags: string; value: number }[];
      keyColumn: string;
      valueColumn: string;
      /** Rows that look like data but give no usable key or value; row = file row as a spreadsheet shows it. */
      skipped: { row: number; reason: string }[];
    }
  | { ok: false; message: string };

export const MSG_NO_KEY_COLUMN =
  'In der Datei wurde keine Spalte mit Gemeindeschlüsseln gefunden. Erwartet wird eine Spalte „AGS“, „Gemeindeschlüssel“ oder „ARS“ (Regionalschlüssel) mit 8- oder 12-stelligen Schlüsseln, z. B. 16051000 für Erfurt.';
export const MSG_NO_ROWS = 'Die Datei enthält keine Zeile mit einem Gemeindeschlüssel und einer Zahl.';
const MSG_QUOTES = 'Die Datei ist fehlerhaft: Ein Feld beginnt mit einem Anführungszeichen, das nicht wieder geschlossen wird.';

/** Header names of key columns, folded (foldText): "AGS", "Amtlicher Gemeindeschlüssel (AGS)", "Regionalschlüssel", "ARS 12-stellig" … */
const KEY_HEADER = /^(amtliche[rs]?)?(ags|ars|schluessel|kennziffer|gemeindeschluessel|regionalschluessel|gemeindekennziffer)(\d+stellig)?(ags|ars)?$/;
/** Numeric columns that are no values per Gemeinde: other keys, running numbers, years. */
const NOT_A_VALUE_HEADER = /^(kreis|kreisschluessel|kreisnummer|lfdnr|laufendenummer|nr|nummer|plz|postleitzahl|jahr|stichtag)$/;
/** Signs of the official statistics for "no value": - nothing, . unknown or secret, x not sensible, … not yet available, / not reliable. */
const MISSING = /^(-|–|—|\.|\.\.\.|…|x|X|\/)$/;
/** How many records may precede the header row (title lines). */
const MAX_HEADER_ROW = 50;

const cell = (record: readonly string[], c: number) => (record[c] ?? '').trim();
const digitsOnly = (s: string) => /^\d[\d\s\u00a0\u202f]*$/.test(s);
const isKey = (s: string) => /^(\d{8}|\d{12})$/.test(s.replace(/[\s\u00a0\u202f]/g, ''));
const isBlank = (record: readonly string[]) => record.every((c) => c.trim() === '');
/** The key of a cell that also names the Gemeinde ("16051000 Erfurt, Stadt" → "16051000"); else the cell. */
const keyPart = (s: string) => /^(\d{8}|\d{12})\s+\D/.exec(s)?.[1] ?? s;

/**
 * A number as German statistics write it: "1.234" and "1.234.567" with thousands dots, "12,5"
 * with a decimal comma, "1 234" with blanks; also "12.5". Null when the cell is no number.
 */
export function parseStatisticsNumber(raw: string): number | null {
  const s = raw.trim().replace(/(\d)[\s\u00a0\u202f](?=\d{3}(\D|$))/g, '$1');
  if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
  const r = parseDecimal(s);
  return r.ok ? r.value : null;
}

/** Header row and key column: by the header's name, else the first column holding 8- or 12-digit keys. */
function findKey(records: readonly string[][]): { header: number; key: number } | null {
  for (let r = 0; r < Math.min(records.length, MAX_HEADER_ROW); r++) {
    const key = records[r].findIndex((c) => KEY_HEADER.test(foldText(c)));
    if (key >= 0) return { header: r, key };
  }
  const first = records.findIndex((rec) => rec.some((c) => isKey(keyPart(c.trim()))));
  if (first < 0) return null;
  const sample = records.slice(first, first + 200).filter((rec) => !isBlank(rec));
  const width = sample.reduce((w, rec) => Math.max(w, rec.length), 0);
  for (let key = 0; key < width; key++) {
    if (sample.filter((rec) => isKey(keyPart(cell(rec, key)))).length * 2 < sample.length) continue;
    // The record just above the data is its header when it names several columns; else there is none.
    const above = first > 0 && records[first - 1].filter((c) => c.trim() !== '').length > 1;
    return { header: above ? first - 1 : -1, key };
  }
  return null;
}

/** The first column after the key whose cells are mostly numbers (signs for "no value" aside) and not keys. */
function findValue(data: readonly string[][], headers: readonly string[], key: number): number {
  for (let c = 0; c < headers.length; c++) {
    if (c === key || KEY_HEADER.test(foldText(headers[c])) || NOT_A_VALUE_HEADER.test(foldText(headers[c]))) continue;
    const cells = data.map((rec) => cell(rec, c)).filter((s) => s !== '' && !MISSING.test(s));
    const numbers = cells.filter((s) => parseStatisticsNumber(s) !== null && !isKey(s)).length;
    if (numbers > 0 && numbers * 2 >= cells.length) return c;
  }
  return -1;
}

/**
 * Reads a table of values per Gemeinde (CSV in UTF-8 or Windows-1252, any delimiter). Title
 * lines before the header row and lines after the table without a key or a number
 * (footnotes, sources) are passed over; rows that look like data but have no usable key or
 * value are reported in `skipped`. Never throws.
 */
export function readStatisticsTable(bytes: Uint8Array): StatisticsReadResult {
  try {
    const { text } = decodeText(bytes);
    const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
    if (parsed.errors.some((e) => e.code === 'MissingQuotes')) return { ok: false, message: MSG_QUOTES };
    const records = parsed.data;
    const found = findKey(records);
    if (!found) return { ok: false, message: MSG_NO_KEY_COLUMN };
    const first = found.header + 1;
    const data = records.slice(first);
    if (data.every(isBlank)) return { ok: false, message: MSG_NO_DATA };
    const width = data.reduce((w, rec) => Math.max(w, rec.length), found.header >= 0 ? records[found.header].length : 0);
    const headers = uniqueHeaders(Array.from({ length: width }, (_, c) => (found.header >= 0 ? cell(records[found.header], c) : '')));
    const keyColumn = headers[found.key];
    const value = findValue(data.filter((rec) => digitsOnly(keyPart(cell(rec, found.key)))), headers, found.key);
    if (value < 0) return { ok: false, message: `Neben der Schlüsselspalte ${quoted(keyColumn)} wurde keine Spalte mit Zahlen gefunden.` };

    const rows: { ags: string; value: number }[] = [];
    const skipped: { row: number; reason: string }[] = [];
    data.forEach((rec, i) => {
      const [k, v] = [keyPart(cell(rec, found.key)), cell(rec, value)];
      const n = parseStatisticsNumber(v);
      const skip = (why: string) => skipped.push({ row: first + i + 1, reason: `Zeile ${first + i + 1}: ${why}; die Zeile wird übersprungen.` });
      if (!digitsOnly(k)) {
        if (n !== null) skip(k === '' ? 'Der Schlüssel fehlt' : `${quoted(k)} ist kein Gemeindeschlüssel`);
      } else if (v === '') skip(`Für ${quoted(k)} fehlt der Wert`);
      else if (MISSING.test(v)) skip(`Für ${quoted(k)} steht ${quoted(v)} statt einer Zahl (kein Wert)`);
      else if (n === null) skip(`${quoted(v)} ist keine Zahl`);
      else if (n < 0) skip(`Der Wert ${quoted(v)} ist negativ`);
      else rows.push({ ags: k, value: n });
    });
    if (rows.length === 0) return { ok: false, message: [MSG_NO_ROWS, ...skipped.slice(0, 1).map((s) => s.reason)].join(' ') };
    return { ok: true, rows, keyColumn, valueColumn: headers[value], skipped };
  } catch (e) {
    return { ok: false, message: e instanceof ImportFileError ? e.message : MSG_UNEXPECTED };
  }
}
