import { describe, expect, it } from 'vitest';
import { partnershipLengths } from '../../../../src/analysis/network/lengths';

describe('partnershipLengths', () => {
  it('flags only lengths strictly above the threshold and needs finite coordinates at both ends', () => {
    const places = [
      { id: 'a', lon: 11, lat: 51 },
      { id: 'b', lon: 11, lat: 51.1 },
      { id: 'c', lon: Number.NaN, lat: 51 },
    ];
    const [ab, ac] = partnershipLengths(places, [{ a: 'a', b: 'b' }, { a: 'a', b: 'c' }], 11.119);
    expect(ab.km).toBeCloseTo(11.1195, 3);
    expect(ab.long).toBe(true);
    expect(ac).toEqual({ km: null, long: false });
    expect(partnershipLengths(places, [{ a: 'a', b: 'b' }], 12)[0].long).toBe(false);
  });
});
