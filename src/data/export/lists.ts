/**
 * The institution and partnership lists as tables for Excel: the columns of the CSV export
 * (which the import recognises), the header in row 1 of the first sheet and the title rows on
 * the sheet „Info“, so that the import reads an exported workbook again.
 */
import type { Institution } from '../../domain/institution';
import type { Partnership } from '../../domain/partnership';
import { formatCoordinate, INSTITUTION_CSV_HEADERS, institutionCells, PARTNERSHIP_CSV_HEADERS, partnershipCells } from './csv';
import { sourceLine, type ColumnKind, type SheetColumn, type SheetTable } from './sheet';

/** Widths (characters) of the institution columns, in the order of INSTITUTION_CSV_HEADERS. */
const INSTITUTION_WIDTHS = [36, 22, 28, 26, 7, 20, 18, 11, 11, 16, 28, 30, 24, 30, 24, 10, 20];
const PARTNERSHIP_WIDTHS = [32, 32, 14, 14, 22, 10, 11, 11, 30];

const column = (label: string, kind: ColumnKind, width: number, extra: Partial<SheetColumn> = {}): SheetColumn => ({ label, kind, width, ...extra });

/** Latitude and longitude: 6 decimals (about 0.1 m), as in the CSV. */
const coordinate = (label: string, width: number) => column(label, 'decimal', width, { digits: 6, csv: formatCoordinate });

/** A list of the project: sheet and title named after it, the title rows on „Info“. */
function listSheet(name: string, projectName: string | null, date: Date, columns: SheetColumn[], rows: SheetTable['rows']): SheetTable {
  return { title: `${name}${projectName ? ` – ${projectName}` : ''}`, source: sourceLine(projectName), date, sheetName: name, layout: 'info', columns, rows };
}

/** The institutions in the given order, one row each. */
export function institutionsSheet(list: readonly Institution[], projectName: string | null, date = new Date()): SheetTable {
  const columns = INSTITUTION_CSV_HEADERS.map((label, k) => (label === 'Breite' || label === 'Länge' ? coordinate(label, INSTITUTION_WIDTHS[k]) : column(label, 'text', INSTITUTION_WIDTHS[k])));
  return listSheet('Einrichtungen', projectName, date, columns, list.map(institutionCells));
}

/** The partnerships in the given order, one row each, with the names of both institutions. */
export function partnershipsSheet(list: readonly Partnership[], institutions: readonly Institution[], projectName: string | null, date = new Date()): SheetTable {
  const columns = PARTNERSHIP_CSV_HEADERS.map((label, k) => column(label, label === 'Intensität' ? 'integer' : 'text', PARTNERSHIP_WIDTHS[k]));
  return listSheet('Partnerschaften', projectName, date, columns, partnershipCells(list, institutions));
}
