import { describe, expect, it } from 'vitest';
import { applyScenario } from '../../../../src/analysis/coverage/scenario';

const facilities = Object.freeze([
  Object.freeze({ id: 'a', lon: 11, lat: 51 }),
  Object.freeze({ id: 'b', lon: 11.5, lat: 50.9 }),
  Object.freeze({ id: 'c', lon: 12, lat: 50.8 }),
]);

describe('applyScenario', () => {
  it('switches facilities off by index and by id and appends hypothetical ones', () => {
    const result = applyScenario(facilities, { removeIndices: [0], removeIds: ['c'], add: [{ id: 'new', lon: 10.5, lat: 51.2 }] });
    expect(result.map((f) => f.id)).toEqual(['b', 'new']);
  });

  it('is pure: neither the list nor its items change, and an empty scenario copies the list', () => {
    const copy = applyScenario(facilities, {});
    expect(copy).toEqual(facilities);
    expect(copy).not.toBe(facilities);
    expect(facilities.map((f) => f.id)).toEqual(['a', 'b', 'c']);
  });

  it('ignores unknown ids and indices outside the list, and works for facilities without ids', () => {
    expect(applyScenario(facilities, { removeIndices: [-1, 3, 1.5], removeIds: ['zz'] })).toHaveLength(3);
    expect(applyScenario([{ lon: 1, lat: 2 }, { lon: 3, lat: 4 }], { removeIndices: [1], removeIds: ['x'] })).toEqual([{ lon: 1, lat: 2 }]);
  });
});
