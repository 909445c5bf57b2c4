import { DEFAULT_TRAVEL, TRAVEL_MODES, travelMinutes as minutesFromDomain, type TravelMode } from '../../domain/travel';

/**
 * Estimated travel times (DOMAIN.md): straight-line distance × detour factor ÷ speed. This is
 * an ESTIMATE, not routing: label it as such in the UI and let users change the factors.
 */
export interface TravelEstimate {
  /** Road distance ÷ straight-line distance (default 1.3). */
  detourFactor: number;
  /** Speed in km/h. */
  kmh: number;
}

/** Defaults per mode of travel: detour factor 1.3; car 50, bicycle 15, on foot 4.5 km/h. */
export const TRAVEL_ESTIMATE_DEFAULTS: Readonly<Record<TravelMode, TravelEstimate>> = Object.fromEntries(
  TRAVEL_MODES.map((mode) => [mode, { detourFactor: DEFAULT_TRAVEL.detourFactor, kmh: DEFAULT_TRAVEL.kmh[mode] }]),
) as Record<TravelMode, TravelEstimate>;

function check({ detourFactor, kmh }: TravelEstimate): void {
  if (!(detourFactor > 0 && detourFactor < Infinity)) throw new RangeError(`detour factor must be > 0: ${detourFactor}`);
  if (!(kmh > 0 && kmh < Infinity)) throw new RangeError(`speed must be > 0 km/h: ${kmh}`);
}

/** Estimated minutes for a straight-line distance in metres (Infinity stays Infinity). */
export function travelMinutes(meters: number, estimate: TravelEstimate): number {
  check(estimate);
  return minutesFromDomain(meters, estimate);
}

/** The straight-line metres that an estimated travel time of `minutes` reaches (inverse of travelMinutes). */
export function reachMeters(minutes: number, estimate: TravelEstimate): number {
  check(estimate);
  return (minutes * estimate.kmh * 1000) / (60 * estimate.detourFactor);
}
