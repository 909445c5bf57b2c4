import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';

export const WARM_UP_SOURCE = 'warm-up';

/** Nearly transparent: drawn (so the GPU prepares the drawing), but nothing shows. */
const FAINT = 0.004;

/** A copy of a data layer that draws the warm-up points, invisibly and without filter. */
export function warmUpLayer(spec: LayerSpecification): LayerSpecification | null {
  if (spec.type !== 'circle' && spec.type !== 'symbol') return null;
  const copy = { ...spec, id: `warm-up-${spec.id}`, source: WARM_UP_SOURCE } as LayerSpecification & { 'source-layer'?: string; filter?: unknown; minzoom?: number };
  delete copy['source-layer'];
  delete copy.filter;
  delete copy.minzoom;
  if (copy.type === 'circle') copy.paint = { ...copy.paint, 'circle-opacity': FAINT, 'circle-stroke-opacity': FAINT };
  if (copy.type === 'symbol') {
    copy.paint = { ...copy.paint, 'text-opacity': FAINT };
    copy.layout = { ...copy.layout, 'text-allow-overlap': true, 'text-ignore-placement': true };
  }
  return copy;
}

/**
 * Draws the point layers of the data once, invisibly, while the map is idle after it started.
 * Without a GPU the first frame that draws a kind of layer also prepares its drawing (shader
 * pipelines), which made the first frame after the first import of an empty project cost
 * 250 ms instead of 100; here that cost falls on an idle moment. The copies go at once.
 */
export function warmUpLayers(map: MapLibreMap, specs: readonly LayerSpecification[]): void {
  const c = map.getCenter();
  const point = (properties: Record<string, string | number>) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [c.lng, c.lat] }, properties });
  const props = { name: '·', symbol: '·', color: '#000000', status: 'warning', thekiz: 0 };
  map.addSource(WARM_UP_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [point({ ...props, point_count: 12, point_count_abbreviated: '12' }), point(props)] } });
  const ids: string[] = [];
  for (const spec of specs) {
    const copy = warmUpLayer(spec);
    if (!copy) continue;
    map.addLayer(copy);
    ids.push(copy.id);
  }
  map.once('idle', () => {
    if (!map.getStyle()) return;
    for (const id of ids) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(WARM_UP_SOURCE)) map.removeSource(WARM_UP_SOURCE);
  });
}
