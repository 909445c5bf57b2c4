import { describe, expect, it } from 'vitest';
import type { AreaFigures } from '../../../../src/analysis/coverage/figures';
import type { TravelBasis } from '../../../../src/analysis/coverage/analysis';
import { buildReport } from '../../../../src/data/report/model';

const stats = { demandPoints: 40, totalWeight: 84_321, meanMeters: 17_400, maxMeters: 58_000, unreachableWeight: 1_200 };
// A run by time: thresholds in minutes, "metres" thousandths of a minute.
const coverage: AreaFigures = {
  key: '16074', ...stats, facilities: 12, facilitiesPer10k: 1.42,
  thresholds: [{ km: 30, coveredWeight: 60_000, uncoveredWeight: 24_321, share: 0.7116 }],
  rural: { ...stats, thresholds: [] }, urban: { ...stats, thresholds: [] },
};
const travel: TravelBasis = { mode: 'foot', road: { file: 'thueringen-latest.osm.pbf', date: '2026-11-30' }, speeds: { foot: 4.5, bicycle: 15 }, maxAccessMeters: 1000, facilitiesOffNetwork: 0, offNetworkCells: 3, offNetworkWeight: 1_200 };

describe('a report of a coverage by travel time', () => {
  it('speaks minutes, counts those without a connection and names what it rests on', () => {
    const m = buildReport({
      area: { kind: 'kreis', key: '16074', name: 'Saale-Holzland-Kreis' }, projectName: 'P', date: new Date(2026, 11, 2), institutions: [], partnerships: [],
      categories: [], coverage, coverageLimitKm: 30, unit: 'min', travel, measure: 'routed',
      counted: { target: 'total', census: true, table: null },
      underserved: [],
    });
    const text = JSON.stringify(m.figures);
    expect(text).toContain('innerhalb von 30 min');
    expect(text).toContain('mit mehr als 30 min Fahrzeit');
    expect(text).toContain('ohne Verbindung');
    expect(text).toContain('Mittlere Fahrzeit');
    expect(text).toContain('17 min');
    expect(text).not.toMatch(/\d km/);
    expect(m.method.join(' ')).toContain('thueringen-latest.osm.pbf');
    expect(m.method.join(' ')).toContain('zu Fuß');
    expect(m.underserved).toMatchObject({ km: 30, unit: 'min' });
  });
});
