import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { THEKIZ } from '../../domain/categories';
import type { Institution } from '../../domain/institution';
import type { CategoryRecord } from '../../domain/project';
import { FONT_REGULAR, MAP_COLORS as C } from './colors';

export const INSTITUTIONS_SOURCE = 'institutions';
export const INSTITUTION_POINTS = 'institutions-points';
export const INSTITUTION_SELECTED = 'institutions-selected';
/** One-point source that follows the pointer while an institution is dragged. */
export const DRAG_SOURCE = 'institution-drag';
const FALLBACK_COLOR = '#777777';

export interface InstitutionProps {
  id: string;
  name: string;
  category: string;
  color: string;
  thekiz: 0 | 1;
}

/** Institutions with coordinates as GeoJSON points, coloured by their category. */
export function toInstitutionFeatures(institutions: readonly Institution[], categories: readonly CategoryRecord[]): FeatureCollection<Point, InstitutionProps> {
  const colors = new Map(categories.map((c) => [c.name, c.color]));
  return {
    type: 'FeatureCollection',
    features: institutions
      .filter((i) => i.lat !== null && i.lon !== null)
      .map((i) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [i.lon!, i.lat!] },
        properties: { id: i.id, name: i.name, category: i.category, color: colors.get(i.category) ?? FALLBACK_COLOR, thekiz: i.category === THEKIZ ? 1 : 0 },
      })),
  };
}

/** Filter for the selection ring (nothing for null). */
export function institutionFilter(id: string | null): FilterSpecification {
  return ['==', ['get', 'id'], id ?? ''];
}

/** Points (ThEKiZ larger, on top), the selection ring, and names from zoom 11 on. */
export function institutionLayers(): LayerSpecification[] {
  const thekiz: ExpressionSpecification = ['==', ['get', 'thekiz'], 1];
  return [
    {
      id: INSTITUTION_POINTS,
      type: 'circle',
      source: INSTITUTIONS_SOURCE,
      layout: { 'circle-sort-key': ['get', 'thekiz'] },
      paint: {
        'circle-color': ['get', 'color'],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, ['case', thekiz, 4.5, 2.5], 12, ['case', thekiz, 8, 6]],
        'circle-stroke-color': ['case', thekiz, '#1f1f1f', '#ffffff'],
        'circle-stroke-width': ['case', thekiz, 1.5, 0.8],
      },
    },
    {
      id: INSTITUTION_SELECTED,
      type: 'circle',
      source: INSTITUTIONS_SOURCE,
      filter: institutionFilter(null),
      paint: { 'circle-radius': 12, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': C.selection, 'circle-stroke-width': 3 },
    },
    {
      id: 'institutions-labels',
      type: 'symbol',
      source: INSTITUTIONS_SOURCE,
      minzoom: 11,
      layout: { 'text-field': ['get', 'name'], 'text-font': FONT_REGULAR, 'text-size': 11, 'text-anchor': 'left', 'text-offset': [0.9, 0], 'text-max-width': 12, 'text-optional': true },
      paint: { 'text-color': C.label, 'text-halo-color': C.halo, 'text-halo-width': 1.4 },
    },
  ];
}

/** The point that follows the pointer while an institution is dragged. */
export function dragLayers(): LayerSpecification[] {
  return [
    {
      id: 'institution-drag-point',
      type: 'circle',
      source: DRAG_SOURCE,
      paint: { 'circle-radius': 9, 'circle-color': 'rgba(11,92,173,0.35)', 'circle-stroke-color': C.selection, 'circle-stroke-width': 2 },
    },
  ];
}
