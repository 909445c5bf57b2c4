import type { FeatureCollection, LineString } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Institution } from '../../domain/institution';
import { OTHER_TYPE_COLOR, PARTNERSHIP_TYPES, TYPE_COLORS, type Partnership } from '../../domain/partnership';

export const NETWORK_SOURCE = 'network-lines';
export const NETWORK_LINES = 'network-lines';

export type NetworkLineProps = { type: string; intensity: number };

/** Every partnership whose two ends are located, as a straight line. */
export function networkGeometry(institutions: readonly Institution[], partnerships: readonly Partnership[]): FeatureCollection<LineString, NetworkLineProps> {
  const at = new Map<string, [number, number]>();
  for (const i of institutions) if (i.lon !== null && i.lat !== null) at.set(i.id, [i.lon, i.lat]);
  const features: FeatureCollection<LineString, NetworkLineProps>['features'] = [];
  for (const p of partnerships) {
    const a = at.get(p.a);
    const b = at.get(p.b);
    if (a && b) features.push({ type: 'Feature', properties: { type: p.type, intensity: p.intensity }, geometry: { type: 'LineString', coordinates: [a, b] } });
  }
  return { type: 'FeatureCollection', features };
}

const colorByType: ExpressionSpecification = ['match', ['get', 'type'], ...PARTNERSHIP_TYPES.flatMap((t, i) => [t, TYPE_COLORS[i]]), OTHER_TYPE_COLOR] as unknown as ExpressionSpecification;

/** The whole network: colour by type, width by intensity, thin at low zoom. */
export function networkLayers(): LayerSpecification[] {
  return [
    {
      id: NETWORK_LINES,
      type: 'line',
      source: NETWORK_SOURCE,
      // Butt caps and hairlines at the overview: 20,000 lines are fill-bound without a GPU
      // (a frame took 670 ms in SwiftShader with round caps, 330 ms like this; 110 ms without lines).
      paint: {
        'line-color': colorByType,
        'line-opacity': 0.7,
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, ['*', 0.3, ['get', 'intensity']], 12, ['*', 1.1, ['get', 'intensity']]],
      },
    },
  ];
}
