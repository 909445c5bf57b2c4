/**
 * fast-check generators for the importer fuzzing (see targets.ts): hostile cell texts and
 * numbers (umlauts, quotes, delimiters, line breaks, markup and script URLs, bidi controls,
 * lone surrogates, very long cells, huge/NaN/negative numbers, swapped coordinates),
 * structurally valid CSV (UTF-8 with or without BOM, Windows-1252, UTF-16) / GeoJSON /
 * Excel / project files / partnership lists built from them, fully random bytes, byte-level
 * mutations of valid files (truncation, flips, lines duplicated or removed, …) and, for
 * Excel, damaged XML inside an intact ZIP.
 */
import fc from 'fast-check';
import type { CellInput } from '../unit/data/import/xlsx';
import { anyText, projectData, trickyText } from '../unit/data/export/arbitraries';
import { toProjectFile } from '../../src/data/export/projectFile';
import type { CommitOptions } from '../../src/data/import/session';
import { IMPORT_FIELDS } from '../../src/data/import/mapping';

// ---------------------------------------------------------------------------------------------
// Hostile texts

/** Names of the institutions every import project starts with (so duplicates and merges happen). */
export const SEED_NAMES = ['Familienzentrum Mühlhausen', 'Kita Regenbogen', '<img src=x onerror=alert(1)>'] as const;

const LONG = 'Ä'.repeat(5_000);
const LONG_WORDS = 'Kita „Sonnenschein“; '.repeat(400);

/** Texts that broke or could break an importer: markup, scripts, bidi controls, quotes, delimiters, line breaks. */
export const HOSTILE_TEXT = [
  '', ' ', '   ', '  Kita  ', 'ÄÖÜäöüß ẞ', 'Gößnitz', 'Straße 1', 'Felchtaer Straße 5',
  '"', '""', '"zitiert"', 'a"b', '5" Zoll', ';', 'a;b', ',', 'a,b', '\t', 'a\tb', '|', '\n', 'a\nb', '\r\n', 'a\r\nb', '\r',
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"><svg onload=alert(1)>', 'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)', 'data:text/html,<b>x</b>', '{{constructor.constructor("alert(1)")()}}',
  '\u202Egnissim\u202C', '\u202Ephp.exe', '\u200B', '\u200F', '\uFEFF', '\u2028', '\u00A0', '😀', '👨‍👩‍👧', '\ud800', '\udfff',
  '=1+1', '=HYPERLINK("http://x","y")', "'=1+1", '+49 361 123', '-1', '@SUM(A1)', '€ „Anführung“ – Strich',
  'Ελληνικά', 'שלום', 'مرحبا', '日本語', 'NULL', 'null', 'undefined', 'true', '__proto__', 'constructor', 'toString',
  'mailto:kita@beispiel.de', 'kita@beispiel.de', 'a@b', 'https://kita.example/?a=1&b=<x>', 'Kita; Beratung, Café|Treff',
  LONG, LONG_WORDS,
] as const;

/** Texts in number columns: valid German/English numbers, huge, tiny, NaN, signs, garbage. */
export const NUMBER_TEXT = [
  '50,9787', '11,0328', '50.97875', '11.03283', '51,2086', '10,4527', '11,3235', '50,9795', '0', '-0', '0,0', '-50,9', '-11,03',
  '1e308', '-1e308', '1e309', '1,5E+01', '5e-324', 'NaN', 'Infinity', '-Infinity', '1.234,5', '1,234.5', '1.234.567', '91', '-91',
  '180', '-181', '\u221211,0', '  50,9  ', '50,9,1', '٥٠', '0x10', '1_000', '50°58′N', '9007199254740993', '', ' ', ',', '.', '-',
  '+', 'e', '50, 9', '50 ,9', '١١', '50\u00A09',
] as const;

/** Category texts: known ones in several spellings, new ones, hostile ones. */
export const CATEGORY_TEXT = [
  'Kita', 'kita', ' KITA ', 'ThEKiZ', 'Sonstige', 'sonstige', 'Hebammen', 'Stadtteilmütter', 'Neue Kategorie', 'neue kategorie',
  'Jugendamt / ASD', 'Familienzentrum / Mehrgenerationenhaus', '', '<b>fett</b>', '\u202EatiK', 'x'.repeat(300),
] as const;

/** Place names, postcodes and Gemeinde keys the real gazetteer knows (and some it does not). */
export const PLACE_TEXT = [
  'Erfurt', 'Weimar', 'Jena', 'Gera', 'Mühlhausen', 'Muehlhausen', 'MÜHLHAUSEN', 'Gößnitz', 'Erfurt-Marbach', 'Nesse-Apfelstädt',
  'Drei Gleichen', 'Suhl', 'Eisenach', 'Atlantis', 'Qqqdorf', '', '99084', '07743', '7743', '16051000', '16068058', '16077',
] as const;

/** Institution names, including those of the seeded institutions in other spellings (duplicates). */
export const NAME_TEXT = [
  ...SEED_NAMES, 'familienzentrum muehlhausen', 'KITA REGENBOGEN', ' Kita  Regenbogen ', 'Kita Spatzennest', 'Hebammenpraxis Weimar',
  'Erziehungsberatung Gößnitz', 'Stadtteilmütter Gera', 'Jugendamt Nirgendwo', '', ' ',
] as const;

