import type { Feature, FeatureCollection, Point } from 'geojson';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { THEKIZ } from '../../domain/categories';
import type { Institution } from '../../domain/institution';
import type { CategoryRecord } from '../../domain/project';
import { FONT_BOLD, FONT_REGULAR, MAP_COLORS as C } from './colors';
import { POINT_TILE_LAYER, THEKIZ_TILE_LAYER } from '../../analysis/points/pointTileFormat';

/** Clustered point tiles of the filtered set (see pointSource and pointStore). */
export const INSTITUTIONS_SOURCE = 'institutions';
/**
 * A second clustered source that keeps the complete (unfiltered) set: switching a filter off
 * points the layers back at it instead of sending every institution to be indexed again.
 */
export const INSTITUTIONS_ALL_SOURCE = 'institutions-all';
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
  /** The category's short symbol, drawn in the point when zoomed in (colour is never the only cue). */
  symbol: string;
  thekiz: 0 | 1;
}

/** Institutions with coordinates as GeoJSON points, coloured by their category. */
export function toInstitutionFeatures(institutions: readonly Institution[], categories: readonly CategoryRecord[]): FeatureCollection<Point, InstitutionProps> {
  // Features are kept per record (and category list): a filter change only picks them again.
  if (featureCache.categories !== categories) featureCache = { categories, features: new WeakMap() };
  const { features } = featureCache;
  const colors = new Map(categories.map((c) => [c.name, c.color]));
  const symbols = new Map(categories.map((c) => [c.name, c.symbol]));
  const out: Feature<Point, InstitutionProps>[] = [];
  for (const i of institutions) {
    if (i.lat === null || i.lon === null) continue;
    let f = features.get(i);
    if (!f) {
      f = {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [i.lon, i.lat] },
        properties: { id: i.id, name: i.name, category: i.category, color: colors.get(i.category) ?? FALLBACK_COLOR, symbol: symbols.get(i.category) ?? '', thekiz: i.category === THEKIZ ? 1 : 0 },
      };
      features.set(i, f);
    }
    out.push(f);
  }
  return { type: 'FeatureCollection', features: out };
}

let featureCache: { categories: readonly CategoryRecord[] | null; features: WeakMap<Institution, Feature<Point, InstitutionProps>> } = { categories: null, features: new WeakMap() };

/** Other institutions cluster below this zoom; ThEKiZ never do, so the centres always stand out. */
export const CLUSTER_MAX_ZOOM = 10;
export const SELECTION_SOURCE = 'institution-selection';
export const THEKIZ_POINTS = 'institutions-thekiz-points';
export const INSTITUTION_CLUSTERS = 'institutions-clusters';

/** How the other institutions are clustered (as MapLibre's clusterMaxZoom and clusterRadius). */
export const CLUSTER_OPTIONS = { clusterMaxZoom: CLUSTER_MAX_ZOOM, clusterRadius: 36 } as const;

/** Stands for the ThEKiZ layer of the point tiles while the layers are written down. */
const THEKIZ_MARK = 'thekiz-layer';

/**
 * Clusters with counts, the other institutions, then the ThEKiZ on top, and names from zoom 11
 * on. `pointSource` is the point-tile source the layers draw from (INSTITUTIONS_SOURCE or
 * INSTITUTIONS_ALL_SOURCE): the clustered points in one layer of its tiles, the ThEKiZ in another.
 */
export function institutionLayers(pointSource: string = INSTITUTIONS_SOURCE): LayerSpecification[] {
  return pointLayers(pointSource).map((l) => {
    if (!('source' in l)) return l;
    if (l.source === pointSource) return { ...l, 'source-layer': POINT_TILE_LAYER } as LayerSpecification;
    if (l.source === THEKIZ_MARK) return { ...l, source: pointSource, 'source-layer': THEKIZ_TILE_LAYER } as LayerSpecification;
    return l;
  });
}

function pointLayers(clusteredSource: string): LayerSpecification[] {
  const clustered: FilterSpecification = ['has', 'point_count'];
  const single: FilterSpecification = ['!', ['has', 'point_count']];
  const names = (id: string, source: string): LayerSpecification => ({
    id,
    type: 'symbol',
    source,
    minzoom: 11,
    ...(source === clusteredSource ? { filter: single } : {}),
    layout: { 'text-field': ['get', 'name'], 'text-font': FONT_REGULAR, 'text-size': 11, 'text-anchor': 'left', 'text-offset': [1.2, 0], 'text-max-width': 12, 'text-optional': true },
    paint: { 'text-color': C.label, 'text-halo-color': C.halo, 'text-halo-width': 1.4 },
  });
  // The category's letter in the point once points are big enough to hold it.
  const symbols = (id: string, source: string): LayerSpecification => ({
    id,
    type: 'symbol',
    source,
    minzoom: 10.8,
    ...(source === clusteredSource ? { filter: single } : {}),
    layout: { 'text-field': ['get', 'symbol'], 'text-font': FONT_BOLD, 'text-size': 10, 'text-allow-overlap': true, 'text-ignore-placement': true },
    paint: { 'text-color': '#ffffff', 'text-halo-color': 'rgba(0,0,0,0.85)', 'text-halo-width': 1.2 },
  });
  return [
    {
      id: INSTITUTION_CLUSTERS,
      type: 'circle',
      source: clusteredSource,
      filter: clustered,
      paint: {
        'circle-color': '#5d7285',
        'circle-opacity': 0.85,
        'circle-radius': ['step', ['get', 'point_count'], 9, 10, 12, 50, 16, 200, 21],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'institutions-cluster-count',
      type: 'symbol',
      source: clusteredSource,
      filter: clustered,
      layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': FONT_BOLD, 'text-size': 11, 'text-allow-overlap': true },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: INSTITUTION_POINTS,
      type: 'circle',
      source: clusteredSource,
      filter: single,
      paint: {
        'circle-color': ['get', 'color'],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 3, 10, 5, 11, 8, 14, 10],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 0.8,
      },
    },
    {
      id: THEKIZ_POINTS,
      type: 'circle',
      source: THEKIZ_MARK,
      paint: {
        'circle-color': ['get', 'color'],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 4.5, 10, 6.5, 11, 9.5, 14, 11],
        'circle-stroke-color': '#1f1f1f',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: INSTITUTION_SELECTED,
      type: 'circle',
      source: SELECTION_SOURCE,
      paint: { 'circle-radius': 12, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': C.selection, 'circle-stroke-width': 3 },
    },
    symbols('institutions-symbols', clusteredSource),
    symbols('institutions-thekiz-symbols', THEKIZ_MARK),
    names('institutions-labels', clusteredSource),
    names('institutions-thekiz-labels', THEKIZ_MARK),
  ];
}

/** Splits the points: ThEKiZ (never clustered) and the others (clustered at low zoom). */
export function splitThekiz<T extends { properties: { thekiz: 0 | 1 } }>(features: readonly T[]): { thekiz: T[]; others: T[] } {
  const thekiz: T[] = [];
  const others: T[] = [];
  for (const f of features) (f.properties.thekiz === 1 ? thekiz : others).push(f);
  return { thekiz, others };
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
