import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../../src/data/import/decode';
import { parseCsvText, uniqueHeaders } from '../../../../src/data/import/parseCsv';

describe('parseCsvText', () => {
  it('splits header and rows and trims the header', () => {
    expect(parseCsvText(' Name ;Ort\r\nKita A;Erfurt\r\nKita B;Jena\r\n', ';')).toEqual({
      headers: ['Name', 'Ort'], rows: [['Kita A', 'Erfurt'], ['Kita B', 'Jena']], raggedRows: [], firstRow: 2,
    });
  });

  it('keeps quoted cells with delimiters, quotes and line breaks intact', () => {
    const { rows } = parseCsvText('Name;Notiz\n"Kita ""Sonne""; Haus 2";"Zeile 1\nZeile 2"\n', ';');
    expect(rows).toEqual([['Kita "Sonne"; Haus 2', 'Zeile 1\nZeile 2']]);
  });

  it('does not trim data cells', () => {
    expect(parseCsvText('a,b\n  x , y\n', ',').rows).toEqual([['  x ', ' y']]);
  });

  it('pads short rows with empty cells', () => {
    expect(parseCsvText('a\tb\tc\n1\n1\t2\n', '\t')).toMatchObject({ rows: [['1', '', ''], ['1', '2', '']], raggedRows: [] });
  });

  it('cuts long rows to the header and reports their file row numbers', () => {
    const result = parseCsvText('a;b\n1;2\n3;4;5\n6;7\n8;9;10;11\n', ';');
    expect(result.rows).toEqual([['1', '2'], ['3', '4'], ['6', '7'], ['8', '9']]);
    expect(result.raggedRows).toEqual([3, 5]);
  });

  it('does not report rows whose extra cells are blank (Excel writes trailing ";;")', () => {
    expect(parseCsvText('a;b\n1;2;;\n3;4; \n', ';').raggedRows).toEqual([]);
  });

  it('counts a multi-line cell as one row, as Excel does', () => {
    expect(parseCsvText('a;b\n"x\ny";1\n3;4;5\n', ';').raggedRows).toEqual([3]);
  });

  it('keeps blank rows inside the table so row numbers match the file, and drops them at the end', () => {
    const result = parseCsvText('a;b\n1;2\n\n;\n3;4;5\n\n \n', ';');
    expect(result.rows).toEqual([['1', '2'], ['', ''], ['', ''], ['3', '4']]);
    expect(result.raggedRows).toEqual([5]);
  });

  it('starts at the first non-blank line and says which file row the data starts at', () => {
    const result = parseCsvText('\n\nName;Ort\nKita;Gera\n', ';');
    expect(result).toMatchObject({ headers: ['Name', 'Ort'], rows: [['Kita', 'Gera']], firstRow: 4 });
  });

  it('returns no headers and no rows for blank text', () => {
    expect(parseCsvText('\n \n', ';')).toEqual({ headers: [], rows: [], raggedRows: [], firstRow: 2 });
  });

  it('names empty and repeated headers after their column', () => {
    expect(parseCsvText('Name;;Name; \n1;2;3;4\n', ';').headers).toEqual(['Name', 'Spalte 2', 'Name (Spalte 3)', 'Spalte 4']);
  });

  it('rejects an unclosed quote with the row where it starts', () => {
    const parse = () => parseCsvText('Name;Ort\nKita;Erfurt\n"Kita B;Jena\nKita C;Gera\n', ';');
    expect(parse).toThrow(ImportFileError);
    expect(parse).toThrow(/Zeile 3 .*Anführungszeichen/);
  });

  it('reports progress rising to 1 at most about 100 times', () => {
    const text = `Name;Ort\n${Array.from({ length: 5000 }, (_, i) => `Kita ${i};Erfurt`).join('\n')}\n`;
    const calls: number[] = [];
    parseCsvText(text, ';', (f) => calls.push(f));
    expect(calls.length).toBeGreaterThan(10);
    expect(calls.length).toBeLessThanOrEqual(101);
    expect(calls.at(-1)).toBe(1);
    for (let i = 1; i < calls.length; i++) expect(calls[i]).toBeGreaterThan(calls[i - 1]);
    expect(calls.every((f) => f > 0 && f <= 1)).toBe(true);
  });

  it('reports at most one progress step per row and ends at 1 for a tiny file', () => {
    const calls: number[] = [];
    parseCsvText('a;b\n1;2', ';', (f) => calls.push(f));
    expect(calls).toEqual([0.57, 1]);
  });
});

describe('uniqueHeaders', () => {
  it('never produces the same name twice, even when a generated name exists in the file', () => {
    const headers = uniqueHeaders(['A', 'A', 'A (Spalte 2)', '', 'Spalte 4']);
    expect(new Set(headers).size).toBe(5);
    expect(headers).toEqual(['A', 'A (Spalte 2) (2)', 'A (Spalte 2)', 'Spalte 4 (2)', 'Spalte 4']);
  });
});
