import type { DecodedText } from './decode';
import type { Delimiter } from './delimiter';
import type { ParsedCsv } from './parseCsv';

/** The kinds of file the import reads into a table. */
export type TableFormat = 'csv' | 'xlsx' | 'geojson';

/**
 * A file read into a table (CSV, Excel or GeoJSON), or a German message why it could not be
 * read. CSV files report their text encoding, byte order mark and delimiter; Excel files have
 * `encoding: 'xlsx'` and GeoJSON files `encoding: 'geojson'`, both with `bom: false` and
 * `delimiter: ''`. `notes` are German hints for the user about the whole file (e.g. skipped
 * GeoJSON objects); they are no reason to stop the import.
 */
export type TableReadResult =
  | ({
      ok: true;
      encoding: DecodedText['encoding'] | 'xlsx' | 'geojson';
      bom: boolean;
      delimiter: Delimiter | '';
      notes?: string[];
    } & ParsedCsv)
  | { ok: false; message: string };

/**
 * A number as a German user would type it: decimal comma, no thousands separators, every
 * digit JavaScript needs to give back the same number ("50,97875123456789", "7743", "-0,5").
 * Very small or very large numbers keep the exponent ("1e-7"), which `parseDecimal` reads.
 * '' for NaN and ±Infinity.
 */
export function formatDecimal(value: number): string {
  if (!Number.isFinite(value)) return '';
  return String(value).replace('.', ',');
}

/** true → „ja“, false → „nein“. */
export function formatBoolean(value: boolean): string {
  return value ? 'ja' : 'nein';
}

/** Whether the trimmed text starts with `{` (after an optional byte order mark): a JSON object. */
export function looksLikeJsonObject(text: string): boolean {
  return /^\uFEFF?\s*\{/.test(text);
}
