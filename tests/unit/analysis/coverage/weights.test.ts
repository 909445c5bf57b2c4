import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exactWeights } from '../../../../src/analysis/coverage/weights';

describe('exactWeights', () => {
  it('makes every split sum exact: part + rest = total, in any order', () => {
    const weights = fc.array(fc.oneof(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constantFrom(0.1, 0.2, 0.3, 1 / 3)), { minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(weights, fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }), (raw, inPart) => {
        const w = exactWeights(raw);
        let [total, part, rest, reversed] = [0, 0, 0, 0];
        w.forEach((x, i) => {
          total += x;
          if (inPart[i]) part += x;
          else rest += x;
        });
        for (let i = w.length - 1; i >= 0; i--) reversed += w[i];
        expect(part + rest).toBe(total);
        expect(reversed).toBe(total);
        const rawTotal = raw.reduce((s, x) => s + x, 0);
        w.forEach((x, i) => expect(Math.abs(x - raw[i])).toBeLessThanOrEqual(rawTotal * 2 ** -50));
      }),
    );
  });

  it('keeps whole numbers as they are and zeros as zeros', () => {
    expect([...exactWeights([0, 1, 2_000_000, 7])]).toEqual([0, 1, 2_000_000, 7]);
    expect([...exactWeights([0, 0])]).toEqual([0, 0]);
  });

  it('refuses negative and non-finite weights', () => {
    for (const bad of [-1, NaN, Infinity]) expect(() => exactWeights([1, bad])).toThrow(RangeError);
    expect(() => exactWeights([Number.MAX_VALUE, Number.MAX_VALUE])).toThrow(RangeError);
  });
});
