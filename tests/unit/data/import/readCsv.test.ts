import { describe, expect, it } from 'vitest';
import { MSG_HTML, MSG_XLSX } from '../../../../src/data/import/decode';
import { MSG_NO_DATA, readCsv } from '../../../../src/data/import/readCsv';
import { latin1, utf8 } from './helpers';

describe('readCsv', () => {
  it('reads a German Excel CSV (Windows-1252, ";", decimal commas)', () => {
    const bytes = latin1('Einrichtung;Straße;PLZ;Ort;Breite;Länge\r\nKita Bärchen;Marktstraße 3;99084;Erfurt;50,9787;11,0328\r\n');
    expect(readCsv(bytes)).toEqual({
      ok: true, encoding: 'windows-1252', bom: false, delimiter: ';', firstRow: 2, raggedRows: [],
      headers: ['Einrichtung', 'Straße', 'PLZ', 'Ort', 'Breite', 'Länge'],
      rows: [['Kita Bärchen', 'Marktstraße 3', '99084', 'Erfurt', '50,9787', '11,0328']],
    });
  });

  it('reads a UTF-8 CSV with byte order mark and commas', () => {
    expect(readCsv(utf8('name,category,lat,lng\n"Kita ""Löwenzahn""",Kita,50.98,11.03\n', true))).toMatchObject({
      ok: true, encoding: 'utf-8', bom: true, delimiter: ',',
      headers: ['name', 'category', 'lat', 'lng'], rows: [['Kita "Löwenzahn"', 'Kita', '50.98', '11.03']],
    });
  });

  it('reads a tab-separated file and reports ragged rows', () => {
    expect(readCsv(utf8('Name\tOrt\nA\tGera\nB\tJena\tzu viel\n'))).toMatchObject({ ok: true, delimiter: '\t', raggedRows: [3] });
  });

  it('rejects a file with a header but no data rows', () => {
    expect(readCsv(utf8('Name;Ort\r\n'))).toEqual({ ok: false, message: MSG_NO_DATA });
    expect(readCsv(utf8('Name;Ort\n\n;\n  \n'))).toEqual({ ok: false, message: MSG_NO_DATA });
  });

  it('turns decoding errors into German messages', () => {
    expect(readCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toEqual({ ok: false, message: MSG_XLSX });
    expect(readCsv(utf8('<!doctype html><p>Login</p>'))).toEqual({ ok: false, message: MSG_HTML });
  });

  it('turns an unclosed quote into a German message', () => {
    const result = readCsv(utf8('Name;Ort\n"Kita;Gera\nB;Jena\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Die Datei ist fehlerhaft: In Zeile 2 /);
  });

  it('passes progress through to the caller', () => {
    const calls: number[] = [];
    readCsv(utf8('Name;Ort\nA;Gera\n'), (f) => calls.push(f));
    expect(calls.at(-1)).toBe(1);
  });
});