/** Header texts: synonyms of every field, duplicates, blanks, prototype keys, markup. */
export const HEADER_TEXT = [
  'Name', 'Einrichtung', 'name', 'Bezeichnung', 'Name der Einrichtung', 'Ort', 'Stadt', 'PLZ', 'Postleitzahl', 'Straße', 'Adresse',
  'Breite', 'Länge', 'lat', 'lon', 'Latitude', 'Longitude', 'x', 'y', 'Kategorie', 'Art', 'Typ', 'Träger', 'Telefon', 'Telefax',
  'E-Mail', 'Website', 'Schlagworte', 'Tagespflege', 'Notiz', 'Bemerkung', 'Gemeinde', 'AGS', 'Gemeindeschlüssel', '', ' ',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'Spalte 1', 'Name (Spalte 2)', '<img src=x onerror=alert(1)>',
  '\u202EemaN', 'x'.repeat(300), 'Breite (Spalte 3)',
] as const;

const germanNumber = fc.double({ noDefaultInfinity: false }).map((v) => String(v).replace('.', ','));

/** Any text a cell may hold. */
export const cellText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBER_TEXT) },
  { weight: 2, arbitrary: fc.constantFrom(...PLACE_TEXT, ...NAME_TEXT, ...CATEGORY_TEXT) },
  { weight: 2, arbitrary: trickyText },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: germanNumber },
  { weight: 1, arbitrary: fc.double().map(String) },
);

export const headerText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HEADER_TEXT) },
  { weight: 1, arbitrary: cellText },
);

// ---------------------------------------------------------------------------------------------
// Tables: columns with a header and the kind of value they hold

type ColumnKind = 'name' | 'number' | 'place' | 'category' | 'any';

const KIND_HEADERS: Record<ColumnKind, readonly string[]> = {
  name: ['Name', 'Einrichtung', 'Bezeichnung', 'name'],
  number: ['Breite', 'Länge', 'lat', 'lon', 'x', 'y', 'Latitude', 'Longitude', 'PLZ'],
  place: ['Ort', 'Stadt', 'Gemeinde', 'AGS', 'Gemeindeschlüssel', 'PLZ'],
  category: ['Kategorie', 'Art', 'Typ'],
  any: HEADER_TEXT,
};

const KIND_VALUES: Record<ColumnKind, fc.Arbitrary<string>> = {
  name: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NAME_TEXT) }, { weight: 1, arbitrary: cellText }),
  number: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NUMBER_TEXT) }, { weight: 1, arbitrary: germanNumber }, { weight: 1, arbitrary: cellText }),
  place: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PLACE_TEXT) }, { weight: 1, arbitrary: cellText }),
  category: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...CATEGORY_TEXT) }, { weight: 1, arbitrary: cellText }),
  any: cellText,
};

const column = fc.constantFrom<ColumnKind>('name', 'number', 'number', 'place', 'category', 'any', 'any').chain((kind) =>
  fc.record({
    header: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KIND_HEADERS[kind]) }, { weight: 1, arbitrary: headerText }),
    kind: fc.constant(kind),
  }),
);

const nameColumn = fc.record({ header: fc.constantFrom(...KIND_HEADERS.name), kind: fc.constant<ColumnKind>('name') });

/**
 * A table of text cells: a header row and data rows, mostly as wide as the header, sometimes
 * ragged. Most tables have a name column (else every row is rejected and nothing is written).
 */
export const textTable: fc.Arbitrary<string[][]> = fc
  .tuple(fc.option(nameColumn, { freq: 6 }), fc.array(column, { minLength: 1, maxLength: 8 }), fc.nat())
  .map(([name, others, at]) => (name === null ? others : [...others.slice(0, at % (others.length + 1)), name, ...others.slice(at % (others.length + 1))]))
  .chain((columns) => {
    const row = fc.tuple(...columns.map((c) => KIND_VALUES[c.kind]));
    const ragged = fc.array(cellText, { maxLength: 12 });
    const rows = fc.array(fc.oneof({ weight: 8, arbitrary: row }, { weight: 1, arbitrary: ragged }), { minLength: 1, maxLength: 14 });
    return fc.oneof({ weight: 9, arbitrary: rows }, { weight: 1, arbitrary: fc.constant([]) })
      .map((rs) => [columns.map((c) => c.header), ...rs.map((r) => [...r])]);
  });

// ---------------------------------------------------------------------------------------------
// Encodings

