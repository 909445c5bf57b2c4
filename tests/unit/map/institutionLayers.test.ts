import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { INSTITUTIONS_ALL_SOURCE, SELECTION_SOURCE, institutionLayers } from '../../../src/map/layers/institutions';
import { importPreviewLayers, IMPORT_PREVIEW_SOURCE } from '../../../src/map/layers/importPreview';
import { POINT_TILE_LAYER, THEKIZ_TILE_LAYER } from '../../../src/analysis/points/pointTileFormat';
import { pointSourceSpec } from '../../../src/map/pointSource';
import { WARM_UP_SOURCE, warmUpLayer } from '../../../src/map/warmUp';

const sourceLayer = (l: LayerSpecification) => (l as { 'source-layer'?: string })['source-layer'];

describe('institutionLayers', () => {
  const layers = institutionLayers(INSTITUTIONS_ALL_SOURCE);

  it('draws the others and the ThEKiZ from two layers of the same point tiles', () => {
    const fromTiles = layers.filter((l) => 'source' in l && l.source === INSTITUTIONS_ALL_SOURCE);
    expect(fromTiles.filter((l) => sourceLayer(l) === THEKIZ_TILE_LAYER).map((l) => l.id)).toEqual(['institutions-thekiz-points', 'institutions-thekiz-symbols', 'institutions-thekiz-labels']);
    expect(fromTiles.filter((l) => sourceLayer(l) === POINT_TILE_LAYER).map((l) => l.id)).toContain('institutions-clusters');
    // Only the selection ring has a GeoJSON source of its own.
    expect(layers.filter((l) => !fromTiles.includes(l)).map((l) => 'source' in l && l.source)).toEqual([SELECTION_SOURCE]);
  });

  it('makes a valid style with the point-tile sources', () => {
    const style = {
      version: 8 as const,
      sources: { [INSTITUTIONS_ALL_SOURCE]: pointSourceSpec(INSTITUTIONS_ALL_SOURCE), [SELECTION_SOURCE]: { type: 'geojson' as const, data: { type: 'FeatureCollection', features: [] } } },
      layers,
    };
    expect(validateStyleMin(style as never)).toEqual([]);
  });
});

describe('warmUpLayer', () => {
  it('copies every point layer to draw the warm-up points, faintly, at every zoom and without filter', () => {
    const specs = [...institutionLayers(INSTITUTIONS_ALL_SOURCE), ...importPreviewLayers()];
    for (const spec of specs) {
      const copy = warmUpLayer(spec)!;
      expect(copy).toMatchObject({ id: `warm-up-${spec.id}`, type: spec.type, source: WARM_UP_SOURCE });
      expect(copy).not.toHaveProperty('filter');
      expect(copy).not.toHaveProperty('minzoom');
      expect(copy).not.toHaveProperty('source-layer');
      const paint = copy.paint as Record<string, unknown>;
      if (copy.type === 'circle') expect([paint['circle-opacity'], paint['circle-stroke-opacity']]).toEqual([0.004, 0.004]);
      else expect(paint['text-opacity']).toBe(0.004);
      // The rest of the paint is the layer's own: the same drawing is prepared.
      const own = spec.paint as Record<string, unknown>;
      for (const key of Object.keys(own)) if (!key.endsWith('opacity')) expect(paint[key]).toEqual(own[key]);
    }
    expect(specs.some((s) => 'source' in s && s.source === IMPORT_PREVIEW_SOURCE)).toBe(true);
  });

  it('leaves other kinds of layers alone', () => {
    expect(warmUpLayer({ id: 'f', type: 'fill', source: 's' })).toBeNull();
  });
});
