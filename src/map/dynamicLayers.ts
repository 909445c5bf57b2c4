import type { GeoJSONSourceSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { KREIS_LABELS } from './layers/labels';

type SourceOptions = Omit<GeoJSONSourceSpecification, 'type' | 'data'>;

/**
 * Adds GeoJSON sources (empty) and their layers the first time they are needed, below the
 * Kreis names. Empty sources in the initial style cost the first map a measurable 20 %
 * (every source adds worker round trips and frames), so data layers join when data arrives.
 */
export function ensureSources(map: MapLibreMap, sources: Record<string, SourceOptions>, layers: readonly LayerSpecification[], before: readonly string[] = []): void {
  for (const [id, options] of Object.entries(sources)) {
    if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, ...options });
  }
  const beforeId = [...before, KREIS_LABELS].find((id) => map.getLayer(id));
  for (const layer of layers) if (!map.getLayer(layer.id)) map.addLayer(layer, beforeId);
}

/** The ids of those layers that exist now (queries on a missing layer throw). */
export function existingLayers(map: MapLibreMap, ids: readonly string[]): string[] {
  return ids.filter((id) => map.getLayer(id));
}