/** Windows-1252 bytes of 0x80–0x9F, by character. */
const CP1252: ReadonlyMap<string, number> = new Map(
  [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'].map((c, i) => [c, 0x80 + i]),
);

/** Windows-1252 bytes of a text; characters it lacks become '?'. */
export function encodeWindows1252(text: string): Uint8Array {
  const out: number[] = [];
  for (const c of text) {
    const code = c.codePointAt(0)!;
    const high = CP1252.get(c);
    if (high !== undefined) out.push(high);
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else out.push(0x3f);
  }
  return Uint8Array.from(out);
}

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le';

export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  if (encoding === 'windows-1252') return encodeWindows1252(text);
  if (encoding === 'utf-16le') {
    const out = new Uint8Array(2 + text.length * 2);
    out[0] = 0xff;
    out[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      out[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    return out;
  }
  const body = new TextEncoder().encode(text);
  if (encoding === 'utf-8') return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

const textEncoding = fc.oneof(
  { weight: 4, arbitrary: fc.constant<TextEncoding>('utf-8') },
  { weight: 2, arbitrary: fc.constant<TextEncoding>('utf-8-bom') },
  { weight: 3, arbitrary: fc.constant<TextEncoding>('windows-1252') },
  { weight: 1, arbitrary: fc.constant<TextEncoding>('utf-16le') },
);

// ---------------------------------------------------------------------------------------------
// Mutations of a valid file

export type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'flip'; at: number; xor: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicateSlice'; at: number; length: number }
  | { op: 'duplicateLine'; line: number }
  | { op: 'removeLine'; line: number }
  | { op: 'swapLines'; a: number; b: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.constantFrom(...['"', ';', '\n', '\r', '{', '}', ',', '[', ']', '\\', '\u0000', 'ä', '\uFEFF'].map((s) => new TextEncoder().encode(s)))) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ op: fc.constant('duplicateSlice' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 256 }) }),
  fc.record({ op: fc.constant('duplicateLine' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('removeLine' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
);

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The file split into lines, each with its line feed. */
function lines(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      out.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) out.push(bytes.subarray(start));
  return out;
}

/** Applies one mutation; positions are taken modulo the length so that every mutation applies. */
export function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const n = bytes.length;
  switch (m.op) {
    case 'truncate':
      return bytes.slice(0, n === 0 ? 0 : m.at % n);
    case 'flip': {
      if (n === 0) return bytes;
      const out = bytes.slice();
      out[m.at % n] ^= m.xor;
      return out;
    }
    case 'insert': {
      const at = m.at % (n + 1);
      return concat(bytes.subarray(0, at), m.bytes, bytes.subarray(at));
    }
    case 'delete': {
      if (n === 0) return bytes;
      const at = m.at % n;
      return concat(bytes.subarray(0, at), bytes.subarray(at + m.length));
    }
    case 'duplicateSlice': {
      if (n === 0) return bytes;
      const at = m.at % n;
      const slice = bytes.subarray(at, at + m.length);
      return concat(bytes.subarray(0, at + slice.length), slice, bytes.subarray(at + slice.length));
    }
    case 'duplicateLine':
    case 'removeLine': {
      const l = lines(bytes);
      if (l.length === 0) return bytes;
      const i = m.line % l.length;
      if (m.op === 'removeLine') l.splice(i, 1);
      else l.splice(i, 0, l[i]);
      return concat(...l);
    }
    case 'swapLines': {
      const l = lines(bytes);
      if (l.length === 0) return bytes;
      const a = m.a % l.length;
      const b = m.b % l.length;
      [l[a], l[b]] = [l[b], l[a]];
      return concat(...l);
    }
  }
}

export function applyMutations(bytes: Uint8Array, ms: readonly Mutation[]): Uint8Array {
  return ms.reduce(mutate, bytes);
}

// ---------------------------------------------------------------------------------------------
// What a fuzz case of the table importers does besides reading a file

/** How the user answers the check: commit options, a mapping and an injected write failure. */
export interface ImportChoices {
  /** Which file name the user picked. */
  name: string;
  /** ImportSession.read (CSV only) or readFile (what the app's worker calls). */
  entry: 'read' | 'readFile';
  options: CommitOptions;
  /** null: the proposed mapping; else one number per field, giving the column (0: none). */
  mapping: number[] | null;
  /** 0: no failure; n: the n-th database write of the commit throws. */
  failAt: number;
}

/** 0 (no failure) mostly, else which write fails: often one of the first, sometimes a late one. */
export const failAt: fc.Arbitrary<number> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 7, max: 80 }) },
);

export function importChoices(names: readonly string[], entries: readonly ImportChoices['entry'][] = ['readFile']): fc.Arbitrary<ImportChoices> {
  return fc.record({
    name: fc.constantFrom(...names),
    entry: fc.constantFrom(...entries),
    options: fc.record({
      fixSwapped: fc.boolean(),
      createCategories: fc.boolean(),
      duplicates: fc.constantFrom<CommitOptions['duplicates']>('keep', 'skip', 'merge'),
    }),
    mapping: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.array(fc.nat(12), { minLength: IMPORT_FIELDS.length, maxLength: IMPORT_FIELDS.length }) }),
    failAt,
  });
}

// ---------------------------------------------------------------------------------------------
// CSV

/** How a table is written as CSV. */
export interface CsvLayout {
  delimiter: ';' | ',' | '\t' | '|';
  /** minimal: quote where needed; all: every cell; none: never (hostile cells break the structure). */
  quoting: 'minimal' | 'all' | 'none';
  eol: '\n' | '\r\n' | '\r';
  trailingEol: boolean;
  blankLinesBefore: number;
  encoding: TextEncoding;
}

