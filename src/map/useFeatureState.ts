import { useEffect, type RefObject } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Runs `fn` now if the style is loaded, else once it is. */
export function whenStyleLoaded(map: MapLibreMap, fn: () => void): void {
  if (map.isStyleLoaded()) fn();
  else map.once('load', fn);
}

/**
 * Marks one feature of a source as `selected` through feature-state (ids are the AGS via
 * promoteId), clearing the previous one. No layer is rebuilt.
 */
export function useFeatureState(mapRef: RefObject<MapLibreMap | null>, source: string, id: string | null): void {
  useEffect(() => {
    const map = mapRef.current;
    if (!map || id === null) return;
    const target = { source, id };
    whenStyleLoaded(map, () => map.setFeatureState(target, { selected: true }));
    return () => {
      if (map.getSource(source)) map.setFeatureState(target, { selected: false });
    };
  }, [mapRef, source, id]);
}
