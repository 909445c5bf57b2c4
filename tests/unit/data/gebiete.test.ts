import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLANNING_AREAS } from '../../../src/domain/areas';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const DIR = path.join(ROOT, 'data', 'gebiete');
const FILES = ['gemeinde-labels.geojson', 'gemeinden.geojson', 'kreis-labels.geojson', 'kreise.geojson', 'land.geojson', 'nachbarlaender.geojson', 'orte.geojson'];
const read = (id: string, name: string) => JSON.parse(fs.readFileSync(path.join(DIR, id, name), 'utf8'));
type Props = { ags: string; kreis: string; einwohner: number; name: string };

describe('generated planning areas (data/gebiete, npm run areas)', () => {
  it('hold the seven files for every Land but Thuringia and for Germany', () => {
    for (const a of PLANNING_AREAS.filter((x) => x.id !== '16')) {
      expect(fs.readdirSync(path.join(DIR, a.id)).sort(), a.name).toEqual(FILES);
    }
  });

  it('give all of Germany 401 Kreise (VG250 2016, Eisenach in the Wartburgkreis) and each Gemeinde once', () => {
    const kreise = read('de', 'kreise.geojson').features as { properties: Props }[];
    expect(kreise).toHaveLength(401);
    expect(kreise.some((k) => k.properties.ags === '16056')).toBe(false);
    const gemeinden = read('de', 'gemeinden.geojson').features as { properties: Props }[];
    const keys = gemeinden.map((g) => g.properties.ags);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThan(11_000);
    const kreisKeys = new Set(kreise.map((k) => k.properties.ags));
    expect(gemeinden.every((g) => kreisKeys.has(g.properties.kreis))).toBe(true);
    expect(read('de', 'nachbarlaender.geojson').features).toEqual([]);
  });

  it('count about 79 million people in Germany\'s places, and the Länder add up to Germany', () => {
    const people = (id: string) => (read(id, 'orte.geojson').features as { properties: Props }[]).reduce((s, o) => s + o.properties.einwohner, 0);
    const germany = people('de');
    expect(germany).toBeGreaterThan(75_000_000);
    expect(germany).toBeLessThan(83_000_000);
    const thuringia = (JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'thueringen', 'orte.geojson'), 'utf8')).features as { properties: Props }[]).reduce((s, o) => s + o.properties.einwohner, 0);
    const laender = PLANNING_AREAS.filter((a) => a.id !== 'de' && a.id !== '16').reduce((s, a) => s + people(a.id), thuringia);
    // A place near a border may fall to a different Land in the national run: within 0.5 %.
    expect(Math.abs(laender - germany) / germany).toBeLessThan(0.005);
  });

  it('keep every Land\'s keys in the Land and name the neighbours', () => {
    for (const a of PLANNING_AREAS.filter((x) => x.id !== 'de' && x.id !== '16')) {
      const kreise = read(a.id, 'kreise.geojson').features as { properties: Props }[];
      expect(kreise.length, a.name).toBeGreaterThan(0);
      expect(kreise.every((k) => k.properties.ags.startsWith(a.id)), a.name).toBe(true);
      expect(read(a.id, 'nachbarlaender.geojson').features.length, a.name).toBeGreaterThan(0);
      expect(read(a.id, 'land.geojson').metadata.attribution).toContain('GeoBasis-DE / BKG');
    }
    expect((read('14', 'kreis-labels.geojson').features as { properties: Props }[]).map((k) => k.properties.name)).toContain('Leipzig');
  });

  it('spread Berlin and Hamburg over their parts, keeping their population', () => {
    const berlin = read('11', 'orte.geojson').features as { properties: Props & { typ: string } }[];
    expect(berlin.length).toBeGreaterThan(50);
    expect(berlin.every((o) => o.properties.typ === 'PPLX')).toBe(true);
    expect(berlin.reduce((s, o) => s + o.properties.einwohner, 0)).toBe(3_426_354);
    expect((read('02', 'orte.geojson').features as unknown[]).length).toBeGreaterThan(50);
    const inGermany = (read('de', 'orte.geojson').features as { properties: Props }[]).filter((o) => o.properties.ags === '11000000');
    expect(inGermany.length).toBe(berlin.length);
  });
});
