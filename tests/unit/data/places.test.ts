import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { assignPlacesToAreas, parseCityParts, splitMainPlaces, parseGermanPlace, parseGermanPlaces, parseThuringiaPlace, parseThuringiaPlaces, sumPopulation, type Place } from '../../../data/scripts/places';

/** A cities500 line with the GeoNames column order (19 columns). */
function line(o: { id?: number; name?: string; lat?: string; lon?: string; code?: string; country?: string; admin1?: string; admin3?: string; admin4?: string; pop?: string }): string {
  const c = Array<string>(19).fill('');
  c[0] = String(o.id ?? 1);
  c[1] = o.name ?? 'Ort';
  c[2] = o.name ?? 'Ort';
  c[4] = o.lat ?? '50.9';
  c[5] = o.lon ?? '11.0';
  c[6] = 'P';
  c[7] = o.code ?? 'PPL';
  c[8] = o.country ?? 'DE';
  c[10] = o.admin1 ?? '15';
  c[12] = o.admin3 ?? '16067';
  c[13] = o.admin4 ?? '16067001';
  c[14] = o.pop ?? '1200';
  c[17] = 'Europe/Berlin';
  return c.join('\t');
}

describe('parseGermanPlace', () => {
  it('keeps places of every Land with their admin1 code, without PPLX or other countries', () => {
    expect(parseGermanPlace(line({ id: 3, name: 'Leipzig', admin1: '13', admin4: '14713000', pop: '600000' }))).toMatchObject({ id: 3, name: 'Leipzig', admin1: '13', admin4: '14713000', population: 600000 });
    expect(parseGermanPlace(line({ code: 'PPLX' }))).toBeNull();
    expect(parseGermanPlace(line({ country: 'CZ' }))).toBeNull();
    const text = [line({ id: 1, admin1: '15' }), line({ id: 2, admin1: '02' }), line({ id: 3, code: 'PPLX' })].join('\n');
    expect(parseGermanPlaces(text).map((p) => [p.id, p.admin1])).toEqual([[1, '15'], [2, '02']]);
    expect(parseThuringiaPlaces(text).map((p) => p.id)).toEqual([1]);
    expect(parseThuringiaPlaces(text)[0]).not.toHaveProperty('admin1');
  });
});

describe('parseThuringiaPlace', () => {
  it('reads a Thuringian place with its numbers', () => {
    expect(parseThuringiaPlace(line({ id: 7, name: 'Gotha', lat: '50.94823', lon: '10.70193', pop: '45410', admin4: '16067029' }))).toEqual({
      id: 7, name: 'Gotha', lat: 50.94823, lon: 10.70193, population: 45410, featureCode: 'PPL', admin4: '16067029',
    });
  });
  it('drops PPLX (parts of a place) so people are not counted twice', () => {
    expect(parseThuringiaPlace(line({ code: 'PPLX' }))).toBeNull();
  });
  it('drops places of other states and countries', () => {
    expect(parseThuringiaPlace(line({ admin1: '13' }))).toBeNull();
    expect(parseThuringiaPlace(line({ country: 'AT' }))).toBeNull();
  });
  it('reads an empty population as 0 and ignores short lines', () => {
    expect(parseThuringiaPlace(line({ pop: '' }))?.population).toBe(0);
    expect(parseThuringiaPlace('1\tKaputt')).toBeNull();
  });
  it('throws on an unreadable coordinate instead of placing a point at NaN', () => {
    expect(() => parseThuringiaPlace(line({ lat: 'x' }))).toThrow(/Zahl/);
  });
  it('parses a whole file, keeping only Thuringia without PPLX', () => {
    const text = [line({ id: 1 }), line({ id: 2, code: 'PPLX' }), line({ id: 3, admin1: '14' }), line({ id: 4, code: 'PPLA4' }), ''].join('\n');
    expect(parseThuringiaPlaces(text).map((p) => p.id)).toEqual([1, 4]);
  });
});

const square = (ags: string, x0: number, y0: number): Feature<Polygon, { ags: string }> => ({
  type: 'Feature',
  properties: { ags },
  geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x0 + 1, y0], [x0 + 1, y0 + 1], [x0, y0 + 1], [x0, y0]]] },
});
const place = (id: number, lon: number, lat: number, admin4 = '', population = 100): Place => ({ id, name: `P${id}`, lon, lat, population, featureCode: 'PPL', admin4 });

describe('assignPlacesToAreas', () => {
  const areas = [square('16000001', 10, 50), square('16000002', 11, 50)];
  it('assigns each place to the polygon that contains it', () => {
    const r = assignPlacesToAreas([place(1, 10.5, 50.5), place(2, 11.5, 50.2)], areas);
    expect(r.get(1)).toBe('16000001');
    expect(r.get(2)).toBe('16000002');
  });
  it('falls back to the GeoNames key when the point lies outside every polygon but the key exists', () => {
    const r = assignPlacesToAreas([place(1, 20, 20, '16000002'), place(2, 20, 20, '99999999')], areas);
    expect(r.get(1)).toBe('16000002');
    expect(r.get(2)).toBeNull();
  });
  it('prefers the polygon over a disagreeing GeoNames key (boundaries of one vintage)', () => {
    expect(assignPlacesToAreas([place(1, 10.5, 50.5, '16000002')], areas).get(1)).toBe('16000001');
  });
});

describe('sumPopulation', () => {
  it('sums by key, lists keys without places as 0 and skips unassigned places', () => {
    const places = [place(1, 0, 0, 'a', 10), place(2, 0, 0, 'a', 5), place(3, 0, 0, 'b', 7), place(4, 0, 0, '', 99)];
    const sums = sumPopulation(places, (p) => p.admin4 || null, ['a', 'b', 'c']);
    expect(Object.fromEntries(sums)).toEqual({ a: 15, b: 7, c: 0 });
  });
});

describe('splitMainPlaces', () => {
  const place = (id: number, population: number, featureCode = 'PPLX'): Place => ({ id, name: `O${id}`, lon: 13.4, lat: 52.5, population, featureCode, admin4: '' });
  const main = place(1, 1000, 'PPLC');
  const ags = (p: Place) => (p.id === 9 ? '99' : '11');
  it('spreads a main place over its parts, scaled to add up exactly', () => {
    const parts = [place(2, 400), place(3, 500), place(4, 333), place(9, 5000)];
    const out = splitMainPlaces([main, place(5, 70, 'PPL')], parts, ags, (p) => p.featureCode === 'PPLC');
    expect(out.map((p) => p.id)).toEqual([2, 3, 4, 5]);
    expect(out.slice(0, 3).reduce((s, p) => s + p.population, 0)).toBe(1000);
    expect(out.every((p) => Number.isInteger(p.population))).toBe(true);
    expect(out[3].population).toBe(70);
  });
  it('keeps the main place when its parts are too few or hold too few people', () => {
    expect(splitMainPlaces([main], [place(2, 400), place(3, 500)], ags, () => true)).toEqual([main]);
    expect(splitMainPlaces([main], [place(2, 100), place(3, 100), place(4, 100)], ags, () => true)).toEqual([main]);
    expect(splitMainPlaces([main], [place(2, 400), place(3, 500), place(4, 333)], ags, () => false)).toEqual([main]);
  });
  it('reads the parts of the chosen Länder only', () => {
    const text = [line({ id: 1, code: 'PPLX', admin1: '16' }), line({ id: 2, code: 'PPLX', admin1: '15' }), line({ id: 3, admin1: '16' })].join('\n');
    expect(parseCityParts(text, ['16']).map((p) => [p.id, p.featureCode])).toEqual([[1, 'PPLX']]);
  });
});
