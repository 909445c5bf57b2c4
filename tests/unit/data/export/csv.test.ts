import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { InstitutionId } from '../../../../src/domain/ids';
import {
  formatCoordinate, INSTITUTION_CSV_HEADERS, institutionsToCsv, LOCATION_QUALITY_LABELS, neutralizeCell,
  PARTNERSHIP_CSV_HEADERS, partnershipsToCsv, toCsv,
} from '../../../../src/data/export/csv';
import { IMPORT_FIELDS, proposeMapping } from '../../../../src/data/import/mapping';
import type { ImportField } from '../../../../src/data/import/mapping';
import { readCsv } from '../../../../src/data/import/readCsv';
import de from '../../../../src/i18n/locales/de.json';
import { sampleInstitution, samplePartnership } from './arbitraries';

/** The records of a CSV text written by toCsv, parsed with PapaParse (BOM removed). */
function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
  return result.data;
}

describe('neutralizeCell', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])('prefixes a value starting with %j with a single quote', (prefix) => {
    expect(neutralizeCell(`${prefix}HYPERLINK("http://x")`)).toBe(`'${prefix}HYPERLINK("http://x")`);
  });

  it("adds one more quote to a value that already looks neutralised, so the import's undo is exact", () => {
    expect(neutralizeCell("'=schon geschützt")).toBe("''=schon geschützt");
  });

  it.each(['Kita', '', ' =1+1', "'kein Formelanfang", 'a=b', '\n=1'])('leaves %j unchanged', (value) => {
    expect(neutralizeCell(value)).toBe(value);
  });

  it.each(['-12', '-0,5', '-0.5', '-10,978754', '-,5', '-0'])('leaves the plain negative number %j unchanged', (value) => {
    expect(neutralizeCell(value)).toBe(value);
  });

  it.each(['-12a', '-1,2,3', '-1.234,5', '-12\n=1+1', '- 12', '-1e5', '+12', '-'])(
    'neutralises %j, which only looks like a number', (value) => {
      expect(neutralizeCell(value)).toBe(`'${value}`);
    });
});

describe('toCsv', () => {
  it('starts with the UTF-8 byte order mark', () => {
    expect(toCsv(['A'], [['x']]).startsWith('\uFEFF')).toBe(true);
    expect(toCsv(['A'], [['x']]).charCodeAt(1)).toBe('A'.charCodeAt(0));
  });

  it('separates cells with ";" and ends every line, also the last, with CRLF', () => {
    expect(toCsv(['A', 'B'], [['1', '2'], ['3', '4']])).toBe('\uFEFFA;B\r\n1;2\r\n3;4\r\n');
  });

  it('quotes a cell containing a semicolon', () => {
    expect(toCsv(['A'], [['Kita; Hort']])).toBe('\uFEFFA\r\n"Kita; Hort"\r\n');
  });

  it('quotes a cell containing a double quote and doubles it', () => {
    expect(toCsv(['A'], [['Verein "Sport"']])).toBe('\uFEFFA\r\n"Verein ""Sport"""\r\n');
  });

  it.each(['Zeile 1\nZeile 2', 'Zeile 1\r\nZeile 2', 'Zeile 1\rZeile 2'])('quotes a cell with the line break in %j', (cell) => {
    expect(toCsv(['A'], [[cell]])).toBe(`\uFEFFA\r\n"${cell}"\r\n`);
  });

  it('does not quote a cell without ";", quotes or line breaks (commas, umlauts, tabs inside)', () => {
    expect(toCsv(['A'], [['Größe, Straße\tß']])).toBe('\uFEFFA\r\nGröße, Straße\tß\r\n');
  });

  it('neutralises every cell, the header too, before quoting', () => {
    expect(toCsv(['=A'], [['=1;2'], ['@x'], ['-0,5']])).toBe('\uFEFF\'=A\r\n"\'=1;2"\r\n\'@x\r\n-0,5\r\n');
  });

  it('gives back every cell, neutralised, when parsed as CSV', () => {
    const cells = ['a;b', 'say "hi"', 'x\r\ny', '=SUMME(A1)', '', 'ä ö ü ß'];
    expect(parse(toCsv(['H1', 'H2', 'H3', 'H4', 'H5', 'H6'], [cells]))[1]).toEqual(cells.map(neutralizeCell));
  });
});

describe('formatCoordinate', () => {
  it.each([
    [50.97875, '50,97875'], [50.978754321, '50,978754'], [11, '11'], [-0.5, '-0,5'], [10.9999999, '11'],
    [0.0000001, '0'], [-0.0000001, '0'], [-0, '0'], [null, ''], [Number.NaN, ''], [Number.POSITIVE_INFINITY, ''],
  ])('writes %s as %j', (value, text) => {
    expect(formatCoordinate(value)).toBe(text);
  });
});

