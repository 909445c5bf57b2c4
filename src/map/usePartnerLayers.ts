import { useEffect, type RefObject } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { ensureSources } from './dynamicLayers';
import { whenStyleLoaded } from './useSelection';
import { INSTITUTION_CLUSTERS } from './layers/institutions';
import { PARTNER_LINES_SOURCE, PARTNER_POINTS_SOURCE, partnerLayers, type partnerGeometry } from './layers/partnerLines';

/** Draws the selected institution's partnership lines and partner rings (below the points). */
export function usePartnerLayers(mapRef: RefObject<MapLibreMap | null>, geometry: ReturnType<typeof partnerGeometry>): void {
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    whenStyleLoaded(map, () => {
      if (geometry.lines.features.length === 0 && !map.getSource(PARTNER_LINES_SOURCE)) return;
      ensureSources(map, { [PARTNER_LINES_SOURCE]: {}, [PARTNER_POINTS_SOURCE]: {} }, partnerLayers(), [INSTITUTION_CLUSTERS]);
      void map.getSource<GeoJSONSource>(PARTNER_LINES_SOURCE)?.setData(geometry.lines);
      void map.getSource<GeoJSONSource>(PARTNER_POINTS_SOURCE)?.setData(geometry.partners);
    });
  }, [mapRef, geometry]);
}
