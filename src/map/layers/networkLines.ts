import type { FeatureCollection, LineString } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Institution } from '../../domain/institution';
import { OTHER_TYPE_COLOR, OTHER_TYPE_DASH, PARTNERSHIP_TYPES, TYPE_COLORS, TYPE_DASHES, type Partnership } from '../../domain/partnership';

export const NETWORK_SOURCE = 'network-lines';
export const NETWORK_LINES = 'network-lines';
export const OVERVIEW_SOURCE = 'network-overview';
export const OVERVIEW_LINES = 'network-overview';
/** Below this zoom the lines are bundled between cells (see bundleLines); from it on, every partnership shows. */
export const DETAIL_MINZOOM = 9;
/** Cell size of the bundling in degrees of latitude (about 6.7 km; longitude ×1.6 for square cells at 51° N). */
export const BUNDLE_CELL_DEG = 0.06;

export type NetworkLineProps = { type: string; intensity: number };
export type BundleProps = { type: string; count: number; weight: number };

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

/**
 * The overview of a big network: partnerships between the same two cells of about 7 km become
 * one line between the cells' centres (the mean of the partnership ends in them), coloured by the most
 * frequent type, its weight the summed intensity; partnerships inside one cell, invisible at
 * that scale anyway, are left out. 20,000 hairlines are a hairball and, without a GPU, slow.
 */
export function bundleLines(lines: FeatureCollection<LineString, NetworkLineProps>, cellDeg = BUNDLE_CELL_DEG): FeatureCollection<LineString, BundleProps> {
  const cellOf = ([lon, lat]: number[]) => `${Math.floor(lon / (cellDeg * 1.6))}:${Math.floor(lat / cellDeg)}`;
  const centre = new Map<string, { lon: number; lat: number; n: number }>();
  const bundles = new Map<string, { a: string; b: string; types: Map<string, number>; count: number; weight: number }>();
  for (const f of lines.features) {
    const [p, q] = f.geometry.coordinates;
    const ends = [p, q].map((pt) => {
      const key = cellOf(pt);
      const c = centre.get(key) ?? { lon: 0, lat: 0, n: 0 };
      c.lon += pt[0];
      c.lat += pt[1];
      c.n += 1;
      centre.set(key, c);
      return key;
    });
    if (ends[0] === ends[1]) continue;
    const [a, b] = ends[0] < ends[1] ? ends : [ends[1], ends[0]];
    const key = `${a}|${b}`;
    const bundle = bundles.get(key) ?? { a, b, types: new Map(), count: 0, weight: 0 };
    bundle.count += 1;
    bundle.weight += f.properties.intensity;
    bundle.types.set(f.properties.type, (bundle.types.get(f.properties.type) ?? 0) + 1);
    bundles.set(key, bundle);
  }
  const at = (key: string) => {
    const c = centre.get(key)!;
    return [c.lon / c.n, c.lat / c.n];
  };
  const features: FeatureCollection<LineString, BundleProps>['features'] = [];
  for (const b of bundles.values()) {
    const type = [...b.types].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];
    features.push({ type: 'Feature', properties: { type, count: b.count, weight: b.weight }, geometry: { type: 'LineString', coordinates: [at(b.a), at(b.b)] } });
  }
  return { type: 'FeatureCollection', features };
}

export const colorByType: ExpressionSpecification = ['match', ['get', 'type'], ...PARTNERSHIP_TYPES.flatMap((t, i) => [t, TYPE_COLORS[i]]), OTHER_TYPE_COLOR] as unknown as ExpressionSpecification;
/** The dash pattern of each type (data-driven line-dasharray, MapLibre ≥ 5.8). */
export const dashByType: ExpressionSpecification = ['match', ['get', 'type'], ...PARTNERSHIP_TYPES.flatMap((t, i) => [t, ['literal', TYPE_DASHES[i]]]), ['literal', OTHER_TYPE_DASH]] as unknown as ExpressionSpecification;

/** The whole network: colour by type, width by intensity, thin at low zoom. */
export function networkLayers(): LayerSpecification[] {
  return [
    {
      id: OVERVIEW_LINES,
      type: 'line',
      source: OVERVIEW_SOURCE,
      maxzoom: DETAIL_MINZOOM,
      paint: {
        'line-color': colorByType,
        'line-dasharray': dashByType,
        'line-opacity': 0.7,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, ['min', 4, ['*', 0.3, ['sqrt', ['get', 'weight']]]], 9, ['min', 6, ['*', 0.6, ['sqrt', ['get', 'weight']]]]],
      },
    },
    {
      id: NETWORK_LINES,
      type: 'line',
      source: NETWORK_SOURCE,
      minzoom: DETAIL_MINZOOM,
      // Butt caps and hairlines at the overview: 20,000 lines are fill-bound without a GPU
      // (a frame took 670 ms in SwiftShader with round caps, 330 ms like this; 110 ms without lines).
      paint: {
        'line-color': colorByType,
        'line-dasharray': dashByType,
        'line-opacity': 0.7,
        'line-width': ['interpolate', ['linear'], ['zoom'], 9, ['*', 0.5, ['get', 'intensity']], 12, ['*', 1.1, ['get', 'intensity']]],
      },
    },
  ];
}
