import { describe, expect, it } from 'vitest';
import { currentKreisKey, isGemeindeAgs, isThuringiaKey } from '../../../data/scripts/keys';

describe('currentKreisKey', () => {
  it('takes the first five digits of a Gemeinde key', () => {
    expect(currentKreisKey('16068006')).toBe('16068');
  });
  it('folds Eisenach (16056) into the Wartburgkreis (16063), as a Kreis and as a Gemeinde', () => {
    expect(currentKreisKey('16056')).toBe('16063');
    expect(currentKreisKey('16056000')).toBe('16063');
  });
  it('keeps a Kreis key as it is', () => {
    expect(currentKreisKey('16051')).toBe('16051');
  });
  it.each(['1606', '160680060', '16O68', '', '16068006 '])('rejects the malformed key %j', (k) => {
    expect(() => currentKreisKey(k)).toThrow(/Ungültiger Schlüssel/);
  });
});

describe('key formats', () => {
  it('recognises Thuringian keys by their Land prefix 16', () => {
    expect(isThuringiaKey('16077049')).toBe(true);
    expect(isThuringiaKey('15001')).toBe(false);
  });
  it('accepts only 8-digit Gemeinde keys', () => {
    expect(isGemeindeAgs('16077049')).toBe(true);
    expect(isGemeindeAgs('16077')).toBe(false);
    expect(isGemeindeAgs('160775009049')).toBe(false);
  });
});
