import { useEffect, type RefObject } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { selectionFilter } from './layers/boundaries';

/** Runs `fn` now if the style is loaded, else once it is. */
export function whenStyleLoaded(map: MapLibreMap, fn: () => void): void {
  // Not map.isStyleLoaded(): it is false while any source is still loading tiles, and the
  // 'load' event it would wait for has long passed, so the update would be lost.
  if (loadedMaps.has(map)) fn();
  else map.once('load', fn);
}

const loadedMaps = new WeakSet<MapLibreMap>();

/** Remembers that the map's style has loaded once (call right after creating the map). */
export function trackStyleLoaded(map: MapLibreMap): void {
  map.once('load', () => loadedMaps.add(map));
}

/**
 * Shows the selection of one area level: the fill through feature-state (ids are the AGS via
 * promoteId), the outline layer through its filter.
 */
export function useSelection(mapRef: RefObject<MapLibreMap | null>, source: string, outlineLayer: string, id: string | null): void {
  useEffect(() => {
    const map = mapRef.current;
    if (!map || id === null) return;
    const target = { source, id };
    whenStyleLoaded(map, () => {
      if (!map.getSource(source) || !map.getLayer(outlineLayer)) return; // Gemeinden join after the first idle
      map.setFeatureState(target, { selected: true });
      map.setFilter(outlineLayer, selectionFilter(id));
    });
    return () => {
      if (!map.getStyle() || !map.getSource(source) || !map.getLayer(outlineLayer)) return;
      map.setFeatureState(target, { selected: false });
      map.setFilter(outlineLayer, selectionFilter(null));
    };
  }, [mapRef, source, outlineLayer, id]);
}
