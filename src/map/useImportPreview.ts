import { useEffect, type RefObject } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { whenStyleLoaded } from './useSelection';
import { IMPORT_PREVIEW_SOURCE, importPreviewLayers } from './layers/importPreview';
import { ensureSources } from './dynamicLayers';

/** Shows the points of a checked import (or none) and frames them once. */
export function useImportPreview(mapRef: RefObject<MapLibreMap | null>, preview: FeatureCollection<Point> | null): void {
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    whenStyleLoaded(map, () => {
      if (!preview && !map.getSource(IMPORT_PREVIEW_SOURCE)) return;
      ensureSources(map, { [IMPORT_PREVIEW_SOURCE]: {} }, importPreviewLayers());
      map.getSource<GeoJSONSource>(IMPORT_PREVIEW_SOURCE)?.setData(preview ?? { type: 'FeatureCollection', features: [] });
      const coords = preview?.features.map((f) => f.geometry.coordinates) ?? [];
      if (coords.length === 0) return;
      const lons = coords.map((c) => c[0]);
      const lats = coords.map((c) => c[1]);
      map.fitBounds([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)], { padding: 60, maxZoom: 11, duration: 0 });
    });
  }, [mapRef, preview]);
}
