import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCensusCells } from '../../../data/scripts/census';
import { readData } from '../../helpers/censusDemand';
import type { DemandFile } from '../../../src/analysis/demand/gridDemand';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const SOURCES = path.join(ROOT, 'data', 'sources');
type Fc = { metadata: Record<string, string>; features: { properties: Record<string, string | number>; geometry: unknown }[] };
const gemeinden = readData<Fc>('gemeinden.geojson');
const kreise = readData<Fc>('kreise.geojson');
const bedarf = readData<DemandFile>('bedarf.json');
const keys = readData<{ keys: Record<string, string> }>('schluessel.json').keys;
const gv2024 = fs.readFileSync(path.join(SOURCES, 'gemeinde-changes', 'GV_AuszugGV4QAktuell_2024_TH.csv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.slice(0, 8));
const prop = (fc: Fc, ags: string) => fc.features.find((f) => f.properties.ags === ags)?.properties;

describe('Thuringia on 01.01.2024 (data/thueringen, from data/sources)', () => {
  it('has exactly the 605 Gemeinden of the Gemeindeverzeichnis 31.12.2024, with official names and types', () => {
    expect(gemeinden.features.map((f) => f.properties.ags).sort()).toEqual([...gv2024].sort());
    expect(prop(gemeinden, '16051000')).toMatchObject({ name: 'Erfurt', bez: 'Stadt', kreis: '16051' });
    expect(prop(gemeinden, '16061119')).toMatchObject({ name: 'Uder', bez: 'Gemeinde', kreis: '16061' });
    expect(gemeinden.metadata.vintage).toBe('Gebietsstand 01.01.2024; Einwohner Zensus 2022 (15.05.2022)');
  });

  it('joins the 11 Gemeinden of Uder into one with key 16061119, and translates their old keys', () => {
    const old = ['16061007', '16061028', '16061065', '16061067', '16061068', '16061077', '16061084', '16061091', '16061096', '16061097', '16061111'];
    for (const k of old) {
      expect(prop(gemeinden, k), k).toBeUndefined();
      expect(keys[k], k).toBe('16061119');
    }
  });

  it('puts Hallungen (Wartburgkreis until 2023) into Südeichsfeld in the Unstrut-Hainich-Kreis', () => {
    expect(keys['16063037']).toBe('16064074');
    expect(prop(gemeinden, '16064074')).toMatchObject({ name: 'Südeichsfeld', kreis: '16064' });
    // Eisenach (a kreisfreie Stadt until 2021) is a Gemeinde of the Wartburgkreis.
    expect(keys['16056000']).toBe('16063105');
  });

  it('counts the Zensus 2022: 2,110,396 in the Land, 72,556 in the Kyffhäuserkreis, 35,410 in Suhl, 93,120 in Gera', () => {
    expect(kreise.features.reduce((s, f) => s + Number(f.properties.einwohner), 0)).toBe(2_110_396);
    expect(prop(kreise, '16065')?.einwohner).toBe(72_556);
    expect(prop(kreise, '16054')?.einwohner).toBe(35_410);
    expect(prop(kreise, '16052')?.einwohner).toBe(93_120);
    expect(gemeinden.features.every((f) => Number(f.properties.einwohner) > 0)).toBe(true);
  });

  it('gives every Gemeinde exactly the people of its cells and points: nobody is dropped', () => {
    const sums = new Map<string, number>();
    bedarf.g.forEach((g, i) => sums.set(bedarf.gemeinden[g], (sums.get(bedarf.gemeinden[g]) ?? 0) + bedarf.einwohner[i]));
    for (const p of bedarf.punkte) sums.set(bedarf.gemeinden[p.g], (sums.get(bedarf.gemeinden[p.g]) ?? 0) + p.einwohner);
    for (const f of gemeinden.features) expect(sums.get(String(f.properties.ags)), String(f.properties.name)).toBe(f.properties.einwohner);
    expect([...sums.values()].reduce((a, b) => a + b, 0)).toBe(2_110_396);
    for (const col of [bedarf.einwohner, bedarf.unter15, bedarf.ab65]) expect(col.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
  });

  it('holds about 7,400 populated cells and about 268,000 children under 15', () => {
    expect(bedarf.x.length).toBeGreaterThan(7_300);
    expect(bedarf.x.length).toBeLessThan(7_500);
    const children = bedarf.unter15.reduce((a, b) => a + b, 0) + bedarf.punkte.reduce((s, p) => s + p.unter15, 0);
    expect(children).toBeGreaterThan(265_000);
    expect(children).toBeLessThan(272_000);
    const old = bedarf.ab65.reduce((a, b) => a + b, 0);
    expect(old).toBeGreaterThan(550_000);
    expect(old).toBeLessThan(650_000);
  });
});

describe('the census grid tiles', () => {
  it('decode to the densest cell in central Erfurt: 13,386 people before scaling', async () => {
    // Erfurt (EPSG:3035 about x 4,393 km, y 3,097 km) lies in tile 17/12 (x 4,352–4,608 km, y 3,072–3,328 km).
    const cells = await readCensusCells(path.join(SOURCES, 'census-grid-2021-1km'), [[17, 12]]);
    // The densest Thuringian cell of the demand file, read back from the raw tile.
    const top = bedarf.einwohner.reduce((best, v, i) => (v > bedarf.einwohner[best] ? i : best), 0);
    const densest = cells.find((c) => c.x === bedarf.x[top] * 1000 && c.y === bedarf.y[top] * 1000)!;
    expect(densest.total).toBe(13_386);
    expect(bedarf.gemeinden[bedarf.g[top]]).toBe('16051000');
    expect(Math.abs(densest.lon - 11.03)).toBeLessThan(0.03);
    expect(Math.abs(densest.lat - 50.98)).toBeLessThan(0.02);
    expect(densest.x % 1000).toBe(0);
  });
});
