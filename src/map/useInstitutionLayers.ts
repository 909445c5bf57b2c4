import { useEffect, type RefObject } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { ensureSources } from './dynamicLayers';
import { setDataInChunks } from './chunkedData';
import { whenStyleLoaded } from './useSelection';
import { CLUSTER_OPTIONS, INSTITUTIONS_SOURCE, SELECTION_SOURCE, THEKIZ_SOURCE, institutionLayers, splitThekiz, type InstitutionProps } from './layers/institutions';

const collection = <T,>(features: T[]) => ({ type: 'FeatureCollection' as const, features });

/**
 * Shows the institutions: ThEKiZ in their own never-clustered source, the others clustered
 * at low zoom (sent in slices, see chunkedData), and the selected one as a ring of its own,
 * so it shows even while its point sits in a cluster.
 */
export function useInstitutionLayers(mapRef: RefObject<MapLibreMap | null>, data: FeatureCollection<Point, InstitutionProps>, selected: string | null): void {
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    let stop = () => {};
    whenStyleLoaded(map, () => {
      if (data.features.length === 0 && !map.getSource(INSTITUTIONS_SOURCE)) return;
      ensureSources(map, { [INSTITUTIONS_SOURCE]: { ...CLUSTER_OPTIONS, promoteId: 'id' }, [THEKIZ_SOURCE]: {}, [SELECTION_SOURCE]: {} }, institutionLayers());
      const { thekiz, others } = splitThekiz(data.features);
      void map.getSource<GeoJSONSource>(THEKIZ_SOURCE)?.setData(collection(thekiz));
      stop = setDataInChunks(map.getSource<GeoJSONSource>(INSTITUTIONS_SOURCE)!, collection(others), undefined, () => {
        window.__institutionsSetAt = performance.now();
      });
    });
    return () => stop();
  }, [mapRef, data]);

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
