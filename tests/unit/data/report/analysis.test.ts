import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCoverage, type CoverageFacility } from '../../../../src/analysis/coverage/analysis';
import { runNetworkGaps } from '../../../../src/analysis/partners/runGaps';
import { DEFAULT_KEY_KINDS } from '../../../../src/analysis/partners/networkGaps';
import { renderReportDocx } from '../../../../src/data/report/docx';
import { reportAnalysis } from '../../../../src/data/report/inputs';
import { buildReport, type ReportInput } from '../../../../src/data/report/model';
import { renderReportPdf } from '../../../../src/data/report/pdf';
import { formatInteger, formatShare } from '../../../../src/domain/format';
import { censusContext } from '../../../helpers/censusDemand';
import { readPdf } from '../../../helpers/pdf';
import { institution, partnership } from '../../../helpers/records';

const { context } = censusContext();
const centre = (id: string, lon: number, lat: number, group: string): CoverageFacility => ({ id, name: `ThEKiZ ${id}`, lon, lat, group });
// Kyffhäuserkreis (16065): a centre in Sondershausen; the what-if adds one in Artern.
const SDH = centre('sdh', 10.87, 51.37, '16065');
const ARTERN = centre('artern', 11.29, 51.36, '16065');
const req = (facilities: CoverageFacility[]) => ({ facilities, thresholdsKm: [5, 10, 15, 20], mainKm: 10 });
const KYF = { kind: 'kreis', key: '16065', name: 'Kyffhäuserkreis' } as const;

const base = runCoverage(context, req([SDH]));
const scenario = runCoverage(context, req([SDH, ARTERN]));
const institutions = [
  institution('sdh', { name: 'ThEKiZ sdh', category: 'ThEKiZ', ags: '16065067', lon: SDH.lon, lat: SDH.lat }),
  institution('eb', { name: 'Beratung Sondershausen', category: DEFAULT_KEY_KINDS[0], ags: '16065067', lon: 10.88, lat: 51.37 }),
  institution('hb', { name: 'Hebamme Nordhausen', category: DEFAULT_KEY_KINDS[2], ags: '16062000', lon: 10.79, lat: 51.5 }),
];
const n = context.grid.count;
const people = context.demand.weight.subarray(0, n);
const cells = { lon: context.demand.lon.subarray(0, n), lat: context.demand.lat.subarray(0, n), group: context.demand.group.slice(0, n), people, children: people.map((w) => w / 8), weight: people };
const gaps = runNetworkGaps(cells, { institutions, partnerships: [partnership('sdh', 'eb')], centreIds: ['sdh'], kinds: DEFAULT_KEY_KINDS, radiusKm: 15 }, context.kreise);

const input = (withScenario: boolean): ReportInput => ({
  area: KYF, projectName: 'Test', date: new Date(2026, 11, 1), institutions, partnerships: [], categories: [], coverageLimitKm: 10,
  ...reportAnalysis({ areaKey: '16065', base, scenario: withScenario ? scenario : null, scenarioName: 'Artern', gaps, centreKreis: () => '16065' }),
});
const value = (m: ReturnType<typeof buildReport>, label: string) => m.figures.find((f) => f.label === label);

describe('the report takes the figures the tab shows', () => {
  it('equals the Kreis row of the coverage run (one source of truth)', () => {
    const m = buildReport(input(false));
    const kreis = base.kreise.find((k) => k.key === '16065')!;
    expect(value(m, 'Einwohner')!.value).toBe(formatInteger(kreis.totalWeight));
    expect(value(m, 'Anteil der Einwohner innerhalb von 10 km')!.value).toBe(formatShare(kreis.thresholds.find((t) => t.km === 10)!.share!));
    expect(value(m, 'ThEKiZ (als Einrichtung gezählt)')!.value).toBe('1');
    expect(m.scenarioName).toBeNull();
    expect(m.underserved!.rows.length).toBeGreaterThan(0);
    expect(m.underserved!.rows.every((r) => base.gemeinden.find((g) => g.name === r.name)!.group === '16065')).toBe(true);
  });

  it('puts the scenario’s figures beside the status quo, and they differ', () => {
    const m = buildReport(input(true));
    const share = value(m, 'Anteil der Einwohner innerhalb von 10 km')!;
    expect(share.scenario).toBe(formatShare(scenario.kreise.find((k) => k.key === '16065')!.thresholds.find((t) => t.km === 10)!.share!));
    expect(share.scenario).not.toBe(share.value);
    expect(value(m, 'ThEKiZ (als Einrichtung gezählt)')!.scenario).toBe('2');
    expect(m.subtitle).toContain('Szenario: Artern');
  });

  it('lists the network gaps of the Kreis: kinds lacking and the centre with its candidates', () => {
    const g = buildReport(input(false)).gaps!;
    expect(g.rows.map((r) => r.kind)).toEqual([...DEFAULT_KEY_KINDS]);
    // The Beratung is a partner within 15 km: nobody lacks it; everyone in the Kreis nearest to sdh lacks the rest.
    expect(g.rows[0].people).toBe('0');
    expect(g.rows[2].people).not.toBe('0');
    expect(g.centres).toHaveLength(1);
    expect(g.centres[0].missing).toBe('Frühe Hilfen, Hebammen, Kinder- und Jugendärzt*innen, Frühförderstelle');
    // 15,5 km away: shown, but as outside the radius (the list's own contradiction, fixed).
    expect(g.centres[0].nearest).toContain('Hebammen: Hebamme Nordhausen (15,5 km, außerhalb des Umkreises)');
    expect(g.centres[0].nearest).toContain("Frühe Hilfen: keine im Projekt");
  });

  it('writes "Szenario" on every PDF page and the scenario column', async () => {
    const pdf = await readPdf(renderReportPdf(buildReport(input(true)), null));
    expect(pdf.pages.length).toBeGreaterThan(1);
    for (const page of pdf.pages) expect(page).toContain('Szenario: Artern');
    expect(pdf.pages[0]).toContain('Szenario Artern');
    expect(pdf.pages.join('\n')).toContain('Netzwerklücken');
    expect(pdf.pages.join('\n')).toContain('Unterversorgte Gemeinden');
    const plain = await readPdf(renderReportPdf(buildReport(input(false)), null));
    expect(plain.pages.join('\n')).not.toContain('Szenario');
  });

  it('writes the same report as a Word file with real tables, the map image and the scenario header', async () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const files = unzipSync(await renderReportDocx(buildReport(input(true)), { dataUrl: png, width: 400, height: 300 }));
    const xml = strFromU8(files['word/document.xml']);
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(xml).toContain('Kreisbericht Kyffhäuserkreis');
    expect(xml).toContain('Netzwerklücken');
    expect(Object.keys(files).some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    const header = Object.entries(files).find(([f]) => /^word\/header\d*\.xml$/.test(f) && strFromU8(files[f]).includes('Szenario'));
    expect(header && strFromU8(header[1])).toContain('Szenario: Artern');
  });
});
