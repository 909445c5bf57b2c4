import Papa from 'papaparse';
import { ImportFileError } from './decode';
import type { Delimiter } from './delimiter';

/** A parsed CSV table. Row numbers are 1-based record numbers of the file, as Excel shows them. */
export interface ParsedCsv {
  /** Header names: trimmed, never empty, all different. */
  headers: string[];
  /**
   * Data rows, each exactly as long as `headers`. Blank rows inside the table are kept (all
   * cells blank) so that `rows[i]` is file row `firstRow + i`; blank rows at the end are dropped.
   */
  rows: string[][];
  /** File row numbers of rows with more (non-blank) cells than the header; the extra cells are ignored. */
  raggedRows: number[];
  /** File row number of `rows[0]`: 2, unless blank lines precede the header. */
  firstRow: number;
}

const MAX_PROGRESS_CALLS = 100;

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/**
 * Makes header names usable as keys: trimmed, an empty name becomes "Spalte N" and a repeated
 * one "Name (Spalte N)" (N = 1-based column), with a further counter if that is taken too.
 */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const taken = new Set<string>();
  const trimmed = raw.map((h) => h.trim());
  // Names given in the file keep priority over generated ones.
  const firstIndex = new Map<string, number>();
  trimmed.forEach((h, i) => {
    if (h !== '' && !firstIndex.has(h)) firstIndex.set(h, i);
  });
  for (const [h] of firstIndex) taken.add(h);
  return trimmed.map((h, i) => {
    if (h !== '' && firstIndex.get(h) === i) return h;
    const base = h === '' ? `Spalte ${i + 1}` : `${h} (Spalte ${i + 1})`;
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base} (${n})`;
    taken.add(name);
    return name;
  });
}

/**
 * Parses CSV text with PapaParse. The first non-blank record is the header. Short rows are
 * padded with '', long rows cut to the header's length (reported in `raggedRows` when a cut
 * cell was not blank).
 *
 * @param onProgress called with the parsed share of the text (0–1), at most about 100 times.
 * @throws ImportFileError when a quoted field is never closed: the rest of the file would
 * silently end up in one cell.
 */
export function parseCsvText(text: string, delimiter: Delimiter, onProgress?: (fraction: number) => void): ParsedCsv {
  const records: string[][] = [];
  let unclosedQuoteRow = 0;
  let reportedPercent = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    quoteChar: '"',
    // Blank lines are kept so that row numbers match the file; validation skips blank rows.
    skipEmptyLines: false,
    step: (result) => {
      records.push(result.data);
      if (unclosedQuoteRow === 0 && result.errors.some((e) => e.code === 'MissingQuotes')) {
        unclosedQuoteRow = records.length;
      }
      if (onProgress && text.length > 0) {
        const percent = Math.floor((result.meta.cursor / text.length) * MAX_PROGRESS_CALLS);
        if (percent > reportedPercent) {
          reportedPercent = Math.min(percent, MAX_PROGRESS_CALLS);
          onProgress(reportedPercent / MAX_PROGRESS_CALLS);
        }
      }
    },
  });
  if (unclosedQuoteRow > 0) {
    throw new ImportFileError(
      `Die Datei ist fehlerhaft: In Zeile ${unclosedQuoteRow} beginnt ein Feld mit einem Anführungszeichen, das nicht wieder geschlossen wird.`,
    );
  }
  if (onProgress && reportedPercent < MAX_PROGRESS_CALLS) onProgress(1);

  return recordsToTable(records);
}

/**
 * Turns raw records (file row i+1 = records[i]) into a table: the first non-blank record is the
 * header (see uniqueHeaders), blank records at the end are dropped, short rows are padded with
 * '' and long rows cut to the header's length (reported in `raggedRows` when a cut cell was not
 * blank). Shared by the CSV and the Excel reader.
 */
export function recordsToTable(records: readonly (readonly string[])[]): ParsedCsv {
  const headerIndex = records.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) return { headers: [], rows: [], raggedRows: [], firstRow: 2 };
  const headers = uniqueHeaders(records[headerIndex]);
  let end = records.length;
  while (end > headerIndex + 1 && isBlank(records[end - 1])) end--;

  const firstRow = headerIndex + 2;
  const rows: string[][] = [];
  const raggedRows: number[] = [];
  for (let i = headerIndex + 1; i < end; i++) {
    const cells = records[i];
    if (cells.length > headers.length && !isBlank(cells.slice(headers.length))) raggedRows.push(i + 1);
    const row = cells.slice(0, headers.length);
    while (row.length < headers.length) row.push('');
    rows.push(row);
  }
  return { headers, rows, raggedRows, firstRow };
}
