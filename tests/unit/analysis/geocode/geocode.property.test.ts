import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { geocode } from '../../../../src/analysis/geocode/geocode';
import { normalizeName } from '../../../../src/analysis/geocode/normalize';
import { realGazetteer } from './realData';

const { entries, gazetteer: g } = realGazetteer();
const placeKeys = new Set(entries.filter((e) => e.kind === 'place').map((e) => normalizeName(e.name)));

/** Spellings of one name that must all normalise to the same key. */
const respell = fc.constantFrom(
  (s: string) => s,
  (s: string) => s.toUpperCase(),
  (s: string) => s.toLowerCase(),
  (s: string) => s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'),
  (s: string) => `  ${s.replace(/ /g, '  ')} `,
  (s: string) => s.replace(/^Sankt /, 'St. '),
);

describe('geocode (properties)', () => {
  it('never throws, whatever the strings', () => {
    const text = fc.option(fc.string({ unit: 'grapheme', maxLength: 60 }), { nil: undefined });
    fc.assert(
      fc.property(text, text, text, (town, gemeinde, postcode) => {
        geocode(g, { town, gemeinde, postcode });
      }),
      { numRuns: 3000 },
    );
  });

  it('finds every real name, however it is spelt, under its own normalised name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...entries), respell, (entry, spell) => {
        const r = geocode(g, { town: spell(entry.name) });
        expect(r).not.toBeNull();
        expect(normalizeName(r?.matchedName ?? '')).toBe(normalizeName(entry.name));
        // A Gemeinde name shadowed by a place of the same name yields that place.
        expect(r?.quality).toBe(placeKeys.has(normalizeName(entry.name)) ? 'geocoded-place' : 'geocoded-gemeinde');
        expect(r?.method).toBe('exact');
      }),
      { numRuns: 3000 },
    );
  });

  it('finds every real name exactly (exhaustive)', () => {
    const misses = entries.filter((e) => normalizeName(geocode(g, { town: e.name })?.matchedName ?? '') !== normalizeName(e.name));
    expect(misses).toEqual([]);
  });
});
