import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLANNING_AREAS } from '../../../src/domain/areas';
import type { DemandFile } from '../../../src/analysis/demand/gridDemand';
import { readZensusGemeinden } from '../../../data/scripts/census';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const DIR = path.join(ROOT, 'data', 'gebiete');
const FILES = ['bedarf.json', 'gemeinde-labels.geojson', 'gemeinden.geojson', 'kreis-labels.geojson', 'kreise.geojson', 'land.geojson', 'nachbarlaender.geojson', 'orte.geojson', 'schluessel.json'];
const VINTAGE = 'Gebietsstand 15.05.2022; Einwohner Zensus 2022 (15.05.2022)';
const read = (id: string, name: string) => JSON.parse(fs.readFileSync(path.join(DIR, id, name), 'utf8'));
type Props = { ags: string; kreis: string; einwohner: number; name: string; bez: string };
const features = (id: string, name: string) => read(id, name).features as { properties: Props }[];
const OTHERS = PLANNING_AREAS.filter((a) => a.id !== '16');
const LAENDER = OTHERS.filter((a) => a.id !== 'de');
const zensus = readZensusGemeinden(fs.readFileSync(path.join(ROOT, 'data', 'sources', 'zensus2022-gemeinden', '1000A-0000_de_flat.csv'), 'utf8'), '');
/** The Zensus table's Gemeinden add up to 82,711,282; its row "Deutschland" says 82,719,540 (8,258 more). */
const ZENSUS_GEMEINDEN_SUM = [...zensus.population.values()].reduce((a, b) => a + b, 0);

/** People per Gemeinde key in a bedarf.json (cells and inner points). */
function demandByGemeinde(f: DemandFile): Map<string, number> {
  const sums = new Map<string, number>();
  f.g.forEach((g, i) => sums.set(f.gemeinden[g], (sums.get(f.gemeinden[g]) ?? 0) + f.einwohner[i]));
  for (const p of f.punkte) sums.set(f.gemeinden[p.g], (sums.get(f.gemeinden[p.g]) ?? 0) + p.einwohner);
  return sums;
}
const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

