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
const drawnMaps = new WeakSet<MapLibreMap>();

/** Remembers that the map's style has loaded and its first view was drawn (call right after creating the map). */
export function trackStyleLoaded(map: MapLibreMap): void {
  map.once('load', () => loadedMaps.add(map));
  map.once('idle', () => drawnMaps.add(map));
}

/**
 * Runs `fn` once the first view of the map is drawn (its first `idle`): for parts the first
 * view does not need, which would hold it up. Returns a function that cancels the wait.
 */
export function afterFirstView(map: MapLibreMap, fn: () => void): () => void {
  if (drawnMaps.has(map)) {
    fn();
    return () => {};
  }
  const run = () => fn();
  map.once('idle', run);
  return () => map.off('idle', run);
}

/**
 * Shows the selection of one area level: its fill and outline layers are filtered to the
 * selected key, so they hold one feature instead of a hidden copy of every area, and are
 * hidden while nothing is selected (a layer drawing nothing still costs a frame its
 * stencil masks).
 */
export function useSelection(mapRef: RefObject<MapLibreMap | null>, layers: readonly string[], id: string | null): void {
  useEffect(() => {
    const map = mapRef.current;
    if (!map || id === null) return;
    const present = () => layers.filter((l) => map.getStyle() && map.getLayer(l));
    whenStyleLoaded(map, () => {
      // Gemeinden join after the first idle
      for (const l of present()) {
        map.setFilter(l, selectionFilter(id));
        map.setLayoutProperty(l, 'visibility', 'visible');
      }
    });
    return () => {
      for (const l of present()) {
        map.setLayoutProperty(l, 'visibility', 'none');
        map.setFilter(l, selectionFilter(null));
      }
    };
  }, [mapRef, layers, id]);
}
