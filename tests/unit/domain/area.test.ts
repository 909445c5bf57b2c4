import { describe, expect, it } from 'vitest';
import { parseBbox, toAreaInfo } from '../../../src/domain/area';
import { formatInteger } from '../../../src/domain/format';

describe('toAreaInfo', () => {
  it('reads a Kreis from map feature properties', () => {
    expect(toAreaInfo(Object.freeze({ ags: '16067', name: 'Gotha', bez: 'Landkreis', einwohner: 121668 }))).toEqual({
      level: 'kreis', ags: '16067', name: 'Gotha', bez: 'Landkreis', einwohner: 121668,
    });
  });
  it('reads a Gemeinde with its Kreis and a population that arrives as text', () => {
    expect(toAreaInfo({ ags: '16056000', name: 'Eisenach', bez: 'Stadt', einwohner: '42370', kreis: '16063' })).toEqual({
      level: 'gemeinde', ags: '16056000', name: 'Eisenach', bez: 'Stadt', einwohner: 42370, kreis: '16063',
    });
  });
  it('returns null for features that are not areas', () => {
    expect(toAreaInfo(null)).toBeNull();
    expect(toAreaInfo({ name: 'x' })).toBeNull();
    expect(toAreaInfo({ ags: '16', name: 'Thüringen' })).toBeNull();
    expect(toAreaInfo({ ags: 16067, name: 'Gotha' })).toBeNull();
  });
  it('keeps a name with markup as plain data', () => {
    expect(toAreaInfo({ ags: '16067', name: '<img src=x onerror=alert(1)>' })?.name).toBe('<img src=x onerror=alert(1)>');
  });
  it('shows an unreadable population as 0 rather than NaN', () => {
    expect(toAreaInfo({ ags: '16067', name: 'Gotha', einwohner: 'viele' })?.einwohner).toBe(0);
  });
});

describe('parseBbox', () => {
  it('parses "w,s,e,n"', () => {
    expect(parseBbox('10.5,50.2,11.1,50.9')).toEqual([10.5, 50.2, 11.1, 50.9]);
  });
  it.each([undefined, '', '1,2,3', '1,2,x,4', '11,50,10,51', '10,51,11,50'])('rejects %j', (v) => {
    expect(parseBbox(v)).toBeNull();
  });
});

describe('formatInteger', () => {
  it('formats in German notation', () => {
    expect(formatInteger(2157507)).toBe('2.157.507');
    expect(formatInteger(0)).toBe('0');
  });
});
