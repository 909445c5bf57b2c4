/** Reads .xlsx bytes (a download, an export) with exceljs, to look at cells, formats and views. */
import ExcelJS from 'exceljs';

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}
