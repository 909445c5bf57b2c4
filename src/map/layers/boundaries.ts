import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { MAP_COLORS as C } from './colors';

/** Zoom from which Gemeinde borders appear. */
export const GEMEINDE_MINZOOM = 8.5;

/** Layer ids that carry clickable areas. */
export const KREIS_FILL = 'kreise-fill';
export const GEMEINDE_FILL = 'gemeinden-fill';

/** Outline layers of the selected Kreis / Gemeinde. */
export const KREIS_SELECTED = 'kreise-selected';
export const GEMEINDE_SELECTED = 'gemeinden-selected';

/** Fill layers of the selected Kreis / Gemeinde (filtered like the outlines). */
export const KREIS_SELECTED_FILL = 'kreise-selected-fill';
export const GEMEINDE_SELECTED_FILL = 'gemeinden-selected-fill';

/** Filter that keeps only the feature with this key (nothing for null). */
export function selectionFilter(ags: string | null): FilterSpecification {
  return ['==', ['get', 'ags'], ags ?? ''];
}

const hidden = { visibility: 'none' } as const;

/**
 * Neighbouring states, the planning area's land fill and all border lines, bottom to top.
 *
 * Every map frame is drawn again while points stream in or the map moves, and without a GPU
 * (software GL, as on many office and VDI machines) each frame costs the GPU process about
 * 140 ms of CPU at 1280×720 (measured here), so the layers are set up to cost little:
 * - the fills draw no antialiased outline of their own (the border lines cover their edges);
 * - the clickable areas are never drawn (opacity 0 is skipped by MapLibre but still answers
 *   queries); only the selected area is filled, and its layers are hidden while none is;
 * - the borders have plain joins (round joins made the Kreis lines cost twice as much);
 * - layers of one source follow each other where the picture allows: each change of source
 *   between tile-clipped layers redraws the tiles' stencil masks, twice per frame.
 */
export function boundaryLayers(): LayerSpecification[] {
  const selectionFill = { 'fill-color': C.selectionFill, 'fill-antialias': false };
  return [
    { id: 'nachbarn-fill', type: 'fill', source: 'nachbarn', paint: { 'fill-color': C.neighbourFill, 'fill-opacity': 0.85, 'fill-antialias': false } },
    { id: 'nachbarn-line', type: 'line', source: 'nachbarn', paint: { 'line-color': C.neighbourLine, 'line-width': 0.8 } },
    { id: 'land-fill', type: 'fill', source: 'land', paint: { 'fill-color': C.land, 'fill-opacity': 0.92, 'fill-antialias': false } },
    // Gemeinden are clickable from the zoom on which they are drawn; triangulating all 849
    // polygons for the first view would cost load time for nothing.
    { id: GEMEINDE_FILL, type: 'fill', source: 'gemeinden', minzoom: GEMEINDE_MINZOOM, paint: { 'fill-opacity': 0, 'fill-antialias': false } },
    { id: GEMEINDE_SELECTED_FILL, type: 'fill', source: 'gemeinden', minzoom: GEMEINDE_MINZOOM, layout: hidden, filter: selectionFilter(null), paint: selectionFill },
    {
      id: 'gemeinden-line',
      type: 'line',
      source: 'gemeinden',
      minzoom: GEMEINDE_MINZOOM,
      paint: { 'line-color': C.gemeindeLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 8.5, 0.4, 12, 1.2] },
    },
    { id: KREIS_FILL, type: 'fill', source: 'kreise', paint: { 'fill-opacity': 0, 'fill-antialias': false } },
    { id: KREIS_SELECTED_FILL, type: 'fill', source: 'kreise', layout: hidden, filter: selectionFilter(null), paint: selectionFill },
    {
      id: 'kreise-line',
      type: 'line',
      source: 'kreise',
      paint: { 'line-color': C.kreisLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.8, 11, 2] },
    },
    {
      id: 'land-line',
      type: 'line',
      source: 'land',
      paint: { 'line-color': C.landLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.4, 11, 3] },
    },
    // Selection outlines use a filter on the key (see selectionFilter), so their buckets hold
    // one feature instead of a hidden copy of every border; they stay above the land border.
    {
      id: GEMEINDE_SELECTED,
      type: 'line',
      source: 'gemeinden',
      minzoom: GEMEINDE_MINZOOM,
      layout: hidden,
      filter: selectionFilter(null),
      paint: { 'line-color': C.selection, 'line-width': 2.5 },
    },
    { id: KREIS_SELECTED, type: 'line', source: 'kreise', layout: hidden, filter: selectionFilter(null), paint: { 'line-color': C.selection, 'line-width': 3 } },
  ];
}
