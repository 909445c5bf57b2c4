import { useEffect, type RefObject } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, LineString } from 'geojson';
import { ensureSources } from './dynamicLayers';
import { whenStyleLoaded } from './useSelection';
import { INSTITUTION_CLUSTERS } from './layers/institutions';
import { PARTNER_LINES_SOURCE } from './layers/partnerLines';
import { NETWORK_LINES, NETWORK_SOURCE, networkLayers, type NetworkLineProps } from './layers/networkLines';

/** Draws the whole network's partnership lines below everything else of the project, or hides them. */
export function useNetworkLines(mapRef: RefObject<MapLibreMap | null>, lines: FeatureCollection<LineString, NetworkLineProps> | null): void {
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    whenStyleLoaded(map, () => {
      if (!lines) {
        if (map.getLayer(NETWORK_LINES)) map.setLayoutProperty(NETWORK_LINES, 'visibility', 'none');
        return;
      }
      ensureSources(map, { [NETWORK_SOURCE]: {} }, networkLayers(), [PARTNER_LINES_SOURCE, INSTITUTION_CLUSTERS]);
      map.setLayoutProperty(NETWORK_LINES, 'visibility', 'visible');
      void map.getSource<GeoJSONSource>(NETWORK_SOURCE)?.setData(lines);
      window.__networkSetAt = performance.now();
    });
  }, [mapRef, lines]);
}
