import { describe, expect, it } from 'vitest';
import { editDistance, maxPhoneticDistance, phoneticKey } from '../../../../src/analysis/geocode/phonetic';

describe('phoneticKey', () => {
  it('gives "Tal" and "Thal" spellings the same code', () => {
    expect(phoneticKey('georgental')).toBe(phoneticKey('georgenthal'));
  });

  it('ignores spaces', () => {
    expect(phoneticKey('bad berka')).toBe(phoneticKey('badberka'));
  });

  it('gives names of fewer than four letters no code', () => {
    expect(phoneticKey('suh')).toBeNull();
    expect(phoneticKey('a 1 b')).toBeNull();
    expect(phoneticKey('suhl')).not.toBeNull();
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('georgental', 'georgenthal')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
});

describe('maxPhoneticDistance', () => {
  it('allows a third of the longer name, at least 2', () => {
    expect(maxPhoneticDistance('suhl', 'sul')).toBe(2);
    expect(maxPhoneticDistance('muehlhausen', 'mulhausen')).toBe(3);
  });
});
