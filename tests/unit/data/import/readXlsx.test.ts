import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { MSG_EMPTY, MSG_XLS } from '../../../../src/data/import/decode';
import { proposeMapping } from '../../../../src/data/import/mapping';
import { MSG_NO_DATA } from '../../../../src/data/import/readCsv';
import {
  columnLetter, excelCellText, formatExcelDate, MSG_NO_SHEET, MSG_NOT_XLSX, MSG_SHEET_EMPTY, readXlsx,
} from '../../../../src/data/import/readXlsx';
import { validateRows } from '../../../../src/data/import/validate';
import { utf8 } from './helpers';
import { workbookBytes, xlsxBytes } from './xlsx';

const HEADERS = ['Einrichtung', 'Straße', 'PLZ', 'Ort', 'Breite', 'Länge', 'Kategorie', 'Seit', 'Aktiv'];
const SAMPLE = [
  HEADERS,
  ['Kita Bärchen', 'Marktstraße 3', 99084, 'Erfurt', 50.97875123456789, 11.0328, 'Kita', new Date(Date.UTC(2021, 2, 5)), true],
  ['Familienzentrum Gößnitz', 'Straße der Einheit 1', 4639, 'Gößnitz', 50.8887, 12.4332, 'Familienzentrum / Mehrgenerationenhaus', null, false],
];

