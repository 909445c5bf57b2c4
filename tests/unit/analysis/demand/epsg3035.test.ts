import fc from 'fast-check';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { fromEpsg3035, toEpsg3035 } from '../../../../src/analysis/demand/epsg3035';

const LAEA = '+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const reference = proj4('EPSG:4326', LAEA);

describe('EPSG:3035', () => {
  it('agrees with proj4 to well below a millimetre over Germany (property)', () => {
    fc.assert(fc.property(fc.double({ min: 5.5, max: 15.5, noNaN: true }), fc.double({ min: 47, max: 55.2, noNaN: true }), (lon, lat) => {
      const [x, y] = reference.forward([lon, lat]);
      const [a, b] = toEpsg3035(lon, lat);
      expect(Math.abs(a - x)).toBeLessThan(1e-4);
      expect(Math.abs(b - y)).toBeLessThan(1e-4);
      const [lon2, lat2] = fromEpsg3035(x, y);
      expect(Math.abs(lon2 - lon)).toBeLessThan(1e-8);
      expect(Math.abs(lat2 - lat)).toBeLessThan(1e-8);
    }));
  });

  it('puts the projection centre at the false origin', () => {
    expect(toEpsg3035(10, 52)).toEqual([4_321_000, 3_210_000]);
    expect(fromEpsg3035(4_321_000, 3_210_000)).toEqual([10, 52]);
  });
});
