import { strFromU8, unzipSync } from 'fflate';

/** Excel's own limits: 1,048,576 rows, 16,384 columns (XFD). */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
/**
 * The reader builds a full rows × columns table: a sheet whose last cell lies far out (a single
 * stray cell in XFD1048576) would need billions of slots and crash the tab. Above this many
 * slots the import refuses with a message instead.
 */
export const MAX_SHEET_SLOTS = 5_000_000;

const CELL_REF = /<(?:\w+:)?c\b[^>]*?\sr="([^"]*)"/g;
const ROW_REF = /<(?:\w+:)?row\b[^>]*?\sr="([^"]*)"/g;
const VALID_CELL = /^([A-Za-z]{1,7})(\d{1,12})$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * The furthest row and column any worksheet of the workbook addresses, read from the cell
 * references in the sheet XML without building the table (Infinity for a reference that is
 * no cell address); null when the bytes are no ZIP (the reader then says what is wrong).
 */
export function sheetExtent(bytes: Uint8Array): { rows: number; columns: number } | null {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => /^xl\/worksheets\/[^/]+\.xml$/i.test(f.name) });
  } catch {
    return null;
  }
  let rows = 0;
  let columns = 0;
  for (const data of Object.values(files)) {
    const xml = strFromU8(data);
    for (const m of xml.matchAll(CELL_REF)) {
      const ref = VALID_CELL.exec(m[1]);
      // A reference the reader cannot place ("D</row>…" in broken XML) would become a huge index.
      if (!ref) return { rows: Infinity, columns: Infinity };
      columns = Math.max(columns, columnNumber(ref[1]));
      rows = Math.max(rows, Number(ref[2]));
    }
    for (const m of xml.matchAll(ROW_REF)) rows = Math.max(rows, /^\d{1,12}$/.test(m[1]) ? Number(m[1]) : Infinity);
  }
  return { rows, columns };
}
