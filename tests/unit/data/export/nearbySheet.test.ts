import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import de from '../../../../src/i18n/locales/de.json';
import en from '../../../../src/i18n/locales/en.json';
import { nearbySheet, roadMinutesCell, type NearbyExportRow } from '../../../../src/data/export/nearbySheet';
import { plainSheet, sheetCsv } from '../../../../src/data/export/sheet';
import { sheetsToXlsx } from '../../../../src/data/export/xlsx';
import { readWorkbook } from '../../../helpers/workbook';

const DATE = new Date(2025, 2, 5, 12);

async function translator(lng: 'de' | 'en') {
  const i = i18next.createInstance();
  await i.init({ resources: { de: { translation: de }, en: { translation: en } }, lng, fallbackLng: 'de', interpolation: { escapeValue: false } });
  return (key: string, values?: Record<string, unknown>) => i.t(key, values);
}

const rows: NearbyExportRow[] = [
  { name: 'Kita Sonnenschein', category: 'Kita', meters: 1234, estimateMinutes: 21.4, isPartner: true, roadMinutes: 18.6 },
  { name: 'Schule am Berg', category: 'Schule', meters: 2500, estimateMinutes: 43.3, isPartner: false, roadMinutes: Infinity },
  { name: 'Beratung', category: 'Beratung', meters: 40, estimateMinutes: 0.7, isPartner: false, roadMinutes: 0.2 },
];
const lines = (csv: string) => csv.replace(/^\uFEFF/, '').trim().split('\r\n');
const road = { mode: 'foot' as const, file: 'heidelberg.test.pbf', date: '2024-02-01T21:14:02Z' };

