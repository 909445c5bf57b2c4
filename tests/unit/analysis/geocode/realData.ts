/** The real embedded gazetteer files, read once per test file. */
import fs from 'node:fs';
import path from 'node:path';
import { createGazetteer, entriesFromGeoJson, type Gazetteer, type GazetteerEntry } from '../../../../src/analysis/geocode/gazetteer';
import { postcodeIndexFromJson } from '../../../../src/analysis/geocode/postcodeData';

const DATA = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'data', 'thueringen');

/** Parsed `orte.geojson` and `gemeinde-labels.geojson`. */
export function readRealGeoJson(): { orte: unknown; gemeindeLabels: unknown } {
  const read = (f: string): unknown => JSON.parse(fs.readFileSync(path.join(DATA, f), 'utf8'));
  return { orte: read('orte.geojson'), gemeindeLabels: read('gemeinde-labels.geojson') };
}

let cached: { entries: GazetteerEntry[]; gazetteer: Gazetteer } | undefined;

/** Entries and gazetteer built from the real files. */
export function realGazetteer(): { entries: GazetteerEntry[]; gazetteer: Gazetteer } {
  if (!cached) {
    const { orte, gemeindeLabels } = readRealGeoJson();
    const entries = entriesFromGeoJson(orte, gemeindeLabels);
    cached = { entries, gazetteer: createGazetteer(entries) };
  }
  return cached;
}

let withPostcodes: Gazetteer | undefined;

/** The real gazetteer with the real postcode list (`postleitzahlen.json`), as the import worker builds it for Thuringia. */
export function realGazetteerWithPostcodes(): Gazetteer {
  if (!withPostcodes) {
    const postcodes = postcodeIndexFromJson(JSON.parse(fs.readFileSync(path.join(DATA, 'postleitzahlen.json'), 'utf8')));
    if (!postcodes) throw new Error('postleitzahlen.json unlesbar');
    withPostcodes = createGazetteer(realGazetteer().entries, postcodes);
  }
  return withPostcodes;
}
