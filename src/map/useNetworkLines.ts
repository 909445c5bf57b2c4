import { useEffect, type RefObject } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, LineString } from 'geojson';
import { ensureSources } from './dynamicLayers';
import { whenStyleLoaded } from './useSelection';
import { INSTITUTION_CLUSTERS } from './layers/institutions';
import { PARTNER_LINES_SOURCE } from './layers/partnerLines';
import { bundleLines, NETWORK_LINES, NETWORK_SOURCE, networkLayers, OVERVIEW_LINES, OVERVIEW_SOURCE, type NetworkLineProps } from './layers/networkLines';

/** Draws the whole network's partnership lines (bundled in the overview) below everything else of the project, or hides them. */
export function useNetworkLines(mapRef: RefObject<MapLibreMap | null>, lines: FeatureCollection<LineString, NetworkLineProps> | null): void {
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    whenStyleLoaded(map, () => {
      const layers = [NETWORK_LINES, OVERVIEW_LINES];
      if (!lines) {
        for (const id of layers) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', 'none');
        return;
      }
      ensureSources(map, { [NETWORK_SOURCE]: {}, [OVERVIEW_SOURCE]: {} }, networkLayers(), [PARTNER_LINES_SOURCE, INSTITUTION_CLUSTERS]);
      for (const id of layers) map.setLayoutProperty(id, 'visibility', 'visible');
      void map.getSource<GeoJSONSource>(NETWORK_SOURCE)?.setData(lines);
      void map.getSource<GeoJSONSource>(OVERVIEW_SOURCE)?.setData(bundleLines(lines));
      window.__networkSetAt = performance.now();
    });
  }, [mapRef, lines]);
}
