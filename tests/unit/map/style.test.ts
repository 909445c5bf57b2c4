import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { ATTRIBUTION_BKG, ATTRIBUTION_GEONAMES, buildStyle } from '../../../src/map/style';
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
    expect(style.sources.gemeinden).toMatchObject({ promoteId: 'ags' });
  });
});
