import { useEffect, useRef, type RefObject } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { ensureSources } from './dynamicLayers';
import { pointSourceSpec, registerPointProtocol, sendPoints, showPointVersion } from './pointSource';
import { afterFirstView, whenStyleLoaded } from './useSelection';
import {
  CLUSTER_OPTIONS, INSTITUTIONS_ALL_SOURCE, INSTITUTIONS_SOURCE, SELECTION_SOURCE, institutionLayers, splitThekiz, type InstitutionProps,
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

/** Adds the point-tile sources and all institution layers (once; they start empty). */
function ensurePointLayers(map: MapLibreMap, target: string): void {
  registerPointProtocol();
  for (const slot of [INSTITUTIONS_SOURCE, INSTITUTIONS_ALL_SOURCE]) if (!map.getSource(slot)) map.addSource(slot, pointSourceSpec(slot));
  ensureSources(map, { [SELECTION_SOURCE]: {} }, institutionLayers(target));
}

/**
 * Shows the institutions as point tiles (see pointSource: cut in the page for small sets, by
 * the points worker for big ones): the others clustered at low zoom, the ThEKiZ in a never-clustered layer of their own, and the selected
 * one as a ring of its own, so it shows even while its point sits in a cluster. The complete set
 * (`complete`: no filter hides any) stays in a slot of its own, so switching a filter off
 * needs no new data.
 *
 * The map keeps drawing the previous set until the new one is indexed complete: without a
 * GPU each frame costs 100–300 ms of main-thread time here, and MapLibre redraws for every data
 * change, so 100,000 points sent to it in slices meant a dozen frames; now they cost one reload.
 */
export function useInstitutionLayers(mapRef: RefObject<MapLibreMap | null>, data: FeatureCollection<Point, InstitutionProps>, selected: string | null, complete = true): void {
  // The features the complete-set slot holds (null while a send is unfinished; none at first).
  const allSent = useRef<Feature[] | null>([]);
  // The institution the ring shows (an empty ring is not sent again on every data change).
  const ringOf = useRef<unknown>(null);
  // Whether the filtered slot holds points (it is emptied while everything shows).
  const filteredHeld = useRef(false);
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    let stop = () => {};
    whenStyleLoaded(map, () => {
      const target = complete ? INSTITUTIONS_ALL_SOURCE : INSTITUTIONS_SOURCE;
      if (!map.getSource(target)) {
        // Before the first data the layers join once the map is drawn (not holding up the
        // first map); then the first import changes no style, it only loads tiles.
        if (data.features.length === 0) {
          stop = afterFirstView(map, () => ensurePointLayers(map, target));
          return;
        }
        ensurePointLayers(map, target);
      }
      const { thekiz, others } = splitThekiz(data.features);
      const done = () => {
        pointLayersAt(map, target);
        window.__institutionsSetAt = performance.now();
      };
      const all = [...others, ...thekiz];
      if (complete && sameFeatures(allSent.current, all)) {
        // An empty project's slot starts empty: nothing to send or to mark as drawn.
        if (all.length > 0) done();
        else pointLayersAt(map, target);
        return;
      }
      if (complete) allSent.current = null;
      let finished = false;
      let cancelShow = () => {};
      const halt = sendPoints(target, { clustered: others, single: thekiz }, CLUSTER_OPTIONS, (version) => {
        cancelShow = showPointVersion(map, target, version, () => {
          finished = true;
          if (complete) allSent.current = all;
          done();
          // The filtered set is not needed while everything shows: free its copy.
          if (complete && filteredHeld.current) {
            filteredHeld.current = false;
            sendPoints(INSTITUTIONS_SOURCE, { clustered: [], single: [] }, CLUSTER_OPTIONS, (v) => showPointVersion(map, INSTITUTIONS_SOURCE, v, () => {}));
          }
          if (!complete) filteredHeld.current = true;
        });
      });
      stop = () => {
        halt();
        cancelShow();
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
      if ((hit ?? null) === ringOf.current) return;
      ringOf.current = hit ?? null;
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
