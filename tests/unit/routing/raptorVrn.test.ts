import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../../../src/analysis/routing/transit/buildTimetable';
import { dayNumber, NO_DROP_OFF, NO_PICKUP } from '../../../src/analysis/routing/transit/feed';
import { earliestArrival } from '../../../src/analysis/routing/transit/raptor';
import type { Timetable } from '../../../src/analysis/routing/transit/timetable';
import { bruteEarliest, feedServiceRuns, seeded, vrnFeed } from './transitHelpers';

const DATE = '2022-10-12';
const EIGHT = 8 * 3600;

/** Timetable stops whose parent station is `station`. */
const platforms = (tt: Timetable, station: string) => tt.stopStation.flatMap((p, i) => (p === station ? [i] : []));

describe('earliestArrival on the VRN slice', async () => {
  const feed = await vrnFeed();
  const tt = buildTimetable(feed);
  const direct = buildTimetable(feed, { footpathRadiusM: 0 });

  /** Running trips of a day (the day's own services; none of these trips runs past midnight into the window). */
  const running = (date: string) => feed.trips.id.flatMap((_, t) => (feedServiceRuns(feed, feed.trips.service[t], dayNumber(date)) ? [t] : []));
  const st = feed.stopTimes;
  const rowsOf = (t: number) => Array.from({ length: st.tripStart[t + 1] - st.tripStart[t] }, (_, k) => st.tripStart[t] + k);
  const stationOf = (r: number) => feed.stops.id[feed.stops.parent[st.stop[r]]];

  it('Hauptbahnhof → Bismarckplatz without changing (Wednesday 2022-09-14, 08:00: tram 5 runs through) equals a plain scan of the trips', () => {
    const date = '2022-09-14';
    const hbf = platforms(direct, 'de:08221:1160_Parent');
    const bismarck = platforms(direct, 'de:08221:1146_Parent');
    expect(bismarck).toHaveLength(4);
    const arrival = earliestArrival(direct, date, EIGHT, hbf.map((stop) => ({ stop, seconds: 0 })), 0);
    const got = Math.min(...bismarck.map((b) => arrival[b]));
    // Plain scan: every trip of the day leaving a Hauptbahnhof platform at 08:00 or later that
    // later stops at a Bismarckplatz platform.
    let expected = Infinity;
    let line = '';
    for (const t of running(date)) {
      let boarded = false;
      for (const r of rowsOf(t)) {
        if (boarded && stationOf(r) === 'de:08221:1146_Parent' && !(st.flags[r] & NO_DROP_OFF) && st.arrival[r] < expected) {
          expected = st.arrival[r];
          line = feed.routes.shortName[feed.trips.route[t]];
        }
        if (stationOf(r) === 'de:08221:1160_Parent' && st.departure[r] >= EIGHT && !(st.flags[r] & NO_PICKUP)) boarded = true;
      }
    }
    expect(got).toBe(expected);
    expect(line).toBe('RNV 5');
    expect(expected - EIGHT).toBeLessThan(20 * 60);
  });

  it('Hauptbahnhof → Bismarckplatz on Wednesday 2022-10-12 at 08:00 (no tram through: walk, ride, change) equals a plain scan of rides and one change', () => {
    const date = DATE;
    const hbf = platforms(tt, 'de:08221:1160_Parent');
    const bismarck = new Set(platforms(tt, 'de:08221:1146_Parent'));
    const arrival = earliestArrival(tt, date, EIGHT, hbf.map((stop) => ({ stop, seconds: 0 })), 1);
    const got = Math.min(...[...bismarck].map((b) => arrival[b]));

    // Plain scan over timetable stop indices. Walks: straight line ≤ 400 m, × 1.3 at 4.5 km/h,
    // at least 60 s; a change at the same stop takes 60 s.
    const walk = (a: number, b: number) => {
      const r = Math.PI / 180;
      const h = Math.sin(((tt.stopLat[b] - tt.stopLat[a]) * r) / 2) ** 2 + Math.cos(tt.stopLat[a] * r) * Math.cos(tt.stopLat[b] * r) * Math.sin(((tt.stopLon[b] - tt.stopLon[a]) * r) / 2) ** 2;
      const m = 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
      return a === b ? 0 : m <= 400 ? Math.max(60, Math.ceil((m * 1.3) / 1.25)) : Infinity;
    };
    const ttStop = new Map(tt.stopId.map((id, i) => [id, i]));
    const stopOf = (r: number) => ttStop.get(feed.stops.id[st.stop[r]])!;
    const all = Array.from({ length: tt.stopCount }, (_, i) => i);
    /** Time at Bismarckplatz after alighting at stop x at time a (walking on if needed). */
    const finish = (x: number, a: number) => Math.min(...[...bismarck].map((b) => a + walk(x, b)));
    // Ready to board: at a Hauptbahnhof platform at 08:00, or after a walk from one.
    const ready1 = all.map((s) => Math.min(...hbf.map((h) => EIGHT + walk(h, s))));
    const ready2 = all.map(() => Infinity);
    let expected = Infinity;
    const trips = running(date);
    for (const t of trips) {
      let on = false;
      for (const r of rowsOf(t)) {
        const x = stopOf(r);
        if (on && !(st.flags[r] & NO_DROP_OFF)) {
          expected = Math.min(expected, finish(x, st.arrival[r]));
          for (const y of all) ready2[y] = Math.min(ready2[y], st.arrival[r] + (x === y ? 60 : walk(x, y)));
        }
        if (!on && ready1[x] <= st.departure[r] && !(st.flags[r] & NO_PICKUP)) on = true;
      }
    }
    for (const t of trips) {
      let on = false;
      for (const r of rowsOf(t)) {
        const x = stopOf(r);
        if (on && !(st.flags[r] & NO_DROP_OFF)) expected = Math.min(expected, finish(x, st.arrival[r]));
        if (!on && ready2[x] <= st.departure[r] && !(st.flags[r] & NO_PICKUP)) on = true;
      }
    }
    expect(expected).toBeLessThan(EIGHT + 30 * 60);
    expect(got).toBe(expected);
  });

  it('Hauptbahnhof → Bismarckplatz with up to five changes equals the brute force, and is no later than with one', () => {
    const hbf = platforms(tt, 'de:08221:1160_Parent').map((stop) => ({ stop, seconds: 0 }));
    const bismarck = platforms(tt, 'de:08221:1146_Parent');
    const fast = earliestArrival(tt, DATE, EIGHT, hbf);
    expect(fast).toEqual(bruteEarliest(feed, tt, DATE, EIGHT, hbf));
    const one = earliestArrival(tt, DATE, EIGHT, hbf, 1);
    expect(Math.min(...bismarck.map((b) => fast[b]))).toBeLessThanOrEqual(Math.min(...bismarck.map((b) => one[b])));
  });

  it('equals a brute-force search for many random starts, times, dates and transfer limits', () => {
    const rnd = seeded(21);
    const dates = ['2022-10-12', '2022-06-12', '2022-10-16', '2022-12-10', '2022-12-11', '2022-06-11'];
    let reached = 0;
    for (let k = 0; k < 60; k++) {
      const date = dates[k % dates.length];
      const dep = Math.floor(rnd() * 26 * 3600);
      const sources = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => ({ stop: Math.floor(rnd() * tt.stopCount), seconds: Math.floor(rnd() * 600) }));
      const maxTransfers = Math.floor(rnd() * 6);
      const fast = earliestArrival(tt, date, dep, sources, maxTransfers);
      expect(fast, `${date} ${dep} ${JSON.stringify(sources)} ${maxTransfers}`).toEqual(bruteEarliest(feed, tt, date, dep, sources, maxTransfers));
      reached += fast.filter((a) => a < Infinity).length;
    }
    // Many searches reach much of the network: the comparison is not one of empty results.
    expect(reached / 60).toBeGreaterThan(tt.stopCount / 5);
  });

  it('returns the start times at the sources and Infinity where nothing arrives', () => {
    const a = earliestArrival(tt, '2022-06-11', 12 * 3600, [{ stop: 3, seconds: 120 }]);
    expect(a[3]).toBe(12 * 3600 + 120);
    expect(a.filter((x) => x === Infinity).length).toBeGreaterThan(tt.stopCount / 2);
  });
});
