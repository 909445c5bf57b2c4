import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { polygonAreaKm2 } from '../../../../src/analysis/coverage/areas';
import {
  agsOfKey, gemeindeInfo, placesDemand, RURAL_DENSITY_PER_KM2,
  type GemeindenCollection, type LabelsCollection, type OrteCollection,
} from '../../../../src/analysis/coverage/demandBuild';
import type { PolygonGeometry } from '../../../../src/analysis/coverage/polygon';

const DATA = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'data', 'thueringen');
const read = <T>(f: string) => JSON.parse(fs.readFileSync(path.join(DATA, f), 'utf8')) as T;
const real = { gemeinden: read<GemeindenCollection>('gemeinden.geojson'), orte: read<OrteCollection>('orte.geojson'), labels: read<LabelsCollection>('gemeinde-labels.geojson') };

const square = (lon: number, lat: number): PolygonGeometry => ({ type: 'Polygon', coordinates: [[[lon, lat], [lon + 0.1, lat], [lon + 0.1, lat + 0.1], [lon, lat + 0.1], [lon, lat]]] });
const AREA = polygonAreaKm2(square(11, 51)); // ≈ 78 km²
const gemeinde = (ags: string, lon: number, einwohner: number) => ({ properties: { ags, name: `G${ags}`, kreis: ags.slice(0, 5), einwohner }, geometry: square(lon, 51) });
const place = (ags: string, lon: number, einwohner: number, name = `O${lon}`) => ({ properties: { ags, kreis: ags.slice(0, 5), einwohner, name }, geometry: { type: 'Point' as const, coordinates: [lon, 51.05] } });
const label = (ags: string, lon: number) => ({ properties: { ags }, geometry: { type: 'Point' as const, coordinates: [lon, 51.04] } });

// A: two places (300, 100); B: no place; C: only a place without inhabitants; D: dense, no row.
const small = {
  gemeinden: { features: [gemeinde('16051000', 11, 400), gemeinde('16061001', 11.2, 0), gemeinde('16061002', 11.4, 0), gemeinde('16052000', 11.6, Math.round(151 * AREA))] },
  orte: { features: [place('16051000', 11.01, 300, 'Erfurt'), place('16051000', 11.02, 100), place('16061002', 11.41, 0), place('16052000', 11.61, 1)] },
  labels: { features: [label('16051000', 11.05), label('16061001', 11.25), label('16061002', 11.45), label('16052000', 11.65)] },
};

describe('gemeindeInfo', () => {
  it('gives population, area, density and the rural flag (below 150 per km²)', () => {
    expect(RURAL_DENSITY_PER_KM2).toBe(150);
    const info = gemeindeInfo(small.gemeinden, small.labels);
    expect(info.get('16051000')).toMatchObject({ name: 'G16051000', kreis: '16051', population: 400, rural: true, labelLon: 11.05, labelLat: 51.04 });
    expect(info.get('16051000')!.density).toBeCloseTo(400 / AREA, 9);
    expect(info.get('16061001')).toMatchObject({ population: 0, density: 0, rural: true });
    expect(info.get('16052000')!.rural).toBe(false);
    expect(gemeindeInfo(small.gemeinden).get('16051000')!.labelLon).toBeUndefined();
  });

  it('describes Thuringia’s 605 Gemeinden of 2024 with their Zensus 2022 population', () => {
    const info = gemeindeInfo(real.gemeinden, real.labels);
    expect(info.size).toBe(605);
    const erfurt = info.get('16051000')!;
    expect(erfurt).toMatchObject({ name: 'Erfurt', kreis: '16051', population: 218200, rural: false, labelLon: 11.0205, labelLat: 50.983 });
    expect(erfurt.areaKm2).toBeGreaterThan(260);
    expect(erfurt.density).toBeGreaterThan(700);
    const all = [...info.values()];
    expect(all.reduce((s, g) => s + g.population, 0)).toBe(2110396);
    // Gemeinde populations are the Zensus 2022 (on the census grid): none is empty any more.
    expect(all.filter((g) => g.population === 0)).toHaveLength(0);
    expect(all.filter((g) => g.rural).length).toBeGreaterThan(500);
    expect(all.every((g) => g.labelLon !== undefined)).toBe(true);
  });
});

describe('placesDemand', () => {
  it('gives one point per place, weighted with its population', () => {
    const info = gemeindeInfo(real.gemeinden);
    const demand = placesDemand(real.orte, info);
    expect(demand).toHaveLength(865);
    expect(demand.reduce((s, d) => s + d.weight, 0)).toBe(2157613);
    expect(demand[0]).toMatchObject({ weight: 213692, group: '16051', gemeinde: '16051000', rural: false });
    const unknown = placesDemand({ features: [place('16099999', 11, 50)] }, info);
    expect(unknown).toEqual([{ lon: 11, lat: 51.05, weight: 50, group: '16099', gemeinde: '16099999', rural: false }]);
  });
});

describe('agsOfKey', () => {
  it('reads 8-digit AGS, with blanks, and 12-digit ARS', () => {
    expect(agsOfKey('16051000')).toBe('16051000');
    expect(agsOfKey(' 16 0 51 000 ')).toBe('16051000');
    expect(agsOfKey('160510000000')).toBe('16051000');
    expect(agsOfKey('160615001001')).toBe('16061001');
    expect(['16051', '16', '1605100', 'Erfurt', ''].map(agsOfKey)).toEqual([null, null, null, null, null]);
  });
});
