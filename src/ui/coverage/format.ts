import type { AreaFigures, DistanceStats } from '../../analysis/coverage/figures';
import { formatInteger, formatKm, formatMinutes, formatShare } from '../../domain/format';
import { estimateMinutes, type TravelSettings } from '../../domain/travel';

/** People within `km` (0 when the threshold is not among the computed ones). */
export function coveredAt(s: DistanceStats, km: number): number {
  return s.thresholds.find((t) => t.km === km)?.coveredWeight ?? 0;
}

/** Share within `km` or null. */
export function shareAt(s: DistanceStats, km: number): number | null {
  return s.thresholds.find((t) => t.km === km)?.share ?? null;
}

export const percent = (share: number | null): string => (share === null ? '–' : formatShare(share));

/** The unit of a run's thresholds: km of straight line, or minutes of travel time over the loaded data. */
export const unitOf = (r: { unit: 'km' | 'min' } | null | undefined): 'km' | 'min' => (r?.unit === 'min' ? 'min' : 'km');

/**
 * A distance as km, or as estimated minutes when the planner chose the estimate; in a run by
 * travel time (unit 'min') the value is thousandths of a minute and reads as routed minutes.
 */
export function distanceText(meters: number | null, measure: 'distance' | 'time' | 'routed', travel: TravelSettings, unit: 'km' | 'min' = 'km'): string {
  if (meters === null || !Number.isFinite(meters)) return '–';
  if (unit === 'min') return `${formatMinutes(meters / 1000)} min`;
  return measure === 'time' ? `ca. ${formatMinutes(estimateMinutes(meters, travel))} min` : `${formatKm(meters)} km`;
}

/** A signed change of people, e.g. "+4.210" or "−12"; '' for no change. */
export function signedPeople(delta: number): string {
  const r = Math.round(delta);
  if (r === 0) return '±0';
  return `${r > 0 ? '+' : '−'}${formatInteger(Math.abs(r))}`;
}

/** Change in people within `km` from `base` to `scenario`. */
export function deltaAt(base: AreaFigures, scenario: AreaFigures | undefined, km: number): number | null {
  return scenario ? coveredAt(scenario, km) - coveredAt(base, km) : null;
}

/** Reads "5; 10; 15; 20" (German decimals allowed) into sorted distinct values in (0, max] (km: 100; minutes: 180); null when invalid. */
export function parseThresholds(text: string, max = 100): number[] | null {
  const parts = text.split(/[;\s]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 8) return null;
  const values = parts.map((p) => Number(p.replace(',', '.')));
  if (values.some((v) => !(v > 0 && v <= max))) return null;
  return [...new Set(values)].sort((a, b) => a - b);
}
