import { describe, expect, it } from 'vitest';
import { geographyUrls, hasAreaFiles } from '../../../src/data/areaFiles';
import { GEOGRAPHY_URLS, hasCensusDemand, loadGeographyUrls } from '../../../src/data/geography';
import { PLANNING_AREAS } from '../../../src/domain/areas';
import { createGrid, createGridSteps } from '../../../src/analysis/coverage/grid';

describe('area files', () => {
  it('give every planning area its own nine files (geography, census demand, key translation), and Thuringia its committed ones', async () => {
    const seen = new Set<string>();
    for (const a of PLANNING_AREAS) {
      expect(hasAreaFiles(a.id), a.name).toBe(true);
      const urls = geographyUrls(a.id);
      expect(new Set(Object.values(urls)).size).toBe(9);
      expect(hasCensusDemand(a.id), a.name).toBe(true);
      for (const u of Object.values(urls)) {
        expect(seen.has(u), u).toBe(false);
        seen.add(u);
      }
      expect(await loadGeographyUrls(a.id)).toEqual(urls);
    }
    expect(geographyUrls('16')).toBe(GEOGRAPHY_URLS);
    expect(geographyUrls('xx')).toBe(GEOGRAPHY_URLS);
    expect(hasAreaFiles('xx')).toBe(false);
    expect(geographyUrls('14').land).toMatch(/gebiete\/14\/land\.geojson/);
    expect(geographyUrls('de').bedarf).toMatch(/gebiete\/de\/bedarf\.json/);
    expect(geographyUrls('09').schluessel).toMatch(/gebiete\/09\/schluessel\.json/);
  });
});

describe('createGridSteps', () => {
  it('reports rising progress and ends with the same grid as createGrid', () => {
    const box = { west: 10, south: 50, east: 12, north: 51.5 };
    const steps = createGridSteps(box);
    const seen: number[] = [];
    let r = steps.next();
    while (!r.done) {
      seen.push(r.value);
      r = steps.next();
    }
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((v, i) => v > 0 && v < 1 && (i === 0 || v > seen[i - 1]))).toBe(true);
    const grid = createGrid(box);
    expect(r.value.count).toBe(grid.count);
    expect(r.value.lon).toEqual(grid.lon);
  });
});
