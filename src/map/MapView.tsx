import { useEffect, useRef } from 'react';
import { Map as MapLibreMap, NavigationControl, Popup, ScaleControl, setWorkerUrl, type VectorTileSource, type MapGeoJSONFeature, type PointLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeographyUrls } from '../data/geography';
import type { PlanningArea } from '../domain/areas';
import { toAreaInfo, type AreaInfo } from '../domain/area';
import type { FrameRequest } from '../state/store';
import { buildStyle, deferredParts, OSM_SOURCE } from './style';
import { GEMEINDE_FILL, GEMEINDE_SELECTED, GEMEINDE_SELECTED_FILL, KREIS_FILL, KREIS_SELECTED, KREIS_SELECTED_FILL } from './layers/boundaries';
import { trackStyleLoaded, useSelection } from './useSelection';
import { INSTITUTION_CLUSTERS, INSTITUTION_POINTS, INSTITUTIONS_SOURCE, THEKIZ_POINTS, institutionLayers, type InstitutionProps } from './layers/institutions';
import { importPreviewLayers } from './layers/importPreview';
import { warmUpLayers } from './warmUp';
import { useInstitutionLayers } from './useInstitutionLayers';
import { usePartnerLayers } from './usePartnerLayers';
import type { partnerGeometry } from './layers/partnerLines';
import { existingLayers } from './dynamicLayers';
import { clusterExpansionZoom, pointValues, pointsSent } from './pointSource';
import { startPointStores } from './pointStore';
import type { InstitutionId } from '../domain/ids';
import type { FeatureCollection, Point } from 'geojson';
import { useOsmBasemap } from './useOsmBasemap';
import { useImportPreview } from './useImportPreview';
import { useDragInstitution } from './useDragInstitution';
import { useNetworkLines } from './useNetworkLines';
import { useCoverageLayers, type CoverageMapData } from './useCoverageLayers';
import { framedSnapshot, mapSnapshot, snapshot } from './mapSnapshot';
import type { networkGeometry } from './layers/networkLines';

setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /** The map instance, for browser tests and the benchmark. */
    __thekizMap?: MapLibreMap;
    /** A property of every institution the map's point tiles draw (tests: what the map holds). */
    __thekizMapPoints?: (key: string) => Promise<unknown[]>;
    /** performance.now() at the map's first `idle` event. */
    __mapReadyAt?: number;
    /** performance.now() at the first `idle` after the deferred layers (Gemeinden) joined. */
    __mapCompleteAt?: number;
    /** performance.now() when the last slice of institutions / the network lines went to MapLibre (benchmark). */
    __institutionsSetAt?: number;
    __networkSetAt?: number;
  }
}

/** What was under a click on the map. */
export interface MapClick {
  lngLat: [number, number];
  institutionId: InstitutionId | null;
  kreis: AreaInfo | null;
  gemeinde: AreaInfo | null;
}

export interface MapViewProps {
  ariaLabel: string;
  /** The planning area whose geography is drawn, and its files; fixed for the life of the map (key the view by it). */
  area: PlanningArea;
  urls: GeographyUrls;
  institutions: FeatureCollection<Point, InstitutionProps>;
  /** `institutions` is the whole project (no filter hides any). */
  institutionsComplete?: boolean;
  importPreview: FeatureCollection<Point> | null;
  /** Lines to the selected institution's partners, and their points. */
  partners: ReturnType<typeof partnerGeometry>;
  /** Lines of the whole (filtered) network, or null when hidden. */
  networkLines: ReturnType<typeof networkGeometry> | null;
  /** Coverage grid or choropleth with gaps and what-if sites; null when the analysis is closed. */
  coverage: CoverageMapData | null;
  selectedInstitution: string | null;
  /** Crosshair cursor while a click places something. */
  placing: boolean;
  onClick: (click: MapClick) => void;
  /** The selected institution was dragged to a new point. */
  onMove: (id: InstitutionId, lngLat: [number, number]) => void;
  /** The camera after each move (centre, zoom). */
  onCamera?: (camera: { center: [number, number]; zoom: number }) => void;
  osmBasemap: boolean;
  selectedKreis: string | null;
  selectedGemeinde: string | null;
  frame: FrameRequest | null;
}

