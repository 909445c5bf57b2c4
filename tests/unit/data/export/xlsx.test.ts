import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvCellText, sheetCsv, type SheetTable } from '../../../../src/data/export/sheet';
import { cellText, numberFormat, sheetName, sheetsToXlsx } from '../../../../src/data/export/xlsx';
import { institutionsSheet, partnershipsSheet } from '../../../../src/data/export/lists';
import { gapMatrixSheet, gapMatrixTable } from '../../../../src/data/export/gapMatrix';
import { readXlsx } from '../../../../src/data/import/readXlsx';
import { readWorkbook as readBack } from '../../../helpers/workbook';
import { sampleInstitution, samplePartnership } from './arbitraries';

const DATE = new Date(2025, 2, 5, 12);

const table = (over: Partial<SheetTable> = {}): SheetTable => ({
  title: 'Versorgung je Kreis',
  source: 'Netzwerkkarte ThEKiZ · Einwohner: Zensus 2022',
  date: DATE,
  targetGroup: 'Kinder unter 15 Jahren',
  sheetName: 'Versorgung',
  layout: 'title',
  columns: [
    { label: 'Gebiet', kind: 'text' },
    { label: 'Einwohner', kind: 'integer' },
    { label: 'Dichte', kind: 'decimal', digits: 3 },
    { label: 'Anteil bis 10 km', kind: 'percent' },
    { label: 'Mittlere Entfernung (km)', kind: 'km', width: 14 },
  ],
  rows: [
    ['Erfurt', 213_692.4, 0.12345, 0.9531, 3.456],
    ['=HYPERLINK("http://x")', 12, Number.NaN, null, 0],
    ['+49 361', -3, 1, 1, 12.25],
    ['@Team', 0, 0, 0, null],
    ['-12', 5, 0.5, 0.5, 1],
  ],
  ...over,
});

describe('sheetsToXlsx', () => {
  it('writes a title row with date, target group and source above a frozen header', async () => {
    const wb = await readBack(await sheetsToXlsx([table()]));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Versorgung']);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('Versorgung je Kreis');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A2').value).toBe('Stand: 05.03.2025');
    expect(ws.getCell('A3').value).toBe('Zielgruppe: Kinder unter 15 Jahren');
    expect(ws.getCell('A4').value).toBe('Quelle: Netzwerkkarte ThEKiZ · Einwohner: Zensus 2022');
    // A blank row, then the header.
    expect(ws.getRow(5).cellCount).toBe(0);
    expect(ws.getRow(6).values).toEqual([undefined, 'Gebiet', 'Einwohner', 'Dichte', 'Anteil bis 10 km', 'Mittlere Entfernung (km)']);
    expect(ws.getCell('B6').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6, xSplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.pageSetup.printTitlesRow).toBe('6:6');
  });

  it('keeps numbers as numbers with German formats, rounded to the digits of their column', async () => {
    const ws = (await readBack(await sheetsToXlsx([table()]))).worksheets[0];
    expect(ws.getRow(7).values).toEqual([undefined, 'Erfurt', 213_692, 0.123, 0.9531, 3.456]);
    expect(ws.getCell('B7').numFmt).toBe('#,##0');
    expect(ws.getCell('C7').numFmt).toBe('#,##0.000');
    expect(ws.getCell('D7').numFmt).toBe('0.0 %');
    expect(ws.getCell('E7').numFmt).toBe('#,##0.0');
    expect(ws.getCell('A7').numFmt).toBe('@');
    // NaN and null are empty cells; −3 and 0 stay numbers.
    expect(ws.getCell('C8').value).toBeNull();
    expect(ws.getCell('D8').value).toBeNull();
    expect(ws.getCell('B9').value).toBe(-3);
    expect(ws.getCell('E10').value).toBeNull();
    expect(ws.getCell('B10').value).toBe(0);
  });

  it('writes text that starts with = + - @ as text, never as a formula', async () => {
    const ws = (await readBack(await sheetsToXlsx([table()]))).worksheets[0];
    for (const [ref, text] of [['A8', '=HYPERLINK("http://x")'], ['A9', '+49 361'], ['A10', '@Team'], ['A11', '-12']] as const) {
      expect(ws.getCell(ref).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(ref).value).toBe(text);
      expect(ws.getCell(ref).formula).toBeUndefined();
    }
  });

  it('sets column widths: given, or from the header and the longest cell', async () => {
    const ws = (await readBack(await sheetsToXlsx([table()]))).worksheets[0];
    expect(ws.getColumn(5).width).toBe(14);
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual('=HYPERLINK("http://x")'.length);
    expect(ws.getColumn(1).width).toBeLessThanOrEqual(60);
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(9);
  });

  it('puts the header in row 1 and the title rows on the sheet „Info“ for the lists', async () => {
    const wb = await readBack(await sheetsToXlsx([institutionsSheet([sampleInstitution()], 'Test', DATE)]));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Einrichtungen', 'Info']);
    const [list, info] = wb.worksheets;
    expect(list.getCell('A1').value).toBe('Name');
    expect(list.getCell('H2').value).toBe(50.97875);
    expect(list.getCell('H2').numFmt).toBe('#,##0.000000');
    expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(info.getCell('A1').value).toBe('Einrichtungen – Test');
    expect(info.getCell('A3').value).toBe('Quelle: Netzwerkkarte ThEKiZ, Projekt „Test“');
  });

  it('gives two tables of the same name distinct sheet names', async () => {
    const wb = await readBack(await sheetsToXlsx([table(), table(), partnershipsSheet([samplePartnership()], [], null, DATE)]));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Versorgung', 'Versorgung (2)', 'Partnerschaften', 'Info']);
  });

  it('writes characters XML cannot carry so that the import reads them back', async () => {
    const texts = ['Zeile 1\r\nZeile 2', 'a\u0001b', '_x0041_', "'=SUMME(A1)", 'Tab\tEnde', 'ẞ😀„“'];
    const bytes = await sheetsToXlsx([{ ...table(), layout: 'info', columns: [{ label: 'Text', kind: 'text' }], rows: texts.map((s) => [s]) }]);
    const read = await readXlsx(bytes);
    if (!read.ok) throw new Error(read.message);
    // The import takes one apostrophe off "''=…" (see unneutralize), the table keeps it.
    expect(read.rows.map((r) => r[0])).toEqual([...texts.slice(0, 3), "''=SUMME(A1)", ...texts.slice(4)]);
  });
});