const csvLayout: fc.Arbitrary<CsvLayout> = fc.record({
  delimiter: fc.constantFrom<CsvLayout['delimiter']>(';', ';', ',', '\t', '|'),
  quoting: fc.constantFrom<CsvLayout['quoting']>('minimal', 'minimal', 'all', 'none'),
  eol: fc.constantFrom<CsvLayout['eol']>('\n', '\r\n', '\r'),
  trailingEol: fc.boolean(),
  blankLinesBefore: fc.nat(2),
  encoding: textEncoding,
});

export function csvText(table: readonly (readonly string[])[], layout: CsvLayout): string {
  const cell = (c: string): string => {
    const needs = c.includes(layout.delimiter) || /["\r\n]/.test(c) || c !== c.trim();
    return layout.quoting === 'all' || (layout.quoting === 'minimal' && needs) ? `"${c.replace(/"/g, '""')}"` : c;
  };
  const body = table.map((r) => r.map(cell).join(layout.delimiter)).join(layout.eol);
  return layout.eol.repeat(layout.blankLinesBefore) + body + (layout.trailingEol ? layout.eol : '');
}

export const validCsv: fc.Arbitrary<Uint8Array> = fc
  .tuple(textTable, csvLayout)
  .map(([table, layout]) => encodeText(csvText(table, layout), layout.encoding));

/** Random bytes, structurally valid CSV with hostile content, or mutations of such a file. */
export const csvBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 400 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((s) => new TextEncoder().encode(s)) },
  { weight: 5, arbitrary: validCsv },
  { weight: 3, arbitrary: fc.tuple(validCsv, mutations).map(([b, ms]) => applyMutations(b, ms)) },
);

// ---------------------------------------------------------------------------------------------
// GeoJSON

/**
 * JSON numbers JSON.stringify cannot write (1e999 parses to Infinity, -0, more digits than a
 * double holds) travel as marked strings and are put into the text unquoted by jsonText.
 */
const RAW = '\u0000RAW:';

function raw(token: string): string {
  return `${RAW}${token}`;
}

/** JSON.stringify with the raw number tokens put in unquoted. */
export function jsonText(value: unknown, indent: number | string | undefined): string {
  return JSON.stringify(value, null, indent).replace(/"\\u0000RAW:([^"\\]*)"/g, '$1');
}

const rawNumber = fc.constantFrom('1e999', '-1e999', '-0', '1e308', '5e-324', '50.978750000000000000001', '0.0e0', '1E+2', '-0.0');

const coordinateValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 50.2, max: 51.6, noNaN: true }) },
  { weight: 4, arbitrary: fc.double({ min: 9.8, max: 12.7, noNaN: true }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: rawNumber.map(raw) },
  { weight: 1, arbitrary: fc.constantFrom('50,9', '11.03', '', 'NaN', null, true, [], {}) },
);

const propertyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: cellText },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: rawNumber.map(raw) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(cellText, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

const properties: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.dictionary(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HEADER_TEXT) }, { weight: 1, arbitrary: fc.string() }), propertyValue, { maxKeys: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, [], 'text', 7) },
);

const pointFeature = fc.record(
  {
    type: fc.constant('Feature'),
    geometry: fc.record({
      type: fc.constant('Point'),
      coordinates: fc.oneof(
        { weight: 8, arbitrary: fc.tuple(coordinateValue, coordinateValue) },
        { weight: 1, arbitrary: fc.tuple(coordinateValue, coordinateValue, coordinateValue) },
        { weight: 1, arbitrary: fc.array(coordinateValue, { maxLength: 1 }) },
      ),
    }),
    properties,
    id: fc.oneof(fc.string(), fc.integer()),
  },
  { requiredKeys: ['type', 'geometry'] },
);

const otherFeature: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({
    type: fc.constant('Feature'),
    geometry: fc.record({
      type: fc.constantFrom('LineString', 'Polygon', 'MultiPoint', 'GeometryCollection', 'point', 'Punkt', ''),
      coordinates: fc.array(fc.tuple(coordinateValue, coordinateValue), { maxLength: 3 }),
    }),
    properties,
  }),
  fc.record({ type: fc.constant('Feature'), geometry: fc.constantFrom(null, 'Point', []), properties }),
  fc.record({ geometry: fc.record({ type: fc.constant('Point'), coordinates: fc.tuple(coordinateValue, coordinateValue) }) }),
  fc.jsonValue({ maxDepth: 2 }),
);

const crs = fc.record({
  type: fc.constant('name'),
  properties: fc.record({ name: fc.oneof(fc.constantFrom('urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326', 'EPSG:25832', 'urn:ogc:def:crs:EPSG::31468'), cellText) }),
});

const geoJsonRoot: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        type: fc.constant('FeatureCollection'),
        features: fc.array(fc.oneof({ weight: 5, arbitrary: pointFeature }, { weight: 1, arbitrary: otherFeature }), { maxLength: 12 }),
        crs,
        name: cellText,
        bbox: fc.array(fc.double(), { maxLength: 4 }),
      },
      { requiredKeys: ['type', 'features'] },
    ),
  },
  { weight: 2, arbitrary: pointFeature },
  { weight: 1, arbitrary: fc.record({ format: fc.constant('netzwerkkarte-thekiz-projekt'), formatVersion: fc.constant(1), type: fc.constant('FeatureCollection'), features: fc.constant([]) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('FeatureCollection', 'Feature', 'Topology'), features: fc.jsonValue({ maxDepth: 2 }) }) },
);

