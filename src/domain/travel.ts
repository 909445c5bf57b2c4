/** How travel time is estimated (DOMAIN.md): straight line × detour factor ÷ speed. An estimate, not routing. */
export type TravelMode = 'car' | 'bicycle' | 'foot';

export const TRAVEL_MODES: readonly TravelMode[] = ['car', 'bicycle', 'foot'];

export interface TravelSettings {
  mode: TravelMode;
  /** Road distance ÷ straight-line distance, ≥ 1. */
  detourFactor: number;
  /** Speed per mode in km/h. */
  kmh: Record<TravelMode, number>;
}

export const DEFAULT_TRAVEL: TravelSettings = { mode: 'car', detourFactor: 1.3, kmh: { car: 50, bicycle: 15, foot: 4.5 } };

/** Estimated minutes for a straight-line distance in metres. */
export function travelMinutes(meters: number, s: Pick<TravelSettings, 'detourFactor'> & { kmh: number }): number {
  return ((meters / 1000) * s.detourFactor * 60) / s.kmh;
}

/** Minutes with the settings' current mode. */
export function estimateMinutes(meters: number, s: TravelSettings): number {
  return travelMinutes(meters, { detourFactor: s.detourFactor, kmh: s.kmh[s.mode] });
}

/** Settings read from storage or a form, made safe: unknown modes and nonsense numbers fall back to defaults. */
export function sanitizeTravel(raw: unknown): TravelSettings {
  const r = (raw ?? {}) as Partial<TravelSettings>;
  const num = (v: unknown, def: number, min: number, max: number) => (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : def);
  const kmh = (r.kmh ?? {}) as Partial<Record<TravelMode, number>>;
  return {
    mode: TRAVEL_MODES.includes(r.mode as TravelMode) ? (r.mode as TravelMode) : DEFAULT_TRAVEL.mode,
    detourFactor: num(r.detourFactor, DEFAULT_TRAVEL.detourFactor, 1, 5),
    kmh: {
      car: num(kmh.car, DEFAULT_TRAVEL.kmh.car, 1, 200),
      bicycle: num(kmh.bicycle, DEFAULT_TRAVEL.kmh.bicycle, 1, 60),
      foot: num(kmh.foot, DEFAULT_TRAVEL.kmh.foot, 0.5, 15),
    },
  };
}
