import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, generateDemo, thekizYear } from '../../../../src/data/demo/generateDemo';
import { haversineMeters } from '../../../../src/analysis/distance';
import { realPlaces } from '../../../helpers/places';
import { THEKIZ_GROWTH } from '../../../../src/data/demo/names';

const places = realPlaces();
const demo = generateDemo(places);
const thekiz = demo.institutions.filter((i) => i.category === 'ThEKiZ');
const others = demo.institutions.filter((i) => i.category !== 'ThEKiZ');

describe('generateDemo', () => {
  it('makes 90 ThEKiZ and 600–900 other institutions', () => {
    expect(thekiz).toHaveLength(90);
    expect(others.length).toBeGreaterThanOrEqual(600);
    expect(others.length).toBeLessThanOrEqual(900);
  });

  it('gives every one of the 22 Kreise at least two ThEKiZ, and big cities more', () => {
    const perKreis = new Map<string, number>();
    for (const t of thekiz) {
      const kreis = t.ags.slice(0, 5).replace('16056', '16063'); // Eisenach is in the Wartburgkreis
      perKreis.set(kreis, (perKreis.get(kreis) ?? 0) + 1);
    }
    expect(perKreis.size).toBe(22);
    expect(Math.min(...perKreis.values())).toBeGreaterThanOrEqual(2);
    expect(perKreis.get('16051')).toBeGreaterThan(perKreis.get('16054')!); // Erfurt > Suhl
  });

  it('places every institution near a real place of its town, inside Thuringia', () => {
    const byName = new Map(places.map((p) => [p.name + p.ags, p]));
    for (const i of demo.institutions) {
      const p = byName.get(i.town + i.ags)!;
      expect(haversineMeters(i.lon!, i.lat!, p.lon, p.lat)).toBeLessThan(4_100);
    }
  });

  it('follows the reported growth of ThEKiZ over the years', () => {
    const upTo = (year: number) => thekiz.filter((t) => Number(t.since.slice(0, 4)) <= year).length;
    for (const [year, total] of THEKIZ_GROWTH) expect(upTo(year)).toBe(total);
  });

  it('links mostly nearby institutions, never one to itself or a pair twice', () => {
    const keys = new Set<string>();
    const km = demo.partnerships.map((p) => {
      expect(p.a).not.toBe(p.b);
      const key = [p.a, p.b].sort((x, y) => x - y).join('-');
      expect(keys.has(key)).toBe(false);
      keys.add(key);
      const [a, b] = [demo.institutions[p.a], demo.institutions[p.b]];
      return haversineMeters(a.lon!, a.lat!, b.lon!, b.lat!) / 1000;
    });
    expect(demo.partnerships.length).toBeGreaterThan(700);
    expect(km.filter((d) => d <= 15).length / km.length).toBeGreaterThan(0.7);
  });

  it('is deterministic: the same seed gives the same project', () => {
    expect(generateDemo(places)).toEqual(demo);
    expect(generateDemo(places, 7)).not.toEqual(demo);
  });
});

describe('allocate', () => {
  it('hands out exactly the total with the minimum for everyone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 500 }), (weights, min, extra) => {
        const total = min * weights.length + extra;
        const out = allocate(weights, total, min);
        expect(out.reduce((s, v) => s + v, 0)).toBe(total);
        expect(Math.min(...out)).toBeGreaterThanOrEqual(min);
      }),
    );
  });
});

describe('thekizYear', () => {
  it('never goes backwards', () => {
    for (let n = 1; n < 90; n++) expect(thekizYear(n)).toBeGreaterThanOrEqual(thekizYear(n - 1));
  });
});
