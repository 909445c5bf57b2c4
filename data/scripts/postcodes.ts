/**
 * GeoNames postal codes (data/sources/plz-geonames/zipcodes.de.csv) → the postcodes of one Land
 * with their places and centroids, for the offline geocoder (`postleitzahlen.json`).
 * Pure: text in, text out; no file access.
 */
import Papa from 'papaparse';
import { currentKreisKey } from './keys.ts';
import { roundCoord, type DatasetMeta } from './output.ts';

/** One row of the CSV, reduced to what the build needs. */
export interface PostcodeRow {
  postcode: string;
  place: string;
  /** `TH`, `BY` … for place rows; GeoNames' admin1 number (`15`) in organisation rows. */
  stateCode: string;
  /** 5-digit Kreis key as in the source ('' when the row has none). */
  kreis: string;
  lat: number;
  lon: number;
}

const COLUMNS = ['zipcode', 'place', 'state_code', 'community_code', 'latitude', 'longitude'] as const;

/**
 * Parses the CSV text (header line, `,`-separated, quoted fields) into rows. Throws naming the
 * column or the postcode when the file lacks a column or a row has unreadable coordinates, so
 * a changed source fails the build instead of yielding wrong points.
 */
export function parsePostcodeCsv(text: string): PostcodeRow[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const fields = parsed.meta.fields ?? [];
  for (const c of COLUMNS) if (!fields.includes(c)) throw new Error(`Spalte ${c} fehlt in der Postleitzahlen-Datei`);
  return parsed.data.map((r) => {
    const lat = Number(r.latitude);
    const lon = Number(r.longitude);
    if (r.latitude === '' || r.longitude === '' || !Number.isFinite(lat) || !Number.isFinite(lon)) {
      throw new Error(`Postleitzahl ${r.zipcode}: Koordinaten nicht lesbar`);
    }
    return { postcode: r.zipcode.trim(), place: r.place.trim(), stateCode: r.state_code.trim(), kreis: r.community_code.trim(), lat, lon };
  });
}

/**
 * Legal forms and words that name a firm or an authority, not a place. Only a second guard:
 * the source marks organisation rows by their numeric Land code (see {@link isOrganisationRow}).
 */
const FIRM_WORDS = /(?:^|[\s,(/-])(?:GmbH|mbH|AG|KG|KGaA|SE|eG|OHG|GbR|e\.\s?V\.|a\.\s?G\.?)(?=$|[\s,.;)&/-])|GmbH|Versicherung|Bank(?![a-zäöü])|Sparkasse|Krankenkasse|Deutsche Post|Agentur für Arbeit|Verwaltung|Universität/u;

/**
 * True for a company or authority postcode ("Carl Zeiss AG", "Stadtverwaltung Gera"): GeoNames
 * lists them with its numeric admin1 code (`15`) instead of the Land abbreviation (`TH`), which
 * catches all 6,819 of them in the checked file, where a keyword rule misses two fifths
 * ("Bußgeldstelle", "Friedrich-Schiller-Universität"). Firm words are checked as well, in case
 * a later mirror drops that difference.
 */
export function isOrganisationRow(row: Pick<PostcodeRow, 'stateCode' | 'place'>): boolean {
  return /^\d+$/.test(row.stateCode) || FIRM_WORDS.test(row.place);
}

/** A place of a postcode: name, latitude, longitude (5 decimals), Kreis key. */
export type PostcodePlace = [name: string, lat: number, lon: number, kreis: string];

/** One postcode with its centroid (mean of its places) and places. */
export interface PostcodeEntry {
  plz: string;
  lat: number;
  lon: number;
  orte: PostcodePlace[];
}

/** Code-unit order, so the output never depends on the machine's locale. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The postcodes of the Land with key `land` (the first two digits of the Kreis key, '16' =
 * Thuringia), company and authority postcodes left out, sorted by postcode; places sorted by
 * name and position, exact repeats dropped. The centroid is the mean of the places' positions.
 */
export function postcodesOfLand(rows: readonly PostcodeRow[], land: string): PostcodeEntry[] {
  const byCode = new Map<string, Map<string, PostcodePlace>>();
  for (const r of rows) {
    if (!/^\d{5}$/.test(r.kreis) || !r.kreis.startsWith(land) || !/^\d{5}$/.test(r.postcode) || isOrganisationRow(r)) continue;
    const place: PostcodePlace = [r.place, roundCoord(r.lat), roundCoord(r.lon), currentKreisKey(r.kreis)];
    const places = byCode.get(r.postcode) ?? new Map<string, PostcodePlace>();
    places.set(JSON.stringify(place), place);
    byCode.set(r.postcode, places);
  }
  return [...byCode.keys()].sort(compare).map((plz) => {
    const orte = [...byCode.get(plz)!.values()].sort((a, b) => compare(a[0], b[0]) || a[1] - b[1] || a[2] - b[2] || compare(a[3], b[3]));
    const mean = (i: 1 | 2) => roundCoord(orte.reduce((s, p) => s + p[i], 0) / orte.length);
    return { plz, lat: mean(1), lon: mean(2), orte };
  });
}

/** Provenance of the generated file. */
export function postcodeMeta(landName: string): DatasetMeta {
  return {
    title: `Postleitzahlen ${landName} mit ihren Orten und Mittelpunkten (ohne Firmen- und Behörden-Postleitzahlen)`,
    source: 'GeoNames postal codes (zipcodes.de.csv), gespiegelt im GitHub-Repository zauberware/postal-codes-json-xml-csv (data/DE.zip); data/sources/plz-geonames/',
    licence: 'CC BY 4.0 (GeoNames)',
    attribution: 'Postleitzahlen: GeoNames (CC BY 4.0)',
    vintage: 'GeoNames-Stand des Spiegels (ohne Datum); Punkte der Orte, keine PLZ-Flächen; Mittelpunkt = Mittel der Orte einer Postleitzahl',
    generatedBy: 'npm run data (data/scripts/build-data.ts)',
  };
}

/**
 * The JSON text of `postleitzahlen.json` for one Land: `metadata`, `land`, `felder` (the order
 * of a place's values) and `postleitzahlen`, one postcode per line for readable diffs. The same
 * CSV text always gives the same bytes, whatever the order of its rows.
 */
export function postcodesJson(csvText: string, land: string, landName = `des Landes ${land}`): string {
  const entries = postcodesOfLand(parsePostcodeCsv(csvText), land);
  if (entries.length === 0) throw new Error(`Keine Postleitzahlen für das Land ${land}`);
  const head = `{"metadata":${JSON.stringify(postcodeMeta(landName))},"land":${JSON.stringify(land)},"felder":["name","lat","lon","kreis"],"postleitzahlen":[\n`;
  return head + entries.map((e) => JSON.stringify(e)).join(',\n') + '\n]}\n';
}
