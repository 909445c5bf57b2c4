import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCoverage, underservedGemeinden, type CoverageFacility } from '../../../../src/analysis/coverage/analysis';
import { parseThresholds } from '../../../../src/ui/coverage/format';
import { coverageRequests } from '../../../../src/ui/coverage/requests';
import { DEFAULT_COVERAGE } from '../../../../src/state/coverageStore';
import { censusContext } from '../../../helpers/censusDemand';

// The census 1 km grid as the app uses it (people scaled to the Zensus 2022 per Gemeinde).
const { context } = censusContext();
const centre = (id: string, lon: number, lat: number, group = ''): CoverageFacility => ({ id, name: id, lon, lat, group });
const ERFURT = centre('erfurt', 11.03, 50.98, '16051');
const GERA = centre('gera', 12.08, 50.88, '16052');
const SUHL = centre('suhl', 10.694, 50.609);
const request = (facilities: CoverageFacility[]) => ({ facilities, thresholdsKm: [5, 10, 15, 20], mainKm: 10 });
const within10 = (r: ReturnType<typeof runCoverage>, key: string) => r.kreise.find((k) => k.key === key)!.thresholds.find((t) => t.km === 10)!.share;

describe('a coverage run on the embedded data', () => {
  const two = runCoverage(context, request([ERFURT, GERA]));

  it('reports the whole population, every Kreis, and Gemeinden adding up to the Land', () => {
    expect(two.land.totalWeight).toBe(2_110_396);
    expect(two.kreise).toHaveLength(22);
    expect(two.gemeinden.reduce((s, g) => s + g.weight, 0)).toBe(2_110_396);
    expect(two.gemeinden).toHaveLength(605);
    expect(two.cellClass).toHaveLength(context.grid.count);
    expect(two.cellsPerClass.reduce((a, b) => a + b, 0)).toBe(context.grid.count);
  });

  it('finds Suhl far from centres in Erfurt and Gera and names it with its nearest centre', () => {
    expect(within10(two, '16054')).toBe(0);
    expect(within10(two, '16051')).toBeGreaterThan(0.9);
    const suhl = two.underserved.find((u) => u.gemeinde === '16054000')!;
    expect(suhl.facilityName).toBe('erfurt');
    expect(suhl.meters! / 1000).toBeGreaterThan(40);
  });

  it('a hypothetical centre in Suhl covers Suhl and never lowers any figure', () => {
    const { scenario } = coverageRequests([ERFURT, GERA], DEFAULT_COVERAGE, [{ id: 'h1', name: 'Neu', lon: SUHL.lon, lat: SUHL.lat }], []);
    const after = runCoverage(context, scenario!);
    // Suhl reaches far into the Thuringian Forest since 2019 (Schmiedefeld, Vesser): a few cells lie beyond 10 km.
    expect(within10(after, '16054')).toBeGreaterThan(0.98);
    for (const k of after.kreise) expect(within10(after, k.key)!).toBeGreaterThanOrEqual(within10(two, k.key)!);
  });

  it('switching a centre off moves its people to the next one', () => {
    const { scenario } = coverageRequests([ERFURT, GERA], DEFAULT_COVERAGE, [], ['gera']);
    expect(scenario!.facilities.map((f) => f.id)).toEqual(['erfurt']);
    const after = runCoverage(context, scenario!);
    expect(within10(after, '16052')).toBe(0);
    expect(after.underserved.find((u) => u.gemeinde === '16052000')?.facilityName).toBe('erfurt');
  });

  it('with no facilities everyone is underserved and nothing is NaN', () => {
    const none = runCoverage(context, request([]));
    expect(none.land.thresholds.every((t) => t.coveredWeight === 0)).toBe(true);
    expect(none.land.meanMeters).toBeNull();
    expect(none.gemeinden.every((g) => g.meanMeters === null && (g.share === null || g.share === 0))).toBe(true);
  });

  it('adding any centre never lowers the covered population (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 9.9, max: 12.6, noNaN: true }), fc.double({ min: 50.25, max: 51.6, noNaN: true }), (lon, lat) => {
        const more = runCoverage(context, request([ERFURT, GERA, centre('x', lon, lat)]));
        for (const [i, t] of more.land.thresholds.entries()) expect(t.coveredWeight).toBeGreaterThanOrEqual(two.land.thresholds[i].coveredWeight);
      }),
      { numRuns: 20 },
    );
  });

  it('ranks Gemeinden by people beyond the threshold, with their main place and nearest centre', () => {
    const ranked = underservedGemeinden(two.gemeinden);
    expect(ranked.length).toBeGreaterThan(100);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].uncoveredWeight).toBeGreaterThanOrEqual(ranked[i].uncoveredWeight);
    const suhl = ranked.find((g) => g.ags === '16054000')!;
    expect(suhl).toMatchObject({ name: 'Suhl', group: '16054', facilityName: 'erfurt', coveredWeight: 0 });
    expect(suhl.uncoveredWeight).toBe(suhl.weight);
    expect(suhl.maxMeters! / 1000).toBeGreaterThan(40);
    expect(ranked.some((g) => g.ags === '16051000')).toBe(false); // Erfurt itself is covered
    for (const g of two.gemeinden) expect(g.coveredWeight + g.uncoveredWeight).toBeCloseTo(g.weight, 6);
  });

  it('reads thresholds as a German list', () => {
    expect(parseThresholds('5; 10; 15; 20')).toEqual([5, 10, 15, 20]);
    expect(parseThresholds('12,5 3 3')).toEqual([3, 12.5]);
    expect(parseThresholds('0; 10')).toBeNull();
    expect(parseThresholds('zehn')).toBeNull();
    expect(parseThresholds('  ')).toBeNull();
  });

  it('leaves the request alone when nothing is changed', () => {
    expect(coverageRequests([ERFURT], DEFAULT_COVERAGE, [], []).scenario).toBeNull();
  });
});

describe('coverage CSV', () => {
  it('writes the Land and every Kreis with German decimals, and the underserved places', async () => {
    const { coverageCsv, underservedCsv } = await import('../../../../src/data/export/coverageCsv');
    const r = runCoverage(context, request([ERFURT, GERA]));
    const rows = coverageCsv(r, (k) => (k === '16054' ? 'Suhl' : k)).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows).toHaveLength(1 + 1 + 22);
    expect(rows[0]).toContain('Anteil bis 10,0 km (%)');
    expect(rows[1]).toMatch(/^Thüringen;2110396;2;0,009;\d+,\d\d;\d+,\d\d;/);
    expect(rows.find((l) => l.startsWith('Suhl;'))).toMatch(/;0,0;0,0;/);
    const under = underservedCsv(r, String).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(under[0]).toBe('Ort;Kreis;Einwohner (Bedarf);Entfernung zur nächsten Einrichtung (km);Nächste Einrichtung;Gemeindeschlüssel;Breite;Länge');
    expect(under.length).toBeGreaterThan(50);
  });
});
