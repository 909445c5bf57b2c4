import { describe, expect, it } from 'vitest';
import { DISTANCE_CLASSES, THRESHOLD_TOLERANCE_M, classifyAll, distanceClass, withinKm } from '../../../../src/analysis/coverage/classes';

describe('distance classes', () => {
  it('are ≤ 2.5, ≤ 5, ≤ 10, ≤ 15, ≤ 20 and > 20 km', () => {
    expect(DISTANCE_CLASSES.map((c) => c.maxKm)).toEqual([2.5, 5, 10, 15, 20, Infinity]);
  });

  it('put a distance on a bound into the lower class (≤)', () => {
    expect(distanceClass(0)).toBe(0);
    expect(distanceClass(2500)).toBe(0);
    expect(distanceClass(2500 + THRESHOLD_TOLERANCE_M)).toBe(0);
    expect(distanceClass(2500.001)).toBe(1);
    expect(distanceClass(10_000)).toBe(2);
    expect(distanceClass(20_000)).toBe(4);
    expect(distanceClass(20_000.01)).toBe(5);
  });

  it('put Infinity (no facility) into the last class and NaN into none', () => {
    expect(distanceClass(Infinity)).toBe(5);
    expect(distanceClass(NaN)).toBe(-1);
    expect(distanceClass(30_000, [{ id: 'near', maxKm: 10 }])).toBe(-1);
  });

  it('classify many distances and sum the weight per class', () => {
    const { classOf, weightPerClass } = classifyAll(Float64Array.of(100, 4000, 4999, 50_000, Infinity), [1, 2, 3, 4, 5]);
    expect([...classOf]).toEqual([0, 1, 1, 5, 5]);
    expect([...weightPerClass]).toEqual([1, 5, 0, 0, 0, 9]);
    expect([...classifyAll(Float64Array.of(1, 6000)).weightPerClass]).toEqual([1, 0, 1, 0, 0, 0]);
  });

  it('withinKm is ≤ with a micrometre for rounding', () => {
    expect(withinKm(5000, 5)).toBe(true);
    expect(withinKm(5000.0001, 5)).toBe(false);
  });
});
