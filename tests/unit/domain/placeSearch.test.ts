import { describe, expect, it } from 'vitest';
import { boxAround, matchRank, searchPlaces, type PlaceEntry } from '../../../src/domain/placeSearch';
import { foldForSearch } from '../../../src/domain/search';

const entry = (kind: PlaceEntry['kind'], name: string, detail: string, population: number): PlaceEntry => ({
  kind, name, detail, population, lon: 11, lat: 51, bbox: [10.9, 50.9, 11.1, 51.1], folded: foldForSearch(name),
});
const entries = [
  entry('ort', 'Gera', 'Gera', 94000),
  entry('gemeinde', 'Gera', 'Gera', 94000),
  entry('kreis', 'Gera', 'Kreisfreie Stadt', 94000),
  entry('ort', 'Geraberg', 'Ilm-Kreis', 2400),
  entry('ort', 'Bad Köstritz', 'Greiz', 3500),
  entry('ort', 'Ebeleben', 'Kyffhäuserkreis', 3000),
  entry('gemeinde', 'Großbreitenbach', 'Ilm-Kreis', 2600),
];

describe('place search', () => {
  it('ranks exact, then prefix, then word start, then contained', () => {
    expect(matchRank('gera', 'gera')).toBe(0);
    expect(matchRank('geraberg', 'gera')).toBe(1);
    expect(matchRank('bad koestritz', 'koest')).toBe(2);
    expect(matchRank('ebeleben', 'leb')).toBe(3);
    expect(matchRank('ebeleben', 'xyz')).toBe(-1);
    expect(matchRank('ebeleben', '')).toBe(-1);
  });

  it('puts the Kreis first and drops a place that repeats its Gemeinde', () => {
    expect(searchPlaces(entries, 'Gera').map((e) => `${e.kind}:${e.name}`)).toEqual(['kreis:Gera', 'gemeinde:Gera', 'ort:Geraberg']);
  });

  it('folds umlauts and ß both ways and honours the limit', () => {
    expect(searchPlaces(entries, 'köstritz').map((e) => e.name)).toEqual(['Bad Köstritz']);
    expect(searchPlaces(entries, 'koestritz').map((e) => e.name)).toEqual(['Bad Köstritz']);
    expect(searchPlaces(entries, 'grossbr').map((e) => e.name)).toEqual(['Großbreitenbach']);
    expect(searchPlaces(entries, 'e', 2)).toHaveLength(2);
    expect(searchPlaces(entries, '   ')).toEqual([]);
  });

  it('boxes a point by about ±3 km', () => {
    const [w, s, e, n] = boxAround(11, 51);
    expect(n - s).toBeCloseTo(6 / 111.2, 6);
    expect(w).toBeLessThan(11);
    expect(e).toBeGreaterThan(11);
  });
});
