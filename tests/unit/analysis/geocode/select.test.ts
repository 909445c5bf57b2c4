import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../../../src/analysis/geocode/gazetteer';
import { chooseCandidate } from '../../../../src/analysis/geocode/select';
import { postcodeIndexFromJson } from '../../../../src/analysis/geocode/postcodeData';

const e = (kreis: string, population: number, kind: GazetteerEntry['kind'] = 'place'): GazetteerEntry => ({
  name: 'Neudorf', lat: 50.8, lon: 11.2, ags: `${kreis}001`, kreis, kind, population,
});

describe('chooseCandidate', () => {
  it('returns null for no candidates', () => {
    expect(chooseCandidate([])).toBeNull();
  });

  it('prefers a place over a more populous Gemeinde of the same name', () => {
    const place = e('16070', 10);
    expect(chooseCandidate([e('16070', 5000, 'gemeinde'), place])).toEqual({ entry: place, candidates: 1, decidedBy: 'single' });
  });

  it('takes the most populous of several places without a postcode', () => {
    const big = e('16077', 3000);
    expect(chooseCandidate([e('16076', 600), big])).toEqual({ entry: big, candidates: 2, decidedBy: 'population' });
  });

  it('lets a postcode choose the place in its Leitregion over a more populous one', () => {
    const small = e('16076', 600);
    expect(chooseCandidate([e('16077', 3000), small], '07973')).toEqual({ entry: small, candidates: 2, decidedBy: 'postcode' });
  });

  it('ignores a postcode that fits all or none of the candidates', () => {
    const big = e('16051', 3000);
    expect(chooseCandidate([e('16055', 600), big], '99084')?.decidedBy).toBe('population');
    expect(chooseCandidate([e('16055', 600), big], '10115')?.entry).toBe(big);
  });

  it('says when nothing decided between equal candidates, and picks deterministically', () => {
    const a = e('16061', 0);
    const b = e('16063', 0);
    expect(chooseCandidate([b, a])).toEqual({ entry: a, candidates: 2, decidedBy: 'first' });
  });
});

describe('chooseCandidate with a postcode that narrows but does not settle', () => {
  it('falls back to population among the candidates the postcode kept', () => {
    const gera = e('16052', 800);
    const greiz = e('16076', 500);
    const choice = chooseCandidate([e('16077', 9000), greiz, gera], '07545');
    expect(choice).toEqual({ entry: gera, candidates: 3, decidedBy: 'postcode+population' });
  });
});

describe('chooseCandidate with the postcode list', () => {
  const index = postcodeIndexFromJson({ postleitzahlen: [{ plz: '36448', lat: 50.83, lon: 10.36, orte: [['Steinbach', 50.83, 10.36, '16063']] }] });
  const near = { ...e('16063', 100), lat: 50.835, lon: 10.365 };
  const far = { ...e('16063', 5000), lat: 50.95, lon: 10.1 };

  it('takes the candidate nearest to the postcode’s places, even over a more populous one in the same Kreis', () => {
    expect(chooseCandidate([far, near], '36448', index)).toEqual({ entry: near, candidates: 2, decidedBy: 'postcode', postcodeSource: 'list' });
    expect(chooseCandidate([far, near], '36448')?.entry).toBe(far);
  });

  it('takes the Kreise from the list, not the Leitregion, and for a postcode it lacks only the Leitregion counts (here: undecided, so population)', () => {
    const other = { ...e('16066', 9000), lat: 50.6, lon: 10.4 };
    expect(chooseCandidate([other, near], '36448', index)?.entry).toBe(near);
    expect(chooseCandidate([other, near], '36433', index)).toEqual({ entry: other, candidates: 2, decidedBy: 'population' });
  });
});