describe('generated planning areas (data/gebiete, npm run areas)', () => {
  it('hold the nine files for every Land but Thuringia and for Germany, on the Gemeinden of 15.05.2022', () => {
    for (const a of OTHERS) {
      expect(fs.readdirSync(path.join(DIR, a.id)).sort(), a.name).toEqual(FILES);
      for (const f of ['bedarf.json', 'gemeinden.geojson', 'kreise.geojson', 'land.geojson', 'schluessel.json']) expect(read(a.id, f).metadata.vintage, `${a.id} ${f}`).toBe(VINTAGE);
      expect(read(a.id, 'orte.geojson').metadata.vintage, a.name).toContain('Gebietsstand 15.05.2022');
    }
  });

  it('give all of Germany the 400 Kreise of 2022 (Göttingen with Osterode since 2016) and the 10,990 areas of the VG250 2022 once each', () => {
    const kreise = features('de', 'kreise.geojson');
    expect(kreise).toHaveLength(400);
    const kreisKeys = new Set(kreise.map((k) => k.properties.ags));
    for (const gone of ['16056', '03152', '03156']) expect(kreisKeys.has(gone), gone).toBe(false);
    expect(kreise.find((k) => k.properties.ags === '03159')?.properties).toMatchObject({ name: 'Göttingen', bez: 'Landkreis' });
    expect(kreise.every((k) => k.properties.name && k.properties.bez)).toBe(true);
    const gemeinden = features('de', 'gemeinden.geojson');
    const keys = gemeinden.map((g) => g.properties.ags);
    expect(new Set(keys).size).toBe(keys.length);
    // 10,786 Gemeinden of the Zensus table and 204 gemeindefreie Gebiete without inhabitants.
    expect(keys).toHaveLength(10_990);
    expect(gemeinden.filter((g) => g.properties.einwohner > 0).map((g) => g.properties.ags).sort()).toEqual([...zensus.population.keys()].sort());
    expect(gemeinden.filter((g) => g.properties.bez === 'Gemeindefreies Gebiet')).toHaveLength(204);
    expect(gemeinden.every((g) => kreisKeys.has(g.properties.kreis))).toBe(true);
    expect(read('de', 'nachbarlaender.geojson').features).toEqual([]);
  });

  it('give each Land the Zensus Gemeinden with its key and their Zensus names and types', () => {
    for (const a of LAENDER) {
      const populated = features(a.id, 'gemeinden.geojson').filter((g) => g.properties.einwohner > 0);
      expect(populated.length, a.name).toBe([...zensus.population.keys()].filter((k) => k.startsWith(a.id)).length);
    }
    const props = (id: string, ags: string) => features(id, 'gemeinden.geojson').find((g) => g.properties.ags === ags)?.properties;
    expect(props('14', '14713000')).toMatchObject({ name: 'Leipzig', bez: 'Stadt', einwohner: 598_899 });
    expect(props('02', '02000000')).toMatchObject({ name: 'Hamburg', bez: 'Freie und Hansestadt' });
    expect(props('09', '09162000')).toMatchObject({ name: 'München', bez: 'Landeshauptstadt' });
    expect(features('09', 'gemeinden.geojson').filter((g) => g.properties.bez === 'Markt').length).toBeGreaterThan(350);
    expect(props('03', '03159501')).toMatchObject({ name: 'Harz (Landkreis Göttingen)', bez: 'Gemeindefreies Gebiet', einwohner: 0 });
  });

  it('put exactly the Zensus 2022 people into each Gemeinde\'s cells and points: every Land, and Germany', () => {
    let laender = sum(demandByGemeinde(JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'thueringen', 'bedarf.json'), 'utf8')) as DemandFile));
    for (const a of OTHERS) {
      const demand = demandByGemeinde(read(a.id, 'bedarf.json') as DemandFile);
      for (const g of features(a.id, 'gemeinden.geojson')) expect(demand.get(g.properties.ags) ?? 0, `${a.id} ${g.properties.ags}`).toBe(g.properties.einwohner);
      const official = [...zensus.population].filter(([k]) => a.id === 'de' || k.startsWith(a.id)).reduce((s, [, v]) => s + v, 0);
      expect(sum(demand), a.name).toBe(official);
      const kreise = features(a.id, 'kreise.geojson');
      expect(kreise.reduce((s, k) => s + k.properties.einwohner, 0), a.name).toBe(official);
      if (a.id !== 'de') laender += sum(demand);
    }
    const germany = sum(demandByGemeinde(read('de', 'bedarf.json') as DemandFile));
    expect(germany).toBe(ZENSUS_GEMEINDEN_SUM);
    expect(germany).toBe(82_711_282);
    expect(zensus.germany - germany).toBe(8_258);
    expect(laender).toBe(germany);
  });

  it('cut every Land\'s cells out of Germany\'s: about 212,000 populated cells, each once', () => {
    const de = read('de', 'bedarf.json') as DemandFile;
    expect(de.x.length).toBeGreaterThan(205_000);
    expect(de.x.length).toBeLessThan(220_000);
    const thuringia = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'thueringen', 'bedarf.json'), 'utf8')) as DemandFile;
    const counts = LAENDER.map((a) => (read(a.id, 'bedarf.json') as DemandFile).x.length);
    expect(counts.reduce((a, b) => a + b, thuringia.x.length)).toBe(de.x.length);
    const cells = new Set(de.x.map((x, i) => `${x},${de.y[i]}`));
    expect(cells.size).toBe(de.x.length);
    for (const col of [de.einwohner, de.unter15, de.ab65]) expect(col.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
    const children = de.unter15.reduce((a, b) => a + b, 0) + de.punkte.reduce((s, p) => s + p.unter15, 0);
    expect(children / ZENSUS_GEMEINDEN_SUM).toBeGreaterThan(0.13);
    expect(children / ZENSUS_GEMEINDEN_SUM).toBeLessThan(0.15);
  });

  it('put Berlin and Hamburg on the grid: their demand is hundreds of cells, named after their parts', () => {
    for (const [id, key, people, minCells] of [['11', '11000000', 3_596_999, 750], ['02', '02000000', 1_808_846, 600]] as const) {
      const f = read(id, 'bedarf.json') as DemandFile;
      expect(f.gemeinden).toEqual([key]);
      expect(f.x.length, id).toBeGreaterThan(minCells);
      expect(f.einwohner.reduce((a, b) => a + b, 0) + f.punkte.reduce((s, p) => s + p.einwohner, 0), id).toBe(people);
      expect(f.orte.length, id).toBeGreaterThan(40);
    }
    // The places layer still spreads Berlin's GeoNames point over its parts.
    const berlin = features('11', 'orte.geojson') as { properties: Props & { typ: string } }[];
    expect(berlin.length).toBeGreaterThan(50);
    expect(berlin.every((o) => o.properties.typ === 'PPLX')).toBe(true);
  });

  it('translate 2016 keys to 2022: Göttingen\'s and Osterode\'s Gemeinden, Thiessow in Mönchgut', () => {
    const ni = read('03', 'schluessel.json').keys as Record<string, string>;
    expect(ni['03152012']).toBe('03159016');
    const niKeys = new Set(features('03', 'gemeinden.geojson').map((g) => g.properties.ags));
    expect(Object.values(ni).every((k) => niKeys.has(k))).toBe(true);
    expect(Object.keys(ni).some((k) => niKeys.has(k))).toBe(false);
    expect(read('13', 'schluessel.json').keys['13073091']).toBe('13073107');
    expect(Object.keys(read('de', 'schluessel.json').keys)).toHaveLength(400);
  });

  it('count about 79 million people in Germany\'s places, and the Länder add up to Germany', () => {
    const people = (id: string) => features(id, 'orte.geojson').reduce((s, o) => s + o.properties.einwohner, 0);
    const germany = people('de');
    expect(germany).toBeGreaterThan(75_000_000);
    expect(germany).toBeLessThan(83_000_000);
    const thuringia = (JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'thueringen', 'orte.geojson'), 'utf8')).features as { properties: Props }[]).reduce((s, o) => s + o.properties.einwohner, 0);
    const laender = LAENDER.reduce((s, a) => s + people(a.id), thuringia);
    // A place near a border may fall to a different Land in the national run: within 0.5 %.
    expect(Math.abs(laender - germany) / germany).toBeLessThan(0.005);
  });

  it('keep every Land\'s keys in the Land and name the neighbours', () => {
    for (const a of LAENDER) {
      const kreise = features(a.id, 'kreise.geojson');
      expect(kreise.length, a.name).toBeGreaterThan(0);
      expect(kreise.every((k) => k.properties.ags.startsWith(a.id)), a.name).toBe(true);
      expect(read(a.id, 'nachbarlaender.geojson').features.length, a.name).toBeGreaterThan(0);
      expect(read(a.id, 'land.geojson').metadata.attribution).toContain('GeoBasis-DE / BKG');
      expect(read(a.id, 'bedarf.json').gemeinden.every((k: string) => k.startsWith(a.id)), a.name).toBe(true);
    }
    expect(features('14', 'kreis-labels.geojson').map((k) => k.properties.name)).toContain('Leipzig');
  });
});
