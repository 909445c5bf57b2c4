import { describe, expect, it } from 'vitest';
import { formatShare } from '../../../src/domain/format';

describe('formatShare', () => {
  it('shows up to one decimal, but never 100 % or 0 % unless exact', () => {
    expect(formatShare(0.5)).toBe('50 %');
    expect(formatShare(0.5724)).toBe('57,2 %');
    expect(formatShare(1)).toBe('100 %');
    expect(formatShare(0)).toBe('0 %');
    // 411 people beyond 30 km of 2.1 million: not "100 %".
    expect(formatShare(1 - 411 / 2_110_396)).toBe('> 99,9 %');
    expect(formatShare(12 / 2_110_396)).toBe('< 0,1 %');
    expect(formatShare(0.999)).toBe('99,9 %');
  });
});
