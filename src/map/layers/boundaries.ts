import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { MAP_COLORS as C } from './colors';

/** Zoom from which Gemeinde borders appear. */
export const GEMEINDE_MINZOOM = 8.5;

/** Layer ids that carry clickable areas. */
export const KREIS_FILL = 'kreise-fill';
export const GEMEINDE_FILL = 'gemeinden-fill';

/** Outline layers of the selected Kreis / Gemeinde. */
export const KREIS_SELECTED = 'kreise-selected';
export const GEMEINDE_SELECTED = 'gemeinden-selected';

/** Filter that keeps only the feature with this key (nothing for null). */
export function selectionFilter(ags: string | null): FilterSpecification {
  return ['==', ['get', 'ags'], ags ?? ''];
}

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** Neighbouring states, Thuringia's land fill and all border lines, bottom to top. */
export function boundaryLayers(): LayerSpecification[] {
  return [
    { id: 'nachbarn-fill', type: 'fill', source: 'nachbarn', paint: { 'fill-color': C.neighbourFill, 'fill-opacity': 0.85 } },
    { id: 'nachbarn-line', type: 'line', source: 'nachbarn', paint: { 'line-color': C.neighbourLine, 'line-width': 0.8 } },
    { id: 'land-fill', type: 'fill', source: 'land', paint: { 'fill-color': C.land, 'fill-opacity': 0.92 } },
    {
      // Clickable and highlightable from the zoom on which Gemeinden are drawn; triangulating
      // all 849 polygons for the first view would cost load time for nothing.
      id: GEMEINDE_FILL,
      type: 'fill',
      source: 'gemeinden',
      minzoom: GEMEINDE_MINZOOM,
      paint: { 'fill-color': C.selectionFill, 'fill-opacity': ['case', selected, 1, 0] },
    },
    {
      id: KREIS_FILL,
      type: 'fill',
      source: 'kreise',
      paint: { 'fill-color': C.selectionFill, 'fill-opacity': ['case', selected, 1, 0] },
    },
    {
      id: 'gemeinden-line',
      type: 'line',
      source: 'gemeinden',
      minzoom: GEMEINDE_MINZOOM,
      paint: { 'line-color': C.gemeindeLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 8.5, 0.4, 12, 1.2] },
    },
    {
      id: 'kreise-line',
      type: 'line',
      source: 'kreise',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': C.kreisLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.8, 11, 2] },
    },
    {
      id: 'land-line',
      type: 'line',
      source: 'land',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': C.landLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.4, 11, 3] },
    },
    // Selection outlines use a filter on the key (see selectionFilter), so their buckets hold
    // one feature instead of a hidden copy of every border.
    {
      id: GEMEINDE_SELECTED,
      type: 'line',
      source: 'gemeinden',
      minzoom: GEMEINDE_MINZOOM,
      filter: selectionFilter(null),
      paint: { 'line-color': C.selection, 'line-width': 2.5 },
    },
    {
      id: KREIS_SELECTED,
      type: 'line',
      source: 'kreise',
      filter: selectionFilter(null),
      paint: { 'line-color': C.selection, 'line-width': 3 },
    },
  ];
}
