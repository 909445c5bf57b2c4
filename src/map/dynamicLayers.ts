import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { KREIS_LABELS } from './layers/labels';

/**
 * Adds a GeoJSON source and its layers the first time they are needed, below the Kreis
 * names. Empty sources in the initial style cost the first map a measurable 20 % (every
 * source adds worker round trips and frames), so data layers join when data arrives.
 */
export function ensureSource(map: MapLibreMap, sourceId: string, layers: readonly LayerSpecification[], promoteId?: string): void {
  if (!map.getSource(sourceId)) map.addSource(sourceId, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, ...(promoteId ? { promoteId } : {}) });
  for (const layer of layers) if (!map.getLayer(layer.id)) map.addLayer(layer, map.getLayer(KREIS_LABELS) ? KREIS_LABELS : undefined);
}

/** The ids of those layers that exist now (queries on a missing layer throw). */
export function existingLayers(map: MapLibreMap, ids: readonly string[]): string[] {
  return ids.filter((id) => map.getLayer(id));
}
