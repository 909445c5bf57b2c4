import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAVEL, estimateMinutes, sanitizeTravel, travelMinutes } from '../../../src/domain/travel';

describe('travel time estimate', () => {
  it('is distance × detour ÷ speed', () => {
    expect(travelMinutes(13_000, { detourFactor: 1.3, kmh: 50 })).toBeCloseTo(20.28, 10);
    expect(estimateMinutes(15_000, DEFAULT_TRAVEL)).toBeCloseTo(23.4, 10);
    expect(estimateMinutes(4_500, { ...DEFAULT_TRAVEL, mode: 'foot', detourFactor: 1 })).toBeCloseTo(60, 10);
    expect(estimateMinutes(0, DEFAULT_TRAVEL)).toBe(0);
  });

  it('falls back to defaults for nonsense from storage', () => {
    expect(sanitizeTravel(null)).toEqual(DEFAULT_TRAVEL);
    expect(sanitizeTravel({ mode: 'plane', detourFactor: 0.2, kmh: { car: -1, bicycle: 'x', foot: 5 } })).toEqual({ ...DEFAULT_TRAVEL, kmh: { ...DEFAULT_TRAVEL.kmh, foot: 5 } });
    expect(sanitizeTravel({ mode: 'bicycle', detourFactor: 1.5 })).toEqual({ ...DEFAULT_TRAVEL, mode: 'bicycle', detourFactor: 1.5 });
  });
});