const validGeoJson: fc.Arbitrary<Uint8Array> = fc
  .record({
    root: geoJsonRoot,
    indent: fc.constantFrom<number | string | undefined>(undefined, 2, '\t'),
    leading: fc.constantFrom('', ' ', '\n', '\r\n \t'),
    encoding: textEncoding,
  })
  .map(({ root, indent, leading, encoding }) => encodeText(leading + jsonText(root, indent), encoding));

/** Random bytes and JSON, GeoJSON with hostile properties and coordinates, or mutations of it. */
export const geoJsonBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((s) => new TextEncoder().encode(`{${s}`)) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 3 }).map((s) => new TextEncoder().encode(s)) },
  { weight: 8, arbitrary: validGeoJson },
  { weight: 3, arbitrary: fc.tuple(validGeoJson, mutations).map(([b, ms]) => applyMutations(b, ms)) },
);

// ---------------------------------------------------------------------------------------------
// Excel

/** A workbook to write with xlsxBytes: the rows of the first sheet and a few layout tricks. */
export interface WorkbookSpec {
  rows: CellInput[][];
  /** Empty rows above and columns left of the table. */
  offsetRows: number;
  offsetColumns: number;
  /** A second sheet after the first; merged cells in the first. */
  secondSheet: boolean;
  merge: boolean;
}

/** The text without the characters XML 1.0 forbids (Excel itself could not store them either). */
function xmlSafe(text: string): string {
  return [...text].filter((c) => {
    const code = c.codePointAt(0)!;
    return (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) && code !== 0xfffe && code !== 0xffff;
  }).join('');
}

const excelCell: fc.Arbitrary<CellInput> = fc.oneof(
  { weight: 6, arbitrary: cellText.map(xmlSafe) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(50.97875, 11.03283, 51.2086, 10.4527, 0, -0, 1e308, -1e308, 5e-324, 99084, 7743, 16051000) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }) },
  { weight: 1, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<CellInput>(
      { formula: '1+1', result: 2 },
      { formula: 'A1&"x"', result: '<img src=x onerror=alert(1)>' },
      { formula: 'HYPERLINK("javascript:alert(1)","klick")', result: 'klick' },
      { text: 'klick', hyperlink: 'javascript:alert(1)' },
      { richText: [{ text: 'Kita ' }, { text: 'Regen', font: { bold: true } }, { text: 'bogen' }] },
      { error: '#N/A' },
      { error: '#DIV/0!' },
    ),
  },
);

const excelTable: fc.Arbitrary<CellInput[][]> = fc.oneof(
  { weight: 3, arbitrary: textTable.map((t) => t.map((r) => r.map(xmlSafe) as CellInput[])) },
  { weight: 2, arbitrary: fc.tuple(fc.array(headerText.map(xmlSafe), { minLength: 1, maxLength: 8 }), fc.array(fc.array(excelCell, { maxLength: 9 }), { maxLength: 10 })).map(([h, rows]) => [h, ...rows]) },
);

export const workbookSpec: fc.Arbitrary<WorkbookSpec> = fc.record({
  rows: excelTable,
  offsetRows: fc.oneof(fc.constant(0), fc.nat(3)),
  offsetColumns: fc.oneof(fc.constant(0), fc.nat(3)),
  secondSheet: fc.boolean(),
  merge: fc.boolean(),
});

/** Damaging edits of the XML inside a workbook (the ZIP around it stays intact). */
const XML_SNIPPETS = [
  '<', '>', '&', '"', '&amp;', '&#0;', '&#xFFFFFF;', '&lt;script&gt;', '<![CDATA[<img src=x onerror=alert(1)>]]>', ']]>', '<!--', '-->',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>', '&c;',
  '<c r="A2" t="s"><v>99999</v></c>', '<c r="A2" t="s"><v>-1</v></c>', '<c r="XFD1048576"><v>1</v></c>', '<c r="A1" t="n"><v>1e999</v></c>',
  '<c r="B2" t="inlineStr"><is><t>\u202Einline</t></is></c>', '<c r="C2" t="e"><v>#REF!</v></c>', '<c r="D2" t="b"><v>2</v></c>',
  '<c r="E2" t="d"><v>kein Datum</v></c>', '<row r="0">', '<row r="99999999">', '</row>', '<si><t>x</t></si>', '</si>', 'r="A0"',
  ' t="s"', ' s="999"', '<v>NaN</v>', '<v>-0</v>', 'xmlns="urn:x"', '<x:t>', '\uFEFF', '\u0000',
].map((s) => new TextEncoder().encode(s));

