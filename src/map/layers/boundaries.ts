import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { MAP_COLORS as C } from './colors';

/** Zoom from which Gemeinde borders appear. */
export const GEMEINDE_MINZOOM = 8.5;

/** Layer ids that carry clickable areas. */
export const KREIS_FILL = 'kreise-fill';
export const GEMEINDE_FILL = 'gemeinden-fill';

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** Neighbouring states, Thuringia's land fill and all border lines, bottom to top. */
export function boundaryLayers(): LayerSpecification[] {
  return [
    { id: 'nachbarn-fill', type: 'fill', source: 'nachbarn', paint: { 'fill-color': C.neighbourFill, 'fill-opacity': 0.85 } },
    { id: 'nachbarn-line', type: 'line', source: 'nachbarn', paint: { 'line-color': C.neighbourLine, 'line-width': 0.8 } },
    { id: 'land-fill', type: 'fill', source: 'land', paint: { 'fill-color': C.land, 'fill-opacity': 0.92 } },
    {
      id: GEMEINDE_FILL,
      type: 'fill',
      source: 'gemeinden',
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
    {
      id: 'gemeinden-selected',
      type: 'line',
      source: 'gemeinden',
      paint: { 'line-color': C.selection, 'line-width': 2.5, 'line-opacity': ['case', selected, 1, 0] },
    },
    {
      id: 'kreise-selected',
      type: 'line',
      source: 'kreise',
      paint: { 'line-color': C.selection, 'line-width': 3, 'line-opacity': ['case', selected, 1, 0] },
    },
  ];
}
