import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOrganisationRow, parsePostcodeCsv, postcodesJson, postcodesOfLand } from '../../../data/scripts/postcodes';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const HEADER = 'country_code,zipcode,place,state,state_code,province,province_code,community,community_code,latitude,longitude';

/** A CSV line in the column order of zipcodes.de.csv. */
function line(plz: string, place: string, kreis: string, lat: string, lon: string, state = 'Thüringen', code = 'TH'): string {
  const quote = (s: string) => (s.includes(',') ? `"${s}"` : s);
  return ['DE', plz, quote(place), state, code, '', '00', 'Kreis', kreis, lat, lon].join(',');
}

const ROWS = [
  line('07740', 'Carl Zeiss AG', '16053', '50.92', '11.58', 'Thuringia', '15'),
  line('07543', 'Stadtverwaltung Gera', '16052', '50.88', '12.08', 'Thuringia', '15'),
  line('99099', 'Beispiel Versicherung GmbH', '16051', '50.97', '11.06'),
  line('36433', 'Moorgrund', '16063', '50.85', '10.2833'),
  line('36433', 'Bad Salzungen', '16063', '50.8134', '10.2361'),
  line('36433', 'Immelborn', '16063', '50.7923', '10.2781'),
  line('99817', 'Eisenach', '16056', '50.9807', '10.3152'),
  line('07545', 'Gera', '16052', '50.8782', '12.0824'),
  line('04109', 'Leipzig', '14713', '51.3397', '12.3731', 'Sachsen', 'SN'),
  line('37355', 'Bernterode, Untereichsfeld', '16061', '51.3833', '10.4667'),
];
const CSV = [HEADER, ...ROWS].join('\n') + '\n';

describe('postcodes of one Land from the GeoNames CSV', () => {
  it('leaves out company and authority postcodes, by their numeric Land code and by firm words', () => {
    const names = postcodesOfLand(parsePostcodeCsv(CSV), '16').flatMap((e) => e.orte.map((o) => o[0]));
    expect(names).not.toContain('Carl Zeiss AG');
    expect(names).not.toContain('Stadtverwaltung Gera'); // no firm word: only the numeric code tells
    expect(names).not.toContain('Beispiel Versicherung GmbH'); // letter code, but a firm
    expect(names).toEqual(expect.arrayContaining(['Gera', 'Moorgrund', 'Bernterode, Untereichsfeld']));
    expect(isOrganisationRow({ stateCode: 'TH', place: 'Bankewitz' })).toBe(false);
    expect(isOrganisationRow({ stateCode: 'TH', place: 'Sparda Bank eG' })).toBe(true);
  });

  it('keeps only the Land whose key starts the Kreis key, and files Eisenach under the Wartburgkreis', () => {
    const entries = postcodesOfLand(parsePostcodeCsv(CSV), '16');
    expect(entries.map((e) => e.plz)).toEqual(['07545', '36433', '37355', '99817']);
    expect(entries.find((e) => e.plz === '99817')?.orte[0][3]).toBe('16063');
    expect(postcodesOfLand(parsePostcodeCsv(CSV), '14').map((e) => e.plz)).toEqual(['04109']);
  });

  it('gives each postcode the mean of its places as centroid, rounded to 5 decimals', () => {
    const e = postcodesOfLand(parsePostcodeCsv(CSV), '16').find((x) => x.plz === '36433')!;
    expect(e.orte.map((o) => o[0])).toEqual(['Bad Salzungen', 'Immelborn', 'Moorgrund']);
    expect(e.lat).toBe(Math.round(((50.85 + 50.8134 + 50.7923) / 3) * 1e5) / 1e5);
    expect(e.lon).toBe(Math.round(((10.2833 + 10.2361 + 10.2781) / 3) * 1e5) / 1e5);
  });

  it('is deterministic: the same bytes twice and for the rows in another order', () => {
    const text = postcodesJson(CSV, '16', 'Thüringens');
    expect(postcodesJson(CSV, '16', 'Thüringens')).toBe(text);
    const shuffled = [HEADER, ...[...ROWS].reverse(), ROWS[4]].join('\n');
    expect(postcodesJson(shuffled, '16', 'Thüringens')).toBe(text);
    const json = JSON.parse(text);
    expect(json.metadata).toMatchObject({ licence: 'CC BY 4.0 (GeoNames)', attribution: 'Postleitzahlen: GeoNames (CC BY 4.0)', generatedBy: 'npm run data (data/scripts/build-data.ts)' });
    expect(json.metadata.vintage).toBeTruthy();
    expect(json.felder).toEqual(['name', 'lat', 'lon', 'kreis']);
  });

  it('fails loudly on a file without the expected columns or with unreadable coordinates', () => {
    expect(() => postcodesJson('plz,ort\n99084,Erfurt\n', '16')).toThrow(/Spalte/);
    expect(() => postcodesJson([HEADER, line('99084', 'Erfurt', '16051', 'x', '11')].join('\n'), '16')).toThrow(/99084/);
  });
});

describe('the vendored file and data/thueringen/postleitzahlen.json', () => {
  const csv = fs.readFileSync(path.join(ROOT, 'data', 'sources', 'plz-geonames', 'zipcodes.de.csv'), 'utf8');

  it('has the 226 Thuringian postcodes with their 1,041 places and no organisation', () => {
    const entries = postcodesOfLand(parsePostcodeCsv(csv), '16');
    expect(entries).toHaveLength(226);
    expect(entries.reduce((s, e) => s + e.orte.length, 0)).toBe(1041);
    const names = entries.flatMap((e) => e.orte.map((o) => o[0]));
    for (const firm of ['Carl Zeiss AG', 'Stadtverwaltung Gera', 'Friedrich-Schiller-Universität', 'Bußgeldstelle']) expect(names).not.toContain(firm);
    expect(entries.find((e) => e.plz === '99084')?.orte).toEqual([['Erfurt', 50.9746, 11.0297, '16051']]);
  });

  it('is committed exactly as the build writes it', () => {
    const committed = fs.readFileSync(path.join(ROOT, 'data', 'thueringen', 'postleitzahlen.json'), 'utf8');
    expect(committed).toBe(postcodesJson(csv, '16', 'Thüringens'));
  });
});
