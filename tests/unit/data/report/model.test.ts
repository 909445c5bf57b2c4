import { describe, expect, it } from 'vitest';
import type { AreaFigures } from '../../../../src/analysis/coverage/figures';
import { buildReport, type ReportInput } from '../../../../src/data/report/model';
import { institution, partnership } from '../../../helpers/records';

const SHK = { kind: 'kreis', key: '16074', name: 'Saale-Holzland-Kreis' } as const;
const CATEGORIES = [
  { name: 'ThEKiZ', color: '#d55e00' },
  { name: 'Kita', color: '#e69f00' },
  { name: 'Hebammen', color: '#88ccee' },
];

const input = (fields: Partial<ReportInput>): ReportInput => ({
  area: SHK, projectName: 'Testprojekt', date: new Date(2025, 2, 5), institutions: [], partnerships: [], categories: CATEGORIES, ...fields,
});
const labels = (m: ReturnType<typeof buildReport>) => m.figures.map((f) => f.label);
const value = (m: ReturnType<typeof buildReport>, label: string) => m.figures.find((f) => f.label === label)?.value;

const stats = { demandPoints: 40, totalWeight: 84_321.4, meanMeters: 4321, maxMeters: 18_765, unreachableWeight: 0 };
const coverage: AreaFigures = {
  key: '16074', ...stats, facilities: 12, facilitiesPer10k: 1.4231,
  thresholds: [
    { km: 5, coveredWeight: 50_000, uncoveredWeight: 34_321.4, share: 0.59297 },
    { km: 10, coveredWeight: 80_000, uncoveredWeight: 4_321.4, share: 0.94875 },
  ],
  rural: { ...stats, thresholds: [] },
  urban: { ...stats, thresholds: [] },
};

