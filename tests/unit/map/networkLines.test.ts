import { describe, expect, it } from 'vitest';
import { bundleLines, networkGeometry } from '../../../src/map/layers/networkLines';
import { institution, partnership } from '../../helpers/records';

const list = [
  institution('a', { lon: 11.0, lat: 50.98 }),
  institution('a2', { lon: 11.001, lat: 50.981 }), // same ~4 km cell as a
  institution('b', { lon: 11.3, lat: 50.98 }),
  institution('c', { lon: 12.08, lat: 50.88 }),
  institution('x'), // no place
];
const links = [
  partnership('a', 'b', { type: 'Kooperationsvereinbarung', intensity: 3 }),
  partnership('a2', 'b', { type: 'Kooperationsvereinbarung', intensity: 1 }),
  partnership('b', 'a', { type: 'gemeinsames Angebot', intensity: 2 }),
  partnership('a', 'a2'), // inside one cell
  partnership('b', 'c'),
  partnership('c', 'x'), // an end without place
];

describe('network lines', () => {
  it('draws every partnership with two located ends', () => {
    expect(networkGeometry(list, links).features).toHaveLength(5);
  });

  it('bundles partnerships between the same two cells, drops those inside a cell, keeps the total', () => {
    const bundled = bundleLines(networkGeometry(list, links));
    const byCount = bundled.features.map((f) => f.properties).sort((x, y) => y.count - x.count);
    expect(byCount).toEqual([
      { type: 'Kooperationsvereinbarung', count: 3, weight: 6 },
      { type: 'regelmäßige Zusammenarbeit', count: 1, weight: 2 },
    ]);
    // The bundle runs between the centres of the cells' institutions.
    const big = bundled.features.find((f) => f.properties.count === 3)!;
    const ends = big.geometry.coordinates.map(([lon]) => lon).sort();
    // Weighted by partnerships: a is an end three times, a2 twice.
    expect(ends[0]).toBeCloseTo((3 * 11.0 + 2 * 11.001) / 5, 6);
    expect(ends[1]).toBeCloseTo(11.3, 6);
  });

  it('gives nothing for no lines', () => {
    expect(bundleLines({ type: 'FeatureCollection', features: [] }).features).toEqual([]);
  });
});
