import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endsBeforeStart, parseIntensity, parsePartnershipDate } from '../../../../src/data/import/partnershipValues';

describe('parsePartnershipDate', () => {
  it.each([
    ['', ''], ['  ', ''], ['2021', '2021'], ['2021-03', '2021-03'], ['2021-3', '2021-03'], ['2021-03-15', '2021-03-15'],
    ['15.03.2021', '2021-03-15'], ['1.3.2021', '2021-03-01'], ['03.2021', '2021-03'], ['29.02.2024', '2024-02-29'],
    ['2021-03-15T10:00:00Z', '2021-03-15'], [' 2021 ', '2021'],
  ])('reads %j as %j', (raw, iso) => {
    expect(parsePartnershipDate(raw)).toBe(iso);
  });

  it.each(['31.02.2020', '29.02.2023', '2021-13', '2021-00-10', '15.3.21', 'März 2021', '2021/03/15', '21', 'seit 2020', '0.2021'])('rejects %j', (raw) => {
    expect(parsePartnershipDate(raw)).toBeNull();
  });

  it('gives ISO dates that sort like the dates', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (d) => {
      const german = `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`;
      expect(parsePartnershipDate(german)).toBe(d.toISOString().slice(0, 10));
    }));
  });
});

describe('endsBeforeStart', () => {
  it('compares dates of different precision on their common part', () => {
    expect(endsBeforeStart('2021', '2020-12')).toBe(true);
    expect(endsBeforeStart('2020-05', '2020')).toBe(false);
    expect(endsBeforeStart('2020-05-02', '2020-05-01')).toBe(true);
    expect(endsBeforeStart('', '2020')).toBe(false);
  });
});

describe('parseIntensity', () => {
  it('reads 1, 2 and 3, gives 2 for an empty cell and null for anything else', () => {
    expect(['1', ' 2 ', '3', '3,0', ''].map(parseIntensity)).toEqual([1, 2, 3, 3, 2]);
    expect(['0', '4', '2,5', 'eng', '-1'].map(parseIntensity)).toEqual([null, null, null, null, null]);
  });
});
