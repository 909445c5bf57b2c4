import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { GeographyUrls } from '../data/geography';
import { boundaryLayers } from './layers/boundaries';
import { labelLayers } from './layers/labels';
import { MAP_COLORS } from './layers/colors';
import { MAP_CREDIT_BOUNDARIES, MAP_CREDIT_PEOPLE } from '../domain/attribution';

/** Attribution required by the data licences (DOMAIN.md, src/domain/attribution.ts). */
export const ATTRIBUTION_BKG = MAP_CREDIT_BOUNDARIES;
export const ATTRIBUTION_GEONAMES = MAP_CREDIT_PEOPLE;
export const ATTRIBUTION_OSM = '© OpenStreetMap-Mitwirkende';

/** The only third-party URL of the app; used only when the user switches the OSM basemap on. */
export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/**
 * Sources not needed for the first view (Gemeinden show from zoom 8.5 on, places from 7.6; the
 * first view of Thuringia is about zoom 7.3, of Germany 5). They and their
 * layers join the map right after its first `idle` (see `deferredParts`), so the first map
 * is not held up by them: even an empty source costs the first map measurable time.
 */
export const DEFERRED_SOURCES = ['gemeinden', 'gemeindeLabels', 'orte'] as const satisfies readonly (keyof GeographyUrls)[];
type Deferred = (typeof DEFERRED_SOURCES)[number];

/** Absolute URL of a data file (MapLibre fetches in a worker, which needs absolute URLs). */
export function absoluteUrl(url: string, base: string): string {
  return new URL(url, base).href;
}

/**
 * How far (in screen pixels) borders may be simplified at each zoom: MapLibre's default 0.375
 * keeps a vertex every pixel or so, and without a GPU every vertex of a border line costs
 * each frame (the Kreis lines cost a third less at 1 px). A pixel stays invisible.
 */
export const BORDER_TOLERANCE = 1;

function geoSource(url: string, base: string, options: { attribution?: string; promoteId?: string; tolerance?: number } = {}): SourceSpecification {
  const { attribution, promoteId, tolerance } = options;
  return {
    type: 'geojson',
    data: absoluteUrl(url, base),
    ...(attribution ? { attribution } : {}),
    ...(promoteId ? { promoteId } : {}),
    ...(tolerance !== undefined ? { tolerance } : {}),
  };
}

/** How the style adapts to the planning area. */
export interface StyleOptions {
  /** Many Kreise in view (a large Land, all of Germany): Kreis names may not overlap. */
  crowded?: boolean;
}

/** Every layer of the map in drawing order (the last, Kreis names, stays on top). */
function allLayers(options: StyleOptions): LayerSpecification[] {
  return [{ id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.background } }, ...boundaryLayers(), ...labelLayers(options.crowded ?? false)];
}

const isDeferred = (l: LayerSpecification) => 'source' in l && (DEFERRED_SOURCES as readonly string[]).includes(String(l.source));

/**
 * Builds the fully offline style of the first view: no tile server, no glyph server (labels
 * are drawn from local fonts, which MapLibre does when the style has no `glyphs`), no
 * sprite. Relative data URLs are resolved against `base`.
 */
export function buildStyle(urls: GeographyUrls, base: string, options: StyleOptions = {}): StyleSpecification {
  return {
    version: 8,
    name: 'Netzwerkkarte ThEKiZ – offline',
    sources: {
      nachbarn: geoSource(urls.nachbarn, base, { tolerance: BORDER_TOLERANCE }),
      land: geoSource(urls.land, base, { attribution: ATTRIBUTION_BKG, tolerance: BORDER_TOLERANCE }),
      kreise: geoSource(urls.kreise, base, { promoteId: 'ags', tolerance: BORDER_TOLERANCE }),
      // Kreis populations come from the Zensus; this source is always drawn, so the credit always shows.
      kreisLabels: geoSource(urls.kreisLabels, base, { attribution: ATTRIBUTION_GEONAMES }),
    },
    layers: allLayers(options).filter((l) => !isDeferred(l)),
  };
}

/**
 * The deferred sources and their layers, each layer with the id of the layer it goes
 * below, so the finished map draws in exactly the order of `allLayers`.
 */
export function deferredParts(urls: GeographyUrls, base: string, options: StyleOptions = {}): { sources: Record<Deferred, SourceSpecification>; layers: { layer: LayerSpecification; before: string }[] } {
  const all = allLayers(options);
  const layers = all.flatMap((layer, i) => {
    if (!isDeferred(layer)) return [];
    const next = all.slice(i + 1).find((l) => !isDeferred(l));
    return next ? [{ layer, before: next.id }] : [];
  });
  return {
    sources: {
      gemeinden: geoSource(urls.gemeinden, base, { promoteId: 'ags', tolerance: BORDER_TOLERANCE }),
      gemeindeLabels: geoSource(urls.gemeindeLabels, base),
      orte: geoSource(urls.orte, base, { attribution: ATTRIBUTION_GEONAMES }),
    },
    layers,
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
