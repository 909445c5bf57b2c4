import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../../src/domain/categories';
import { emptyDraft } from '../../../../src/domain/institution';
import { emptyMapping, proposeMapping } from '../../../../src/data/import/mapping';
import type { ValidateInput } from '../../../../src/data/import/validate';
import { swapCoordinates, validateRows } from '../../../../src/data/import/validate';

const HEADERS = ['Einrichtung', 'Kategorie', 'Ort', 'Breite', 'Länge', 'E-Mail', 'Schlagworte', 'PLZ'];
const KNOWN = DEFAULT_CATEGORIES.map((c) => c.name);

/** Validates rows given as [name, category, town, lat, lon, email?, tags?, postcode?]. */
function run(rows: string[][], extra: Partial<ValidateInput> = {}) {
  const padded = rows.map((r) => [...r, ...Array<string>(HEADERS.length).fill('')].slice(0, HEADERS.length));
  return validateRows({
    headers: HEADERS, rows: padded, mapping: proposeMapping(HEADERS), knownCategories: KNOWN,
    source: 'Import test.csv', ...extra,
  });
}

describe('validateRows', () => {
  it('turns a clean row into a draft with exact coordinates and no issues', () => {
    const { results, issues } = run([['Kita Sonnenschein', 'Kita', 'Erfurt', '50,9787', '11,0328', 'info@kita.de', 'Sprache; Bewegung | Natur', '99084']]);
    expect(issues).toEqual([]);
    expect(results).toEqual([{
      row: 2, status: 'ok', gemeinde: '',
      draft: {
        ...emptyDraft(), name: 'Kita Sonnenschein', category: 'Kita', town: 'Erfurt', lat: 50.9787, lon: 11.0328,
        locationQuality: 'exact', email: 'info@kita.de', tags: ['Sprache', 'Bewegung', 'Natur'], postcode: '99084',
        source: 'Import test.csv',
      },
    }]);
  });

  it('skips blank rows but keeps counting them', () => {
    const { results } = run([['A', '', 'Gera'], ['', ' ', ''], ['B', '', 'Jena']]);
    expect(results.map((r) => r.row)).toEqual([2, 4]);
  });

  it('rejects a row without a name', () => {
    const { results, issues } = run([['Kita A', '', 'Gera'], ['', 'Kita', 'Jena']]);
    expect(results[1].status).toBe('error');
    expect(issues).toEqual([{
      row: 3, column: 'Einrichtung', code: 'missing-name', severity: 'error',
      message: 'Zeile 3: Der Name fehlt; die Zeile wird nicht übernommen.',
    }]);
  });

  it('names the field label as column when the name is not mapped at all', () => {
    const { issues } = validateRows({
      headers: ['Ort'], rows: [['Gera']], mapping: { ...emptyMapping(), town: 0 }, knownCategories: KNOWN, source: 's',
    });
    expect(issues[0]).toMatchObject({ code: 'missing-name', column: 'Name' });
  });

  it('rejects a coordinate that is no number, naming the value', () => {
    const { results, issues } = run([['A', '', 'Gera'], ['B', '', 'Gera'], ['C', '', 'Erfurt', '50,9x', '11,03']]);
    expect(results[2].status).toBe('error');
    expect(issues).toEqual([{
      row: 4, column: 'Breite', code: 'bad-number', severity: 'error', value: '50,9x',
      message: 'Zeile 4: Breite „50,9x“ ist keine Zahl.',
    }]);
  });

  it('drops a single coordinate with a warning', () => {
    const { results, issues } = run([['A', 'Kita', 'Gera', '', '12,08']]);
    expect(results[0]).toMatchObject({ status: 'warning', draft: { lat: null, lon: null, locationQuality: 'none' } });
    expect(issues).toEqual([expect.objectContaining({
      row: 2, column: 'Breite', code: 'half-coordinate', severity: 'warning', value: '12,08',
    })]);
    expect(issues[0].message).toBe('Zeile 2: Nur die Länge „12,08“ ist angegeben, die Breite fehlt; die Koordinaten werden nicht übernommen.');
  });

  it('detects swapped coordinates (lat = 11.03, lon = 50.98) and keeps the given values', () => {
    const { results, issues } = run([['A', 'Kita', 'Erfurt', '11.03', '50.98']]);
    expect(results[0]).toMatchObject({ status: 'warning', draft: { lat: 11.03, lon: 50.98 } });
    expect(issues).toEqual([expect.objectContaining({ row: 2, code: 'swapped', severity: 'warning', value: '11.03 / 50.98' })]);
    expect(issues[0].message).toBe('Zeile 2: Breite „11.03“ und Länge „50.98“ sind vermutlich vertauscht.');
  });

  it('keeps coordinates outside Thuringia with a warning', () => {
    const { results, issues } = run([['Klinik', 'Geburtsklinik', 'München', '48,137', '11,575']]);
    expect(results[0]).toMatchObject({ status: 'warning', draft: { lat: 48.137, lon: 11.575, locationQuality: 'exact' } });
    expect(issues).toEqual([expect.objectContaining({ row: 2, code: 'outside-thuringia', severity: 'warning' })]);
    expect(issues[0].message).toBe('Zeile 2: Breite „48,137“ und Länge „11,575“ liegen außerhalb Thüringens.');
  });

  it('keeps an unknown category with a warning naming it', () => {
    const { results, issues } = run([['A', 'Spielplatz', 'Gera']]);
    expect(results[0]).toMatchObject({ status: 'warning', draft: { category: 'Spielplatz' } });
    expect(issues).toEqual([{
      row: 2, column: 'Kategorie', code: 'unknown-category', severity: 'warning', value: 'Spielplatz',
      message: 'Zeile 2: Die Kategorie „Spielplatz“ ist unbekannt.',
    }]);
  });

  it('matches known categories ignoring case and spaces and stores the known spelling', () => {
    const { results, issues } = run([['A', '  kita ', 'Gera'], ['B', 'FRÜHE HILFEN', 'Gera']]);
    expect(issues).toEqual([]);
    expect(results.map((r) => r.draft.category)).toEqual(['Kita', 'Frühe Hilfen']);
  });

  it('puts a row without category under "Sonstige" without a warning', () => {
    const { results, issues } = run([['A', '', 'Gera']]);
    expect(results[0].draft.category).toBe('Sonstige');
    expect(issues).toEqual([]);
  });

  it('warns about a duplicate of an earlier row, ignoring case, umlaut spelling and spaces', () => {
    const { results, issues } = run([['Kita Bärenhöhle', 'Kita', 'Gößnitz'], ['Other', '', 'Jena'], ['KITA  BAERENHOEHLE', 'Kita', 'Goessnitz']]);
    expect(results[2].status).toBe('warning');
    expect(issues).toEqual([{
      row: 4, column: 'Einrichtung', code: 'duplicate', severity: 'warning', value: 'KITA  BAERENHOEHLE', duplicateOf: 2,
      message: 'Zeile 4: „KITA  BAERENHOEHLE“ (Goessnitz) steht schon in Zeile 2.',
    }]);
  });

  it('does not treat the same name in another town as a duplicate', () => {
    expect(run([['Kita A', '', 'Gera'], ['Kita A', '', 'Jena']]).issues).toEqual([]);
  });

  it('warns about a duplicate of a record already in the project with duplicateOf 0', () => {
    const { issues } = run([['Kita Sonnenschein', 'Kita', 'Erfurt']], { existing: [{ name: 'kita sonnenschein', town: 'ERFURT' }] });
    expect(issues).toEqual([expect.objectContaining({ row: 2, code: 'duplicate', duplicateOf: 0 })]);
    expect(issues[0].message).toBe('Zeile 2: „Kita Sonnenschein“ (Erfurt) ist schon im Projekt vorhanden.');
  });

  it('warns about an invalid e-mail address', () => {
    const { results, issues } = run([['A', '', 'Gera', '', '', 'info(at)kita.de']]);
    expect(results[0].status).toBe('warning');
    expect(issues).toEqual([{
      row: 2, column: 'E-Mail', code: 'bad-email', severity: 'warning', value: 'info(at)kita.de',
      message: 'Zeile 2: Die E-Mail-Adresse „info(at)kita.de“ ist ungültig.',
    }]);
  });

  it('removes a "mailto:" prefix from e-mail addresses', () => {
    const { results, issues } = run([['A', '', 'Gera', '', '', 'mailto:info@kita.de']]);
    expect(results[0].draft.email).toBe('info@kita.de');
    expect(issues).toEqual([]);
  });

  it('warns about rows that had more cells than the header', () => {
    const { results, issues } = run([['A', '', 'Gera'], ['B', '', 'Jena']], { raggedRows: [3] });
    expect(results[1].status).toBe('warning');
    expect(issues).toEqual([expect.objectContaining({ row: 3, code: 'ragged-row', severity: 'warning' })]);
    expect(issues[0].message).toMatch(/^Zeile 3: .*mehr Zellen als die Kopfzeile/);
  });

  it('numbers rows from firstRow', () => {
    const { results, issues } = run([['A', '', 'Gera'], ['', 'Kita', 'Jena']], { firstRow: 5 });
    expect(results.map((r) => r.row)).toEqual([5, 6]);
    expect(issues[0]).toMatchObject({ row: 6, message: expect.stringMatching(/^Zeile 6: /) });
  });

  it('splits tags on , ; and | and drops empty and repeated ones', () => {
    expect(run([['A', '', 'Gera', '', '', '', ' a, b ;; c| a ']]).results[0].draft.tags).toEqual(['a', 'b', 'c']);
  });

  it('restores the leading zero of a postcode that Excel dropped', () => {
    expect(run([['A', '', 'Jena', '', '', '', '', '7743']]).results[0].draft.postcode).toBe('07743');
  });

  it('gives a row with several problems the worst status and reports each', () => {
    const { results, issues } = run([['', 'Spielplatz', 'Gera', 'x', '11', 'kaputt']]);
    expect(results[0].status).toBe('error');
    expect(issues.map((i) => i.code).sort()).toEqual(['bad-email', 'bad-number', 'missing-name', 'unknown-category']);
  });

  it('reads Seit and Bis as dates in the forms of partnership lists, and warns about others', () => {
    const headers = ['Einrichtung', 'Seit', 'Bis'];
    const { results, issues } = validateRows({
      headers, mapping: proposeMapping(headers), knownCategories: KNOWN, source: 'Import test.csv',
      rows: [['ThEKiZ A', '11.2017', ''], ['ThEKiZ B', '2019', '2018'], ['ThEKiZ C', 'Herbst 2019', '31.07.2024']],
    });
    expect(results.map((r) => [r.draft.since, r.draft.until])).toEqual([['2017-11', ''], ['2019', '2018'], ['', '2024-07-31']]);
    expect(issues.map((i) => [i.row, i.code, i.column])).toEqual([[3, 'bad-date', 'Bis'], [4, 'bad-date', 'Seit']]);
    expect(issues[1].message).toContain('„Herbst 2019“');
  });

  it('does not count a rejected row as the original of a later duplicate', () => {
    const { issues } = run([['A', '', 'Gera', 'x', '11'], ['A', '', 'Gera']]);
    expect(issues.map((i) => i.code)).toEqual(['bad-number']);
  });
});

describe('swapCoordinates', () => {
  it('returns a new draft with latitude and longitude exchanged', () => {
    const draft = { ...emptyDraft(), name: 'A', lat: 11.03, lon: 50.98, locationQuality: 'exact' as const, tags: ['x'] };
    const swapped = swapCoordinates(draft);
    expect(swapped).toEqual({ ...draft, lat: 50.98, lon: 11.03 });
    expect(draft.lat).toBe(11.03);
    expect(swapped.tags).not.toBe(draft.tags);
  });
});

describe('unneutralize', () => {
  it('takes off the quote that kept Excel from computing a cell, and only that', async () => {
    const { unneutralize } = await import('../../../../src/data/import/validate');
    expect(unneutralize("'=SUMME(A1)")).toBe('=SUMME(A1)');
    expect(unneutralize("'+49 361 123")).toBe('+49 361 123');
    expect(unneutralize("''=x")).toBe("'=x");
    expect(unneutralize("'Kita")).toBe("'Kita");
    expect(unneutralize('Kita')).toBe('Kita');
  });
});