/** Text replacements that keep the XML well-formed but its meaning odd. */
export const XML_REPLACEMENTS: readonly (readonly [string, string])[] = [
  ['t="s"', 't="n"'], ['t="s"', 't="str"'], ['t="s"', 't="e"'], ['t="n"', 't="s"'], ['<v>0</v>', '<v>999999</v>'], ['<v>', '<v>-'],
  ['<v>', '<v>1e999'], ['r="A', 'r="ZZZZ'], ['r="', 'r="0'], ['</sheetData>', ''], ['<sheetData>', '<sheetData><row r="1048577"><c r="A1048577"><v>1</v></c></row>'],
  ['encoding="UTF-8"', 'encoding="UTF-16"'], ['<t>', '<t xml:space="preserve">\u202E'], ['<t', '<x:t'], ['</t>', ''], ['<sheets>', '<sheets/>'],
  ['sheet1.xml', 'sheet9.xml'], ['sharedStrings', 'SharedStrings'], ['<si>', ''], ['count="', 'count="-'],
  // Just inside and beyond Excel's grid (columns A–XFD, rows 1–1,048,576), and far beyond.
  ['r="A', 'r="XFD'], ['r="A', 'r="XFE'], ['r="A', 'r="AAAAAAA'], ['<row r="2"', '<row r="1048577"'], ['<row r="2"', '<row r="99999999"'],
];

const xmlMutation: fc.Arbitrary<Mutation | { op: 'replace'; index: number; all: boolean }> = fc.oneof(
  { weight: 3, arbitrary: mutation },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.constantFrom(...XML_SNIPPETS) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('replace' as const), index: fc.nat(XML_REPLACEMENTS.length - 1), all: fc.boolean() }) },
);

export type XmlMutation = Mutation | { op: 'replace'; index: number; all: boolean };

/** Applies a mutation to the bytes of an XML entry. */
export function mutateXml(bytes: Uint8Array, m: XmlMutation): Uint8Array {
  if (m.op !== 'replace') return mutate(bytes, m);
  const [from, to] = XML_REPLACEMENTS[m.index];
  const text = new TextDecoder().decode(bytes);
  return new TextEncoder().encode(m.all ? text.split(from).join(to) : text.replace(from, to));
}

/** An Excel input: random bytes (often with a ZIP header), a workbook, a mutated workbook, or a workbook with damaged XML. */
export type XlsxSource =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'workbook'; spec: WorkbookSpec; mutations: Mutation[] }
  | { kind: 'xml'; spec: WorkbookSpec; entry: string | number; mutations: XmlMutation[] };

const ZIP_HEADER = Uint8Array.from([0x50, 0x4b, 0x03, 0x04]);

export const xlsxSource: fc.Arbitrary<XlsxSource> = fc.oneof(
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }).map((bytes) => ({ kind: 'bytes' as const, bytes })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }).map((b) => ({ kind: 'bytes' as const, bytes: concat(ZIP_HEADER, b) })) },
  { weight: 6, arbitrary: workbookSpec.map((spec) => ({ kind: 'workbook' as const, spec, mutations: [] })) },
  { weight: 2, arbitrary: fc.tuple(workbookSpec, mutations).map(([spec, ms]) => ({ kind: 'workbook' as const, spec, mutations: ms })) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('xml' as const),
      spec: workbookSpec,
      entry: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom('xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml') },
        { weight: 1, arbitrary: fc.constantFrom('xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', '_rels/.rels') },
        { weight: 1, arbitrary: fc.nat() },
      ),
      mutations: fc.array(xmlMutation, { minLength: 1, maxLength: 3 }),
    }),
  },
);

// ---------------------------------------------------------------------------------------------
// Project files

/** A change to a parsed project file before it is written again as JSON. */
type Patch = (file: Record<string, unknown>) => void;

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 2, arbitrary: rawNumber.map(raw) },
  { weight: 1, arbitrary: fc.double().map((v) => (Number.isFinite(v) ? v : raw(v > 0 ? '1e999' : '-1e999'))) },
  { weight: 1, arbitrary: anyText },
);

const FILE_KEYS = ['format', 'formatVersion', 'exportedAt', 'project', 'categories', 'institutions', 'partnerships'] as const;
const RECORD_KEYS = [
  'id', 'name', 'category', 'carrier', 'street', 'postcode', 'town', 'ags', 'lat', 'lon', 'locationQuality', 'phone', 'email',
  'website', 'tags', 'note', 'since', 'source', 'createdAt', 'updatedAt', 'a', 'b', 'type', 'intensity', 'until', 'color',
  'symbol', 'order', 'description', 'isDemo', '__proto__', 'constructor', 'projectId',
] as const;

function listOf(file: Record<string, unknown>, index: number): unknown[] | null {
  const key = (['categories', 'institutions', 'partnerships'] as const)[index % 3];
  const list = file[key];
  return Array.isArray(list) ? list : null;
}

