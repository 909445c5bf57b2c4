import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spreadStatistics } from '../../../../src/analysis/demand/statistics';
import { gridDemand, type DemandFile } from '../../../../src/analysis/demand/gridDemand';
import { readZensusGemeinden } from '../../../../data/scripts/census';
import { censusContext } from '../../../helpers/censusDemand';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..', '..');

/** Two Gemeinden: g1 with two cells, g2 with one cell and a point. */
const file: DemandFile = {
  gemeinden: ['16000001', '16000002'], orte: ['Dorf'],
  x: [4400, 4401, 4402], y: [3000, 3000, 3000], g: [0, 0, 1], ort: [0, -1, -1],
  einwohner: [300, 100, 50], unter15: [30, 30, 0], ab65: [90, 10, 20],
  punkte: [{ lon: 11, lat: 51, g: 1, name: 'Weiler', einwohner: 10, unter15: 2, ab65: 3 }],
};
const names = new Map([['16000001', 'Eins'], ['16000002', 'Zwei']]);

describe('gridDemand', () => {
  it('names a cell by its nearest place and its Gemeinde, and keeps the extra points', () => {
    const d = gridDemand(file, names);
    expect(d.names).toEqual(['Dorf (Eins)', 'Eins', 'Zwei', 'Weiler (Zwei)']);
    expect(Array.from(d.weights.under15)).toEqual([30, 30, 0, 2]);
    expect(d.grid.count).toBe(3);
    expect(d.lon).toHaveLength(4);
  });

  it('gives only the Gemeinde’s name when it begins with the place’s', () => {
    const d = gridDemand({ ...file, orte: ['Bad Frankenhausen'] }, new Map([['16000001', 'Bad Frankenhausen/Kyffhäuser'], ['16000002', 'Zwei']]));
    expect(d.names[0]).toBe('Bad Frankenhausen/Kyffhäuser');
  });

  it('refuses a file whose columns differ in length', () => {
    expect(() => gridDemand({ ...file, ab65: [1] }, names)).toThrow(/ab65/);
  });
});

describe('spreadStatistics', () => {
  const d = gridDemand(file, names);

  it('spreads each value over the Gemeinde in proportion to the chosen class', () => {
    const r = spreadStatistics([{ ags: '16000001', value: 60 }, { ags: '16000002', value: 4 }], d, d.weights.under15, {}, file.gemeinden);
    // g1 by under-15s (30:30), g2 by under-15s (0 in the cell, 2 at the point).
    expect(Array.from(r.weight)).toEqual([30, 30, 0, 4]);
    expect(r.total).toBe(64);
    expect(r.missing).toEqual([]);
  });

  it('falls back to all inhabitants where the class has nobody, and translates and adds old keys', () => {
    const r = spreadStatistics([{ ags: '16000009', value: 10 }, { ags: '16000008', value: 10 }], d, d.weights.over65.map((v, i) => (i < 2 ? 0 : v)), { 16000009: '16000001', 16000008: '16000001' }, file.gemeinden);
    expect(Array.from(r.weight)).toEqual([15, 5, 0, 0]);
    expect(r.translated).toEqual([['16000009', '16000001'], ['16000008', '16000001']]);
    expect(r.missing).toEqual(['16000002']);
  });

  it('reports unknown, duplicate and invalid keys', () => {
    const r = spreadStatistics([{ ags: '16099999', value: 1 }, { ags: '16000001', value: 1 }, { ags: '16000001', value: 2 }, { ags: '16000002', value: -1 }], d, d.weights.total, {}, file.gemeinden);
    expect(r).toMatchObject({ unmatched: ['16099999'], duplicates: ['16000001'], invalid: ['16000002'], missing: [], total: 1 });
  });

  it('matches a real table keyed by the 631 Gemeinden of 2022 completely after translation', () => {
    const { demand, keys, info } = censusContext();
    const zensus = readZensusGemeinden(fs.readFileSync(path.join(ROOT, 'data', 'sources', 'zensus2022-gemeinden', '1000A-0000_de_flat.csv'), 'utf8'), '16');
    const table = [...zensus.population].map(([ags, value]) => ({ ags, value }));
    expect(table).toHaveLength(631);
    const r = spreadStatistics(table, demand, demand.weights.total, keys, [...info.keys()]);
    expect(r.unmatched).toEqual([]);
    expect(r.missing).toEqual([]);
    // 631 keys of 2022 against 605 of 2024, two of which are new (Uder 16061119, Berga-Wünschendorf 16076094).
    expect(r.translated.length).toBe(631 - (605 - 2));
    expect(Math.round(r.total)).toBe(2_110_396);
    // Spread like the census, the table gives back the census demand.
    for (let i = 0; i < r.weight.length; i += 97) expect(r.weight[i]).toBeCloseTo(demand.weights.total[i], 6);
  });
});
