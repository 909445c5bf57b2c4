import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../../../src/analysis/routing/transit/buildTimetable';
import { footpathSeconds, walkSeconds } from '../../../src/analysis/routing/transit/footpaths';
import { earliestArrival } from '../../../src/analysis/routing/transit/raptor';
import { TIMETABLE_FORMAT, timetableFromStored, timetableToStored } from '../../../src/analysis/routing/transit/serialize';
import { DEFAULT_TIMETABLE_SETTINGS, type Timetable } from '../../../src/analysis/routing/transit/timetable';
import { makeFeed, timetableTrips, vrnFeed } from './transitHelpers';

/** Haversine in metres, written out here as the reference (mean Earth radius 6,371,008.8 m). */
function meters(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(a));
}

function footpathList(tt: Timetable): string[] {
  const out: string[] = [];
  for (let s = 0; s < tt.stopCount; s++) for (let e = tt.footStart[s]; e < tt.footStart[s + 1]; e++) out.push(`${s}>${tt.footTo[e]}:${tt.footSec[e]}`);
  return out.sort();
}

describe('buildTimetable on the VRN slice', async () => {
  const feed = await vrnFeed();
  const tt = buildTimetable(feed);

  it('keeps every trip once, with its stops and times', () => {
    const st = feed.stopTimes;
    const expected = feed.trips.id.map((id, t) => {
      const rows = Array.from({ length: st.tripStart[t + 1] - st.tripStart[t] }, (_, k) => st.tripStart[t] + k);
      return [id, rows.map((r) => feed.stops.id[st.stop[r]]), rows.map((r) => st.arrival[r]), rows.map((r) => st.departure[r])];
    });
    const key = (x: unknown[]) => x[0] as string;
    expect(timetableTrips(tt).sort((a, b) => key(a).localeCompare(key(b)))).toEqual(expected.sort((a, b) => key(a).localeCompare(key(b))));
    expect(tt.tripCount).toBe(1480);
  });

  it('has only served stops, and no trip of a pattern overtakes an earlier one', () => {
    expect(tt.stopCount).toBe(new Set(feed.stopTimes.stop).size);
    let overtaking = 0;
    let pairs = 0;
    for (let p = 0; p < tt.patternCount; p++) {
      const len = tt.patternStopStart[p + 1] - tt.patternStopStart[p];
      for (let t = tt.patternTripStart[p] + 1; t < tt.patternTripStart[p + 1]; t++, pairs++) {
        for (let i = 0; i < len; i++) {
          const [a, b] = [tt.tripTimeStart[t - 1] + i, tt.tripTimeStart[t] + i];
          if (tt.arrivals[b] < tt.arrivals[a] || tt.departures[b] < tt.departures[a]) overtaking++;
        }
      }
    }
    expect(pairs).toBeGreaterThan(1000);
    expect(overtaking).toBe(0);
  });

  it('indexes each stop\'s patterns with the stop\'s position in them', () => {
    let entries = 0;
    for (let s = 0; s < tt.stopCount; s++) {
      for (let e = tt.stopPatternStart[s]; e < tt.stopPatternStart[s + 1]; e++) {
        expect(tt.patternStops[tt.patternStopStart[tt.stopPatternId[e]] + tt.stopPatternPos[e]]).toBe(s);
        entries++;
      }
    }
    expect(entries).toBe(tt.patternStops.length);
  });

  it('joins exactly the stops within 400 m by footpaths of distance × 1.3 ÷ 4.5 km/h, at least the change time', () => {
    const expected: string[] = [];
    for (let a = 0; a < tt.stopCount; a++) {
      for (let b = 0; b < tt.stopCount; b++) {
        const m = meters(tt.stopLat[a], tt.stopLon[a], tt.stopLat[b], tt.stopLon[b]);
        if (a !== b && m <= 400) expected.push(`${a}>${b}:${Math.max(60, Math.ceil((m * 1.3) / (4.5 / 3.6)))}`);
      }
    }
    expect(expected.length).toBeGreaterThan(100);
    expect(footpathList(tt)).toEqual(expected.sort());
  });

  it('lists the same footpaths by their end', () => {
    const incoming: string[] = [];
    for (let b = 0; b < tt.stopCount; b++) for (let e = tt.footInStart[b]; e < tt.footInStart[b + 1]; e++) incoming.push(`${tt.footInFrom[e]}>${b}:${tt.footInSec[e]}`);
    expect(incoming.sort()).toEqual(footpathList(tt));
  });

  it('takes the footpath radius from the settings', () => {
    expect(buildTimetable(feed, { footpathRadiusM: 0 }).footTo).toHaveLength(0);
    expect(buildTimetable(feed, { footpathRadiusM: 800 }).footTo.length).toBeGreaterThan(tt.footTo.length);
  });

  it('states its assumptions and the feed\'s validity', () => {
    expect(tt.info).toEqual({ ...DEFAULT_TIMETABLE_SETTINGS, validFrom: '2022-06-12', validTo: '2022-12-10', publisher: null, version: null });
    expect(DEFAULT_TIMETABLE_SETTINGS).toEqual({ footpathRadiusM: 400, walkKmh: 4.5, detourFactor: 1.3, minChangeSec: 60 });
  });

  it('survives the stored form (JSON and buffers, as IndexedDB keeps them) unchanged', () => {
    const stored = timetableToStored(tt);
    const meta = JSON.parse(JSON.stringify(stored.meta));
    const buffers = stored.buffers.map((b) => structuredClone(b));
    const back = timetableFromStored({ meta, buffers });
    expect(back).toEqual(tt);
    const sources = [{ stop: 5, seconds: 30 }];
    expect(earliestArrival(back, '2022-10-12', 8 * 3600, sources)).toEqual(earliestArrival(tt, '2022-10-12', 8 * 3600, sources));
  });

  it('stores arrays that are views into larger buffers as their own bytes', () => {
    const big = new Float64Array(tt.stopCount + 10);
    big.set(tt.stopLat, 5);
    const view = { ...tt, stopLat: big.subarray(5, 5 + tt.stopCount) };
    expect(timetableFromStored(timetableToStored(view)).stopLat).toEqual(tt.stopLat);
  });

  it('refuses a stored timetable of another format or with missing buffers', () => {
    const stored = timetableToStored(tt);
    expect(() => timetableFromStored({ ...stored, meta: { ...stored.meta, format: TIMETABLE_FORMAT + 1 } })).toThrow(/format/);
    expect(() => timetableFromStored({ ...stored, buffers: stored.buffers.slice(0, 3) })).toThrow(/missing or damaged/);
  });
});

