import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const DIR = path.join(ROOT, 'data', 'thueringen');
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8'));

/** The 22 Kreise of Thuringia since 1 July 2021 (Eisenach in the Wartburgkreis). */
const KREISE_2021 = [
  '16051', '16052', '16053', '16054', '16055', '16061', '16062', '16063', '16064', '16065', '16066',
  '16067', '16068', '16069', '16070', '16071', '16072', '16073', '16074', '16075', '16076', '16077',
];
const BOUNDARY_FILES = ['land.geojson', 'kreise.geojson', 'kreis-labels.geojson', 'gemeinden.geojson', 'gemeinde-labels.geojson', 'nachbarlaender.geojson'];

describe('generated geography (data/thueringen)', () => {
  it('has exactly the 22 current Kreise, with Eisenach merged into the Wartburgkreis', () => {
    const kreise = read('kreise.geojson').features;
    expect(kreise.map((f: { properties: { ags: string } }) => f.properties.ags)).toEqual(KREISE_2021);
    expect(read('kreis-labels.geojson').features).toHaveLength(22);
    const wartburg = kreise.find((f: { properties: { ags: string } }) => f.properties.ags === '16063');
    expect(wartburg.properties.name).toBe('Wartburgkreis');
  });

  it('has the 605 Gemeinden of 01.01.2024, each in one of the 22 Kreise, Eisenach in the Wartburgkreis', () => {
    const gemeinden = read('gemeinden.geojson').features as { properties: { ags: string; kreis: string } }[];
    expect(gemeinden).toHaveLength(605);
    expect(gemeinden.every((g) => /^16\d{6}$/.test(g.properties.ags) && KREISE_2021.includes(g.properties.kreis))).toBe(true);
    expect(gemeinden.find((g) => g.properties.ags === '16063105')?.properties.kreis).toBe('16063');
  });

  it('has places without PPLX, and Kreis populations that are the sums of their Gemeinden (Zensus 2022)', () => {
    const orte = read('orte.geojson').features as { properties: { typ: string; einwohner: number; kreis: string } }[];
    expect(orte.length).toBeGreaterThan(850);
    expect(orte.some((o) => o.properties.typ === 'PPLX')).toBe(false);
    const gemeinden = read('gemeinden.geojson').features as { properties: { einwohner: number; kreis: string } }[];
    const kreise = read('kreise.geojson').features as { properties: { ags: string; einwohner: number } }[];
    for (const k of kreise) {
      const own = gemeinden.filter((g) => g.properties.kreis === k.properties.ags).reduce((s, g) => s + g.properties.einwohner, 0);
      expect(k.properties.einwohner).toBe(own);
    }
    expect(kreise.reduce((s, k) => s + k.properties.einwohner, 0)).toBe(2_110_396);
  });

  it('names sources, licences and vintage in every file', () => {
    for (const name of [...BOUNDARY_FILES, 'orte.geojson']) {
      const meta = read(name).metadata;
      expect(meta.licence, name).toBeTruthy();
      expect(meta.vintage, name).toBeTruthy();
      expect(meta.attribution, name).toMatch(/GeoBasis-DE \/ BKG|GeoNames/);
    }
  });

  it('keeps all boundary layers within 700 KB gzipped', () => {
    const total = BOUNDARY_FILES.reduce((s, f) => s + gzipSync(fs.readFileSync(path.join(DIR, f)), { level: 9 }).length, 0);
    expect(total).toBeLessThan(700 * 1024);
  });

  it('is reproduced byte for byte by npm run data', { timeout: 120_000 }, () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'thekiz-data-'));
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'data', 'scripts', 'build-data.ts'), out], { stdio: 'pipe' });
      const committed = fs.readdirSync(DIR).sort();
      expect(fs.readdirSync(out).sort()).toEqual(committed);
      for (const name of committed) {
        expect(fs.readFileSync(path.join(out, name)).equals(fs.readFileSync(path.join(DIR, name))), name).toBe(true);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
