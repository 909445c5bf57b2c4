import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { institutionsToGeoJson } from '../../../../src/data/export/geojson';
import { PROJECT_FORMAT } from '../../../../src/data/export/projectFile';
import { proposeMapping } from '../../../../src/data/import/mapping';
import {
  MSG_NO_POINTS, MSG_NOT_GEOJSON, MSG_NOT_JSON, MSG_PROJECT_FILE, propertyText, readGeoJson,
} from '../../../../src/data/import/readGeoJson';
import { validateRows } from '../../../../src/data/import/validate';
import { DEFAULT_CATEGORIES } from '../../../../src/domain/categories';
import type { InstitutionId } from '../../../../src/domain/ids';
import { sampleInstitution } from '../export/arbitraries';

function point(lon: number, lat: number, properties: Record<string, unknown> | null = {}) {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties };
}

const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('readGeoJson', () => {
  it('turns Point features into rows: property columns in first-seen order plus Breite and Länge', () => {
    const text = collection(
      point(11.0328, 50.97875123456789, { Einrichtung: 'Kita Bärchen', Ort: 'Erfurt' }),
      point(12.4332, 50.8887, { Einrichtung: 'Familienzentrum Gößnitz', Kategorie: 'Familienbildung', Ort: 'Gößnitz' }),
    );
    expect(readGeoJson(text)).toEqual({
      ok: true, encoding: 'geojson', bom: false, delimiter: '', firstRow: 1, raggedRows: [],
      headers: ['Einrichtung', 'Ort', 'Kategorie', 'Breite', 'Länge'],
      rows: [
        ['Kita Bärchen', 'Erfurt', '', '50,97875123456789', '11,0328'],
        ['Familienzentrum Gößnitz', 'Gößnitz', 'Familienbildung', '50,8887', '12,4332'],
      ],
    });
  });

  it('reads a single Feature', () => {
    expect(readGeoJson(JSON.stringify(point(11, 51, { name: 'A' })))).toMatchObject({ ok: true, headers: ['name', 'Breite', 'Länge'], rows: [['A', '51', '11']] });
  });

  it('converts property values to text', () => {
    expect(readGeoJson(collection(point(11, 51, {
      name: 'A', plz: 7743, tags: ['Kita', 'Beratung', 3.5], offen: true, adresse: { ort: 'Jena' }, leer: null,
    })))).toMatchObject({ ok: true, rows: [['A', '7743', 'Kita, Beratung, 3,5', 'ja', '{"ort":"Jena"}', '', '51', '11']] });
    expect([null, undefined, '', 'x', -0.25, false, [], [null, 'a']].map(propertyText)).toEqual(['', '', '', 'x', '-0,25', 'nein', '', 'a']);
  });

  it('skips features that are no points and says how many', () => {
    const r = readGeoJson(collection(
      point(11, 51, { name: 'A' }),
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[11, 51], [11.1, 51], [11, 51.1], [11, 51]]] }, properties: { name: 'Fläche', flaeche: 3 } },
      { type: 'Feature', geometry: null, properties: { name: 'ohne' } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: ['x', 51] }, properties: {} },
      42,
    ));
    expect(r).toMatchObject({ ok: true, headers: ['name', 'Breite', 'Länge'], rows: [['A', '51', '11']] });
    expect(r.ok && r.notes).toEqual([
      '4 Objekte sind keine Punkte und wurden übersprungen (1 × Polygon, 1 × ohne Geometrie, 1 × Point ohne gültige Koordinaten, 1 × kein gültiges Feature).',
    ]);
  });

  it('puts the geometry into coordinate columns the properties already have, and says when they differed', () => {
    const r = readGeoJson(collection(point(11.5, 50.9, { name: 'A', lat: 50.9, lon: 11.5 }), point(11.6, 50.8, { name: 'B', lat: 1, lon: null })));
    expect(r).toMatchObject({ ok: true, headers: ['name', 'lat', 'lon'], rows: [['A', '50,9', '11,5'], ['B', '50,8', '11,6']] });
    expect(r.ok && r.notes).toEqual(['Bei 1 Punkt weichen die Koordinaten in den Eigenschaften von der Geometrie ab; übernommen wird die Geometrie.']);
  });

  it('warns about a coordinate system other than WGS84', () => {
    const r = readGeoJson(JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } }, features: [point(650000, 5650000)] }));
    expect(r.ok && r.notes?.[0]).toMatch(/^Die Datei gibt das Koordinatensystem „urn:ogc:def:crs:EPSG::25832“ an\./);
  });

  it('answers text that is no JSON, no GeoJSON or without points with a German message', () => {
    expect(readGeoJson('{"type": "FeatureCollection", ')).toEqual({ ok: false, message: MSG_NOT_JSON });
    expect(readGeoJson('[1, 2]')).toEqual({ ok: false, message: MSG_NOT_GEOJSON });
    expect(readGeoJson('{"type": "Point", "coordinates": [11, 51]}')).toEqual({ ok: false, message: MSG_NOT_GEOJSON });
    expect(readGeoJson(JSON.stringify({ format: PROJECT_FORMAT, formatVersion: 1 }))).toEqual({ ok: false, message: MSG_PROJECT_FILE });
    expect(readGeoJson(collection())).toEqual({ ok: false, message: MSG_NO_POINTS });
    const lines = readGeoJson(collection({ type: 'Feature', geometry: { type: 'LineString', coordinates: [[11, 51], [12, 51]] }, properties: {} }));
    expect(lines).toEqual({ ok: false, message: `${MSG_NO_POINTS} 1 Objekt ist kein Punkt und wurde übersprungen (1 × LineString).` });
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const r = readGeoJson(JSON.stringify({ type: 'FeatureCollection', features: [v, point(11, 51, { v })] }));
      expect(r.ok).toBe(true);
    }));
    fc.assert(fc.property(fc.string(), (s) => {
      expect(typeof readGeoJson(s).ok).toBe('boolean');
    }));
  });
});

