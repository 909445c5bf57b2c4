import { useEffect, type RefObject } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, LineString } from 'geojson';
import { ensureSources } from './dynamicLayers';
import { whenStyleLoaded } from './useSelection';
import { pointsPending } from './pointSource';
import { INSTITUTION_CLUSTERS } from './layers/institutions';
import { PARTNER_LINES_SOURCE } from './layers/partnerLines';
import { bundleLines, DETAIL_MINZOOM, NETWORK_LINES, NETWORK_SOURCE, networkLayers, OVERVIEW_LINES, OVERVIEW_SOURCE, type NetworkLineProps } from './layers/networkLines';

/** Draws the whole network's partnership lines (bundled in the overview) below everything else of the project, or hides them. */
export function useNetworkLines(mapRef: RefObject<MapLibreMap | null>, lines: FeatureCollection<LineString, NetworkLineProps> | null): void {
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    let stop = () => {};
    whenStyleLoaded(map, () => {
      const layers = [NETWORK_LINES, OVERVIEW_LINES];
      if (!lines) {
        for (const id of layers) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', 'none');
        return;
      }
      ensureSources(map, { [NETWORK_SOURCE]: {}, [OVERVIEW_SOURCE]: {} }, networkLayers(), [PARTNER_LINES_SOURCE, INSTITUTION_CLUSTERS]);
      for (const id of layers) map.setLayoutProperty(id, 'visibility', 'visible');
      // The lines join once the points are drawn: while tiles load, every frame would draw them
      // again (costly without a GPU), and the points matter first.
      const bundled = bundleLines(lines);
      const setOverview = () => {
        void map.getSource<GeoJSONSource>(OVERVIEW_SOURCE)?.setData(bundled);
        window.__networkSetAt = performance.now();
      };
      if (map.loaded() && !pointsPending()) setOverview();
      else {
        // The points may still be in their worker (no tile loading yet): wait for them too,
        // but not for ever (a worker that never answers must not hide the lines).
        const since = performance.now();
        const onIdle = () => {
          if (pointsPending() && performance.now() - since < 5000) return;
          map.off('idle', onIdle);
          setOverview();
        };
        map.on('idle', onIdle);
        const previous = stop;
        stop = () => {
          previous();
          map.off('idle', onIdle);
        };
      }
      // Every single line only from the zoom where it shows: indexing 20,000 lines costs the
      // map's worker time the overview needs.
      const detail = () => {
        if (map.getZoom() < DETAIL_MINZOOM - 0.5) return false;
        void map.getSource<GeoJSONSource>(NETWORK_SOURCE)?.setData(lines);
        return true;
      };
      if (detail()) return;
      const onZoom = () => {
        if (detail()) map.off('zoomend', onZoom);
      };
      map.on('zoomend', onZoom);
      const before = stop;
      stop = () => {
        before();
        map.off('zoomend', onZoom);
      };
    });
    return () => stop();
  }, [mapRef, lines]);
}
