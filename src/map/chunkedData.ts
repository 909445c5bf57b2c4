import type { GeoJSONSource } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

/** Features handed to MapLibre per task: its main-thread serialisation of 100,000 took ~250 ms. */
export const FEATURES_PER_TASK = 8_000;

/**
 * Sets a big FeatureCollection in slices, one per task, so the page stays responsive:
 * the first slice with setData, the rest with updateData (the source needs feature ids,
 * e.g. promoteId). Returns a function that stops sending the remaining slices (when newer
 * data comes).
 */
export function setDataInChunks(source: GeoJSONSource, data: FeatureCollection, perTask = FEATURES_PER_TASK, onDone?: () => void): () => void {
  let stopped = false;
  const { features } = data;
  // Even the first slice waits for its own task: the render that produced the data is one already.
  setTimeout(() => {
    if (stopped) return;
    void source.setData({ type: 'FeatureCollection', features: features.slice(0, perTask) });
    if (features.length <= perTask) onDone?.();
  }, 0);
  const next = (start: number) => {
    if (stopped || start >= features.length) return;
    setTimeout(() => {
      if (stopped) return;
      void source.updateData({ add: features.slice(start, start + perTask) });
      if (start + perTask >= features.length) onDone?.();
      else next(start + perTask);
    }, 0);
  };
  next(perTask);
  return () => {
    stopped = true;
  };
}
