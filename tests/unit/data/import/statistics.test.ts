import { describe, expect, it } from 'vitest';
import { MSG_EMPTY, MSG_HTML } from '../../../../src/data/import/decode';
import { MSG_NO_DATA } from '../../../../src/data/import/readCsv';
import { MSG_NO_KEY_COLUMN, MSG_NO_ROWS, parseStatisticsNumber, readStatisticsTable } from '../../../../src/data/import/statistics';
import { latin1, utf8 } from './helpers';

/** A file as the Thüringer Landesamt für Statistik exports it: title lines, header, table, footnotes. */
const TLS = [
  'Thüringer Landesamt für Statistik',
  'Kinder unter 6 Jahren nach Gemeinden, Stand 31.12.2023',
  '',
  'Gemeindeschlüssel;Gemeinde;Kinder unter 6 Jahren',
  '16051000;Erfurt, Stadt;10.234',
  '16052000;Gera, Stadt;4.321',
  '16061001;Am Ohmberg;-',
  '16061002;Arenshausen;45',
  '16 0 61 003;Asbach-Sickenberg;12',
  '',
  '1) Gebietsstand 31.12.2023',
  'Quelle: Thüringer Landesamt für Statistik; Vervielfältigung mit Quellenangabe gestattet',
  '',
].join('\r\n');

