import { PROJECT_FORMAT } from '../export/projectFile';
import { quoted } from './issues';
import { normalizeHeader, SYNONYMS, type ImportField } from './mapping';
import { parseDecimal } from './numbers';
import { uniqueHeaders } from './parseCsv';
import { formatBoolean, formatDecimal, type TableReadResult } from './table';

export const MSG_NOT_JSON = 'Die Datei ist keine gültige GeoJSON-Datei: Der Inhalt ist kein lesbares JSON.';
export const MSG_NOT_GEOJSON =
  'Die Datei ist kein GeoJSON: Erwartet wird eine „FeatureCollection“ oder ein einzelnes „Feature“ mit Punkten.';
export const MSG_PROJECT_FILE =
  'Die Datei ist eine Projektdatei der Netzwerkkarte. Bitte öffnen Sie sie über „Projektdatei öffnen“ statt über den Import.';
export const MSG_NO_POINTS =
  'Die GeoJSON-Datei enthält keine Punkte (Geometrie „Point“). Nur Punkte können als Einrichtungen übernommen werden.';

/** Headers of the columns filled from the geometry when the properties have no coordinate columns. */
export const GEOMETRY_HEADERS = { lat: 'Breite', lon: 'Länge' } as const;

/** Coordinates in properties further than this from the geometry (in degrees) count as different. */
const COORDINATE_TOLERANCE = 1e-6;

type JsonObject = Record<string, unknown>;

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A property value as the text of a table cell: strings as they are, numbers with a decimal
 * comma, booleans as „ja“/„nein“, arrays (tag lists) joined with ", ", objects as JSON text,
 * null as ''.
 */
export function propertyText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatDecimal(value);
  if (typeof value === 'boolean') return formatBoolean(value);
  if (Array.isArray(value)) return value.map(propertyText).filter((t) => t !== '').join(', ');
  if (isObject(value)) return JSON.stringify(value);
  return String(value);
}

/** [longitude, latitude] of a Point feature, or null for any other feature. */
function pointOf(feature: unknown): [number, number] | null {
  if (!isObject(feature) || feature.type !== 'Feature' || !isObject(feature.geometry)) return null;
  const { type, coordinates } = feature.geometry;
  if (type !== 'Point' || !Array.isArray(coordinates) || coordinates.length < 2) return null;
  const [lon, lat] = coordinates as unknown[];
  return typeof lon === 'number' && typeof lat === 'number' && Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : null;
}

/** What a skipped object was, for the note: its geometry type or a German description. */
function kindOf(feature: unknown): string {
  if (!isObject(feature) || feature.type !== 'Feature') return 'kein gültiges Feature';
  if (!isObject(feature.geometry)) return 'ohne Geometrie';
  const type = feature.geometry.type;
  return type === 'Point' ? 'Point ohne gültige Koordinaten' : typeof type === 'string' ? type : 'unbekannte Geometrie';
}

function skippedNote(kinds: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  const detail = [...counts].map(([k, n]) => `${n} × ${k}`).join(', ');
  return kinds.length === 1
    ? `1 Objekt ist kein Punkt und wurde übersprungen (${detail}).`
    : `${kinds.length} Objekte sind keine Punkte und wurden übersprungen (${detail}).`;
}

function crsNote(root: JsonObject): string | null {
  const name = isObject(root.crs) && isObject(root.crs.properties) ? root.crs.properties.name : undefined;
  if (typeof name !== 'string' || /4326|CRS84/i.test(name)) return null;
  return `Die Datei gibt das Koordinatensystem ${quoted(name)} an. Erwartet werden Längen- und Breitengrade (WGS84, EPSG:4326); abweichende Koordinaten werden bei der Prüfung gemeldet.`;
}

/** The features of a FeatureCollection or a single Feature, or a German message. */
function featuresOf(root: unknown): unknown[] | string {
  if (!isObject(root)) return MSG_NOT_GEOJSON;
  if (root.format === PROJECT_FORMAT) return MSG_PROJECT_FILE;
  if (root.type === 'FeatureCollection' && Array.isArray(root.features)) return root.features;
  if (root.type === 'Feature') return [root];
  return MSG_NOT_GEOJSON;
}

