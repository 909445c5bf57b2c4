import type { CoverageFacility, CoverageRequest, TravelRequest } from '../../analysis/coverage/analysis';
import { DEFAULT_ROAD_SPEEDS } from '../../analysis/routing/speeds';
import type { CoverageSettings, Hypothetical } from '../../state/coverageStore';
import { kreisOf } from '../../domain/filter';
import type { Institution } from '../../domain/institution';

/** The located institutions of the chosen categories, as facilities. */
export function facilitiesOf(institutions: readonly Institution[], categories: readonly string[]): CoverageFacility[] {
  const wanted = new Set(categories);
  return institutions.flatMap((i) => (wanted.has(i.category) && i.lon !== null && i.lat !== null ? [{ id: i.id, name: i.name, lon: i.lon, lat: i.lat, group: kreisOf(i) }] : []));
}

/** The travel-time part of a request: mode, speeds, and for public transport the weekday and window. */
export function travelRequest(settings: CoverageSettings, speeds: { foot: number; bicycle: number } = { foot: DEFAULT_ROAD_SPEEDS.foot, bicycle: DEFAULT_ROAD_SPEEDS.bicycle }): TravelRequest {
  return {
    mode: settings.routeMode,
    speeds: settings.routeMode === 'car' && Object.keys(settings.carSpeeds).length > 0 ? { ...speeds, car: settings.carSpeeds } : speeds,
    ...(settings.routeMode === 'transit' ? { transit: { weekday: settings.transitDay, fromMin: settings.transitFrom, toMin: settings.transitTo } } : {}),
  };
}

/**
 * The saved state and, when the what-if changes anything, the scenario: existing facilities
 * switched off, hypothetical centres added (their Kreis comes from `kreisAt`, '' when unknown).
 */
export function coverageRequests(
  facilities: readonly CoverageFacility[],
  settings: CoverageSettings,
  added: readonly Hypothetical[],
  removed: readonly string[],
  speeds?: { foot: number; bicycle: number },
): { base: CoverageRequest; scenario: CoverageRequest | null } {
  const routed = settings.measure === 'routed';
  const base: CoverageRequest = routed
    ? { facilities, thresholdsKm: settings.thresholdsMin, mainKm: settings.mainMin, focus: settings.focus, travel: travelRequest(settings, speeds) }
    : { facilities, thresholdsKm: settings.thresholdsKm, mainKm: settings.mainKm, focus: settings.focus };
  if (added.length === 0 && removed.length === 0) return { base, scenario: null };
  const off = new Set(removed);
  return {
    base,
    scenario: { ...base, facilities: [...facilities.filter((f) => !off.has(f.id)), ...added.map((h) => ({ id: h.id, name: h.name, lon: h.lon, lat: h.lat, group: '' }))] },
  };
}
