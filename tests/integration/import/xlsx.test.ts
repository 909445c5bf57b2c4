import { describe, expect, it } from 'vitest';
import { freshDb } from '../../helpers/db';
import { realGazetteer } from '../../unit/analysis/geocode/realData';
import { xlsxBytes } from '../../unit/data/import/xlsx';
import { ImportSession } from '../../../src/data/import/session';
import { proposeMapping } from '../../../src/data/import/mapping';
import { MSG_NOT_XLSX } from '../../../src/data/import/readXlsx';
import { createProject } from '../../../src/data/repositories/projects';
import { readInstitutions } from '../../../src/data/repositories/institutions';

const { gazetteer } = realGazetteer();
const ALL_ON = { fixSwapped: true, createCategories: true, duplicates: 'keep' as const };

const SHEET = [
  ['Einrichtung', 'Straße', 'PLZ', 'Ort', 'Breite', 'Länge', 'Kategorie', 'Träger', 'Gründung'],
  ['Familienzentrum Mühlhausen', 'Felchtaer Straße 5', 99974, 'Mühlhausen', 51.20861234567891, 10.4527, 'Familienzentrum / Mehrgenerationenhaus', 'Diakonie', new Date(Date.UTC(2012, 8, 1))],
  ['Erziehungsberatung Gößnitz', 'Markt 1', 4639, 'Gößnitz', null, null, 'Erziehungs- und Familienberatung', 'AWO', null],
  ['Hebammenpraxis Weimar', 'Schillerstraße 2', 99423, 'Weimar', 11.3235, 50.9795, 'Hebammen', null, null],
  [null, 'Ohne Namen 1', 99084, 'Erfurt', 50.97, 11.03, 'Kita', null, null],
  ['Stadtteilmütter Gera', 'Bahnhofstraße 1', 7545, 'Gera', 50.8766, 12.0815, 'Stadtteilmütter', 'Verein', null],
];

describe('ImportSession with an Excel file', () => {
  it('reads, checks and writes an .xlsx file end to end', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    const s = new ImportSession();
    const progress: number[] = [];
    const read = await s.readFile('Einrichtungen Thüringen.xlsx', await xlsxBytes(SHEET), (f) => progress.push(f));
    expect(read).toMatchObject({ ok: true, format: 'xlsx', encoding: 'xlsx', delimiter: '', rowCount: 5, headers: SHEET[0] });
    expect(progress).toEqual([1]);
    if (!read.ok) return;
    expect(read.preview[0]).toEqual(['Familienzentrum Mühlhausen', 'Felchtaer Straße 5', '99974', 'Mühlhausen', '51,20861234567891', '10,4527', 'Familienzentrum / Mehrgenerationenhaus', 'Diakonie', '2012-09-01']);

    const check = await s.check(db, p, proposeMapping(read.headers), 'Import Einrichtungen Thüringen.xlsx', gazetteer);
    expect(check).toMatchObject({ total: 5, rejected: 1, accepted: 4, swapped: 1, geocodedCount: 1, unknownCategories: ['Stadtteilmütter'] });
    expect(check.issues.find((i) => i.code === 'missing-name')?.row).toBe(5);

    expect(await s.commit(db, p, ALL_ON)).toEqual({ written: 4, merged: 0 });
    const byName = new Map((await readInstitutions(db, p)).map((i) => [i.name, i]));
    expect(byName.get('Familienzentrum Mühlhausen')).toMatchObject({ lat: 51.20861234567891, lon: 10.4527, postcode: '99974', carrier: 'Diakonie', locationQuality: 'exact', source: 'Import Einrichtungen Thüringen.xlsx' });
    expect(byName.get('Erziehungsberatung Gößnitz')).toMatchObject({ postcode: '04639', locationQuality: 'geocoded-place', ags: expect.stringMatching(/^16077/) });
    expect(byName.get('Hebammenpraxis Weimar')).toMatchObject({ lat: 50.9795, lon: 11.3235 });
    expect(byName.get('Stadtteilmütter Gera')).toMatchObject({ postcode: '07545', category: 'Stadtteilmütter' });
  });

  it('answers a CSV renamed to .xlsx that is no readable table with the Excel message and writes nothing', async () => {
    const s = new ImportSession();
    expect(await s.readFile('liste.xlsx', Uint8Array.from({ length: 100 }, (_, i) => (i * 13) % 9))).toEqual({ ok: false, message: MSG_NOT_XLSX });
    const read = await s.readFile('liste.xlsx', new TextEncoder().encode('Name;Ort\nKita;Jena\n'));
    expect(read).toMatchObject({ ok: true, format: 'csv', delimiter: ';', notes: ['Die Datei „liste.xlsx“ ist eine CSV-Datei und wurde als solche gelesen.'] });
  });

  it('still reads CSV through read()', async () => {
    const s = new ImportSession();
    expect(s.read(new TextEncoder().encode('Name;Ort\nKita;Jena\n'))).toMatchObject({ ok: true, format: 'csv', rowCount: 1 });
  });
});
