import fs from 'node:fs';
import path from 'node:path';
import { placesFromGeoJson } from '../../src/data/demo/loadDemo';

/** The real embedded places (data/thueringen/orte.geojson). */
export function realPlaces() {
  const file = path.resolve(import.meta.dirname, '..', '..', 'data', 'thueringen', 'orte.geojson');
  return placesFromGeoJson(JSON.parse(fs.readFileSync(file, 'utf8')));
}
