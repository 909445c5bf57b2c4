/**
 * One table as the app downloads it, whatever the format: a title and where the figures come
 * from, typed columns and rows with numbers as numbers. `sheetCsv` writes it as the CSV for
 * German Excel (see toCsv), `sheetsToXlsx` (xlsx.ts) as an Excel workbook.
 */
import { CREDIT_BOUNDARIES, CREDIT_CENSUS } from '../../domain/attribution';
import { toCsv } from './csv';

/**
 * What a column holds: text, or a number shown as an integer, a decimal, a percentage (the
 * value is a share 0…1) or kilometres.
 */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'percent' | 'km';

export interface SheetColumn {
  label: string;
  kind: ColumnKind;
  /**
   * Decimals shown (percent: of the percentage). The value is rounded to them, so the CSV and
   * the workbook hold the same number. Without: integer 0, decimal 2, percent 1, km 1 in the
   * workbook's format, and the CSV and the workbook keep every digit of the value.
   */
  digits?: number;
  /** Column width in characters; without, it follows the header and the longest cell. */
  width?: number;
  /** The CSV text of a number in this column, when it is not the German decimal of the value. */
  csv?: (value: number) => string;
}

/** A cell: text, a number (non-finite numbers are written empty) or nothing. */
export type SheetCell = string | number | null;

/** Where the figures of a table come from, when and for whom: the title rows of the workbook. */
export interface SheetMeta {
  title: string;
  /** The source line, e.g. the app and project, and the data credits (see attribution.ts). */
  source: string;
  /** The day of the export; written as dd.mm.yyyy. */
  date: Date;
  /** Whom the numbers count, e.g. "Kinder unter 15 Jahren, Zensus 2022, 1-km-Gitter". */
  targetGroup?: string;
}

export interface SheetTable extends SheetMeta {
  /** Name of the worksheet (at most 31 characters, see sheetName). */
  sheetName: string;
  columns: SheetColumn[];
  rows: SheetCell[][];
  /**
   * 'title': title, source line and date above the header (a table to read and print).
   * 'info': the header is the first row and the title rows go to a second sheet „Info“, so
   * that the import reads the file again (institution and partnership lists).
   */
  layout: 'title' | 'info';
}

/** The name of the app, first in every source line. */
export const APP_NAME = 'Netzwerkkarte ThEKiZ';

/** "Netzwerkkarte ThEKiZ, Projekt „X“" and the given credits, joined with " · ". */
export function sourceLine(projectName: string | null, credits: readonly string[] = []): string {
  const app = projectName ? `${APP_NAME}, Projekt „${projectName}“` : APP_NAME;
  return [app, ...credits].join(' · ');
}

/** The credits of tables with census figures on Kreise and Gemeinden. */
export const CENSUS_CREDITS: readonly string[] = [CREDIT_CENSUS, `Grenzen: ${CREDIT_BOUNDARIES}`];

const DATE_DE = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' });

/** The day as a German date, e.g. "05.03.2025". */
export function germanDate(date: Date): string {
  return DATE_DE.format(date);
}

/** The lines above the header (or on the sheet „Info“): the title, then date, target group and source. */
export function metaLines(meta: SheetMeta): { title: string; lines: string[] } {
  const lines = [`Stand: ${germanDate(meta.date)}`];
  if (meta.targetGroup) lines.push(`Zielgruppe: ${meta.targetGroup}`);
  lines.push(`Quelle: ${meta.source}`);
  return { title: meta.title, lines };
}

/** The decimals of a column's numbers in the workbook's format (see SheetColumn.digits). */
export function formatDigits(column: SheetColumn): number {
  if (column.digits !== undefined) return column.digits;
  return column.kind === 'integer' ? 0 : column.kind === 'decimal' ? 2 : column.kind === 'text' ? 0 : 1;
}

/**
 * The number a cell holds: rounded to the column's digits when it has them (a percentage's
 * digits count on the percentage), an integer column always to whole numbers; null for a
 * non-finite number.
 */
export function cellNumber(column: SheetColumn, value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const digits = column.kind === 'integer' ? (column.digits ?? 0) : column.digits;
  if (digits === undefined) return value;
  const places = column.kind === 'percent' ? digits + 2 : digits;
  const f = 10 ** places;
  const rounded = Math.round(value * f) / f;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** A number with a decimal comma: fixed digits, or every digit of the value. */
function germanNumber(value: number, digits: number | undefined): string {
  return digits === undefined ? String(value).replace('.', ',') : value.toFixed(digits).replace('.', ',');
}

/** The CSV text of one cell: text as it is, a number with a decimal comma (a percentage × 100). */
export function csvCellText(column: SheetColumn, cell: SheetCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (!Number.isFinite(cell)) return '';
  if (column.csv) return column.csv(cell);
  const n = cellNumber(column, cell)!;
  if (column.kind === 'percent') return germanNumber(n * 100, column.digits ?? 1);
  return germanNumber(n, column.kind === 'integer' ? (column.digits ?? 0) : column.digits);
}

/** The table as CSV for German Excel (header row, then the rows; no title rows: see toCsv). */
export function sheetCsv(table: Pick<SheetTable, 'columns' | 'rows'>): string {
  const { columns } = table;
  return toCsv(columns.map((c) => c.label), table.rows.map((r) => columns.map((c, k) => csvCellText(c, r[k] ?? null))));
}

/** A table to read and print (layout 'title'), named after its title; source by default the app. */
export function plainSheet(title: string, columns: SheetColumn[], rows: SheetCell[][], meta: Partial<SheetMeta> = {}): SheetTable {
  return { title, source: meta.source ?? APP_NAME, date: meta.date ?? new Date(), targetGroup: meta.targetGroup, sheetName: title, layout: 'title', columns, rows };
}
