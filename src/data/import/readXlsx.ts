import { readSheet } from 'read-excel-file/universal';
import { MSG_EMPTY, MSG_XLS } from './decode';
import { recordsToTable } from './parseCsv';
import { MSG_NO_DATA, MSG_UNEXPECTED } from './readCsv';
import { formatBoolean, formatDecimal, type TableReadResult } from './table';
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, MAX_SHEET_SLOTS, sheetExtent } from './xlsxExtent';

export const MSG_NOT_XLSX =
  'Die Datei ist keine gültige Excel-Datei (.xlsx). Bitte öffnen Sie sie in Excel und speichern Sie sie erneut als „Excel-Arbeitsmappe (.xlsx)“ oder als „CSV UTF-8“.';
export const MSG_XLSX_DAMAGED =
  'Die Excel-Datei ist beschädigt und kann nicht gelesen werden. Bitte speichern Sie sie in Excel erneut.';
export const MSG_NO_SHEET = 'Die Excel-Datei enthält kein Tabellenblatt.';
export const MSG_SHEET_EMPTY = 'Das erste Tabellenblatt der Excel-Datei ist leer.';
export const MSG_SHEET_SPREAD =
  'Das Tabellenblatt reicht sehr weit nach unten oder rechts (wohl einzelne Zellen weit außerhalb der Tabelle) und wäre zu groß zum Lesen. Bitte löschen Sie in Excel die leeren Zeilen und Spalten unter und neben den Daten und speichern Sie erneut – oder speichern Sie als „CSV UTF-8“.';

const DAY_MS = 86_400_000;
/** 1900-01-01: Excel cells before it hold a time of day without a date. */
const EXCEL_EPOCH_MS = Date.UTC(1900, 0, 1);

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * A date cell as a German user would enter it for the import: `yyyy-mm-dd`, with ` hh:mm`
 * (and `:ss`) when the cell has a time of day; a pure time (Excel day 0) gives `hh:mm`.
 * read-excel-file gives dates as UTC midnight plus the time of day.
 */
export function formatExcelDate(date: Date): string {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return '';
  // Excel stores times as fractions of a day; round away binary noise to whole seconds.
  const rounded = Math.round(ms / 1000) * 1000;
  const d = new Date(rounded);
  const seconds = ((rounded % DAY_MS) + DAY_MS) % DAY_MS / 1000;
  const time = seconds === 0 ? '' : `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${d.getUTCSeconds() ? `:${pad(d.getUTCSeconds())}` : ''}`;
  if (rounded < EXCEL_EPOCH_MS) return time || '00:00';
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return time ? `${day} ${time}` : day;
}

/**
 * One Excel cell as the text a German user would have typed: numbers with a decimal comma
 * (all digits kept), dates as `yyyy-mm-dd`, TRUE/FALSE as „ja“/„nein“, empty and error cells as ''.
 */
export function excelCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatDecimal(value);
  if (typeof value === 'boolean') return formatBoolean(value);
  if (value instanceof Date) return formatExcelDate(value);
  return String(value);
}

/** Column letters as Excel shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Drops columns without any text (Excel sheets often start in column B or carry formatted
 * but empty columns) and names a column without a header after its Excel letter
 * („Spalte C“). `records[i]` stays Excel row i + 1.
 */
function keepFilledColumns(records: string[][]): string[][] {
  const headerIndex = records.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0) return records;
  const isFilled: boolean[] = [];
  for (let i = headerIndex; i < records.length; i++) {
    records[i].forEach((cell, c) => {
      if (cell.trim() !== '') isFilled[c] = true;
    });
  }
  const filled = [...isFilled.keys()].filter((c) => isFilled[c]);
  return records.map((r, i) => filled.map((c) => {
    const cell = r[c] ?? '';
    return i === headerIndex && cell.trim() === '' ? `Spalte ${columnLetter(c)}` : cell;
  }));
}

function errorMessage(e: unknown, zipReadable: boolean): string {
  const name = e instanceof Error ? e.name : '';
  const code = (e as { code?: unknown } | null)?.code;
  if (name === 'InvalidInputError') {
    if (code === 'XLS_FILE_NOT_SUPPORTED') return MSG_XLS;
    if (code === 'NO_DATA') return MSG_EMPTY;
    return MSG_NOT_XLSX;
  }
  if (name === 'SheetNotFoundError') return MSG_NO_SHEET;
  if (name === 'InvalidSpreadsheetError') return MSG_XLSX_DAMAGED;
  // The ZIP opened but its XML did not parse: a damaged workbook, not an unknown failure.
  return zipReadable ? MSG_XLSX_DAMAGED : MSG_UNEXPECTED;
}

/**
 * Reads the first sheet of an Excel workbook (.xlsx) into the same table the CSV import
 * gives (see recordsToTable): the first non-blank row is the header, row numbers are Excel's.
 * Cells become text as described in excelCellText; empty columns are dropped. Never throws:
 * a file that is no valid .xlsx (a renamed CSV, an old .xls, random bytes), a workbook
 * without sheets or without data rows gives `{ ok: false, message }` in German.
 */
export async function readXlsx(bytes: Uint8Array): Promise<TableReadResult> {
  let extent: ReturnType<typeof sheetExtent> = null;
  try {
    extent = sheetExtent(bytes);
    if (extent) {
      if (extent.rows > EXCEL_MAX_ROWS || extent.columns > EXCEL_MAX_COLUMNS) return { ok: false, message: MSG_XLSX_DAMAGED };
      if (extent.rows * extent.columns > MAX_SHEET_SLOTS) return { ok: false, message: MSG_SHEET_SPREAD };
    }
    // A copy: the library needs an ArrayBuffer of exactly the file, not a view into a larger one.
    const sheet: unknown[][] = await readSheet(new Uint8Array(bytes).buffer, 1);
    const records = sheet.map((row) => (Array.isArray(row) ? row.map(excelCellText) : []));
    if (!records.some((r) => r.some((c) => c.trim() !== ''))) return { ok: false, message: MSG_SHEET_EMPTY };
    const table = recordsToTable(keepFilledColumns(records));
    if (table.rows.length === 0) return { ok: false, message: MSG_NO_DATA };
    return { ok: true, encoding: 'xlsx', bom: false, delimiter: '', ...table };
  } catch (e) {
    return { ok: false, message: errorMessage(e, extent !== null) };
  }
}
