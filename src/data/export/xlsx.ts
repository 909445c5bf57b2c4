/**
 * Writes tables (sheet.ts) as an Excel workbook (.xlsx) with exceljs, which is loaded on the
 * first export only (a chunk of its own, not in the first page's JavaScript).
 *
 * - Numbers are numbers with German formats (Excel shows '#,##0.0' as „1.234,5“ in de-DE).
 * - Text is always a text cell, never a formula, also when it starts with = + - @; text
 *   columns have the format „Text“ (@), so editing such a cell in Excel keeps it text.
 * - The header row (and the first column) is frozen, has an AutoFilter and repeats on every
 *   printed page; the columns have widths.
 * - Layout 'title': title, date, target group and source above the header. Layout 'info': the
 *   header is row 1 (the import reads the file again) and the title rows are on the sheet „Info“.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { cellNumber, formatDigits, metaLines, type SheetColumn, type SheetMeta, type SheetTable } from './sheet';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel's limit for the name of a worksheet, and the characters it does not allow in it. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;

/** A valid worksheet name: forbidden characters replaced, at most 31 characters, not empty. */
export function sheetName(name: string): string {
  const clean = name.replace(SHEET_NAME_FORBIDDEN, ' ').replace(/^'+|'+$/g, '').trim().slice(0, SHEET_NAME_MAX).trim();
  return clean || 'Tabelle';
}

/** The Excel number format of a column, e.g. '#,##0', '#,##0.0', '0.0 %'; '@' (text) for text. */
export function numberFormat(column: SheetColumn): string {
  if (column.kind === 'text') return '@';
  const digits = formatDigits(column);
  const decimals = digits > 0 ? `.${'0'.repeat(digits)}` : '';
  return column.kind === 'percent' ? `0${decimals} %` : `#,##0${decimals}`;
}

/** `_xHHHH_` in a text, which Excel and the import would read as one escaped character. */
const ESCAPE_LOOKALIKE = /_(x[0-9A-Fa-f]{4}_)/g;
/** Characters XML 1.0 cannot carry (or turns into another: CR becomes LF), TAB and LF excepted. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const XML_UNSAFE = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g;

/**
 * A text as written into a cell so that Excel and the import give back exactly this text:
 * characters XML cannot carry as `_xHHHH_` (Office's escape), a literal `_xHHHH_` with its
 * „_“ escaped, and one more apostrophe before an apostrophe-quoted formula start (the import
 * takes one off: see unneutralize), as the CSV export does.
 */
export function cellText(value: string): string {
  let out = value;
  if (out.includes('_x')) out = out.replace(ESCAPE_LOOKALIKE, '_x005F_$1');
  out = out.replace(XML_UNSAFE, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return /^'+[=+\-@]/.test(out) ? `'${out}` : out;
}

/** Width in characters: the header's words and the longest cell (of the first 2,000 rows), 6 to 60. */
function columnWidth(table: SheetTable, k: number): number {
  const column = table.columns[k];
  if (column.width !== undefined) return column.width;
  let longest = Math.max(...column.label.split(/\s+/).map((w) => w.length), Math.min(column.label.length, 18));
  const sample = Math.min(table.rows.length, 2000);
  for (let r = 0; r < sample; r++) {
    const cell = table.rows[r][k];
    if (cell === null || cell === undefined) continue;
    // A number with thousands separators and its decimals; text up to its first line break.
    const length = typeof cell === 'number' ? Math.round(Math.abs(cell)).toString().length * 1.34 + formatDigits(column) + 2 : cell.split('\n')[0].length;
    if (length > longest) longest = length;
  }
  return Math.max(6, Math.min(60, Math.ceil(longest + 2)));
}

let loaded: Promise<typeof import('exceljs')> | null = null;

/** exceljs, imported once on first use (its own chunk in the build). */
function loadExcel(): Promise<typeof import('exceljs')> {
  loaded ??= import('exceljs').then((m) => ((m as { default?: typeof import('exceljs') }).default ?? m));
  return loaded;
}

/** The title rows: the title in bold, then date, target group and source in grey. */
function writeMeta(ws: Worksheet, meta: SheetMeta): number {
  const { title, lines } = metaLines(meta);
  ws.getCell(1, 1).value = cellText(title);
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  lines.forEach((line, i) => {
    const cell = ws.getCell(2 + i, 1);
    cell.value = cellText(line);
    cell.font = { size: 9, color: { argb: 'FF555555' } };
  });
  return 1 + lines.length;
}

/** A worksheet name not yet in the workbook: „Name“, „Name (2)“, … (Excel compares ignoring case). */
function freeName(wb: Workbook, wanted: string): string {
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  const base = sheetName(wanted);
  for (let n = 2, name = base; ; n++) {
    if (!taken.has(name.toLowerCase())) return name;
    const suffix = ` (${n})`;
    name = base.slice(0, SHEET_NAME_MAX - suffix.length).trim() + suffix;
  }
}

function writeTable(wb: Workbook, table: SheetTable): void {
  const ws = wb.addWorksheet(freeName(wb, table.sheetName));
  const { columns } = table;
  // Formats per column: exceljs gives every cell of a new row its column's style.
  ws.columns = columns.map((c, k) => ({ width: columnWidth(table, k), style: { numFmt: numberFormat(c) } }));
  const above = table.layout === 'title' ? writeMeta(ws, table) + 1 : 0;
  const headerRow = above + 1;
  const header = ws.getRow(headerRow);
  columns.forEach((c, k) => {
    const cell = header.getCell(k + 1);
    cell.value = cellText(c.label);
    cell.font = { bold: true };
    cell.alignment = { vertical: 'top', wrapText: true, horizontal: c.kind === 'text' ? 'left' : 'right' };
    cell.border = { bottom: { style: 'thin' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF2' } };
  });
  const texts = columns.map((c) => c.kind === 'text');
  for (const row of table.rows) {
    const values = columns.map((c, k) => {
      const v = row[k];
      if (v === null || v === undefined) return null;
      if (typeof v === 'string') return v === '' ? null : cellText(v);
      // A number in a text column stays a number: it is shown, not computed.
      return texts[k] ? (Number.isFinite(v) ? v : null) : cellNumber(c, v);
    });
    ws.addRow(values);
  }
  ws.views = [{ state: 'frozen', xSplit: columns.length > 1 ? 1 : 0, ySplit: headerRow, topLeftCell: `${columns.length > 1 ? 'B' : 'A'}${headerRow + 1}` }];
  if (columns.length > 0) ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columns.length } };
  ws.pageSetup = { orientation: columns.length > 6 ? 'landscape' : 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` };
  if (table.layout === 'info') {
    const info = wb.addWorksheet(freeName(wb, 'Info'));
    info.getColumn(1).width = 100;
    writeMeta(info, table);
  }
}

/** The tables as one workbook, one worksheet each (plus „Info“ sheets), as .xlsx bytes. */
export async function sheetsToXlsx(tables: readonly SheetTable[], created = new Date()): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Netzwerkkarte ThEKiZ';
  wb.created = created;
  wb.modified = created;
  for (const table of tables) writeTable(wb, table);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
