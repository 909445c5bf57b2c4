import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../../src/data/import/numbers';

describe('parseDecimal', () => {
  it.each([
    ['50,9787', 50.9787],
    ['50.9787', 50.9787],
    ['-0,5', -0.5],
    [' 11,03 ', 11.03],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['12', 12],
    ['+7,25', 7.25],
    [',5', 0.5],
    ['\u22120,5', -0.5],
    ['1,5E+01', 15],
  ])('reads %j as %d', (raw, value) => {
    expect(parseDecimal(raw)).toEqual({ ok: true, value });
  });

  it.each(['', '   ', '\t'])('reads the blank cell %j as null', (raw) => {
    expect(parseDecimal(raw)).toEqual({ ok: true, value: null });
  });

  it.each(['abc', '12,3,4', '1e5x', 'NaN', 'Infinity', '-Infinity', '1e999', '50,9x', '1.2.3,4,5', '--1', '0x10', '1 234'])(
    'rejects %j',
    (raw) => {
      expect(parseDecimal(raw)).toEqual({ ok: false });
    },
  );

  it('reads a single separator as the decimal mark, not as thousands', () => {
    expect(parseDecimal('1.234')).toEqual({ ok: true, value: 1.234 });
    expect(parseDecimal('1,234')).toEqual({ ok: true, value: 1.234 });
  });
});