describe('readXlsx', () => {
  it('reads the first sheet of a workbook written by exceljs as the CSV import would', async () => {
    expect(await readXlsx(await xlsxBytes(SAMPLE))).toEqual({
      ok: true, encoding: 'xlsx', bom: false, delimiter: '', firstRow: 2, raggedRows: [],
      headers: HEADERS,
      rows: [
        ['Kita Bärchen', 'Marktstraße 3', '99084', 'Erfurt', '50,97875123456789', '11,0328', 'Kita', '2021-03-05', 'ja'],
        ['Familienzentrum Gößnitz', 'Straße der Einheit 1', '4639', 'Gößnitz', '50,8887', '12,4332', 'Familienzentrum / Mehrgenerationenhaus', '', 'nein'],
      ],
    });
  });

  it('gives validateRows the exact coordinates and the German postcode', async () => {
    const r = await readXlsx(await xlsxBytes(SAMPLE));
    if (!r.ok) throw new Error(r.message);
    const { results, issues } = validateRows({
      headers: r.headers, rows: r.rows, mapping: proposeMapping(r.headers), knownCategories: ['Kita', 'Familienzentrum / Mehrgenerationenhaus'], source: 'Import test.xlsx',
    });
    expect(issues).toEqual([]);
    expect(results.map((x) => x.draft)).toMatchObject([
      { name: 'Kita Bärchen', street: 'Marktstraße 3', postcode: '99084', town: 'Erfurt', lat: 50.97875123456789, lon: 11.0328, category: 'Kita', locationQuality: 'exact' },
      { name: 'Familienzentrum Gößnitz', postcode: '04639', town: 'Gößnitz', lat: 50.8887, lon: 12.4332 },
    ]);
  });

  it('keeps Excel row numbers, drops empty columns and names a header-less column by its letter', async () => {
    const bytes = await xlsxBytes([], (_wb, ws) => {
      ws.getCell('B3').value = 'Name';
      ws.getCell('C3').value = 'Ort';
      ws.getCell('B4').value = 'Kita A';
      ws.getCell('C4').value = 'Jena';
      ws.getCell('E4').value = 'ohne Kopf';
      ws.getCell('B6').value = 'Kita B';
      ws.getCell('F9').numFmt = '0.00'; // formatted but empty
    });
    expect(await readXlsx(bytes)).toMatchObject({
      ok: true, firstRow: 4, headers: ['Name', 'Ort', 'Spalte E'],
      rows: [['Kita A', 'Jena', 'ohne Kopf'], ['', '', ''], ['Kita B', '', '']],
    });
  });

  it('reads only the first sheet, formula results, rich text and links', async () => {
    const bytes = await xlsxBytes([
      ['Name', 'Summe', 'Text', 'Link', 'Negativ', 'Groß', 'Klein'],
      ['A', { formula: '1+1', result: 2 }, { richText: [{ text: 'Fett ', font: { bold: true } }, { text: 'normal' }] }, { text: 'Webseite', hyperlink: 'https://example.org' }, -0.5, 1234567, 0.0000001],
    ], (wb) => {
      wb.addWorksheet('Zweites Blatt').getCell('A1').value = 'nicht lesen';
    });
    expect(await readXlsx(bytes)).toMatchObject({ ok: true, rows: [['A', '2', 'Fett normal', 'Webseite', '-0,5', '1234567', '1e-7']] });
  });

  it('writes dates as yyyy-mm-dd, with a time only when there is one', () => {
    expect(formatExcelDate(new Date(Date.UTC(2021, 2, 5)))).toBe('2021-03-05');
    expect(formatExcelDate(new Date(Date.UTC(2021, 2, 5, 8, 30)))).toBe('2021-03-05 08:30');
    expect(formatExcelDate(new Date(Date.UTC(2021, 2, 5, 8, 30, 15)))).toBe('2021-03-05 08:30:15');
    expect(formatExcelDate(new Date(Date.UTC(2021, 2, 5) - 1))).toBe('2021-03-05'); // rounding noise
    expect(formatExcelDate(new Date(Date.UTC(1899, 11, 30, 14, 0)))).toBe('14:00');
    expect(formatExcelDate(new Date(Number.NaN))).toBe('');
  });

  it('converts every kind of cell value to text', () => {
    expect([null, undefined, 'Text', 50.5, 7, true, false].map(excelCellText)).toEqual(['', '', 'Text', '50,5', '7', 'ja', 'nein']);
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });

  it('reads a date cell written by Excel as a date', async () => {
    const bytes = await xlsxBytes([['Name', 'Seit'], ['A', new Date(Date.UTC(1999, 11, 31))]], (_wb, ws) => {
      ws.getCell('B2').numFmt = 'dd.mm.yyyy';
    });
    expect(await readXlsx(bytes)).toMatchObject({ ok: true, rows: [['A', '1999-12-31']] });
  });

  it('answers files that are no valid workbook with a German message', async () => {
    expect(await readXlsx(utf8('Einrichtung;Ort\nKita;Erfurt\n'))).toEqual({ ok: false, message: MSG_NOT_XLSX });
    expect(await readXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]))).toEqual({ ok: false, message: MSG_NOT_XLSX });
    expect(await readXlsx(Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256))).toEqual({ ok: false, message: MSG_NOT_XLSX });
    expect(await readXlsx(new Uint8Array(0))).toEqual({ ok: false, message: MSG_EMPTY });
    expect(await readXlsx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))).toEqual({ ok: false, message: MSG_XLS });
  });

  it('answers an empty workbook, an empty sheet and a header without data with a German message', async () => {
    expect(await readXlsx(await workbookBytes(new ExcelJS.Workbook()))).toEqual({ ok: false, message: MSG_NO_SHEET });
    expect(await readXlsx(await xlsxBytes([]))).toEqual({ ok: false, message: MSG_SHEET_EMPTY });
    expect(await readXlsx(await xlsxBytes([HEADERS]))).toEqual({ ok: false, message: MSG_NO_DATA });
  });

  it('never rejects on damaged workbooks', { timeout: 60_000 }, async () => {
    const good = await xlsxBytes(SAMPLE);
    const damage = fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(damage, fc.nat({ max: good.length }), async (changes, cut) => {
        const bytes = good.slice(0, Math.max(cut, 4));
        for (const [at, value] of changes) if (at < bytes.length) bytes[at] = value;
        const r = await readXlsx(bytes);
        if (!r.ok) expect(r.message).toMatch(/^Die /);
        else expect(r.rows.every((row) => row.length === r.headers.length)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
