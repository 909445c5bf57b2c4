import { describe, expect, it } from 'vitest';
import { createGazetteer, entriesFromGeoJson, type GazetteerEntry } from '../../../../src/analysis/geocode/gazetteer';
import { phoneticKey } from '../../../../src/analysis/geocode/phonetic';
import { readRealGeoJson } from './realData';

const point = (properties: Record<string, unknown>, coordinates: unknown = [11.03, 50.98]) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates },
});
const ok = { name: 'Erfurt', ags: '16051000', kreis: '16051', einwohner: 213692 };
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', metadata: {}, features });

describe('entriesFromGeoJson', () => {
  it('reads every feature of the real files: 865 places and 605 Gemeinden', () => {
    const { orte, gemeindeLabels } = readRealGeoJson();
    const entries = entriesFromGeoJson(orte, gemeindeLabels);
    expect(entries.filter((e) => e.kind === 'place')).toHaveLength(865);
    expect(entries.filter((e) => e.kind === 'gemeinde')).toHaveLength(605);
  });

  it('maps properties and [lon, lat] coordinates onto an entry', () => {
    const [e] = entriesFromGeoJson(fc(point(ok, [11.03283, 50.9787])), null);
    expect(e).toEqual<GazetteerEntry>({ name: 'Erfurt', lat: 50.9787, lon: 11.03283, ags: '16051000', kreis: '16051', kind: 'place', population: 213692 });
  });

  it('marks features of the second collection as Gemeinden', () => {
    expect(entriesFromGeoJson(undefined, fc(point(ok)))[0].kind).toBe('gemeinde');
  });

  it('skips malformed features and keeps the good ones', () => {
    const bad = [
      null,
      { type: 'Feature' },
      point({ ...ok, name: 42 }),
      point({ ...ok, name: ' - ' }),
      point({ ...ok, ags: '1605100' }),
      point({ ...ok, kreis: 16051 }),
      point(ok, [11.03]),
      point(ok, ['11', 50.9]),
      point(ok, [11.03, Number.NaN]),
      point(ok, [11.03, 95]),
      { type: 'Feature', properties: ok, geometry: { type: 'LineString', coordinates: [[11, 50], [12, 51]] } },
    ];
    const entries = entriesFromGeoJson(fc(...bad, point(ok)), fc(point({ ...ok, name: 'Weimar' })));
    expect(entries.map((e) => e.name)).toEqual(['Erfurt', 'Weimar']);
  });

  it('returns nothing for values that are not FeatureCollections', () => {
    expect(entriesFromGeoJson('x', { features: 'no' })).toEqual([]);
    expect(entriesFromGeoJson([point(ok)], 7)).toEqual([]);
  });

  it('uses 0 for a missing or negative population', () => {
    const entries = entriesFromGeoJson(fc(point({ ...ok, einwohner: undefined }), point({ ...ok, einwohner: -5 })), null);
    expect(entries.map((e) => e.population)).toEqual([0, 0]);
  });
});

describe('createGazetteer', () => {
  const entry = (name: string, kind: GazetteerEntry['kind'] = 'place'): GazetteerEntry => ({
    name, lat: 50.9, lon: 11, ags: '16051000', kreis: '16051', kind, population: 1,
  });

  it('indexes the normalised full name', () => {
    const e = entry('Gößnitz');
    expect(createGazetteer([e]).byName.get('goessnitz')).toEqual([e]);
  });

  it('indexes the variants of a name, apart from the full name', () => {
    const e = entry('Mühlhausen/Thüringen', 'gemeinde');
    const g = createGazetteer([e]);
    expect(g.byVariant.get('muehlhausen')).toEqual([{ entry: e, rule: 'before-slash' }]);
    expect(g.byVariant.has('muehlhausen thueringen')).toBe(false);
  });

  it('indexes Kölner Phonetik codes, once per entry and code', () => {
    const e = entry('Georgenthal');
    const postings = createGazetteer([e]).byPhonetic.get(phoneticKey('georgental') ?? '');
    expect(postings).toEqual([{ entry: e, key: 'georgenthal', rule: 'full' }]);
  });

  it('keeps all entries in input order', () => {
    const es = [entry('A-Dorf'), entry('B-Dorf', 'gemeinde')];
    expect(createGazetteer(es).entries).toEqual(es);
  });
});
