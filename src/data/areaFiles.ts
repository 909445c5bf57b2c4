import { DEFAULT_AREA_ID } from '../domain/areas';
import { GEOGRAPHY_URLS, type GeographyUrls } from './geographyFiles';

// The other Länder and all of Germany, generated into data/gebiete/<id>/ by the build
// (npm run areas). Only their URLs are in this chunk; the files load when an area is chosen.
const AREA_FILES = import.meta.glob<string>(['../../data/gebiete/*/*.geojson', '../../data/gebiete/*/*.json'], { query: '?url', import: 'default', eager: true });
/** The nine files every area has: its geography, its census-grid demand and its key translation. */
const FILE_KEYS: Record<string, keyof GeographyUrls> = {
  'land.geojson': 'land', 'kreise.geojson': 'kreise', 'kreis-labels.geojson': 'kreisLabels', 'gemeinden.geojson': 'gemeinden',
  'gemeinde-labels.geojson': 'gemeindeLabels', 'nachbarlaender.geojson': 'nachbarn', 'orte.geojson': 'orte',
  'bedarf.json': 'bedarf', 'schluessel.json': 'schluessel',
};

/**
 * URLs of the planning area's files; Thuringia's for Thuringia or an area whose files are not
 * all there (so an area either has its census demand or is shown as Thuringia, which has it).
 */
export function geographyUrls(areaId: string | null | undefined): GeographyUrls {
  if (!areaId || areaId === DEFAULT_AREA_ID) return GEOGRAPHY_URLS;
  const out: Partial<GeographyUrls> = {};
  for (const [file, key] of Object.entries(FILE_KEYS)) {
    const url = AREA_FILES[`../../data/gebiete/${areaId}/${file}`];
    if (url) out[key] = url;
  }
  return Object.keys(out).length === Object.keys(FILE_KEYS).length ? (out as GeographyUrls) : GEOGRAPHY_URLS;
}

/** True when the build holds the files of this planning area. */
export function hasAreaFiles(areaId: string): boolean {
  return areaId === DEFAULT_AREA_ID || geographyUrls(areaId) !== GEOGRAPHY_URLS;
}
