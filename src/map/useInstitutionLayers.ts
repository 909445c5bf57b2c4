import { useEffect, useRef, type RefObject } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { ensureSources } from './dynamicLayers';
import { FEATURES_PER_TASK, setDataInChunks } from './chunkedData';
import { whenStyleLoaded } from './useSelection';
import {
  CLUSTER_OPTIONS, INSTITUTIONS_ALL_SOURCE, INSTITUTIONS_SOURCE, SELECTION_SOURCE, THEKIZ_SOURCE, institutionLayers, splitThekiz, type InstitutionProps,
} from './layers/institutions';

const collection = <T,>(features: T[]) => ({ type: 'FeatureCollection' as const, features });

/** True when both lists hold the very same feature objects (features are cached per record). */
function sameFeatures(a: readonly Feature[] | null, b: readonly Feature[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Points the clustered layers at `source`, keeping their place in the drawing order. */
function pointLayersAt(map: MapLibreMap, source: string): void {
  const specs = institutionLayers(source);
  const order = map.getStyle().layers.map((l) => l.id);
  for (const spec of specs) {
    if (!('source' in spec) || (spec.source !== INSTITUTIONS_SOURCE && spec.source !== INSTITUTIONS_ALL_SOURCE)) continue;
    const layer = map.getLayer(spec.id);
    if (!layer || layer.source === source) continue;
    const before = order[order.indexOf(spec.id) + 1];
    map.removeLayer(spec.id);
    map.addLayer(spec, before);
  }
}

/** Shows or hides the layers drawn from `source` (the clustered institutions). */
function showLayersOf(map: MapLibreMap, source: string, visible: boolean): void {
  const value = visible ? 'visible' : 'none';
  for (const layer of map.getStyle().layers) {
    if ('source' in layer && layer.source === source && (layer.layout?.visibility ?? 'visible') !== value) map.setLayoutProperty(layer.id, 'visibility', value);
  }
}

/**
 * Shows the institutions: ThEKiZ in their own never-clustered source, the others clustered
 * at low zoom (sent in slices, see chunkedData), and the selected one as a ring of its own,
 * so it shows even while its point sits in a cluster. The complete set (`complete`: no filter
 * hides any) stays in a source of its own, so switching a filter off needs no new data.
 */
export function useInstitutionLayers(mapRef: RefObject<MapLibreMap | null>, data: FeatureCollection<Point, InstitutionProps>, selected: string | null, complete = true): void {
  // The features the complete-set source holds (null while a send is unfinished).
  const allSent = useRef<Feature[] | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    let stop = () => {};
    whenStyleLoaded(map, () => {
      if (data.features.length === 0 && !map.getSource(INSTITUTIONS_SOURCE)) return;
      const target = complete ? INSTITUTIONS_ALL_SOURCE : INSTITUTIONS_SOURCE;
      ensureSources(
        map,
        { [INSTITUTIONS_SOURCE]: { ...CLUSTER_OPTIONS, promoteId: 'id' }, [INSTITUTIONS_ALL_SOURCE]: { ...CLUSTER_OPTIONS, promoteId: 'id' }, [THEKIZ_SOURCE]: {}, [SELECTION_SOURCE]: {} },
        institutionLayers(target),
      );
      const { thekiz, others } = splitThekiz(data.features);
      void map.getSource<GeoJSONSource>(THEKIZ_SOURCE)?.setData(collection(thekiz));
      pointLayersAt(map, target);
      // The filtered set is not needed while everything shows: free the worker's copy.
      if (complete) void map.getSource<GeoJSONSource>(INSTITUTIONS_SOURCE)?.setData(collection([]));
      const done = () => {
        showLayersOf(map, target, true);
        window.__institutionsSetAt = performance.now();
      };
      if (complete && sameFeatures(allSent.current, others)) {
        done();
        return;
      }
      if (complete) allSent.current = null;
      let finished = false;
      // While a big set streams in, its layers are hidden: each slice re-clusters the source,
      // and would reload and redraw its tiles (without a GPU a frame costs 100–300 ms here);
      // hidden, the source has no tiles, and the set is drawn once, when complete.
      if (others.length > FEATURES_PER_TASK) showLayersOf(map, target, false);
      const halt = setDataInChunks(map.getSource<GeoJSONSource>(target)!, collection(others), undefined, () => {
        finished = true;
        if (complete) allSent.current = others;
        done();
      });
      stop = () => {
        halt();
        if (complete && !finished) allSent.current = null;
      };
    });
    return () => stop();
  }, [mapRef, data, complete]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    whenStyleLoaded(map, () => {
      const ring = map.getSource<GeoJSONSource>(SELECTION_SOURCE);
      if (!ring) return;
      const hit = selected ? data.features.find((f) => f.properties.id === selected) : undefined;
      void ring.setData(collection(hit ? [hit] : []));
    });
  }, [mapRef, data, selected]);

  // A selection made in the list or the graph brings its point into view.
  useEffect(() => {
    const map = mapRef.current;
    const hit = selected ? data.features.find((f) => f.properties.id === selected) : undefined;
    if (!map || !hit) return;
    const [lon, lat] = hit.geometry.coordinates;
    if (!map.getBounds().contains([lon, lat])) map.easeTo({ center: [lon, lat], duration: 500 });
    // Only when the selection changes, not on every data update.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mapRef, selected]);
}