describe('buildReport', () => {
  it('reports an empty Kreis with zeros, all categories at 0 and no table rows', () => {
    const m = buildReport(input({ institutions: [institution('x', { name: 'Woanders', ags: '16053000' })] }));
    expect(m.title).toBe('Kreisbericht Saale-Holzland-Kreis');
    expect(m.subtitle).toEqual(['Projekt: Testprojekt', 'Stand: 05.03.2025']);
    expect(m.figures).toEqual([
      { label: 'Einrichtungen', value: '0' },
      { label: 'davon ThEKiZ', value: '0' },
      { label: 'Partnerschaften innerhalb des Gebiets', value: '0' },
      { label: 'Partnerschaften über die Gebietsgrenze', value: '0' },
    ]);
    expect(m.rows).toEqual([]);
    expect(m.categories.map((c) => c.count)).toEqual([0, 0, 0]);
    expect(m.notes).toEqual([]);
  });

  it('leaves out coverage and network figures when they are missing or undefined', () => {
    const list = [institution('a', { category: 'Kita', ags: '16074001' })];
    for (const m of [
      buildReport(input({ institutions: list })),
      buildReport(input({ institutions: list, coverage: null, network: null })),
      buildReport(input({
        institutions: list,
        coverage: { ...coverage, totalWeight: 0, facilitiesPer10k: null, meanMeters: null, maxMeters: null, thresholds: coverage.thresholds.map((t) => ({ ...t, share: null })) },
        network: { density: Number.NaN, nodes: 1, edges: 0, isolated: Number.NaN },
      })),
    ]) {
      expect(labels(m)).toEqual(['Einrichtungen', 'davon ThEKiZ', 'Partnerschaften innerhalb des Gebiets', 'Partnerschaften über die Gebietsgrenze']);
      expect(JSON.stringify(m.figures)).not.toMatch(/NaN|Infinity|null/);
    }
  });

  it('formats coverage and network figures in German notation', () => {
    const m = buildReport(input({ coverage, coverageLimitKm: 10, network: { density: 0.08333, nodes: 9, edges: 3, isolated: 2 } }));
    // ThEKiZ per 10,000 and institutions per 10,000 are two rows (0 institutions here).
    expect(value(m, 'ThEKiZ je 10.000 Einwohner')).toBe('1,42');
    expect(value(m, 'ThEKiZ (als Einrichtung gezählt)')).toBe('12');
    expect(value(m, 'Einrichtungen je 10.000 Einwohner')).toBe('0');
    expect(value(m, 'Einwohner')).toBe('84.321');
    expect(value(m, 'Anteil der Einwohner innerhalb von 5 km')).toBe('59,3 %');
    expect(value(m, 'Anteil der Einwohner innerhalb von 10 km')).toBe('94,9 %');
    expect(value(m, 'Einwohner weiter als 10 km entfernt')).toBe('4.321');
    expect(value(m, 'Mittlere Entfernung zum nächsten ThEKiZ')).toBe('4,3 km');
    expect(value(m, 'Größte Entfernung zum nächsten ThEKiZ')).toBe('18,8 km');
    expect(value(m, 'Netzdichte')).toBe('0,083');
    expect(value(m, 'Einrichtungen ohne Partnerschaft im Gebiet')).toBe('2 von 9');
    expect(m.notes[0]).toBe('Entfernungen: Luftlinie zur nächsten Einrichtung.');
    expect(m.notes[1]).toMatch(/^Quellen: .*GeoBasis-DE \/ BKG.*Zensus 2022.*Eurostat.*GeoNames/);
    // A limit that is not one of the thresholds adds nothing.
    expect(labels(buildReport(input({ coverage, coverageLimitKm: 15 })))).not.toContain('Einwohner weiter als 15 km entfernt');
  });

  it('names the target group in the figures and says what was counted and how', () => {
    const m = buildReport(input({ coverage, coverageLimitKm: 10, counted: { target: 'under15', census: true, table: null } }));
    expect(value(m, 'Kinder unter 15 Jahren')).toBe('84.321');
    expect(value(m, 'Anteil der Kinder unter 15 Jahren innerhalb von 10 km')).toBe('94,9 %');
    expect(value(m, 'Kinder unter 15 Jahren weiter als 10 km entfernt')).toBe('4.321');
    expect(m.notes[0]).toBe('Gezählt: Kinder unter 15 Jahren, Zensus 2022, 1-km-Gitter.');
    expect(m.method.join(' ')).toMatch(/skaliert.*2\.110\.396.*Gebietsstand 01\.01\.2024.*Geheimhaltung.*Luftlinie/);
  });

  it('counts partnerships inside the Kreis and across its boundary separately', () => {
    const list = [
      institution('a', { name: 'A', category: 'ThEKiZ', ags: '16074001' }),
      institution('b', { name: 'B', category: 'Kita', ags: '16074002' }),
      institution('c', { name: 'C', category: 'Kita', ags: '16053000' }), // Jena
      institution('d', { name: 'D', category: 'Kita', ags: '16053000' }),
    ];
    const links = [
      partnership('a', 'b'),
      partnership('a', 'c'), // crosses into Jena
      partnership('d', 'b'), // crosses, listed the other way round
      partnership('c', 'd'), // outside: ignored
      partnership('a', 'gone'), // other end not passed in: crosses
    ];
    const m = buildReport(input({ institutions: list, partnerships: links }));
    expect(value(m, 'Einrichtungen')).toBe('2');
    expect(value(m, 'davon ThEKiZ')).toBe('1');
    expect(value(m, 'Partnerschaften innerhalb des Gebiets')).toBe('1');
    expect(value(m, 'Partnerschaften über die Gebietsgrenze')).toBe('3');
    expect(m.rows.map((r) => [r.name, r.partnerships])).toEqual([['B', 2], ['A', 3]]);
  });

  it('assigns Eisenach (16056) to the Wartburgkreis and takes every institution for the Land', () => {
    const list = [institution('e', { name: 'Eisenach', ags: '16056000' }), institution('u', { name: 'Ohne Ort' }), institution('j', { name: 'Jena', ags: '16053000' })];
    const wak = buildReport(input({ area: { kind: 'kreis', key: '16063', name: 'Wartburgkreis' }, institutions: list }));
    expect(wak.rows.map((r) => r.name)).toEqual(['Eisenach']);
    const land = buildReport(input({ area: { kind: 'land', key: '16', name: 'Thüringen' }, institutions: list, partnerships: [partnership('e', 'j')] }));
    expect(land.title).toBe('Landesbericht Thüringen');
    expect(land.rows).toHaveLength(3);
    expect(value(land, 'Partnerschaften innerhalb des Gebiets')).toBe('1');
    expect(labels(land)).not.toContain('Partnerschaften über die Gebietsgrenze');
  });

  it('sorts rows by category, then name, in German order (umlauts next to their base letter)', () => {
    const names = ['Zwergenland', 'Öko-Kita', 'Oberland', 'Ährenfeld', 'Abendstern'];
    const list = [
      ...names.map((name, i) => institution(`k${i}`, { name, category: 'Kita', ags: '16074001' })),
      institution('h', { name: 'Hebamme Müller', category: 'Hebammen', ags: '16074001' }),
      institution('s', { name: 'Ärztehaus', category: 'Ärzt*innen', ags: '16074001' }),
    ];
    const m = buildReport(input({ institutions: list }));
    expect(m.rows.map((r) => r.name)).toEqual(['Ärztehaus', 'Hebamme Müller', 'Abendstern', 'Ährenfeld', 'Oberland', 'Öko-Kita', 'Zwergenland']);
    // Most first, ties by name; an unlisted category gets the neutral grey.
    expect(m.categories).toEqual([
      { name: 'Kita', color: '#e69f00', count: 5 },
      { name: 'Ärzt*innen', color: '#888888', count: 1 },
      { name: 'Hebammen', color: '#88ccee', count: 1 },
      { name: 'ThEKiZ', color: '#d55e00', count: 0 },
    ]);
    const numbered = ['Kita 10', 'Kita 2', 'Kita 1'].map((name) => institution(name, { name, category: 'Kita', ags: '16074001' }));
    expect(buildReport(input({ institutions: numbered })).rows.map((r) => r.name)).toEqual(['Kita 1', 'Kita 2', 'Kita 10']);
  });

  it('keeps HTML-looking text literally', () => {
    const list = [institution('m', { name: '<b>Mitte</b>', carrier: 'A &amp; B', town: '<script>x</script>', category: 'Kita', ags: '16074001' })];
    const m = buildReport(input({ institutions: list, projectName: '<i>P</i>' }));
    expect(m.rows[0]).toEqual({ name: '<b>Mitte</b>', category: 'Kita', carrier: 'A &amp; B', town: '<script>x</script>', partnerships: 0 });
    expect(m.subtitle[0]).toBe('Projekt: <i>P</i>');
  });
});
