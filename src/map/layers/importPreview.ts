import type { LayerSpecification } from 'maplibre-gl';

export const IMPORT_PREVIEW_SOURCE = 'import-preview';

/** Hollow markers for rows of an import that is checked but not yet saved. */
export function importPreviewLayers(): LayerSpecification[] {
  return [
    {
      id: 'import-preview-points',
      type: 'circle',
      source: IMPORT_PREVIEW_SOURCE,
      paint: {
        'circle-radius': 5,
        'circle-color': 'rgba(255,255,255,0.6)',
        'circle-stroke-width': 2,
        'circle-stroke-color': ['match', ['get', 'status'], 'warning', '#b35900', '#0b5cad'],
      },
    },
  ];
}