describe('buildTimetable on small feeds', () => {
  // Three stops on a line about 1.1 km apart, far beyond walking range.
  const line: [number, number][] = [[50.97, 11.0], [50.98, 11.0], [50.99, 11.0]];

  it('splits a pattern where a trip overtakes another', () => {
    const feed = makeFeed({
      stops: line,
      trips: [
        { stops: [0, 1, 2], times: [[28_800, 28_800], [29_700, 29_700], [30_600, 30_600]] }, // 08:00 slow
        { stops: [0, 1, 2], times: [[29_100, 29_100], [29_400, 29_400], [29_700, 29_700]] }, // 08:05 express, overtakes
        { stops: [0, 1, 2], times: [[32_400, 32_400], [33_300, 33_300], [34_200, 34_200]] }, // 09:00 slow
      ],
    });
    const tt = buildTimetable(feed);
    expect(tt.patternCount).toBe(2);
    const groups = Array.from({ length: 2 }, (_, p) => tt.tripId.slice(tt.patternTripStart[p], tt.patternTripStart[p + 1]));
    expect(groups).toEqual([['T0', 'T2'], ['T1']]);
    // Both count: from stop 0 at 08:01 the express is the one to take.
    expect(earliestArrival(tt, '2024-06-12', 28_860, [{ stop: 0, seconds: 0 }])[2]).toBe(29_700);
  });

  it('keeps trips with other boarding rules or another route in their own pattern', () => {
    const t = (dep: number) => [[dep, dep], [dep + 600, dep + 600], [dep + 1200, dep + 1200]] as [number, number][];
    const feed = makeFeed({
      stops: line,
      trips: [{ stops: [0, 1, 2], times: t(28_800) }, { stops: [0, 1, 2], times: t(30_000), flags: [0, 1, 0] }, { stops: [0, 1, 2], times: t(31_000), route: 1 }],
    });
    expect(buildTimetable(feed).patternCount).toBe(3);
  });

  it('applies transfers.txt: a set time, a path removed, a change time, and a station for its platforms', () => {
    // 0 and 1 are platforms 100 m apart (105 s on foot) of station 3 (served by nothing); 2 is 1.1 km away.
    const stops: [number, number][] = [[50.97, 11.0], [50.9709, 11.0], [50.98, 11.0], [50.9705, 11.0]];
    const trips = [0, 1, 2].map((s) => ({ stops: [s, s === 2 ? 0 : 2], times: [[28_800, 28_800], [29_400, 29_400]] as [number, number][] }));
    const plain = buildTimetable(makeFeed({ stops, trips, parents: [3, 3, -1, -1] }));
    expect(plain.stopCount).toBe(3);
    expect(footpathList(plain)).toEqual(['0>1:105', '1>0:105']);
    const tt = buildTimetable(makeFeed({
      stops, trips, parents: [3, 3, -1, -1],
      transfers: [
        { from: 0, to: 1, type: 3 },
        { from: 1, to: 2, type: 2, minSeconds: 300 },
        { from: 0, to: 0, type: 2, minSeconds: 180 },
        { from: 3, to: 2, type: 0 },
      ],
    }));
    const walk02 = footpathSeconds(meters(50.97, 11.0, 50.98, 11.0), DEFAULT_TIMETABLE_SETTINGS);
    expect(footpathList(tt)).toEqual(['0>2:' + walk02, '1>0:105', '1>2:300'].sort());
    expect(Array.from(tt.changeSec)).toEqual([180, 60, 60]);
  });

  it('computes walking seconds as distance × 1.3 ÷ 4.5 km/h', () => {
    expect(walkSeconds(1000, DEFAULT_TIMETABLE_SETTINGS)).toBeCloseTo(1040, 9);
    expect(footpathSeconds(10, DEFAULT_TIMETABLE_SETTINGS)).toBe(60);
    expect(footpathSeconds(400, DEFAULT_TIMETABLE_SETTINGS)).toBe(416);
  });
});
