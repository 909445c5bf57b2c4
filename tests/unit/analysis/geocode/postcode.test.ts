import { describe, expect, it } from 'vitest';
import { kreiseForPostcode, postcodeLooksThuringian } from '../../../../src/analysis/geocode/postcode';
import { postcodeLooksThuringian as reExported } from '../../../../src/analysis/geocode/geocode';

describe('postcodeLooksThuringian', () => {
  it('accepts five digits starting 04, 06, 07, 36, 37, 96, 98 or 99', () => {
    for (const p of ['04600', '06567', '07743', '36433', '37308', '96515', '98527', '99084']) {
      expect(postcodeLooksThuringian(p)).toBe(true);
    }
  });

  it('rejects other Leitregionen and malformed codes', () => {
    for (const p of ['10115', '01067', '80331', '9908', '990840', 'D-99084', '99O84', '']) {
      expect(postcodeLooksThuringian(p)).toBe(false);
    }
  });

  it('is exported from the geocode module as well', () => {
    expect(reExported).toBe(postcodeLooksThuringian);
  });
});

describe('kreiseForPostcode', () => {
  it('maps the Leitregion to plausible Kreise', () => {
    expect([...(kreiseForPostcode('04600') ?? [])]).toEqual(['16077']);
    expect(kreiseForPostcode('99817')?.has('16063')).toBe(true); // Eisenach, Wartburgkreis
    expect(kreiseForPostcode('07743')?.has('16053')).toBe(true); // Jena
    expect(kreiseForPostcode('07743')?.has('16051')).toBe(false);
  });

  it('says nothing for a missing or non-Thuringian postcode', () => {
    expect(kreiseForPostcode(undefined)).toBeNull();
    expect(kreiseForPostcode('10115')).toBeNull();
  });
});