describe('institutionsToCsv', () => {
  it('writes the German header line', () => {
    const [header] = institutionsToCsv([]).slice(1).split('\r\n');
    expect(header).toBe('Name;Kategorie;Träger;Straße;PLZ;Ort;Gemeindeschlüssel;Breite;Länge;Telefon;E-Mail;Website;Schlagworte;Notiz;Lage;Seit;Bis;Quelle');
  });

  it('writes one row per institution with decimal commas, joined tags and the location quality in words', () => {
    const rows = parse(institutionsToCsv([sampleInstitution()]));
    expect(rows[1]).toEqual([
      'ThEKiZ Sonnenschein', 'ThEKiZ', 'Stadt Erfurt', 'Anger 1', '99084', 'Erfurt', '16051000', '50,97875', '11,03283',
      '0361 123456', 'info@sonnenschein.example', 'https://sonnenschein.example', 'Familiencafé, Beratung',
      'Sprechstunde dienstags', 'genaue Koordinaten', '2016', '2024-06', 'Import einrichtungen.csv',
    ]);
  });

  it('leaves the coordinates empty for an unlocated institution', () => {
    const rows = parse(institutionsToCsv([sampleInstitution({ lat: null, lon: null, locationQuality: 'none' })]));
    expect(rows[1].slice(7, 9)).toEqual(['', '']);
    expect(rows[1][14]).toBe('noch nicht verortet');
  });

  it('keeps negative coordinates as plain numbers, not neutralised', () => {
    const rows = parse(institutionsToCsv([sampleInstitution({ lat: -33.5, lon: -70.25 })]));
    expect(rows[1].slice(7, 9)).toEqual(['-33,5', '-70,25']);
  });

  it('neutralises a phone number starting with "+" and a name starting with "="', () => {
    const rows = parse(institutionsToCsv([sampleInstitution({ name: '=cmd|"/c calc"!A1', phone: '+49 361 123456' })]));
    expect(rows[1][0]).toBe('\'=cmd|"/c calc"!A1');
    expect(rows[1][9]).toBe("'+49 361 123456");
  });

  it('uses the same words for the location quality as the app (de.json)', () => {
    expect(LOCATION_QUALITY_LABELS).toEqual(de.institutions.quality);
  });

  it('maps every exported import field back to its column when read by the CSV import', () => {
    const read = readCsv(new TextEncoder().encode(institutionsToCsv([sampleInstitution()])));
    if (!read.ok) throw new Error(read.message);
    expect(read.bom).toBe(true);
    expect(read.delimiter).toBe(';');
    expect(read.headers).toEqual([...INSTITUTION_CSV_HEADERS]);
    const mapping = proposeMapping(read.headers);
    const column: Record<Exclude<ImportField, 'gemeinde'>, string> = {
      name: 'Name', category: 'Kategorie', carrier: 'Träger', street: 'Straße', postcode: 'PLZ', town: 'Ort',
      ags: 'Gemeindeschlüssel', lat: 'Breite', lon: 'Länge', phone: 'Telefon', email: 'E-Mail', website: 'Website',
      tags: 'Schlagworte', note: 'Notiz', since: 'Seit', until: 'Bis',
    };
    for (const field of IMPORT_FIELDS) {
      if (field === 'gemeinde') expect(mapping.gemeinde, 'no Gemeinde name in the export').toBeNull();
      else expect(mapping[field], field).toBe(read.headers.indexOf(column[field]));
    }
  });

  it('leaves the columns Lage and Quelle unmapped in the CSV import', () => {
    const mapping = proposeMapping([...INSTITUTION_CSV_HEADERS]);
    const used = new Set(Object.values(mapping));
    for (const h of ['Lage', 'Quelle']) expect(used.has(INSTITUTION_CSV_HEADERS.indexOf(h as never))).toBe(false);
  });
});

describe('partnershipsToCsv', () => {
  const a = sampleInstitution({ id: 'inst-1' as InstitutionId, name: 'ThEKiZ Sonnenschein' });
  const b = sampleInstitution({ id: 'inst-2' as InstitutionId, name: 'Beratungsstelle; Erfurt' });

  it('writes the German header line', () => {
    expect(parse(partnershipsToCsv([], []))[0]).toEqual([...PARTNERSHIP_CSV_HEADERS]);
    expect(PARTNERSHIP_CSV_HEADERS).toEqual(['Einrichtung A', 'Einrichtung B', 'ID A', 'ID B', 'Art', 'Intensität', 'Seit', 'Bis', 'Notiz']);
  });

  it('writes the names and ids of both ends and the attributes', () => {
    const rows = parse(partnershipsToCsv([samplePartnership()], [a, b]));
    expect(rows[1]).toEqual([
      'ThEKiZ Sonnenschein', 'Beratungsstelle; Erfurt', 'inst-1', 'inst-2', 'Kooperationsvereinbarung', '3',
      '2019-05-01', '', 'Sprechstunde im Zentrum',
    ]);
  });

  it('leaves the name empty but keeps the id of an institution that is not in the list', () => {
    const rows = parse(partnershipsToCsv([samplePartnership({ b: 'missing' as InstitutionId })], [a]));
    expect(rows[1].slice(0, 4)).toEqual(['ThEKiZ Sonnenschein', '', 'inst-1', 'missing']);
  });

  it('neutralises a note starting with "@"', () => {
    const rows = parse(partnershipsToCsv([samplePartnership({ note: '@SUM(1+1)' })], [a, b]));
    expect(rows[1][8]).toBe("'@SUM(1+1)");
  });
});
