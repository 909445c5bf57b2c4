import type { DecodedText } from './decode';
import { decodeText, ImportFileError } from './decode';
import type { Delimiter } from './delimiter';
import { detectDelimiter } from './delimiter';
import type { ParsedCsv } from './parseCsv';
import { parseCsvText } from './parseCsv';

/** A CSV file read into a table, or a German message why it could not be read. */
export type CsvReadResult =
  | ({ ok: true; encoding: DecodedText['encoding']; bom: boolean; delimiter: Delimiter } & ParsedCsv)
  | { ok: false; message: string };

export const MSG_NO_DATA = 'Die Datei enthält keine Datenzeilen.';
export const MSG_UNEXPECTED = 'Die Datei konnte nicht gelesen werden (unerwarteter Fehler).';

/**
 * Reads the bytes of a CSV file: decodes them (UTF-8 or Windows-1252), detects the delimiter
 * and parses the table. Never throws: every problem becomes `{ ok: false, message }` with a
 * German message for the user.
 *
 * @param onProgress called with the parsed share of the text (0–1), at most about 100 times.
 */
export function readCsv(bytes: Uint8Array, onProgress?: (fraction: number) => void): CsvReadResult {
  try {
    const { text, encoding, bom } = decodeText(bytes);
    const delimiter = detectDelimiter(text);
    const table = parseCsvText(text, delimiter, onProgress);
    if (table.rows.length === 0) return { ok: false, message: MSG_NO_DATA };
    return { ok: true, encoding, bom, delimiter, ...table };
  } catch (e) {
    return { ok: false, message: e instanceof ImportFileError ? e.message : MSG_UNEXPECTED };
  }
}