describe('the network-gap matrix as .xlsx', () => {
  it('has the centres as rows, people and missing kinds as numbers, one text column per key kind', async () => {
    const at = (name: string, km: number) => ({ id: name, name, meters: km * 1000 });
    const centre = {
      id: 'c1', name: '=ThEKiZ Mitte', lon: 11, lat: 51, missingMask: 2, missing: 1, served: 12_345.6,
      kinds: [
        { kind: 'Hebammen', partner: at('Hebamme Anna', 2.5), partnerBeyond: null, candidate: null },
        { kind: 'Frühe Hilfen', partner: null, partnerBeyond: null, candidate: { ...at('Frühe Hilfen Nord', 27), inside: false } },
      ],
    };
    const matrix = gapMatrixTable([centre], ['Hebammen', 'Frühe Hilfen'], () => 'Kyffhäuserkreis');
    const ws = (await readBack(await sheetsToXlsx([gapMatrixSheet(matrix, { radiusKm: 15, areaName: 'Kyffhäuserkreis', projectName: 'Demo', date: DATE })]))).worksheets[0];
    expect(ws.getCell('A1').value).toBe('Netzwerklücken: Zentren × Schlüssel-Partnerarten (Umkreis 15,0 km) – Kyffhäuserkreis');
    const header = (ws.views[0] as { ySplit: number }).ySplit;
    expect(ws.getRow(header).values).toEqual([undefined, 'Zentrum', 'Kreis', 'Versorgte Menschen (nächstes Zentrum)', 'Fehlende Partnerarten', 'Hebammen', 'Frühe Hilfen']);
    expect(ws.getRow(header + 1).values).toEqual([undefined, '=ThEKiZ Mitte', 'Kyffhäuserkreis', 12_346, 1, 'Partner: Hebamme Anna (2,5 km)', 'fehlt – nächste außerhalb des Umkreises: Frühe Hilfen Nord (27,0 km)']);
    expect(ws.getCell(header + 1, 3).numFmt).toBe('#,##0');
    expect(ws.pageSetup.orientation).toBe('portrait');
  });
});

describe('sheet helpers', () => {
  it('names formats and sheets as Excel wants them', () => {
    expect(numberFormat({ label: '', kind: 'integer' })).toBe('#,##0');
    expect(numberFormat({ label: '', kind: 'percent', digits: 2 })).toBe('0.00 %');
    expect(numberFormat({ label: '', kind: 'km', digits: 2 })).toBe('#,##0.00');
    expect(sheetName('Versorgung: Kreise/Städte [2024] und noch mehr Text')).toBe('Versorgung  Kreise Städte  2024');
    expect(sheetName('   ')).toBe('Tabelle');
    expect(cellText("'+1")).toBe("''+1");
    expect(cellText('Text')).toBe('Text');
  });

  it('writes the same numbers into the CSV, with a decimal comma and a percentage × 100', () => {
    const t = table();
    expect(sheetCsv(t).split('\r\n')[1]).toBe('Erfurt;213692;0,123;95,3;3,456');
    expect(csvCellText({ label: '', kind: 'percent', digits: 2 }, 0.95314)).toBe('95,31');
    expect(csvCellText({ label: '', kind: 'decimal' }, Number.POSITIVE_INFINITY)).toBe('');
    // Injection protection of toCsv stays.
    expect(sheetCsv(t).split('\r\n')[2].startsWith(`"'=HYPERLINK(""http://x"")"`)).toBe(true);
  });
});
