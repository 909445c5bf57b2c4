import { describe, expect, it } from 'vitest';
import { readXlsx, MSG_SHEET_SPREAD, MSG_XLSX_DAMAGED } from '../../../../src/data/import/readXlsx';
import { sheetExtent } from '../../../../src/data/import/xlsxExtent';
import { xlsxBytes } from './xlsx';
import { readZip, writeZip } from '../../../fuzz/zip';

/** The workbook with its first sheet's XML changed. */
function withSheet(bytes: Uint8Array, change: (xml: string) => string): Uint8Array {
  const entries = readZip(bytes).map((e) => (/^xl\/worksheets\/sheet1\.xml$/.test(e.name) ? { ...e, data: new TextEncoder().encode(change(new TextDecoder().decode(e.data))) } : e));
  return writeZip(entries);
}

describe('Excel sheets that reach far out', () => {
  it('measures the furthest row and column from the cell references', async () => {
    const bytes = await xlsxBytes([['Name', 'Ort'], ['Kita A', 'Gera']]);
    expect(sheetExtent(bytes)).toEqual({ rows: 2, columns: 2 });
    expect(sheetExtent(new TextEncoder().encode('Name;Ort'))).toBeNull();
  });

  it('refuses a sheet with a stray cell at XFD1048576 (Excel can save it) with a German message', async () => {
    const bytes = await xlsxBytes([['Name', 'Ort'], ['Kita A', 'Gera']], (_wb, ws) => { ws.getCell('XFD1048576').value = 1; });
    // Before, the reader built a 1,048,576 × 16,384 table: out of memory.
    expect(await readXlsx(bytes)).toEqual({ ok: false, message: MSG_SHEET_SPREAD });
  });

  it('calls cell references beyond Excel\'s limits damaged', async () => {
    const base = await xlsxBytes([['Name'], ['Kita A']]);
    const column = withSheet(base, (xml) => xml.replace('</sheetData>', '<row r="3"><c r="ZZZZZZ3"><v>1</v></c></row></sheetData>'));
    const row = withSheet(base, (xml) => xml.replace('</sheetData>', '<row r="99999999"><c r="A99999999"><v>1</v></c></row></sheetData>'));
    expect(await readXlsx(column)).toEqual({ ok: false, message: MSG_XLSX_DAMAGED });
    expect(await readXlsx(row)).toEqual({ ok: false, message: MSG_XLSX_DAMAGED });
  });

  it('calls a workbook whose sheet XML is broken damaged, not an unexpected error', async () => {
    const broken = withSheet(await xlsxBytes([['Name'], ['Kita A']]), (xml) => xml.replace('</sheetData>', ''));
    expect(await readXlsx(broken)).toEqual({ ok: false, message: MSG_XLSX_DAMAGED });
  });

  it('still reads a normal workbook', async () => {
    const r = await readXlsx(await xlsxBytes([['Name', 'Ort'], ['Kita A', 'Gera']]));
    expect(r.ok && r.rows).toEqual([['Kita A', 'Gera']]);
  });
});

describe('broken cell references', () => {
  it('calls a sheet whose XML breaks inside a cell reference damaged instead of crashing (found by fuzzing)', async () => {
    const base = await xlsxBytes([['Name', 'Ort'], ['Kita A', 'Gera'], ['Kita B', 'Jena']]);
    const broken = withSheet(base, (xml) => xml.replace(/<c r="A3"[^>]*>/, '<c r="A</row>\n<c r="B3">'));
    expect(sheetExtent(broken)?.rows).toBe(Infinity);
    expect(await readXlsx(broken)).toEqual({ ok: false, message: MSG_XLSX_DAMAGED });
  });
});
