import type { TableFormat, TableReadResult } from './table';

/** Rows of the file shown in the preview table. */
export const PREVIEW_ROWS = 5;
/** The map preview shows the first rows; 100,000 points would only slow the page down. */
export const PREVIEW_POINTS = 2_000;
/** Longest list of issues or located rows sent to the page (the report shows fewer). */
export const LIST_LIMIT = 1_000;

/**
 * What the user sees after reading a file. `format` says which reader read it; `encoding`,
 * `bom` and `delimiter` describe a CSV file (Excel: 'xlsx', false, ''; GeoJSON: 'geojson',
 * false, ''); `notes` are German hints about the whole file.
 */
export type ReadSummary =
  | {
      ok: true;
      format?: TableFormat;
      encoding: string;
      bom: boolean;
      delimiter: string;
      headers: string[];
      preview: string[][];
      rowCount: number;
      raggedRows: number[];
      notes?: string[];
    }
  | { ok: false; message: string };

/** The summary of a read table: headers, the first PREVIEW_ROWS rows and the counts. */
export function toReadSummary(r: TableReadResult, format: TableFormat): ReadSummary {
  if (!r.ok) return { ok: false, message: r.message };
  return {
    ok: true, format, encoding: r.encoding, bom: r.bom, delimiter: r.delimiter, headers: r.headers,
    preview: r.rows.slice(0, PREVIEW_ROWS), rowCount: r.rows.length, raggedRows: r.raggedRows,
    ...(r.notes?.length ? { notes: r.notes } : {}),
  };
}
