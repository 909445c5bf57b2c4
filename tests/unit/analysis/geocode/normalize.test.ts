import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nameVariants, nameVariantsWithRule, normalizeName } from '../../../../src/analysis/geocode/normalize';

describe('normalizeName', () => {
  it('lower-cases and writes umlauts and ß out, so the reverse spelling is equal', () => {
    expect(normalizeName('Gößnitz')).toBe('goessnitz');
    expect(normalizeName('Goessnitz')).toBe(normalizeName('Gößnitz'));
    expect(normalizeName('MÜHLHAUSEN')).toBe('muehlhausen');
  });

  it('treats a decomposed umlaut (u + combining diaeresis) like the composed one', () => {
    expect(normalizeName('Mu\u0308hlhausen')).toBe('muehlhausen');
  });

  it('strips accents other than umlauts', () => {
    expect(normalizeName('Étang Crémieux')).toBe('etang cremieux');
  });

  it('writes "St." and "St " as "sankt"', () => {
    expect(normalizeName('St. Gangloff')).toBe('sankt gangloff');
    expect(normalizeName('St Kilian')).toBe('sankt kilian');
    expect(normalizeName('Sankt Kilian')).toBe('sankt kilian');
  });

  it('keeps "st" at the end and inside words', () => {
    expect(normalizeName('Neustadt')).toBe('neustadt');
    expect(normalizeName('Foo St.')).toBe('foo st');
  });

  it('turns punctuation into single spaces and trims', () => {
    expect(normalizeName('  Bad Frankenhausen/Kyffh. ')).toBe('bad frankenhausen kyffh');
    expect(normalizeName('Berka v.d. Hainich')).toBe('berka v d hainich');
    expect(normalizeName('Erfurt,  Stadt')).toBe('erfurt stadt');
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => normalizeName(normalizeName(s)) === normalizeName(s)),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => normalizeName(normalizeName(s)) === normalizeName(s)), { numRuns: 2000 });
  });

  it('only ever yields a–z, 0–9 and single inner spaces (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => /^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/.test(normalizeName(s))));
  });
});

describe('nameVariants', () => {
  it('takes the part before and after a hyphen joining two names', () => {
    expect(nameVariants('Erfurt-Marbach')).toEqual(['erfurt marbach', 'erfurt', 'marbach']);
    expect(nameVariants('Ilmenau-Langewiesen')[1]).toBe('ilmenau');
    expect(nameVariants('Weimar-Schöndorf')[1]).toBe('weimar');
  });

  it('does not split a hyphen after a name prefix such as "Bad" or "Sankt"', () => {
    expect(nameVariants('Sankt-Gangloff')).toEqual(['sankt gangloff']);
    expect(nameVariants('Bad-Berka')).toEqual(['bad berka']);
  });

  it('splits around " OT " and " Ortsteil ", the main place first', () => {
    expect(nameVariants('Gotha OT Siebleben')).toEqual(['gotha ot siebleben', 'gotha', 'siebleben']);
    expect(nameVariants('Erfurt Ortsteil Marbach').slice(0, 3)).toEqual(['erfurt ortsteil marbach', 'erfurt', 'marbach']);
  });

  it('takes the part before "/" and before ","', () => {
    expect(nameVariants('Bad Frankenhausen/Kyffh.')).toEqual(['bad frankenhausen kyffh', 'bad frankenhausen']);
    expect(nameVariants('Erfurt, Stadt')).toEqual(['erfurt stadt', 'erfurt']);
  });

  it('strips a bracketed addition', () => {
    expect(nameVariants('Neundorf (bei Schleiz)').at(-1)).toBe('neundorf');
    expect(nameVariantsWithRule('Sondershausen (Kyffh.)')).toEqual([
      { key: 'sondershausen kyffh', rule: 'full' },
      { key: 'sondershausen', rule: 'no-parens' },
    ]);
  });

  it('drops connecting words after the first word, so spellings of "an der" meet', () => {
    for (const s of ['Neustadt an der Orla', 'Neustadt a.d. Orla', 'Neustadt/Orla', 'Neustadt (Orla)']) {
      expect(nameVariants(s)).toContain('neustadt orla');
    }
  });

  it('drops an abbreviated location qualifier ("b.", "a.d."), after the filler-free form', () => {
    expect(nameVariants('Graitschen b. Bürgel')).toEqual(['graitschen b buergel', 'graitschen buergel', 'graitschen']);
    expect(nameVariants('Ettenhausen a.d. Suhl')).toContain('ettenhausen');
  });

  it('puts longer (more specific) parts first: "Neustadt/Harz-Nord" tries "neustadt harz" before "neustadt"', () => {
    const v = nameVariants('Neustadt/Harz-Nord');
    expect(v.indexOf('neustadt harz')).toBeLessThan(v.indexOf('neustadt'));
    expect(v.indexOf('neustadt')).toBeLessThan(v.indexOf('nord'));
  });

  it('strips brackets one at a time, the last first', () => {
    const v = nameVariants('Neundorf (bei Schleiz) (Nord)');
    expect(v).toContain('neundorf bei schleiz');
    expect(v.indexOf('neundorf bei schleiz')).toBeLessThan(v.indexOf('neundorf'));
  });

  it('combines rules: slash, then OT', () => {
    expect(nameVariants('Bad Frankenhausen/Kyffh. OT Udersleben')).toContain('bad frankenhausen');
  });

  it('returns no duplicates and starts with the full name (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const v = nameVariants(s);
        return new Set(v).size === v.length && (v.length === 0 ? normalizeName(s) === '' : v[0] === normalizeName(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('labels each variant with the rule that produced it', () => {
    expect(nameVariantsWithRule('Gotha OT Siebleben').map((v) => v.rule)).toEqual(['full', 'before-ot', 'after-ot']);
  });

  it('is empty for a name without letters or digits', () => {
    expect(nameVariants(' -/ ')).toEqual([]);
  });
});
