import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CensusCell } from '../../../src/analysis/demand/cells';
import { checkDemandFile, gridDemand, type DemandFile } from '../../../src/analysis/demand/gridDemand';
import type { Area } from '../../../data/scripts/dissolve';
import { assignCells, demand2022, demandFileText, placeNamer, SNAP_KM } from '../../../data/scripts/gemeinden2022';
import type { Place } from '../../../data/scripts/places';

const box = (ags: string, x0: number, y0: number, w: number, h: number): Area => ({
  type: 'Feature',
  properties: { ags },
  geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x0 + w, y0], [x0 + w, y0 + h], [x0, y0 + h], [x0, y0]]] },
});
const cell = (lon: number, lat: number, total: number, x = Math.round(lon * 1000), y = Math.round(lat * 1000)): CensusCell =>
  ({ x: x * 1000, y: y * 1000, lon, lat, total, under15: Math.round(total / 7), over65: Math.round(total / 4) });
// At 51° N: 0.01° of latitude ≈ 1.1 km, of longitude ≈ 0.7 km.
const KM_LAT = 1 / 110.574;

describe('census cells into the Gemeinden of 2022', () => {
  // A and B side by side (x 10.0–10.2, 10.2–10.4), F an unpopulated forest north of A, X a foreign Land east of B.
  const own = [box('01000001', 10.0, 51.0, 0.2, 0.1), box('01000002', 10.2, 51.0, 0.2, 0.1), box('01000501', 10.0, 51.1, 0.2, 0.1)];
  const foreign = [box('02000001', 10.4, 51.0, 0.2, 0.1)];
  const populated = (k: string) => k !== '01000501';

  it('takes centres inside, gives the forest\'s cells to the nearest populated Gemeinde, snaps within SNAP_KM, leaves the rest', () => {
    const cells = [
      cell(10.1, 51.05, 100), // in A
      cell(10.3, 51.05, 200), // in B
      cell(10.1, 51.19, 5), // in the forest, nearest populated: A (about 10 km south)
      cell(10.3, 51.0 - 0.3 * KM_LAT, 30), // 0.3 km south of B: snapped
      cell(10.3, 51.0 - (SNAP_KM + 0.2) * KM_LAT, 40), // 0.7 km south of B: abroad
      cell(10.5, 51.05, 500), // in the foreign Land
      cell(10.5, 51.0 - 0.2 * KM_LAT, 60), // outside, nearest is the foreign Land: not ours
    ];
    const a = assignCells(cells, own, populated, foreign);
    expect(a.of2022).toEqual(['01000001', '01000002', '01000001', '01000002']);
    expect(a.cells.map((c) => c.total)).toEqual([100, 200, 5, 30]);
    expect(a).toMatchObject({ inside: 2, fromUnpopulated: 1, snapped: 1, snappedPeople: 30 });
  });

  it('scales each Gemeinde to its Zensus count and puts a Gemeinde without a cell at an inner point', async () => {
    const polygons = [...own, box('01000003', 10.4, 51.2, 0.01, 0.01)];
    // In the grid's order: by row (y), then x.
    const cells = [cell(10.15, 51.02, 300), cell(10.1, 51.05, 100), cell(10.3, 51.05, 200)];
    const assigned = assignCells(cells, polygons, populated);
    const population = new Map([['01000001', 1000], ['01000002', 150], ['01000003', 7]]);
    const d = await demand2022(assigned, polygons, population);
    expect(d.people.total).toEqual([750, 250, 150]);
    expect(d.gridSum).toBe(600);
    expect(d.points).toHaveLength(1);
    expect(d.points[0]).toMatchObject({ ags2022: '01000003', total: 7 });
    expect(d.points[0].lon).toBeGreaterThan(10.4);
    expect(d.points[0].lon).toBeLessThan(10.41);

    // The file a Land cuts out of it: only its Gemeinden, readable by the coverage worker.
    const file = demandFileText({
      demand: d, include: (k) => k !== '01000002', toTarget: (k) => k, keys: ['01000001', '01000003', '01000501'],
      placeName: (lon) => (lon < 10.12 ? 'Adorf' : null), pointName: () => 'Cdorf', metadata: { vintage: 'Gebietsstand 15.05.2022' },
    });
    const parsed = JSON.parse(file.text) as DemandFile;
    expect(checkDemandFile(parsed)).toBe(2);
    expect(parsed).toMatchObject({ gemeinden: ['01000001', '01000003', '01000501'], orte: ['Adorf'], g: [0, 0], ort: [-1, 0], einwohner: [750, 250] });
    expect(parsed.x).toEqual([cells[0].x / 1000, cells[1].x / 1000]);
    expect(parsed.punkte).toEqual([expect.objectContaining({ g: 1, name: 'Cdorf', einwohner: 7 })]);
    expect(Object.fromEntries(file.population)).toEqual({ '01000001': 1000, '01000003': 7, '01000501': 0 });
    const grid = gridDemand(parsed, new Map([['01000001', 'Adorf'], ['01000003', 'Cdorf']]));
    expect(grid.names).toEqual(['Adorf', 'Adorf', 'Cdorf']);
    expect([...grid.weights.total]).toEqual([750, 250, 7]);
  });

  it('names a cell by the nearest place within 2.5 km of its own Gemeinde, as a linear scan does', () => {
    const placeArb = fc.record({ lon: fc.double({ min: 10, max: 10.2, noNaN: true }), lat: fc.double({ min: 51, max: 51.1, noNaN: true }), g: fc.constantFrom('A', 'B', null) });
    fc.assert(
      fc.property(fc.array(placeArb, { maxLength: 40 }), fc.array(fc.tuple(fc.double({ min: 9.98, max: 10.22, noNaN: true }), fc.double({ min: 50.98, max: 51.12, noNaN: true }), fc.constantFrom('A', 'B')), { minLength: 1, maxLength: 20 }), (raw, queries) => {
        const places: Place[] = raw.map((p, i) => ({ id: i, name: `P${i}`, lon: p.lon, lat: p.lat, population: 1, featureCode: 'PPL', admin4: '' }));
        const gemeindeOf = new Map(places.map((p, i) => [`${p.lon},${p.lat}`, raw[i].g]));
        const name = placeNamer(places, (lon, lat) => gemeindeOf.get(`${lon},${lat}`) ?? null);
        for (const [lon, lat, g] of queries) {
          let best: string | null = null;
          let bestD = 6.25;
          places.forEach((p, i) => {
            const d = ((p.lon - lon) * 70) ** 2 + ((p.lat - lat) * 111.2) ** 2;
            if (raw[i].g === g && d < bestD) [best, bestD] = [p.name, d];
          });
          expect(name(lon, lat, g)).toBe(best);
        }
      }),
      { numRuns: 150 },
    );
  });
});