const patch: fc.Arbitrary<Patch> = fc.oneof(
  // A field of a record set to a hostile value (or removed).
  { weight: 4, arbitrary: fc.record({ list: fc.nat(), item: fc.nat(), key: fc.constantFrom(...RECORD_KEYS), value: fc.option(hostileValue) }).map(({ list, item, key, value }): Patch => (file) => {
    const l = listOf(file, list);
    const target = l && l.length ? l[item % l.length] : null;
    if (target === null || typeof target !== 'object' || Array.isArray(target)) return;
    if (value === null) delete (target as Record<string, unknown>)[key];
    else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  }) },
  // A record copied (same id twice), removed or replaced by junk.
  { weight: 2, arbitrary: fc.record({ list: fc.nat(), item: fc.nat(), how: fc.constantFrom('copy', 'remove', 'junk'), junk: fc.jsonValue({ maxDepth: 1 }) }).map(({ list, item, how, junk }): Patch => (file) => {
    const l = listOf(file, list);
    if (!l || l.length === 0) return;
    const i = item % l.length;
    if (how === 'copy') l.push(structuredClone(l[i]));
    else if (how === 'remove') l.splice(i, 1);
    else l[i] = junk;
  }) },
  // A partnership pointing to itself or to an institution not in the file.
  { weight: 2, arbitrary: fc.record({ item: fc.nat(), to: fc.constantFrom('self', 'missing', '') }).map(({ item, to }): Patch => (file) => {
    const l = listOf(file, 2);
    const p = l && l.length ? (l[item % l.length] as Record<string, unknown>) : null;
    if (!p || typeof p !== 'object') return;
    p.b = to === 'self' ? p.a : to === 'missing' ? 'gibt-es-nicht' : '';
  }) },
  // A top-level member changed or removed.
  { weight: 1, arbitrary: fc.record({ key: fc.constantFrom(...FILE_KEYS), value: fc.option(fc.oneof(hostileValue, fc.constantFrom(0, 2, 1.5, '1', -1, raw('1e999'), raw('1.0'), [], {}))) }).map(({ key, value }): Patch => (file) => {
    if (value === null) delete file[key];
    else file[key] = value;
  }) },
);

export interface ProjectFileInput {
  text: string;
  /** 0: no failure; n: the n-th database write of the import throws. */
  failAt: number;
}

const exportedAt = fc.constantFrom('2024-05-01T12:00:00.000Z', '', 'gestern');

/** A project file as toProjectFile writes it, with hostile texts, then patched. */
const validProjectFile: fc.Arbitrary<string> = fc
  .record({ data: projectData, at: exportedAt, patches: fc.array(patch, { maxLength: 3 }), indent: fc.constantFrom<number | undefined>(2, 2, undefined) })
  .map(({ data, at, patches, indent }) => {
    const text = toProjectFile(data, at);
    if (patches.length === 0 && indent === 2) return text;
    const file = JSON.parse(text) as Record<string, unknown>;
    for (const p of patches) p(file);
    return jsonText(file, indent);
  });

/** What the app passes to importProjectFile: the file's text, as File.text() decodes it. */
function fileText(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

const projectFileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map(fileText) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc
      .record({
        format: fc.constant('netzwerkkarte-thekiz-projekt'),
        formatVersion: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 0 })),
        project: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.dictionary(fc.constantFrom(...RECORD_KEYS), hostileValue)),
        categories: fc.oneof(fc.array(fc.dictionary(fc.constantFrom(...RECORD_KEYS), hostileValue), { maxLength: 4 }), fc.jsonValue({ maxDepth: 1 })),
        institutions: fc.oneof(fc.array(fc.dictionary(fc.constantFrom(...RECORD_KEYS), hostileValue), { maxLength: 5 }), fc.jsonValue({ maxDepth: 1 })),
        partnerships: fc.oneof(fc.array(fc.dictionary(fc.constantFrom(...RECORD_KEYS), hostileValue), { maxLength: 4 }), fc.jsonValue({ maxDepth: 1 })),
      }, { requiredKeys: ['format'] })
      .map((f) => jsonText(f, undefined)),
  },
  { weight: 10, arbitrary: validProjectFile },
  {
    weight: 3,
    arbitrary: fc.tuple(validProjectFile, mutations).map(([text, ms]) => fileText(applyMutations(new TextEncoder().encode(text), ms))),
  },
);

export const projectFileInput: fc.Arbitrary<ProjectFileInput> = fc.record({ text: projectFileText, failAt });

// ---------------------------------------------------------------------------------------------
// Partnership lists

/** Ids of the institutions the partnership cases start with (fixed, so that files can name them). */
export const PARTNER_IDS = [
  '0a000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000002', '0c000000-0000-4000-8000-000000000003',
  '0d000000-0000-4000-8000-000000000004', '0e000000-0000-4000-8000-000000000005',
] as const;

/** Their names and towns: two share a name (ambiguous without the town). */
export const PARTNER_INSTITUTIONS = [
  { name: 'Kita Regenbogen', town: 'Jena' },
  { name: 'Kita Regenbogen', town: 'Gera' },
  { name: 'Familienzentrum Mühlhausen', town: 'Mühlhausen' },
  { name: '<img src=x onerror=alert(1)>', town: '' },
  { name: 'Beratungsstelle „Süd“; Erfurt', town: 'Erfurt' },
] as const;

const PARTNER_NAMES = [
  ...PARTNER_INSTITUTIONS.map((i) => i.name), 'Kita Regenbogen (Jena)', 'kita regenbogen (GERA)', 'KITA REGENBOGEN', 'familienzentrum muehlhausen',
  'Familienzentrum Mühlhausen (Mühlhausen)', 'Beratungsstelle Süd Erfurt', 'Gibt es nicht', '', ' ',
] as const;

