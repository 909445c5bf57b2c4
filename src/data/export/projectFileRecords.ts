import type { InstitutionId, PartnershipId } from '../../domain/ids';
import type { LocationQuality } from '../../domain/institution';
import type { Partnership } from '../../domain/partnership';
import { quoted } from '../import/issues';
import type { CategoryFileRecord, InstitutionRecord, PartnershipRecord } from './records';

/** Record of a JSON object as parsed. */
type JsonObject = Record<string, unknown>;

/** Every location quality a project file may contain. */
export const LOCATION_QUALITIES: readonly LocationQuality[] = [
  'exact', 'geocoded-place', 'geocoded-gemeinde', 'geocoded-postcode', 'manual', 'none',
];

/** Colour given to a category without a usable colour (that of "Sonstige"). */
export const FALLBACK_CATEGORY_COLOR = '#bbbbbb';

/** Intensity given to a partnership without a valid one (1–3). */
export const DEFAULT_INTENSITY: Partnership['intensity'] = 2;

/** True for a JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: a key like "constructor" must not reach Object.prototype. */
function field(record: JsonObject, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The string value of a field, '' when it is missing or not a string. */
export function stringField(record: JsonObject, key: string): string {
  const v = field(record, key);
  return typeof v === 'string' ? v : '';
}

/** A non-empty string id, or null. */
function idField(record: JsonObject, key: string): string | null {
  const v = field(record, key);
  return typeof v === 'string' && v !== '' ? v : null;
}

/** A finite number within ±limit (−0 read as 0), null when missing or null, undefined when invalid. */
function coordinate(value: unknown, limit: number): number | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > limit) return undefined;
  return value === 0 ? 0 : value;
}

/**
 * Reads category number `index` (0-based) of a project file. Returns null, with a warning,
 * for an entry that is no object or has no name. A missing colour becomes the colour of
 * "Sonstige" (with a warning), a missing symbol '', a missing or non-finite order the
 * position in the list.
 */
export function readCategory(value: unknown, index: number, warnings: string[]): CategoryFileRecord | null {
  const n = index + 1;
  if (!isJsonObject(value)) {
    warnings.push(`Kategorie Nr. ${n} ist kein gültiger Eintrag und wird übersprungen.`);
    return null;
  }
  const name = stringField(value, 'name');
  if (name.trim() === '') {
    warnings.push(`Kategorie Nr. ${n} hat keinen Namen und wird übersprungen.`);
    return null;
  }
  let color = stringField(value, 'color');
  if (color.trim() === '') {
    warnings.push(`Die Kategorie ${quoted(name)} hat keine Farbe; sie erhält die Farbe von „Sonstige“.`);
    color = FALLBACK_CATEGORY_COLOR;
  }
  const order = field(value, 'order');
  return {
    name,
    color,
    symbol: stringField(value, 'symbol'),
    order: typeof order === 'number' && Number.isFinite(order) ? order : index,
  };
}

function readTags(record: JsonObject, who: string, warnings: string[]): string[] {
  const v = field(record, 'tags');
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    warnings.push(`Die Schlagworte von ${who} sind keine Liste und werden verworfen.`);
    return [];
  }
  const tags = v.filter((t): t is string => typeof t === 'string');
  if (tags.length < v.length) warnings.push(`Ungültige Schlagworte von ${who} werden verworfen.`);
  return tags;
}

/**
 * Reads institution number `index` (0-based) of a project file, field by field: missing or
 * non-string texts become '', `tags` keeps only strings, coordinates must be finite numbers
 * within ±90 (latitude) and ±180 (longitude) or both null (else both are dropped and the
 * institution counts as not located), an unknown location quality becomes 'none'. Every
 * change is reported in `warnings`. Returns null, with a warning, for an entry that is no
 * object or has no id.
 */
