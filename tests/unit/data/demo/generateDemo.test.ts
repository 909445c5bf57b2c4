import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, generateDemo, thekizYear } from '../../../../src/data/demo/generateDemo';
import { haversineMeters } from '../../../../src/analysis/distance';
import { realPlaces } from '../../../helpers/places';
import { CITY_DISTRICTS, FREE_CARRIERS, PUBLIC_KINDS, THEKIZ_GROWTH, freeCarriersFor, isPublicCarrier } from '../../../../src/data/demo/names';
import { DEFAULT_KEY_KINDS } from '../../../../src/analysis/partners/networkGaps';

const places = realPlaces();
const demo = generateDemo(places);
const thekiz = demo.institutions.filter((i) => i.category === 'ThEKiZ');
const others = demo.institutions.filter((i) => i.category !== 'ThEKiZ');

describe('generateDemo', () => {
  it('makes 90 ThEKiZ and 800–950 other institutions', () => {
    expect(thekiz).toHaveLength(90);
    expect(others.length).toBeGreaterThanOrEqual(800);
    expect(others.length).toBeLessThanOrEqual(950);
  });

  it('never gives two institutions of one town the same name or the same address', () => {
    const names = new Set<string>();
    const addresses = new Set<string>();
    for (const i of demo.institutions) {
      const town = `${i.ags} ${i.town}`;
      expect(names.has(`${town}|${i.name}`), `${i.name} in ${i.town} twice`).toBe(false);
      expect(addresses.has(`${town}|${i.street}`), `${i.street} in ${i.town} twice`).toBe(false);
      names.add(`${town}|${i.name}`);
      addresses.add(`${town}|${i.street}`);
      expect(i.street).toMatch(/^[A-ZÄÖÜ][\p{L} .-]+ \d{1,2}$/u);
    }
  });

  it('has public bodies run by the public body, and free carriers only for the kinds they run', () => {
    const free = new Set<string>(FREE_CARRIERS);
    for (const i of demo.institutions) {
      if (PUBLIC_KINDS.includes(i.category)) expect(isPublicCarrier(i.carrier), `${i.name}: ${i.carrier}`).toBe(true);
      if (free.has(i.carrier)) expect(freeCarriersFor(i.category), `${i.name}: ${i.carrier}`).toContain(i.carrier);
      expect(i.carrier).not.toBe('');
    }
    const byName = (re: RegExp) => demo.institutions.filter((i) => re.test(i.name));
    expect(byName(/^Agentur für Arbeit /).every((i) => i.carrier === 'Bundesagentur für Arbeit')).toBe(true);
    expect(byName(/^Gesundheitsamt /).every((i) => /^(Stadt|Landkreis) |[Kk]reis$/.test(i.carrier))).toBe(true);
    expect(isPublicCarrier('Diakonie')).toBe(false);
    expect(isPublicCarrier('Der Paritätische')).toBe(false);
    expect(isPublicCarrier('Wartburgkreis und Bundesagentur für Arbeit')).toBe(true);
  });

  it('gives every big city (the kreisfreie Städte and Eisenach) each key kind and a Schwangerschaftsberatung', () => {
    for (const city of Object.keys(CITY_DISTRICTS)) {
      const kinds = new Set(demo.institutions.filter((i) => i.town === city).map((i) => i.category));
      for (const kind of [...DEFAULT_KEY_KINDS, 'Schwangerschaftsberatung', 'Jugendamt / ASD', 'Gesundheitsamt']) expect(kinds.has(kind), `${city}: ${kind}`).toBe(true);
    }
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
    expect(demo.partnerships.length).toBeGreaterThan(1_000);
    expect(demo.partnerships.length).toBeLessThan(1_300);
    expect(km.filter((d) => d <= 15).length / km.length).toBeGreaterThan(0.7);
  });

  it('is deterministic: the same seed gives the same project', () => {
    expect(generateDemo(places)).toEqual(demo);
    expect(generateDemo([...places])).toEqual(generateDemo(places));
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
