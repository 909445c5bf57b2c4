import { useEffect, useRef, type RefObject } from 'react';
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { InstitutionId } from '../domain/ids';
import { DRAG_SOURCE, INSTITUTION_POINTS, THEKIZ_POINTS, dragLayers } from './layers/institutions';
import { ensureSources, existingLayers } from './dynamicLayers';

/**
 * Lets the user drag the SELECTED institution's point: the map stops panning while the
 * point follows the pointer (a one-point source), and on release `onMove` gets the new
 * position. (Keyboard users type coordinates in the form instead.)
 */
export function useDragInstitution(mapRef: RefObject<MapLibreMap | null>, selected: string | null, onMove: (id: InstitutionId, lngLat: [number, number]) => void): void {
  const onMoveRef = useRef(onMove);
  useEffect(() => {
    onMoveRef.current = onMove;
  }, [onMove]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !selected) return;
    const source = () => map.getSource<GeoJSONSource>(DRAG_SOURCE);
    const show = (lngLat: [number, number] | null) =>
      source()?.setData({ type: 'FeatureCollection', features: lngLat ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: lngLat } }] : [] });
    let dragging = false;
    const onMoveEvt = (e: MapMouseEvent) => show([e.lngLat.lng, e.lngLat.lat]);
    const onUp = (e: MapMouseEvent) => {
      map.off('mousemove', onMoveEvt);
      map.dragPan.enable();
      map.getCanvas().style.cursor = '';
      show(null);
      if (dragging) onMoveRef.current(selected as InstitutionId, [e.lngLat.lng, e.lngLat.lat]);
      dragging = false;
    };
    const onDown = (e: MapMouseEvent) => {
      const layers = existingLayers(map, [INSTITUTION_POINTS, THEKIZ_POINTS]);
      const hit = layers.length ? map.queryRenderedFeatures([[e.point.x - 4, e.point.y - 4], [e.point.x + 4, e.point.y + 4]], { layers }) : [];
      if (!hit.some((f) => String(f.properties.id) === selected)) return;
      e.preventDefault();
      ensureSources(map, { [DRAG_SOURCE]: {} }, dragLayers());
      dragging = true;
      map.dragPan.disable();
      map.getCanvas().style.cursor = 'grabbing';
      map.on('mousemove', onMoveEvt);
      map.once('mouseup', onUp);
    };
    map.on('mousedown', onDown);
    return () => {
      map.off('mousedown', onDown);
      map.off('mousemove', onMoveEvt);
      map.off('mouseup', onUp);
      map.dragPan.enable();
    };
  }, [mapRef, selected]);
}
