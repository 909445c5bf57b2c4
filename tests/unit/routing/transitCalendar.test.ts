import { unzipSync } from 'fflate';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../../../src/analysis/routing/transit/buildTimetable';
import { parseServiceDate, servicesOn } from '../../../src/analysis/routing/transit/calendar';
import { dayNumber, isoDay } from '../../../src/analysis/routing/transit/feed';
import { earliestArrival } from '../../../src/analysis/routing/transit/raptor';
import { readGtfs } from '../../../src/data/import/gtfs/readGtfs';
import { miniGtfs, VRN_ZIP, vrnFeed, zipBlob } from './transitHelpers';

/** calendar_dates.txt of the fixture as a set of "service|YYYYMMDD" with exception 1 (all it has). */
const raw = unzipSync(new Uint8Array(fs.readFileSync(VRN_ZIP)));
const lines = (f: string) => new TextDecoder().decode(raw[f]).trim().split(/\r?\n/).slice(1).map((l) => l.split(','));
const added = new Set(lines('calendar_dates.txt').filter((c) => c[2] === '1').map((c) => `${c[0]}|${c[1]}`));
const compact = (date: string) => date.replaceAll('-', '');

describe('servicesOn on the VRN slice (every day comes from calendar_dates: the calendar rows have no weekdays)', async () => {
  const tt = buildTimetable(await vrnFeed());

  it('runs exactly the services calendar_dates adds for a date', () => {
    expect(lines('calendar_dates.txt').every((c) => c[2] === '1')).toBe(true);
    for (const date of ['2022-06-12', '2022-07-01', '2022-10-12', '2022-12-10', '2022-12-11', '2022-06-11']) {
      const on = servicesOn(tt, date);
      const expected = tt.serviceId.map((id) => (added.has(`${id}|${compact(date)}`) ? 1 : 0));
      expect(Array.from(on), date).toEqual(expected);
    }
  });

  it('does not run a service on a day inside its calendar range that calendar_dates does not add', () => {
    let checked = 0;
    tt.serviceId.forEach((id, s) => {
      for (let d = tt.serviceStart[s]; d <= tt.serviceEnd[s]; d++) {
        if (added.has(`${id}|${compact(isoDay(d))}`)) continue;
        expect(servicesOn(tt, isoDay(d))[s], `${id} ${isoDay(d)}`).toBe(0);
        checked++;
        break;
      }
    });
    expect(checked).toBeGreaterThan(5);
  });

  it('has about 500 trips on Wednesday 2022-10-12, as trips.txt and calendar_dates.txt say', () => {
    const on = servicesOn(tt, '2022-10-12');
    const byTimetable = Array.from(tt.tripService).filter((s) => on[s] === 1).length;
    const byFiles = lines('trips.txt').filter((c) => added.has(`${c[2]}|20221012`)).length;
    expect(byTimetable).toBe(byFiles);
    expect(byTimetable).toBeGreaterThan(450);
    expect(byTimetable).toBeLessThan(550);
  });

  it('runs a trip of the day before that goes past midnight: 24:03 on 10 Dec is 00:03 on 11 Dec, a day without service', async () => {
    const feed = await vrnFeed();
    const direct = buildTimetable(feed, { footpathRadiusM: 0 });
    const [from, to] = ['de:08221:1150:0:TrRiN', 'de:08221:1160:2:E'].map((id) => direct.stopId.indexOf(id));
    expect(Array.from(servicesOn(direct, '2022-12-11')).every((x) => x === 0)).toBe(true);
    const got = earliestArrival(direct, '2022-12-11', 0, [{ stop: from, seconds: 0 }], 0)[to];
    // Plain scan: trips of services running on 10 Dec, from → to in order, times − 24 h.
    let expected = Infinity;
    const st = feed.stopTimes;
    feed.trips.id.forEach((_, t) => {
      if (!added.has(`${feed.services.id[feed.trips.service[t]]}|20221210`)) return;
      let boarded = false;
      for (let r = st.tripStart[t]; r < st.tripStart[t + 1]; r++) {
        const id = feed.stops.id[st.stop[r]];
        if (boarded && id === 'de:08221:1160:2:E') expected = Math.min(expected, st.arrival[r] - 86_400);
        if (id === 'de:08221:1150:0:TrRiN' && st.departure[r] - 86_400 >= 0) boarded = true;
      }
    });
    expect(expected).toBe(180);
    expect(got).toBe(expected);
  });
});

describe('servicesOn on a small feed: weekdays, a removed and an added day', async () => {
  const tt = buildTimetable(await readGtfs(zipBlob(miniGtfs())));
  const runs = (date: string) => servicesOn(tt, date)[0];

  it('runs on weekdays inside the calendar range only', () => {
    expect(['2024-06-03', '2024-06-18', '2024-06-28'].map(runs)).toEqual([1, 1, 1]);
    expect(['2024-05-31', '2024-06-23', '2024-07-01'].map(runs)).toEqual([0, 0, 0]);
  });

  it('honours calendar_dates: Wednesday 19 June removed (2), Saturday 22 June added (1)', () => {
    expect(runs('2024-06-19')).toBe(0);
    expect(runs('2024-06-22')).toBe(1);
  });

  it('runs the 25:10 trip of the day before at 01:10, also on a removed day', () => {
    const [s1, s3] = ['S1', 'S3'].map((id) => tt.stopId.indexOf(id));
    // Tuesday 18 June runs; its 25:10 trip leaves at 01:10 on Wednesday 19 June (itself removed).
    expect(earliestArrival(tt, '2024-06-19', 3600, [{ stop: s1, seconds: 0 }])[s3]).toBe(3600 + 1200);
    // On the removed day itself nothing leaves in the morning, and its 25:10 trip does not run.
    expect(earliestArrival(tt, '2024-06-19', 8 * 3600, [{ stop: s1, seconds: 0 }])[s3]).toBe(Infinity);
    // Thursday 20 June: the day before was removed, so no 01:10; the 08:00 trip arrives 08:10.
    expect(earliestArrival(tt, '2024-06-20', 3600, [{ stop: s1, seconds: 0 }])[s3]).toBe(8 * 3600 + 600);
    // And a Friday's own 25:10 trip is reached from late evening.
    expect(earliestArrival(tt, '2024-06-21', 23 * 3600, [{ stop: s1, seconds: 0 }])[s3]).toBe(25 * 3600 + 1200);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => servicesOn(tt, '19.06.2024')).toThrow(RangeError);
    expect(() => parseServiceDate('2024-02-30')).toThrow(RangeError);
    expect(parseServiceDate('2024-06-19')).toBe(dayNumber('20240619'));
  });
});