describe('nearbySheet', () => {
  it('without road minutes writes the table the panel always wrote', async () => {
    const t = await translator('de');
    const table = nearbySheet(t, 'ThEKiZ Mitte', rows, null, DATE);
    // What NearbyPanel built inline before the road column.
    const before = plainSheet(
      'Partner in der Nähe: ThEKiZ Mitte',
      [{ label: 'Name', kind: 'text', width: 36 }, { label: 'Kategorie', kind: 'text', width: 22 }, { label: 'Entfernung (km, Luftlinie)', kind: 'km', digits: 2 }, { label: 'Fahrzeit geschätzt (min)', kind: 'integer' }, { label: 'Bereits Partner', kind: 'text' }],
      rows.map((n) => [n.name, n.category, n.meters / 1000, n.estimateMinutes, n.isPartner ? 'ja' : 'nein']),
      { date: DATE },
    );
    expect(table).toEqual(before);
    expect(table.source).toBe('Netzwerkkarte ThEKiZ');
    expect(lines(sheetCsv(table))).toEqual([
      'Name;Kategorie;Entfernung (km, Luftlinie);Fahrzeit geschätzt (min);Bereits Partner',
      'Kita Sonnenschein;Kita;1,23;21;ja',
      'Schule am Berg;Schule;2,50;43;nein',
      'Beratung;Beratung;0,04;1;nein',
    ]);
  });

  it('with road minutes adds a column naming mode, extract and licence; unreached stays empty', async () => {
    const t = await translator('de');
    const table = nearbySheet(t, 'ThEKiZ Mitte', rows, road, DATE);
    const csv = lines(sheetCsv(table));
    expect(csv[0]).toBe('Name;Kategorie;Entfernung (km, Luftlinie);Fahrzeit geschätzt (min);Fahrzeit über Straßennetz zu Fuß (min, OpenStreetMap „heidelberg.test.pbf“, Stand 01.02.2024, © OpenStreetMap-Mitwirkende, ODbL 1.0);Bereits Partner');
    // The straight line and the estimate stay; road minutes whole, at least 1 above 0, empty when not reached.
    expect(csv.slice(1)).toEqual([
      'Kita Sonnenschein;Kita;1,23;21;19;ja',
      'Schule am Berg;Schule;2,50;43;;nein',
      'Beratung;Beratung;0,04;1;1;nein',
    ]);
    expect(table.source).toBe('Netzwerkkarte ThEKiZ · Fahrzeit über Straßennetz zu Fuß: OpenStreetMap-Auszug „heidelberg.test.pbf“, Stand 01.02.2024, © OpenStreetMap-Mitwirkende, ODbL 1.0; leer: nicht erreichbar (keine Verbindung innerhalb von 180 min)');
  });

  it('names the mode by car and leaves the date out when the extract has none', async () => {
    const t = await translator('de');
    const table = nearbySheet(t, 'X', rows, { ...road, mode: 'car', date: null }, DATE);
    expect(table.columns[4].label).toBe('Fahrzeit über Straßennetz mit dem Auto (min, OpenStreetMap „heidelberg.test.pbf“, © OpenStreetMap-Mitwirkende, ODbL 1.0)');
    expect(table.source).toContain('mit dem Auto: OpenStreetMap-Auszug „heidelberg.test.pbf“, © OpenStreetMap-Mitwirkende');
  });

  it('names the estimate beside the road minutes, whose mode may differ', async () => {
    const t = await translator('de');
    const table = nearbySheet(t, 'X', rows, { ...road, estimate: { mode: 'car', detourFactor: 1.3, kmh: { car: 50, bicycle: 15, foot: 4.5 } } }, DATE);
    expect(table.source).toMatch(/ODbL 1\.0; leer: nicht erreichbar \(keine Verbindung innerhalb von 180 min\) · Fahrzeit geschätzt: Luftlinie × 1,3 ÷ 50 km\/h \(mit dem Auto\)$/);
  });

  it('by bus and train names the timetable, the day and the window, and the walks\' extract', async () => {
    const t = await translator('de');
    const transit = { file: 'vrn_gtfs_cut.zip', date: '2022-06-22', fromMin: 420, toMin: 540 };
    const table = nearbySheet(t, 'X', rows, { ...road, mode: 'transit', transit }, DATE);
    expect(table.columns[4].label).toBe('Fahrzeit mit Bus und Bahn (min, Median; Fahrplan „vrn_gtfs_cut.zip“, Wege über OpenStreetMap „heidelberg.test.pbf“, Stand 01.02.2024, © OpenStreetMap-Mitwirkende, ODbL 1.0)');
    expect(table.source).toContain('Bus und Bahn: Fahrplan „vrn_gtfs_cut.zip“, Abfahrt am 22.06.2022 zwischen 07:00 und 09:00 Uhr');
    expect(table.source).toContain('Wege zu Fuß: OpenStreetMap-Auszug „heidelberg.test.pbf“');
    expect(lines(sheetCsv(table))[2]).toBe('Schule am Berg;Schule;2,50;43;;nein');
    const en = nearbySheet(await translator('en'), 'X', rows, { ...road, mode: 'transit', transit }, DATE);
    expect(en.columns[4].label).toMatch(/^Travel time by bus and train \(min, median; timetable “vrn_gtfs_cut\.zip”/);
  });

  it('speaks English in English', async () => {
    const t = await translator('en');
    const table = nearbySheet(t, 'X', rows, road, DATE);
    expect(table.columns.map((c) => c.label)).toEqual(['Name', 'Category', 'Distance (km, straight line)', 'Estimated travel time (min)', 'Travel time over the road network on foot (min, OpenStreetMap “heidelberg.test.pbf”, as of 01.02.2024, © OpenStreetMap contributors, ODbL 1.0)', 'Already a partner']);
    expect(table.source).toContain('empty: not reachable');
  });

  it('writes the road minutes as numbers and the source line into the workbook', async () => {
    const t = await translator('de');
    const ws = (await readWorkbook(await sheetsToXlsx([nearbySheet(t, 'ThEKiZ Mitte', rows, road, DATE)]))).worksheets[0];
    expect(ws.getCell('A1').value).toBe('Partner in der Nähe: ThEKiZ Mitte');
    expect(ws.getCell('A2').value).toBe('Stand: 05.03.2025');
    expect(String(ws.getCell('A3').value)).toMatch(/^Quelle: Netzwerkkarte ThEKiZ · Fahrzeit über Straßennetz zu Fuß: OpenStreetMap-Auszug „heidelberg\.test\.pbf“, Stand 01\.02\.2024, © OpenStreetMap-Mitwirkende, ODbL 1\.0/);
    const header = ws.getRow(5).values as unknown[];
    expect(String(header[5])).toMatch(/^Fahrzeit über Straßennetz zu Fuß/);
    expect([ws.getCell('E6').value, ws.getCell('E7').value, ws.getCell('E8').value]).toEqual([19, null, 1]);
    expect(ws.getCell('D6').value).toBe(21); // the estimate, rounded as before
  });

  it('rounds a cell as the panel does', () => {
    expect([roadMinutesCell(undefined), roadMinutesCell(Infinity), roadMinutesCell(0), roadMinutesCell(0.3), roadMinutesCell(12.5)]).toEqual([null, null, 0, 1, 13]);
  });
});
