import { useEffect, type RefObject } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SourceSpecification } from 'maplibre-gl';
import { whenStyleLoaded } from './useSelection';

const SOURCE = 'osm';
const LAYER = 'osm-raster';

/**
 * Adds the online OSM raster basemap only while `on` is true; otherwise no request is made.
 * The offline fills are made translucent so the tiles show through.
 */
export function useOsmBasemap(mapRef: RefObject<MapLibreMap | null>, on: boolean, source: SourceSpecification): void {
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !on) return;
    whenStyleLoaded(map, () => {
      if (!map.getSource(SOURCE)) map.addSource(SOURCE, source);
      if (!map.getLayer(LAYER)) map.addLayer({ id: LAYER, type: 'raster', source: SOURCE }, 'nachbarn-fill');
      map.setPaintProperty('land-fill', 'fill-opacity', 0.15);
      map.setPaintProperty('nachbarn-fill', 'fill-opacity', 0.35);
    });
    return () => {
      if (!map.getStyle()) return;
      if (map.getLayer(LAYER)) map.removeLayer(LAYER);
      if (map.getSource(SOURCE)) map.removeSource(SOURCE);
      map.setPaintProperty('land-fill', 'fill-opacity', 0.92);
      map.setPaintProperty('nachbarn-fill', 'fill-opacity', 0.85);
    };
  }, [mapRef, on, source]);
}
