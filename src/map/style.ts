import type { FeatureCollection } from 'geojson';
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { GeographyUrls } from '../data/geography';
import { boundaryLayers } from './layers/boundaries';
import { labelLayers } from './layers/labels';
import { DRAG_SOURCE, INSTITUTIONS_SOURCE, institutionLayers } from './layers/institutions';
import { IMPORT_PREVIEW_SOURCE, importPreviewLayers } from './layers/importPreview';
import { MAP_COLORS } from './layers/colors';

/** Attribution required by the data licences (DOMAIN.md). */
export const ATTRIBUTION_BKG = '© GeoBasis-DE / BKG (2016), dl-de/by-2-0';
export const ATTRIBUTION_GEONAMES = 'Orte: GeoNames (CC BY 4.0)';
export const ATTRIBUTION_OSM = '© OpenStreetMap-Mitwirkende';

/** The only third-party URL of the app; used only when the user switches the OSM basemap on. */
export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/**
 * Sources not needed for the first view (Gemeinden show from zoom 8.5 on). They start empty and
 * get their data right after the first `idle`, so the first map is not held up by them.
 */
export const DEFERRED_SOURCES = ['gemeinden', 'gemeindeLabels'] as const satisfies readonly (keyof GeographyUrls)[];

const emptyCollection = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/** Absolute URL of a data file (MapLibre fetches in a worker, which needs absolute URLs). */
export function absoluteUrl(url: string, base: string): string {
  return new URL(url, base).href;
}

/**
 * Builds the fully offline style: no tile server, no glyph server (labels are drawn from
 * local fonts, which MapLibre does when the style has no `glyphs`), no sprite.
 * Relative data URLs are resolved against `base`. DEFERRED_SOURCES start empty.
 */
export function buildStyle(urls: GeographyUrls, base: string): StyleSpecification {
  const geo = (url: string | null, attribution?: string, promoteId?: string): SourceSpecification => ({
    type: 'geojson',
    data: url === null ? emptyCollection() : absoluteUrl(url, base),
    ...(attribution ? { attribution } : {}),
    ...(promoteId ? { promoteId } : {}),
  });
  const labels = labelLayers(); // the last one, Kreis names, stays on top of everything
  return {
    version: 8,
    name: 'Netzwerkkarte ThEKiZ – offline',
    sources: {
      nachbarn: geo(urls.nachbarn),
      land: geo(urls.land, ATTRIBUTION_BKG),
      kreise: geo(urls.kreise, undefined, 'ags'),
      gemeinden: geo(null, undefined, 'ags'),
      // Kreis populations come from GeoNames; this source is always drawn, so the credit always shows.
      kreisLabels: geo(urls.kreisLabels, ATTRIBUTION_GEONAMES),
      gemeindeLabels: geo(null),
      orte: geo(urls.orte, ATTRIBUTION_GEONAMES),
      // Filled from the active project (setData) once it is loaded from IndexedDB.
      [INSTITUTIONS_SOURCE]: geo(null),
      [IMPORT_PREVIEW_SOURCE]: geo(null),
      [DRAG_SOURCE]: geo(null),
    },
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.background } }, ...boundaryLayers(), ...labels.slice(0, -1), ...institutionLayers(), ...importPreviewLayers(), ...labels.slice(-1)],
  };
}

/** Source and layer of the optional online OSM basemap (added below everything else). */
export const OSM_SOURCE: SourceSpecification = {
  type: 'raster',
  tiles: [OSM_TILES],
  tileSize: 256,
  maxzoom: 19,
  attribution: ATTRIBUTION_OSM,
};
