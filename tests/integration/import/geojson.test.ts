import { describe, expect, it } from 'vitest';
import { freshDb } from '../../helpers/db';
import { realGazetteer } from '../../unit/analysis/geocode/realData';
import { institutionsToGeoJson } from '../../../src/data/export/geojson';
import { ImportSession } from '../../../src/data/import/session';
import { proposeMapping } from '../../../src/data/import/mapping';
import { createProject } from '../../../src/data/repositories/projects';
import { addInstitutions, readInstitutions } from '../../../src/data/repositories/institutions';
import { emptyDraft } from '../../../src/domain/institution';

const { gazetteer } = realGazetteer();
const ALL_ON = { fixSwapped: true, createCategories: true, duplicates: 'keep' as const };
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('ImportSession with a GeoJSON file', () => {
  it('imports the app\'s own GeoJSON export into another project with the same names, categories and coordinates', async () => {
    const db = freshDb();
    const source = await createProject(db, 'Quelle');
    await addInstitutions(db, source, [
      { ...emptyDraft(), name: 'ThEKiZ Sonnenschein', category: 'ThEKiZ', town: 'Erfurt', postcode: '99084', lat: 50.97875123, lon: 11.03283, locationQuality: 'exact', tags: ['Familiencafé', 'Beratung'], note: 'Sprechstunde; dienstags' },
      { ...emptyDraft(), name: 'Kita „Löwenzahn“', category: 'Kita', town: 'Gößnitz', postcode: '04639', lat: 50.8887, lon: 12.4332, locationQuality: 'geocoded-place' },
      { ...emptyDraft(), name: 'Nicht verortet', category: 'Kita', town: 'Atlantis' },
    ]);
    const exported = institutionsToGeoJson(await readInstitutions(db, source), { projectName: 'Quelle', exportedAt: '2025-01-01T00:00:00.000Z' });

    const target = await createProject(db, 'Ziel');
    const s = new ImportSession();
    const read = await s.readFile('Quelle.geojson', utf8(exported));
    expect(read).toMatchObject({ ok: true, format: 'geojson', rowCount: 2 });
    if (!read.ok) return;
    const check = await s.check(db, target, proposeMapping(read.headers), 'Import Quelle.geojson', gazetteer);
    expect(check).toMatchObject({ total: 2, accepted: 2, issueCount: 0, locatedCount: 2 });
    expect(await s.commit(db, target, ALL_ON)).toEqual({ written: 2, merged: 0 });

    const pick = (list: Awaited<ReturnType<typeof readInstitutions>>) => list
      .filter((i) => i.lat !== null)
      .map(({ name, category, lat, lon, town, postcode, tags, note }) => ({ name, category, lat, lon, town, postcode, tags, note }))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(pick(await readInstitutions(db, target))).toEqual(pick(await readInstitutions(db, source)));
  });

  it('imports the points of a foreign file, skipping other features with a note', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    const file = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [11.5892, 50.9271] }, properties: { Bezeichnung: 'Familienzentrum Jena', Art: 'Familienbildung', Angebote: ['Eltern-Café', 'Beratung'] } },
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[11, 51], [11.1, 51], [11, 51.1], [11, 51]]] }, properties: { Bezeichnung: 'Sozialraum' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [12.0815, 50.8766] }, properties: { Bezeichnung: 'Stadtteilmütter Gera', Art: 'Kita' } },
      ],
    };
    const s = new ImportSession();
    const read = await s.readFile('karte.json', utf8(JSON.stringify(file)));
    expect(read).toMatchObject({ ok: true, format: 'geojson', rowCount: 2, headers: ['Bezeichnung', 'Art', 'Angebote', 'Breite', 'Länge'], notes: ['1 Objekt ist kein Punkt und wurde übersprungen (1 × Polygon).'] });
    if (!read.ok) return;
    const check = await s.check(db, p, proposeMapping(read.headers), 'Import karte.json', gazetteer);
    expect(check).toMatchObject({ total: 2, accepted: 2, exact: 2 });
    await s.commit(db, p, ALL_ON);
    expect((await readInstitutions(db, p)).map((i) => [i.name, i.category, i.lat, i.lon]).sort()).toEqual([
      ['Familienzentrum Jena', 'Familienbildung', 50.9271, 11.5892],
      ['Stadtteilmütter Gera', 'Kita', 50.8766, 12.0815],
    ]);
  });

  it('answers a file that is no GeoJSON with a German message', async () => {
    const s = new ImportSession();
    expect(await s.readFile('daten.geojson', utf8('{"type": "Topology"}'))).toMatchObject({ ok: false, message: expect.stringMatching(/^Die Datei ist kein GeoJSON/) });
    expect(await s.readFile('daten.geojson', utf8('{kaputt'))).toMatchObject({ ok: false, message: expect.stringMatching(/kein lesbares JSON/) });
  });
});
