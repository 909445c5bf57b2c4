import type { FeatureCollection, LineString, Point } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { Institution } from '../../domain/institution';
import type { Partnership } from '../../domain/partnership';
import { MAP_COLORS as C } from './colors';
import { colorByType, dashByType } from './networkLines';

export const PARTNER_LINES_SOURCE = 'partner-lines';
export const PARTNER_POINTS_SOURCE = 'partner-points';

/**
 * Lines from the selected institution to each located partner (width by intensity) and the
 * partners' points, for highlighting. Empty collections when nothing is selected.
 */
export interface PartnerGeometry {
  lines: FeatureCollection<LineString, { type: string; intensity: number }>;
  partners: FeatureCollection<Point, { id: string }>;
}

export function partnerGeometry(selectedId: string | null, institutions: readonly Institution[], partnerships: readonly Partnership[]): PartnerGeometry {
  const empty: PartnerGeometry = { lines: { type: 'FeatureCollection', features: [] }, partners: { type: 'FeatureCollection', features: [] } };
  // Runs on every change of the data: with nothing selected it must not index 100,000 records.
  if (!selectedId) return empty;
  const from = institutions.find((i) => i.id === selectedId);
  if (!from || from.lat === null || from.lon === null) return empty;
  const partnerIds = new Set<string>();
  for (const p of partnerships) {
    if (p.a === from.id) partnerIds.add(p.b);
    else if (p.b === from.id) partnerIds.add(p.a);
  }
  const byId = new Map(institutions.filter((i) => partnerIds.has(i.id)).map((i) => [i.id as string, i]));
  const out = empty;
  for (const p of partnerships) {
    const otherId = p.a === from.id ? p.b : p.b === from.id ? p.a : null;
    const other = otherId ? byId.get(otherId) : undefined;
    if (!other || other.lat === null || other.lon === null) continue;
    out.lines.features.push({ type: 'Feature', properties: { type: p.type, intensity: p.intensity }, geometry: { type: 'LineString', coordinates: [[from.lon, from.lat], [other.lon, other.lat]] } });
    out.partners.features.push({ type: 'Feature', properties: { id: other.id }, geometry: { type: 'Point', coordinates: [other.lon, other.lat] } });
  }
  return out;
}

/** Partnership lines under the points, and a ring around each partner. */
export function partnerLayers(): LayerSpecification[] {
  return [
    // A light casing under each line keeps the type's colour and dashes readable on any background.
    {
      id: 'partner-lines-casing',
      type: 'line',
      source: PARTNER_LINES_SOURCE,
      paint: { 'line-color': '#ffffff', 'line-opacity': 0.8, 'line-width': ['interpolate', ['linear'], ['get', 'intensity'], 1, 3.2, 3, 5.5] },
    },
    {
      id: 'partner-lines',
      type: 'line',
      source: PARTNER_LINES_SOURCE,
      // Colour and dashes by type, as the network lines and the legend.
      paint: { 'line-color': colorByType, 'line-dasharray': dashByType, 'line-opacity': 0.9, 'line-width': ['interpolate', ['linear'], ['get', 'intensity'], 1, 1.6, 3, 3.5] },
    },
    {
      id: 'partner-rings',
      type: 'circle',
      source: PARTNER_POINTS_SOURCE,
      paint: { 'circle-radius': 8, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': C.selection, 'circle-stroke-width': 2 },
    },
  ];
}
