/** Writes real .xlsx files with exceljs for the Excel import tests. */
import ExcelJS from 'exceljs';

/** A cell value exceljs can write: text, number, boolean, date, formula or null for empty. */
export type CellInput = ExcelJS.CellValue;

/**
 * The bytes of a workbook whose first sheet holds `rows` (row 1 first; `undefined` or null
 * cells stay empty). `build` may add further sheets or change the workbook before it is written.
 */
export async function xlsxBytes(rows: readonly (readonly CellInput[])[], build?: (wb: ExcelJS.Workbook, first: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Einrichtungen');
  rows.forEach((row, r) => row.forEach((value, c) => {
    if (value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value;
  }));
  build?.(wb, ws);
  return workbookBytes(wb);
}

/** The bytes of a workbook as written by exceljs. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
