import { describe, expect, it } from 'vitest';
import { TRAVEL_ESTIMATE_DEFAULTS, reachMeters, travelMinutes } from '../../../../src/analysis/coverage/travel';

describe('estimated travel time', () => {
  it('has the defaults of DOMAIN.md: detour 1.3; car 50, bicycle 15, on foot 4.5 km/h', () => {
    expect(TRAVEL_ESTIMATE_DEFAULTS).toEqual({
      car: { detourFactor: 1.3, kmh: 50 },
      bicycle: { detourFactor: 1.3, kmh: 15 },
      foot: { detourFactor: 1.3, kmh: 4.5 },
    });
  });

  it('is distance × detour ÷ speed: 13 km by car 20.28 min, by bicycle 67.6 min; 4.5 km on foot 78 min', () => {
    expect(travelMinutes(13_000, TRAVEL_ESTIMATE_DEFAULTS.car)).toBeCloseTo(20.28, 10);
    expect(travelMinutes(13_000, TRAVEL_ESTIMATE_DEFAULTS.bicycle)).toBeCloseTo(67.6, 10);
    expect(travelMinutes(4_500, TRAVEL_ESTIMATE_DEFAULTS.foot)).toBeCloseTo(78, 10);
    expect(travelMinutes(10_000, { detourFactor: 1, kmh: 60 })).toBeCloseTo(10, 12);
    expect(travelMinutes(0, TRAVEL_ESTIMATE_DEFAULTS.car)).toBe(0);
    expect(travelMinutes(Infinity, TRAVEL_ESTIMATE_DEFAULTS.car)).toBe(Infinity);
  });

  it('inverts: the straight-line reach of 20.28 minutes by car is 13 km', () => {
    expect(reachMeters(20.28, TRAVEL_ESTIMATE_DEFAULTS.car)).toBeCloseTo(13_000, 6);
    expect(reachMeters(travelMinutes(7_777, { detourFactor: 1.7, kmh: 33 }), { detourFactor: 1.7, kmh: 33 })).toBeCloseTo(7_777, 6);
  });

  it('refuses speeds and detour factors that are not positive', () => {
    expect(() => travelMinutes(1000, { detourFactor: 1.3, kmh: 0 })).toThrow(RangeError);
    expect(() => travelMinutes(1000, { detourFactor: -1, kmh: 50 })).toThrow(RangeError);
    expect(() => reachMeters(10, { detourFactor: NaN, kmh: 50 })).toThrow(RangeError);
  });
});