/**
 * Reads a GeoJSON FeatureCollection (or a single Feature) of Point features into the table
 * the CSV import gives: the headers are the property names in first-seen order, one row per
 * Point feature (row numbers start at 1: row n is the n-th point). The coordinates come from
 * the geometry, with a decimal comma: into every property column named like a coordinate
 * (lat/lon, Breite/Länge, …) if there are such, else into added columns „Breite“ and „Länge“. Property values become text as in propertyText.
 * Other features are skipped and counted in a German note. Never throws: no JSON, no GeoJSON
 * or no Point feature gives `{ ok: false, message }` in German.
 */
export function readGeoJson(text: string): TableReadResult {
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: MSG_NOT_JSON };
  }
  const features = featuresOf(root);
  if (typeof features === 'string') return { ok: false, message: features };

  const points: { properties: JsonObject; lon: number; lat: number }[] = [];
  const skipped: string[] = [];
  const keys = new Map<string, number>();
  for (const f of features) {
    const point = pointOf(f);
    if (!point) {
      skipped.push(kindOf(f));
      continue;
    }
    const properties = isObject((f as JsonObject).properties) ? ((f as JsonObject).properties as JsonObject) : {};
    for (const key of Object.keys(properties)) if (!keys.has(key)) keys.set(key, keys.size);
    points.push({ properties, lon: point[0], lat: point[1] });
  }
  const notes: string[] = [];
  if (skipped.length > 0) notes.push(skippedNote(skipped));
  if (points.length === 0) return { ok: false, message: skipped.length > 0 ? `${MSG_NO_POINTS} ${skippedNote(skipped)}` : MSG_NO_POINTS };

  const names = [...keys.keys()];
  const headers = uniqueHeaders(names);
  const latColumns = coordinateColumns(headers, 'lat');
  const lonColumns = coordinateColumns(headers, 'lon');
  const finalHeaders = uniqueHeaders(headers);

  let differing = 0;
  const rows = points.map(({ properties, lon, lat }) => {
    const row = names.map((k) => propertyText(properties[k]));
    while (row.length < finalHeaders.length) row.push('');
    if (latColumns.some((c) => differs(row[c], lat)) || lonColumns.some((c) => differs(row[c], lon))) differing++;
    for (const c of latColumns) row[c] = formatDecimal(lat);
    for (const c of lonColumns) row[c] = formatDecimal(lon);
    return row;
  });
  if (differing > 0) {
    notes.push(`Bei ${differing === 1 ? '1 Punkt weichen' : `${differing} Punkten weichen`} die Koordinaten in den Eigenschaften von der Geometrie ab; übernommen wird die Geometrie.`);
  }
  const crs = crsNote(root as JsonObject);
  if (crs) notes.push(crs);
  return { ok: true, encoding: 'geojson', bom: false, delimiter: '', headers: finalHeaders, rows, raggedRows: [], firstRow: 1, ...(notes.length ? { notes } : {}) };
}

/**
 * Every column named exactly like a coordinate (lat, Breite, x, …; see SYNONYMS) – all of them
 * get the geometry, so whichever the mapping picks holds it – else a column „Breite“ or „Länge“
 * added at the end of `headers`.
 */
function coordinateColumns(headers: string[], field: Extract<ImportField, 'lat' | 'lon'>): number[] {
  const found = headers.flatMap((h, i) => (SYNONYMS[field].includes(normalizeHeader(h)) ? [i] : []));
  return found.length > 0 ? found : [headers.push(GEOMETRY_HEADERS[field]) - 1];
}

/** Whether a property cell holds a coordinate other than the geometry's (an empty cell does not). */
function differs(cell: string, value: number): boolean {
  const parsed = parseDecimal(cell);
  return parsed.ok && parsed.value !== null && Math.abs(parsed.value - value) > COORDINATE_TOLERANCE;
}