describe('GeoJSON round trip', () => {
  const categories = DEFAULT_CATEGORIES.map((c) => c.name);

  function reimport(text: string) {
    const r = readGeoJson(text);
    if (!r.ok) throw new Error(r.message);
    return validateRows({ headers: r.headers, rows: r.rows, mapping: proposeMapping(r.headers), knownCategories: categories, source: 'Import export.geojson', firstRow: r.firstRow });
  }

  it('brings the institutions of the app\'s own export back with names, categories and coordinates', () => {
    const list = [
      sampleInstitution(),
      sampleInstitution({ id: 'b' as InstitutionId, name: 'Kita „Löwenzahn“; Gößnitz', category: 'Kita', town: 'Gößnitz', postcode: '04639', lat: 50.88871234567891, lon: 12.43321, tags: ['Sprachkita'] }),
      sampleInstitution({ id: 'c' as InstitutionId, name: 'Nicht verortet', lat: null, lon: null, locationQuality: 'none' }),
    ];
    const { results, issues } = reimport(institutionsToGeoJson(list, { projectName: 'P', exportedAt: '2025-01-01T00:00:00.000Z' }));
    expect(issues).toEqual([]);
    expect(results.map((r) => r.draft)).toMatchObject([
      { name: 'ThEKiZ Sonnenschein', category: 'ThEKiZ', carrier: 'Stadt Erfurt', street: 'Anger 1', postcode: '99084', town: 'Erfurt', ags: '16051000', lat: 50.97875, lon: 11.03283, tags: ['Familiencafé', 'Beratung'], note: 'Sprechstunde dienstags', email: 'info@sonnenschein.example' },
      { name: 'Kita „Löwenzahn“; Gößnitz', category: 'Kita', postcode: '04639', lat: 50.88871234567891, lon: 12.43321, tags: ['Sprachkita'] },
    ]);
  });

  it('keeps names, categories and coordinates of any located institutions', () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'Z', 'ä', 'ß', ' ', '-', ';', '"', '„', '0'), minLength: 1, maxLength: 12 })
      .map((s) => `E${s}`.trim());
    const institution = fc.record({
      name, category: fc.constantFrom(...categories),
      lat: fc.double({ min: 50.2, max: 51.6, noNaN: true }), lon: fc.double({ min: 9.9, max: 12.6, noNaN: true }),
    });
    fc.assert(fc.property(fc.uniqueArray(institution, { minLength: 1, maxLength: 8, selector: (i) => i.name }), (fields) => {
      const list = fields.map((f, k) => sampleInstitution({ ...f, id: `i${k}` as InstitutionId, town: `Ort ${k}` }));
      const { results } = reimport(institutionsToGeoJson(list, { projectName: 'P', exportedAt: '' }));
      expect(results.map((r) => [r.draft.name, r.draft.category, r.draft.lat, r.draft.lon])).toEqual(fields.map((f) => [f.name, f.category, f.lat, f.lon]));
    }), { numRuns: 60 });
  });
});

describe('readGeoJson with several coordinate-like properties', () => {
  it('puts the geometry into every one of them, so the proposed mapping reads the geometry', () => {
    const text = JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [11.03, 50.98] }, properties: { name: 'Kita A', lat: 'unbekannt', Breite: '10,5' } });
    const r = readGeoJson(text);
    if (!r.ok) throw new Error(r.message);
    const mapping = proposeMapping(r.headers);
    expect(r.rows[0][mapping.lat!]).toBe('50,98');
    expect(r.rows[0][mapping.lon!]).toBe('11,03');
    expect(r.notes?.join(' ')).toContain('weichen die Koordinaten in den Eigenschaften von der Geometrie ab');
  });
});
