import { HIGHWAY_CLASSES } from './highway';

/** Travel speeds in km/h: walking, cycling, and driving per highway class. */
export interface RoadSpeeds {
  foot: number;
  bicycle: number;
  car: Record<string, number>;
}

/**
 * Defaults: walking 4.5 km/h, cycling 15 km/h (pushing at walking speed where riding is not
 * allowed), driving per highway class. The car speeds are typical travel speeds, not limits.
 * Classes closed to cars by default (footway, path, …) carry a speed for the ways that tags
 * open to cars (motor_vehicle=destination on a track, …).
 */
export const DEFAULT_ROAD_SPEEDS: RoadSpeeds = Object.freeze({
  foot: 4.5,
  bicycle: 15,
  car: Object.freeze({
    motorway: 120,
    motorway_link: 60,
    trunk: 90,
    trunk_link: 50,
    primary: 70,
    primary_link: 50,
    secondary: 60,
    secondary_link: 45,
    tertiary: 50,
    tertiary_link: 40,
    unclassified: 45,
    residential: 30,
    living_street: 7,
    service: 20,
    road: 30,
    track: 15,
    pedestrian: 7,
    footway: 7,
    path: 10,
    cycleway: 10,
    bridleway: 7,
    steps: 5,
    corridor: 5,
    platform: 5,
  }) as Record<string, number>,
}) as RoadSpeeds;

/** The road classes whose car speed a planner sets in the app (the others keep their defaults). */
export const EDITABLE_CAR_CLASSES = ['motorway', 'trunk', 'primary', 'secondary', 'tertiary', 'unclassified', 'residential', 'service'] as const;

/**
 * Where a way gives maxspeed, the car drives at maxspeed × this factor instead of the class's
 * speed (as GraphHopper does): one rarely keeps the limit all along (junctions, traffic), and
 * a limit above the class's speed (100 on a rural primary road) is then still honoured. A way
 * without a limit (maxspeed=none on a motorway, or none given) gets the class's speed.
 */
export const MAXSPEED_FACTOR = 0.9;

const LIMITS = { foot: [1, 20], bicycle: [1, 60], car: [1, 250] } as const;

function speed(value: unknown, fallback: number, [lo, hi]: readonly [number, number]): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(hi, Math.max(lo, value)) : fallback;
}

/**
 * Reads speeds from stored or user-given data: a missing or non-numeric value takes the
 * default, numbers are clamped (walking 1–20, cycling 1–60, driving 1–250 km/h), unknown
 * highway classes are dropped.
 */
export function sanitizeRoadSpeeds(value: unknown): RoadSpeeds {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof RoadSpeeds, unknown>>;
  const carIn = (typeof v.car === 'object' && v.car !== null ? v.car : {}) as Record<string, unknown>;
  const car: Record<string, number> = {};
  for (const c of HIGHWAY_CLASSES) car[c] = speed(carIn[c], DEFAULT_ROAD_SPEEDS.car[c], LIMITS.car);
  return {
    foot: speed(v.foot, DEFAULT_ROAD_SPEEDS.foot, LIMITS.foot),
    bicycle: speed(v.bicycle, DEFAULT_ROAD_SPEEDS.bicycle, LIMITS.bicycle),
    car,
  };
}

/** Car speed (km/h) per highway code, for the classes in HIGHWAY_CLASSES order. */
export function carSpeedTable(speeds: RoadSpeeds): Float64Array {
  const clean = sanitizeRoadSpeeds(speeds);
  return Float64Array.from(HIGHWAY_CLASSES, (c) => clean.car[c]);
}

/** Car speed on an edge: maxspeed × MAXSPEED_FACTOR where given, else the class's speed. */
export function carSpeedKmh(table: Float64Array, highway: number, maxspeed: number): number {
  return maxspeed > 0 ? maxspeed * MAXSPEED_FACTOR : (table[highway] ?? 30);
}