function firstArea(features: MapGeoJSONFeature[], layer: string): AreaInfo | null {
  const f = features.find((x) => x.layer.id === layer);
  return f ? toAreaInfo(f.properties) : null;
}

const KREIS_SELECTION_LAYERS = [KREIS_SELECTED_FILL, KREIS_SELECTED];
const GEMEINDE_SELECTION_LAYERS = [GEMEINDE_SELECTED_FILL, GEMEINDE_SELECTED];

/** How far beyond the planning area the map can be panned (degrees). */
const PAN_MARGIN = 2.5;
/** Areas larger than this (square degrees; Thuringia ≈ 4, Saxony ≈ 5, Bavaria ≈ 16) have crowded Kreis names. */
const CROWDED_DEG2 = 6;

/** The map of the planning area. The only component that talks to MapLibre. */
export function MapView({ ariaLabel, area, urls, institutions, institutionsComplete = true, importPreview, partners, networkLines, coverage, selectedInstitution, placing, onClick, onMove, onCamera, osmBasemap, selectedKreis, selectedGemeinde, frame }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const onClickRef = useRef(onClick);
  const onCameraRef = useRef(onCamera);
  const placingRef = useRef(placing);
  useEffect(() => {
    onClickRef.current = onClick;
    placingRef.current = placing;
    onCameraRef.current = onCamera;
  }, [onClick, placing, onCamera]);

  useEffect(() => {
    if (!container.current) return;
    const [w, s, e, n] = area.bbox;
    const styleOptions = { crowded: (e - w) * (n - s) > CROWDED_DEG2 };
    const map = new MapLibreMap({
      container: container.current,
      style: buildStyle(urls, window.location.href, styleOptions),
      bounds: area.bbox,
      fitBoundsOptions: { padding: 24 },
      minZoom: 4,
      maxZoom: 16,
      maxBounds: [w - PAN_MARGIN, s - PAN_MARGIN / 2, e + PAN_MARGIN, n + PAN_MARGIN / 2],
      attributionControl: { compact: false },
      // Labels appear at once: a fade keeps the map repainting (expensive without a GPU) for no gain.
      fadeDuration: 0,
      dragRotate: false,
      pitchWithRotate: false,
    });
    trackStyleLoaded(map);
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    map.once('idle', () => {
      window.__mapReadyAt = performance.now();
      container.current?.setAttribute('data-map-ready', 'true');
      startPointStores();
      const deferred = deferredParts(urls, window.location.href, styleOptions);
      for (const [id, spec] of Object.entries(deferred.sources)) map.addSource(id, spec);
      for (const { layer, before } of deferred.layers) map.addLayer(layer, before);
      // Everything of the base map is drawn at the next idle (benchmark mark).
      map.once('idle', () => {
        window.__mapCompleteAt = performance.now();
        // Only where no point has been drawn yet (an empty project): with data the real
        // layers are drawn anyway, and each extra frame delays everything after the start.
        if (!pointsSent()) warmUpLayers(map, [...institutionLayers(), ...importPreviewLayers()]);
      });
    });
    map.on('click', (e) => {
      // A point wins over the area under it; a few pixels of slack make small points easy to hit.
      const box: [PointLike, PointLike] = [[e.point.x - 4, e.point.y - 4], [e.point.x + 4, e.point.y + 4]];
      const point = map.queryRenderedFeatures(box, { layers: existingLayers(map, [THEKIZ_POINTS, INSTITUTION_POINTS]) })[0];
      const cluster = point ? undefined : map.queryRenderedFeatures(box, { layers: existingLayers(map, [INSTITUTION_CLUSTERS]) })[0];
      if (cluster) {
        // A click on a cluster zooms in until it opens.
        const tiles = map.getSource<VectorTileSource>(map.getLayer(INSTITUTION_CLUSTERS)?.source ?? INSTITUTIONS_SOURCE)?.tiles?.[0] ?? '';
        void clusterExpansionZoom(tiles, Number(cluster.properties.cluster_id)).then((zoom) => {
          if (zoom !== null) map.easeTo({ center: e.lngLat, zoom: zoom + 0.2 });
        });
        return;
      }
      const hits = point ? [] : map.queryRenderedFeatures(e.point, { layers: existingLayers(map, [KREIS_FILL, GEMEINDE_FILL]) });
      onClickRef.current({
        lngLat: [e.lngLat.lng, e.lngLat.lat],
        institutionId: point ? (String(point.properties.id) as InstitutionId) : null,
        kreis: firstArea(hits, KREIS_FILL),
        gemeinde: firstArea(hits, GEMEINDE_FILL),
      });
    });
    // Hovering a point names it (as text: names come from files and users).
    const tooltip = new Popup({ closeButton: false, closeOnClick: false, offset: 10, className: 'map-tooltip' });
    map.on('mousemove', (e) => {
      if (placingRef.current) return;
      const hits = map.queryRenderedFeatures(e.point, { layers: existingLayers(map, [THEKIZ_POINTS, INSTITUTION_POINTS, INSTITUTION_CLUSTERS, KREIS_FILL]) });
      map.getCanvas().style.cursor = hits.length > 0 ? 'pointer' : '';
      const point = hits.find((f) => f.layer.id === THEKIZ_POINTS || f.layer.id === INSTITUTION_POINTS);
      if (point) tooltip.setLngLat(e.lngLat).setText(String(point.properties.name)).addTo(map);
      else tooltip.remove();
    });
    map.on('mouseout', () => tooltip.remove());
    const emitCamera = () => {
      const c = map.getCenter();
      onCameraRef.current?.({ center: [Math.round(c.lng * 1e5) / 1e5, Math.round(c.lat * 1e5) / 1e5], zoom: Math.round(map.getZoom() * 100) / 100 });
    };
    map.on('moveend', emitCamera);
    map.once('load', emitCamera);
    mapRef.current = map;
    window.__thekizMap = map;
    window.__thekizMapPoints = (key) => pointValues(map.getSource<VectorTileSource>(map.getLayer(INSTITUTION_POINTS)?.source ?? INSTITUTIONS_SOURCE)?.tiles?.[0] ?? '', key);
    mapSnapshot.current = (ratio, bbox, options) => (bbox ? framedSnapshot(map, ratio, bbox, options) : snapshot(map, ratio));
    return () => {
      mapSnapshot.current = null;
      mapRef.current = null;
      if (window.__thekizMap === map) delete window.__thekizMap;
      map.remove();
    };
    // The view is keyed by the area, so `area` never changes for one map.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    mapRef.current?.getCanvas().setAttribute('aria-label', ariaLabel);
  }, [ariaLabel]);

  useSelection(mapRef, KREIS_SELECTION_LAYERS, selectedKreis);
  useSelection(mapRef, GEMEINDE_SELECTION_LAYERS, selectedGemeinde);
  useOsmBasemap(mapRef, osmBasemap, OSM_SOURCE);

  useInstitutionLayers(mapRef, institutions, selectedInstitution, institutionsComplete);
  usePartnerLayers(mapRef, partners);
  useNetworkLines(mapRef, networkLines);
  useCoverageLayers(mapRef, coverage);
  useImportPreview(mapRef, importPreview);
  useDragInstitution(mapRef, selectedInstitution, onMove);

  useEffect(() => {
    const canvas = mapRef.current?.getCanvas();
    if (canvas) canvas.style.cursor = placing ? 'crosshair' : '';
  }, [placing]);

  useEffect(() => {
    if (frame?.camera) mapRef.current?.flyTo({ center: frame.camera.center, zoom: frame.camera.zoom, duration: 1400, essential: true });
    else if (frame) mapRef.current?.fitBounds(frame.bbox, { padding: 48, duration: 600 });
  }, [frame]);

  return <div ref={container} className="map" data-testid="map" />;
}
