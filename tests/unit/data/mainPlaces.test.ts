import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { haversineMeters } from '../../../src/analysis/distance';
import { mainPlaces } from '../../../src/data/geography';

const read = (f: string) => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'data', 'thueringen', f), 'utf8'));
const point = (ags: string, name: string, einwohner: number, lon: number) => ({ properties: { ags, name, einwohner }, geometry: { coordinates: [lon, 51] as [number, number] } });

describe('mainPlaces', () => {
  it('puts Sondershausen at the town, not at the polygon label 4–5 km west (real data)', () => {
    const labels = read('gemeinde-labels.geojson');
    const main = mainPlaces(read('orte.geojson').features, labels.features);
    const label = labels.features.find((f: { properties: { name: string } }) => f.properties.name === 'Sondershausen');
    const [lon, lat] = main.get(label.properties.ags)!.geometry.coordinates;
    expect(haversineMeters(lon, lat, 10.87011, 51.36973)).toBeLessThan(1000);
    expect(haversineMeters(...(label.geometry.coordinates as [number, number]), 10.87011, 51.36973)).toBeGreaterThan(2000);
    expect(main.get(label.properties.ags)!.properties.name).toBe('Sondershausen');
  });

  it('prefers the place the Gemeinde is named after, else the biggest, and leaves out Gemeinden without places', () => {
    const orte = [point('1', 'Großdorf', 900, 10.1), point('1', 'Neustadt', 300, 10.2), point('2', 'Au', 50, 10.3), point('2', 'Bach', 80, 10.4)];
    const main = mainPlaces(orte, [point('1', 'Neustadt am Berg', 1200, 9), point('2', 'Land', 130, 9), point('3', 'Leer', 0, 9)]);
    expect(main.get('1')!.geometry.coordinates[0]).toBe(10.2);
    expect(main.get('1')!.properties.name).toBe('Neustadt am Berg');
    expect(main.get('2')!.geometry.coordinates[0]).toBe(10.4);
    expect(main.has('3')).toBe(false);
  });
});