const PARTNERSHIP_HEADERS: Record<'nameA' | 'nameB' | 'idA' | 'idB' | 'type' | 'intensity' | 'date' | 'note', readonly string[]> = {
  nameA: ['Einrichtung A', 'Partner 1', 'Von', 'Name A'],
  nameB: ['Einrichtung B', 'Partner 2', 'An', 'Name B'],
  idA: ['ID A', 'Kennung 1'],
  idB: ['ID B', 'Kennung 2'],
  type: ['Art', 'Typ', 'Art der Partnerschaft'],
  intensity: ['Intensität', 'Stärke'],
  date: ['Seit', 'Bis', 'Beginn', 'Ende'],
  note: ['Notiz', 'Bemerkung'],
};

const PARTNERSHIP_VALUES: Record<keyof typeof PARTNERSHIP_HEADERS, fc.Arbitrary<string>> = {
  nameA: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PARTNER_NAMES) }, { weight: 1, arbitrary: cellText }),
  nameB: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PARTNER_NAMES) }, { weight: 1, arbitrary: cellText }),
  idA: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PARTNER_IDS, '') }, { weight: 1, arbitrary: fc.constantFrom(PARTNER_IDS[0].toUpperCase(), ` ${PARTNER_IDS[2]} `, 'gibt-es-nicht', '__proto__') }, { weight: 1, arbitrary: cellText }),
  idB: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PARTNER_IDS, '') }, { weight: 1, arbitrary: cellText }),
  type: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('Kooperationsvereinbarung', 'kooperationsvereinbarung', 'regelmäßige Zusammenarbeit', 'Regelmaessige Zusammenarbeit', 'Eigene Art', '') }, { weight: 1, arbitrary: cellText }),
  intensity: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('1', '2', '3', '0', '4', '-1', '2,0', '2.5', 'hoch', '', 'NaN', '1e999') }, { weight: 1, arbitrary: cellText }),
  date: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('2021', '2021-03', '2021-03-15', '15.03.2021', '31.02.2021', '2021-13-01', '0000-00-00', '9999-12-31', '1.1.21', '') }, { weight: 1, arbitrary: cellText }),
  note: cellText,
};

/** A partnership list: columns for both sides (by name or id) and some of the others, rows from the seeded names and ids. */
export const partnershipTable: fc.Arbitrary<string[][]> = fc
  .tuple(
    fc.constantFrom<('nameA' | 'idA')[]>(['nameA'], ['idA'], ['nameA', 'idA']),
    fc.constantFrom<('nameB' | 'idB')[]>(['nameB'], ['idB'], ['nameB', 'idB']),
    fc.subarray(['type', 'intensity', 'date', 'date', 'note'] as const),
    fc.option(headerText, { freq: 4 }),
  )
  .chain(([a, b, rest, extra]) => {
    const fields = [...a, ...b, ...rest];
    const headers = fc.tuple(...fields.map((f) => fc.constantFrom(...PARTNERSHIP_HEADERS[f])));
    const row = fc.tuple(...fields.map((f) => PARTNERSHIP_VALUES[f]), ...(extra === null ? [] : [cellText]));
    return fc.tuple(headers, fc.array(fc.oneof({ weight: 8, arbitrary: row }, { weight: 1, arbitrary: fc.array(cellText, { maxLength: 8 }) }), { minLength: 1, maxLength: 12 }))
      .map(([h, rows]) => [[...h, ...(extra === null ? [] : [extra])], ...rows.map((r) => [...r])]);
  });

/** A partnership list file: CSV (random, valid or mutated) or an Excel workbook of the table. */
export type PartnershipSource =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'workbook'; rows: string[][]; mutations: Mutation[] };

export interface PartnershipInput {
  source: PartnershipSource;
  /** null: the proposed mapping; else one number per field, giving the column (0: none). */
  mapping: number[] | null;
  failAt: number;
}

const validPartnershipCsv = fc.tuple(partnershipTable, csvLayout).map(([table, layout]) => encodeText(csvText(table, layout), layout.encoding));

export const partnershipInput: fc.Arbitrary<PartnershipInput> = fc.record({
  source: fc.oneof(
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ kind: 'bytes' as const, bytes })) },
    { weight: 6, arbitrary: validPartnershipCsv.map((bytes) => ({ kind: 'bytes' as const, bytes })) },
    { weight: 2, arbitrary: fc.tuple(validPartnershipCsv, mutations).map(([b, ms]) => ({ kind: 'bytes' as const, bytes: applyMutations(b, ms) })) },
    { weight: 2, arbitrary: partnershipTable.map((rows) => ({ kind: 'workbook' as const, rows: rows.map((r) => r.map(xmlSafe)), mutations: [] })) },
    { weight: 1, arbitrary: fc.tuple(partnershipTable, mutations).map(([rows, ms]) => ({ kind: 'workbook' as const, rows: rows.map((r) => r.map(xmlSafe)), mutations: ms })) },
  ),
  mapping: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.array(fc.nat(10), { minLength: 9, maxLength: 9 }) }),
  failAt,
});