export function readInstitution(value: unknown, index: number, warnings: string[]): InstitutionRecord | null {
  const n = index + 1;
  if (!isJsonObject(value)) {
    warnings.push(`Einrichtung Nr. ${n} ist kein gültiger Eintrag und wird übersprungen.`);
    return null;
  }
  const name = stringField(value, 'name');
  const who = name === '' ? `Nr. ${n}` : quoted(name);
  const id = idField(value, 'id');
  if (id === null) {
    warnings.push(`Die Einrichtung ${who} hat keine Kennung (id) und wird übersprungen.`);
    return null;
  }
  let lat = coordinate(field(value, 'lat'), 90);
  let lon = coordinate(field(value, 'lon'), 180);
  let locationQuality: LocationQuality = 'none';
  const quality = field(value, 'locationQuality');
  if (LOCATION_QUALITIES.includes(quality as LocationQuality)) locationQuality = quality as LocationQuality;
  else {
    const shown = typeof quality === 'string' ? `${quoted(quality)} ` : '';
    warnings.push(`Die Lageangabe ${shown}von ${who} ist unbekannt; die Einrichtung gilt als „noch nicht verortet“.`);
  }
  if (lat === undefined || lon === undefined || (lat === null) !== (lon === null)) {
    warnings.push(`Die Koordinaten von ${who} sind ungültig und werden verworfen; die Einrichtung gilt als „noch nicht verortet“.`);
    lat = null;
    lon = null;
    locationQuality = 'none';
  }
  return {
    id: id as InstitutionId,
    name,
    category: stringField(value, 'category'),
    carrier: stringField(value, 'carrier'),
    street: stringField(value, 'street'),
    postcode: stringField(value, 'postcode'),
    town: stringField(value, 'town'),
    ags: stringField(value, 'ags'),
    lat,
    lon,
    locationQuality,
    phone: stringField(value, 'phone'),
    email: stringField(value, 'email'),
    website: stringField(value, 'website'),
    tags: readTags(value, who, warnings),
    note: stringField(value, 'note'),
    since: stringField(value, 'since'),
    until: stringField(value, 'until'),
    source: stringField(value, 'source'),
    createdAt: stringField(value, 'createdAt'),
    updatedAt: stringField(value, 'updatedAt'),
  };
}

/**
 * Reads partnership number `index` (0-based) of a project file. `names` maps the ids of the
 * file's institutions to their names. A partnership whose end is not among them, that links
 * an institution with itself, has no id or is no object is dropped with a warning naming it;
 * an intensity other than 1, 2 or 3 becomes 2 with a warning; missing texts become ''.
 */
export function readPartnership(
  value: unknown,
  index: number,
  names: ReadonlyMap<string, string>,
  warnings: string[],
): PartnershipRecord | null {
  const n = index + 1;
  if (!isJsonObject(value)) {
    warnings.push(`Partnerschaft Nr. ${n} ist kein gültiger Eintrag und wird übersprungen.`);
    return null;
  }
  const a = idField(value, 'a');
  const b = idField(value, 'b');
  const end = (id: string | null) => (id === null ? '?' : names.get(id) || id);
  const id = idField(value, 'id');
  const who = `${quoted(`${end(a)} – ${end(b)}`)}${id === null ? '' : ` (Kennung ${id})`}`;
  if (id === null) {
    warnings.push(`Die Partnerschaft ${who} hat keine Kennung (id) und wird übersprungen.`);
    return null;
  }
  if (a === null || b === null || !names.has(a) || !names.has(b)) {
    warnings.push(`Die Partnerschaft ${who} verweist auf eine Einrichtung, die nicht in der Datei steht, und wird übersprungen.`);
    return null;
  }
  if (a === b) {
    warnings.push(`Die Partnerschaft ${who} verbindet eine Einrichtung mit sich selbst und wird übersprungen.`);
    return null;
  }
  let intensity = field(value, 'intensity');
  if (intensity !== 1 && intensity !== 2 && intensity !== 3) {
    warnings.push(`Die Intensität der Partnerschaft ${who} ist ungültig und wird auf ${DEFAULT_INTENSITY} gesetzt.`);
    intensity = DEFAULT_INTENSITY;
  }
  return {
    id: id as PartnershipId,
    a: a as InstitutionId,
    b: b as InstitutionId,
    type: stringField(value, 'type'),
    intensity: intensity as Partnership['intensity'],
    since: stringField(value, 'since'),
    until: stringField(value, 'until'),
    note: stringField(value, 'note'),
  };
}
