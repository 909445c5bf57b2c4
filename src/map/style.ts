import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { GeographyUrls } from '../data/geography';
import { boundaryLayers } from './layers/boundaries';
import { labelLayers } from './layers/labels';
import { MAP_COLORS } from './layers/colors';

/** Attribution required by the data licences (DOMAIN.md). */
export const ATTRIBUTION_BKG = '© GeoBasis-DE / BKG (2016), dl-de/by-2-0';
export const ATTRIBUTION_GEONAMES = 'Orte: GeoNames (CC BY 4.0)';
export const ATTRIBUTION_OSM = '© OpenStreetMap-Mitwirkende';

/** The only third-party URL of the app; used only when the user switches the OSM basemap on. */
export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/**
 * Builds the fully offline style: no tile server, no glyph server (labels are drawn from
 * local fonts, which MapLibre does when the style has no `glyphs`), no sprite.
 * Relative data URLs are resolved against `base` (MapLibre needs absolute URLs in workers).
 */
export function buildStyle(urls: GeographyUrls, base: string): StyleSpecification {
  const geo = (url: string, attribution?: string, promoteId?: string): SourceSpecification => ({
    type: 'geojson',
    data: new URL(url, base).href,
    ...(attribution ? { attribution } : {}),
    ...(promoteId ? { promoteId } : {}),
  });
  return {
    version: 8,
    name: 'Netzwerkkarte ThEKiZ – offline',
    sources: {
      nachbarn: geo(urls.nachbarn),
      land: geo(urls.land, ATTRIBUTION_BKG),
      kreise: geo(urls.kreise, undefined, 'ags'),
      gemeinden: geo(urls.gemeinden, undefined, 'ags'),
      kreisLabels: geo(urls.kreisLabels),
      gemeindeLabels: geo(urls.gemeindeLabels),
      orte: geo(urls.orte, ATTRIBUTION_GEONAMES),
    },
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.background } }, ...boundaryLayers(), ...labelLayers()],
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
