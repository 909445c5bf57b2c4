import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { ATTRIBUTION_BKG, ATTRIBUTION_GEONAMES, DEFERRED_SOURCES, buildStyle, deferredParts } from '../../../src/map/style';
import { KREIS_LABELS } from '../../../src/map/layers/labels';

const urls = {
  land: '/assets/land.geojson',
  kreise: '/assets/kreise.geojson',
  kreisLabels: '/assets/kreis-labels.geojson',
  gemeinden: '/assets/gemeinden.geojson',
  gemeindeLabels: '/assets/gemeinde-labels.geojson',
  nachbarn: '/assets/nachbarlaender.geojson',
  orte: '/assets/orte.geojson',
};
const style = buildStyle(urls, 'http://127.0.0.1:4173/');

describe('buildStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });
  it('needs no glyph server, sprite or tile server', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(Object.values(style.sources).every((s) => s.type === 'geojson')).toBe(true);
  });
  it('loads every source from the page origin only', () => {
    const urlsInStyle = JSON.stringify(style).match(/https?:\/\/[^"/]+/g) ?? [];
    expect(new Set(urlsInStyle)).toEqual(new Set(['http://127.0.0.1:4173']));
  });
  it('carries the required attributions', () => {
    const attributions = Object.values(style.sources).map((s) => ('attribution' in s ? s.attribution : undefined));
    expect(attributions).toContain(ATTRIBUTION_BKG);
    expect(attributions).toContain(ATTRIBUTION_GEONAMES);
    expect(ATTRIBUTION_BKG).toMatch(/© GeoBasis-DE \/ BKG/);
  });
  it('has unique layer ids and a Kreis label layer on top', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.at(-1)).toBe(KREIS_LABELS);
  });
  it('uses feature ids from the AGS for selection highlighting', () => {
    expect(style.sources.kreise).toMatchObject({ promoteId: 'ags' });
    expect(deferredParts(urls, 'http://127.0.0.1:4173/').sources.gemeinden).toMatchObject({ promoteId: 'ags' });
  });

  it('leaves the Gemeinde sources out of the first view and adds them back in the right drawing order', () => {
    const deferred = deferredParts(urls, 'http://127.0.0.1:4173/');
    for (const id of DEFERRED_SOURCES) expect(style.sources[id]).toBeUndefined();
    expect(Object.keys(deferred.sources).sort()).toEqual([...DEFERRED_SOURCES].sort());
    // Insert like map.addLayer(layer, before) and compare with the intended full order.
    const ids = style.layers.map((l) => l.id);
    for (const { layer, before } of deferred.layers) ids.splice(ids.indexOf(before), 0, layer.id);
    expect(ids.indexOf('gemeinden-line')).toBeLessThan(ids.indexOf('kreise-line'));
    expect(ids.indexOf('gemeinden-fill')).toBeLessThan(ids.indexOf('kreise-fill'));
    expect(ids.indexOf('gemeinden-labels')).toBeLessThan(ids.indexOf('kreise-labels'));
    expect(ids.length).toBe(style.layers.length + deferred.layers.length);
    expect(validateStyleMin({ ...style, sources: { ...style.sources, ...deferred.sources }, layers: ids.map((id) => [...style.layers, ...deferred.layers.map((d) => d.layer)].find((l) => l.id === id)!) })).toEqual([]);
  });
});