describe('readStatisticsTable', () => {
  it('reads a Windows-1252 file with title lines, thousands dots, a "-" and footnotes', () => {
    expect(readStatisticsTable(latin1(TLS))).toEqual({
      ok: true,
      keyColumn: 'Gemeindeschlüssel',
      valueColumn: 'Kinder unter 6 Jahren',
      rows: [
        { ags: '16051000', value: 10234 }, { ags: '16052000', value: 4321 },
        { ags: '16061002', value: 45 }, { ags: '16 0 61 003', value: 12 },
      ],
      skipped: [{ row: 7, reason: 'Zeile 7: Für „16061001“ steht „-“ statt einer Zahl (kein Wert); die Zeile wird übersprungen.' }],
    });
  });

  it('numbers rows as a spreadsheet does: the header is row 1 when nothing precedes it', () => {
    const r = readStatisticsTable(utf8('AGS;Wert\n16051000;x\n16052000;5\n'));
    expect(r).toMatchObject({ ok: true, rows: [{ ags: '16052000', value: 5 }], skipped: [{ row: 2 }] });
  });

  it('reads an ARS column (UTF-8 with BOM) and takes the first numeric column as the value', () => {
    const text = 'Regionalschlüssel (ARS);Name;Einwohner;Fläche km²\n160510000000;Erfurt;214.222;269,91\n160520000000;Gera;92.126;151,93\n';
    expect(readStatisticsTable(utf8(text, true))).toEqual({
      ok: true, keyColumn: 'Regionalschlüssel (ARS)', valueColumn: 'Einwohner', skipped: [],
      rows: [{ ags: '160510000000', value: 214222 }, { ags: '160520000000', value: 92126 }],
    });
  });

  it('passes over a second key column, a Kreis column and a running number', () => {
    const text = 'lfd. Nr.;AGS;ARS;Kreis;Gemeinde;Anteil in %\n1;16051000;160510000000;16051;Erfurt;12,5\n2;16052000;160520000000;16052;Gera;1.234,5\n';
    expect(readStatisticsTable(utf8(text))).toMatchObject({
      ok: true, keyColumn: 'AGS', valueColumn: 'Anteil in %',
      rows: [{ ags: '16051000', value: 12.5 }, { ags: '16052000', value: 1234.5 }],
    });
  });

  it('finds an unnamed key column by its 8- and 12-digit values, with or without a header', () => {
    const named = readStatisticsTable(utf8('Code,Gemeinde,Anzahl\n16051000,Erfurt,17\n160520000000,Gera,"1.003"\n'));
    expect(named).toMatchObject({ ok: true, keyColumn: 'Code', valueColumn: 'Anzahl', rows: [{ ags: '16051000', value: 17 }, { ags: '160520000000', value: 1003 }] });
    const withNames = readStatisticsTable(utf8('"Gemeinde";"Insgesamt"\n"16051000 Erfurt, Stadt";"10.234"\n"16052000 Gera, Stadt";"4.321"\n'));
    expect(withNames).toMatchObject({ ok: true, keyColumn: 'Gemeinde', valueColumn: 'Insgesamt', rows: [{ ags: '16051000', value: 10234 }, { ags: '16052000', value: 4321 }] });
    const bare = readStatisticsTable(utf8('Kinder je Gemeinde\n16051000;Erfurt;17\n01001000;Flensburg;3\n'));
    expect(bare).toMatchObject({ ok: true, keyColumn: 'Spalte 1', valueColumn: 'Spalte 3', rows: [{ ags: '16051000', value: 17 }, { ags: '01001000', value: 3 }] });
  });

  it('keeps Kreis keys for the caller to report, and reports rows that look like data', () => {
    const text = [
      'AGS;Gemeinde;Kinder', '16;Thüringen;90.000', '16051;Erfurt (Kreis);10.000', 'Insgesamt;;100.000', ';Ohne Schlüssel;5',
      '16051000;Erfurt;', '16052000;Gera;.', '16053000;Jena;viele', '16054000;Suhl;-3', '16055000;Weimar;2.100',
      'Zwischenüberschrift;;', '* vorläufige Werte',
    ].join('\n');
    const r = readStatisticsTable(utf8(text));
    if (!r.ok) throw new Error(r.message);
    expect(r.rows).toEqual([{ ags: '16', value: 90000 }, { ags: '16051', value: 10000 }, { ags: '16055000', value: 2100 }]);
    expect(r.skipped.map((s) => s.row)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(r.skipped.map((s) => s.reason)).toEqual([
      'Zeile 4: „Insgesamt“ ist kein Gemeindeschlüssel; die Zeile wird übersprungen.',
      'Zeile 5: Der Schlüssel fehlt; die Zeile wird übersprungen.',
      'Zeile 6: Für „16051000“ fehlt der Wert; die Zeile wird übersprungen.',
      'Zeile 7: Für „16052000“ steht „.“ statt einer Zahl (kein Wert); die Zeile wird übersprungen.',
      'Zeile 8: „viele“ ist keine Zahl; die Zeile wird übersprungen.',
      'Zeile 9: Der Wert „-3“ ist negativ; die Zeile wird übersprungen.',
    ]);
  });

  it('rejects empty files, HTML and files without keys or numbers, in German', () => {
    expect(readStatisticsTable(new Uint8Array(0))).toEqual({ ok: false, message: MSG_EMPTY });
    expect(readStatisticsTable(utf8(' \r\n'))).toEqual({ ok: false, message: MSG_EMPTY });
    expect(readStatisticsTable(utf8('<!DOCTYPE html><html><body>Statistik</body></html>'))).toEqual({ ok: false, message: MSG_HTML });
    expect(readStatisticsTable(utf8('Gemeinde;Kinder\nErfurt;10.234\nGera;4.321\n'))).toEqual({ ok: false, message: MSG_NO_KEY_COLUMN });
    expect(MSG_NO_KEY_COLUMN).toMatch(/keine Spalte mit Gemeindeschlüsseln/);
    expect(readStatisticsTable(utf8('AGS;Gemeinde\n16051000;Erfurt\n'))).toEqual({ ok: false, message: 'Neben der Schlüsselspalte „AGS“ wurde keine Spalte mit Zahlen gefunden.' });
    expect(readStatisticsTable(utf8('Titel\nAGS;Kinder\n\n'))).toEqual({ ok: false, message: MSG_NO_DATA });
    expect(readStatisticsTable(utf8('AGS;Kinder\n16051000;-\n'))).toEqual({ ok: false, message: 'Neben der Schlüsselspalte „AGS“ wurde keine Spalte mit Zahlen gefunden.' });
    expect(readStatisticsTable(utf8('AGS;Kinder\n16051000;-3\n'))).toEqual({ ok: false, message: `${MSG_NO_ROWS} Zeile 2: Der Wert „-3“ ist negativ; die Zeile wird übersprungen.` });
    expect(readStatisticsTable(utf8('AGS;Kinder\n"16051000;5\n16052000;6\n'))).toMatchObject({ ok: false, message: expect.stringMatching(/Anführungszeichen/) });
  });
});

describe('parseStatisticsNumber', () => {
  it('reads German statistics numbers', () => {
    expect(['1.234', '1.234.567', '12,5', '1.234,5', '1 234', '12.5', '0', ' 7 '].map(parseStatisticsNumber)).toEqual([1234, 1234567, 12.5, 1234.5, 1234, 12.5, 0, 7]);
    expect(['', '-', 'x', '1.2.3', 'abc', '12 5'].map(parseStatisticsNumber)).toEqual([null, null, null, null, null, null]);
  });
});
