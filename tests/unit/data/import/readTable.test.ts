import { describe, expect, it } from 'vitest';
import { MSG_BINARY } from '../../../../src/data/import/decode';
import { MSG_NOT_GEOJSON } from '../../../../src/data/import/readGeoJson';
import { detectFormat, readTable } from '../../../../src/data/import/readTable';
import { MSG_NOT_XLSX } from '../../../../src/data/import/readXlsx';
import { latin1, utf8 } from './helpers';
import { xlsxBytes } from './xlsx';

const CSV = 'Name;Ort\nKita;Jena\n';
const GEOJSON = '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[11.5,50.9]},"properties":{"Name":"Kita"}}]}';

describe('detectFormat', () => {
  it('lets the content decide: PK header → xlsx, leading { → GeoJSON', async () => {
    const xlsx = await xlsxBytes([['Name'], ['A']]);
    expect(detectFormat('liste.csv', xlsx)).toBe('xlsx');
    expect(detectFormat('', xlsx)).toBe('xlsx');
    expect(detectFormat('punkte.csv', utf8(`\n  ${GEOJSON}`, true))).toBe('geojson');
    expect(detectFormat('', utf8(CSV))).toBe('csv');
    expect(detectFormat('liste.XLSX', utf8(CSV))).toBe('csv');
  });

  it('uses the extension for text that is no JSON object', () => {
    expect(detectFormat('punkte.geojson', utf8('[1,2]'))).toBe('geojson');
    expect(detectFormat('punkte.JSON', utf8(''))).toBe('geojson');
    expect(detectFormat('liste.txt', utf8('[1,2]'))).toBe('csv');
  });
});

describe('readTable', () => {
  it('reads each format and says when the name promised another', async () => {
    expect(await readTable('liste.csv', latin1('Name;Straße\nKita;Hauptstraße 1\n'))).toMatchObject({ format: 'csv', result: { ok: true, encoding: 'windows-1252', headers: ['Name', 'Straße'] } });
    const xlsx = await readTable('liste.csv', await xlsxBytes([['Name', 'Breite'], ['Kita', 50.5]]));
    expect(xlsx).toMatchObject({ format: 'xlsx', result: { ok: true, encoding: 'xlsx', rows: [['Kita', '50,5']], notes: ['Die Datei „liste.csv“ ist eine Excel-Datei und wurde als solche gelesen.'] } });
    expect(await readTable('punkte.geojson', utf8(GEOJSON, true))).toEqual({
      format: 'geojson',
      result: { ok: true, encoding: 'geojson', bom: false, delimiter: '', headers: ['Name', 'Breite', 'Länge'], rows: [['Kita', '50,9', '11,5']], raggedRows: [], firstRow: 1 },
    });
    expect(await readTable('liste.xlsx', utf8(CSV))).toMatchObject({ format: 'csv', result: { ok: true, notes: ['Die Datei „liste.xlsx“ ist eine CSV-Datei und wurde als solche gelesen.'] } });
  });

  it('gives the message that fits what the user chose', async () => {
    expect(await readTable('liste.xlsx', Uint8Array.from({ length: 200 }, (_, i) => i % 7))).toEqual({ format: 'csv', result: { ok: false, message: MSG_NOT_XLSX } });
    expect(await readTable('liste.csv', Uint8Array.from({ length: 200 }, (_, i) => i % 7))).toEqual({ format: 'csv', result: { ok: false, message: MSG_BINARY } });
    expect(await readTable('punkte.json', utf8('[]'))).toEqual({ format: 'geojson', result: { ok: false, message: MSG_NOT_GEOJSON } });
  });

  it('reports progress for every format', async () => {
    for (const [name, bytes] of [['punkte.geojson', utf8(GEOJSON)], ['liste.csv', utf8(CSV)], ['liste.xlsx', await xlsxBytes([['Name'], ['A']])]] as const) {
      const seen: number[] = [];
      await readTable(name, bytes, (f) => seen.push(f));
      expect(seen.at(-1)).toBe(1);
    }
  });
});
