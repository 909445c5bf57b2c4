import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { ATTRIBUTION_BKG, ATTRIBUTION_GEONAMES, BORDER_TOLERANCE, DEFERRED_SOURCES, buildStyle, deferredParts } from '../../../src/map/style';
import { GEMEINDE_FILL, GEMEINDE_SELECTED, GEMEINDE_SELECTED_FILL, KREIS_FILL, KREIS_SELECTED, KREIS_SELECTED_FILL, boundaryLayers } from '../../../src/map/layers/boundaries';
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
  it('uses feature ids from the AGS (coverage shares are feature states)', () => {
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

  // Without a GPU every frame of the map costs ~100 ms of software GL at 1280×720, so what the
  // base map draws per frame is part of its design (measured in the README's bench notes).
  describe('costs little per frame in software GL', () => {
    const full = (() => {
      const deferred = deferredParts(urls, 'http://127.0.0.1:4173/');
      const ids = style.layers.map((l) => l.id);
      for (const { layer, before } of deferred.layers) ids.splice(ids.indexOf(before), 0, layer.id);
      const all = [...style.layers, ...deferred.layers.map((d) => d.layer)];
      return { layers: ids.map((id) => all.find((l) => l.id === id)!), sources: { ...style.sources, ...deferred.sources } as Record<string, unknown> };
    })();
    const layer = (id: string) => boundaryLayers().find((l) => l.id === id)!;
    const paint = (l: LayerSpecification) => ('paint' in l ? (l.paint as Record<string, unknown>) : {});
    const visible = (l: LayerSpecification) => (l.layout as { visibility?: string } | undefined)?.visibility !== 'none';

    it('never draws the clickable areas (a constant opacity 0 is skipped, data-driven opacity is not)', () => {
      for (const id of [KREIS_FILL, GEMEINDE_FILL]) {
        expect(paint(layer(id))['fill-opacity']).toBe(0);
        expect(visible(layer(id))).toBe(true); // hidden layers would not answer clicks
      }
    });
    it('hides the selection layers until something is selected, and they draw one area only', () => {
      for (const id of [KREIS_SELECTED_FILL, KREIS_SELECTED, GEMEINDE_SELECTED_FILL, GEMEINDE_SELECTED]) {
        expect(visible(layer(id))).toBe(false);
        expect(layer(id)).toMatchObject({ filter: ['==', ['get', 'ags'], ''] });
      }
    });
    it('draws fills without an outline pass and borders without round joins', () => {
      for (const l of boundaryLayers()) {
        if (l.type === 'fill') expect(paint(l)['fill-antialias'], l.id).toBe(false);
        if (l.type === 'line') expect((l.layout as Record<string, unknown> | undefined)?.['line-join'], l.id).toBeUndefined();
      }
    });
    it('simplifies the border sources to one pixel', () => {
      for (const id of ['nachbarn', 'land', 'kreise', 'gemeinden'] as const) expect(full.sources[id]).toMatchObject({ tolerance: BORDER_TOLERANCE });
      expect(BORDER_TOLERANCE).toBeLessThanOrEqual(1);
    });
    it('changes source between tile-clipped layers (each change redraws the stencil masks) only where the picture needs it', () => {
      const clipped = full.layers.filter((l) => (l.type === 'fill' || l.type === 'line') && visible(l));
      const source = (l: LayerSpecification) => ('source' in l ? l.source : null);
      const switches = clipped.filter((l, i) => i > 0 && source(l) !== source(clipped[i - 1]));
      // nachbarn → land → gemeinden → kreise → land (the land border above the Kreis borders)
      expect(switches.map((l) => l.id)).toEqual([`land-fill`, GEMEINDE_FILL, KREIS_FILL, 'land-line']);
    });
  });
});

