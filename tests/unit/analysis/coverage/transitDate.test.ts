import { describe, expect, it } from 'vitest';
import { transitDate } from '../../../../src/analysis/coverage/byTime';

describe('the service day a weekday stands for', () => {
  // VRN slice: 2022-06-12 (a Sunday) to 2022-12-10.
  it('takes the first such day of the second week of an expired timetable', () => {
    expect(transitDate('2022-06-12', '2022-12-10', 2, '2026-12-02')).toBe('2022-06-21');
    expect(transitDate('2022-06-12', '2022-12-10', 7, '2026-12-02')).toBe('2022-06-19');
  });
  it('takes the next such day from today in a running timetable', () => {
    // 2026-12-02 is a Wednesday.
    expect(transitDate('2026-11-01', '2027-06-30', 3, '2026-12-02')).toBe('2026-12-02');
    expect(transitDate('2026-11-01', '2027-06-30', 2, '2026-12-02')).toBe('2026-12-08');
    expect(transitDate('2026-11-01', '2027-06-30', 1, '2026-12-02')).toBe('2026-12-07');
  });
  it('stays inside a short validity, and says null when the weekday never falls in it', () => {
    expect(transitDate('2026-12-01', '2026-12-03', 3, '2020-01-01')).toBe('2026-12-02');
    expect(transitDate('2026-12-01', '2026-12-03', 6, '2020-01-01')).toBeNull();
    expect(transitDate(null, '2026-12-03', 2, '2026-12-02')).toBeNull();
    expect(transitDate('2026-12-05', '2026-12-01', 2, '2026-12-02')).toBeNull();
  });
});

describe('the German words of what a run by time rests on', () => {
  it('names mode, file and date, speeds, window and the off-network cells', async () => {
    const { travelBasisText } = await import('../../../../src/analysis/coverage/travelText');
    const text = travelBasisText({
      mode: 'transit', road: { file: 'thueringen-latest.osm.pbf', date: '2026-11-30T21:00:00Z' },
      transit: { file: 'vmt.zip', validFrom: '2026-11-01', validUntil: '2027-06-30', date: '2026-12-08', fromMin: 420, toMin: 540 },
      speeds: { foot: 4.5, bicycle: 15 }, maxAccessMeters: 1000, maxStopWalkMeters: 1000, facilitiesOffNetwork: 2, offNetworkCells: 12, offNetworkWeight: 340.4,
    }).join(' ');
    for (const part of ['mit Bus und Bahn', 'thueringen-latest.osm.pbf', '30.11.2026', 'ODbL', '4,5 km/h', 'vmt.zip', '08.12.2026', '07:00', '09:00', 'Median', '12 Zellen mit 340 Menschen', '2 Zentren']) expect(text).toContain(part);
    const car = travelBasisText({ mode: 'car', road: { file: 'a.pbf', date: null }, speeds: { foot: 4.5, bicycle: 15, car: { motorway: 110 } }, maxAccessMeters: 1000, facilitiesOffNetwork: 0, offNetworkCells: 0, offNetworkWeight: 0 }).join(' ');
    expect(car).toContain('Autobahn 110');
    expect(car).toContain('Abbiegeverbote');
  });
});
