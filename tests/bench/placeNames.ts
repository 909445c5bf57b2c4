import fs from 'node:fs';
import path from 'node:path';

/** Names and points of the embedded places, for generating realistic test files. */
export function realPlaceNames(): { name: string; lat: number; lon: number }[] {
  const file = path.resolve(import.meta.dirname, '..', '..', 'data', 'thueringen', 'orte.geojson');
  const fc = JSON.parse(fs.readFileSync(file, 'utf8')) as { features: { properties: { name: string }; geometry: { coordinates: [number, number] } }[] };
  return fc.features.map((f) => ({ name: f.properties.name, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }));
}
