import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../../../src/analysis/routing/transit/buildTimetable';
import { earliestArrival } from '../../../src/analysis/routing/transit/raptor';
import { egressSeconds, lowerMedian, transitSecondsToTargets } from '../../../src/analysis/routing/transit/profile';
import { forwardToTargets, makeFeed, seeded, vrnFeed } from './transitHelpers';

describe('transitSecondsToTargets on the VRN slice', async () => {
  const tt = buildTimetable(await vrnFeed());
  const rnd = seeded(2021);
  const pick = (k: number) => Array.from({ length: k }, () => ({ stop: Math.floor(rnd() * tt.stopCount), seconds: Math.floor(rnd() * 400) }));

  it('equals the forward search per stop and minute, for random targets, stops and windows', () => {
    const cases = [
      { date: '2022-10-12', fromSec: 7 * 3600, toSec: 7 * 3600 + 900, stepSec: 60, targets: pick(10), maxTransfers: 5 },
      { date: '2022-10-12', fromSec: 16 * 3600 + 17, toSec: 16 * 3600 + 1817, stepSec: 150, targets: pick(3), maxTransfers: 2 },
      { date: '2022-07-06', fromSec: 8 * 3600, toSec: 8 * 3600 + 600, stepSec: 60, targets: pick(5), maxTransfers: 1 },
      // Around midnight: the day before's trips (times past 24:00) run into the window.
      { date: '2022-10-13', fromSec: 0, toSec: 1800, stepSec: 120, targets: pick(8), maxTransfers: 5 },
      { date: '2022-10-12', fromSec: 23 * 3600, toSec: 23 * 3600 + 1200, stepSec: 120, targets: pick(8), maxTransfers: 3 },
    ];
    let finite = 0;
    for (const { targets, maxTransfers, ...window } of cases) {
      const fast = transitSecondsToTargets(tt, window, targets, maxTransfers);
      const stops = Array.from({ length: 70 }, () => Math.floor(rnd() * tt.stopCount));
      const slow = forwardToTargets(tt, window, targets, stops, maxTransfers);
      expect(stops.map((s) => fast[s]), JSON.stringify(window)).toEqual(slow.map(Math.fround));
      finite += slow.filter((x) => x < Infinity).length;
    }
    expect(finite).toBeGreaterThan(100);
  });

  it('gives a target stop at most its own egress, and a stop within a footpath at most the walk plus egress', () => {
    const target = tt.stopId.indexOf('de:08221:1146:1:1');
    const out = transitSecondsToTargets(tt, { date: '2022-10-12', fromSec: 7 * 3600, toSec: 9 * 3600 }, [{ stop: target, seconds: 90 }]);
    expect(out[target]).toBe(90);
    const e = tt.footInStart[target];
    expect(out[tt.footInFrom[e]]).toBeLessThanOrEqual(tt.footInSec[e] + 90);
  });

  it('is Infinity where more than half of the departures reach no target', () => {
    // A date without service: only walking reaches the target.
    const target = 10;
    const out = transitSecondsToTargets(tt, { date: '2023-03-01', fromSec: 7 * 3600, toSec: 9 * 3600 }, [{ stop: target, seconds: 0 }]);
    const walk = egressSeconds(tt, [{ stop: target, seconds: 0 }]);
    expect(Array.from(out)).toEqual(Array.from(walk, Math.fround));
    expect(out.filter((x) => x === Infinity).length).toBe(tt.stopCount - 1 - (tt.footInStart[target + 1] - tt.footInStart[target]));
  });

  it('counts the waiting at the start: the median of (arrival − departure)', () => {
    const from = tt.stopId.indexOf('de:08221:1160:2:RiO');
    const target = tt.stopId.indexOf('de:08221:1146:1:1');
    const window = { date: '2022-10-12', fromSec: 8 * 3600, toSec: 8 * 3600 + 20 * 60, stepSec: 60 };
    const travel = [];
    for (let d = window.fromSec; d <= window.toSec; d += 60) travel.push(earliestArrival(tt, window.date, d, [{ stop: from, seconds: 0 }])[target] - d);
    expect(new Set(travel).size).toBeGreaterThan(3); // waiting differs by departure minute
    expect(transitSecondsToTargets(tt, window, [{ stop: target, seconds: 0 }])[from]).toBe(lowerMedian(Float64Array.from(travel)));
  });
});

describe('lowerMedian', () => {
  it('takes the middle value, the lower of the two middle ones for an even count', () => {
    expect(lowerMedian(Float64Array.from([5, 1, 3]))).toBe(3);
    expect(lowerMedian(Float64Array.from([4, 1, 3, 2]))).toBe(2);
  });

  it('is Infinity exactly when more than half are', () => {
    expect(lowerMedian(Float64Array.from([1, Infinity, Infinity]))).toBe(Infinity);
    expect(lowerMedian(Float64Array.from([1, 2, Infinity, Infinity]))).toBe(2);
    expect(lowerMedian(Float64Array.from([1, Infinity, Infinity, Infinity]))).toBe(Infinity);
  });
});

describe('transitSecondsToTargets on a hand-made line', () => {
  // Stops 0 → 1 → 2 about 1.1 km apart; a trip every 10 minutes from 08:00, 5 minutes per hop.
  const trips = Array.from({ length: 6 }, (_, k) => {
    const t0 = 8 * 3600 + k * 600;
    return { stops: [0, 1, 2], times: [[t0, t0], [t0 + 300, t0 + 300], [t0 + 600, t0 + 600]] as [number, number][] };
  });
  const tt = buildTimetable(makeFeed({ stops: [[50.97, 11.0], [50.98, 11.0], [50.99, 11.0]], trips }));

  it('gives the median of waiting plus riding over the window', () => {
    // Departures 08:00 … 08:09 from stop 0 to stop 2: waits 0, 9, 8, …, 1 minutes, rides 10 minutes.
    const out = transitSecondsToTargets(tt, { date: '2024-06-12', fromSec: 8 * 3600, toSec: 8 * 3600 + 540, stepSec: 60 }, [{ stop: 2, seconds: 120 }]);
    // Travel times 12, 21, 20, …, 13 minutes: the lower median of ten is the fifth smallest, 16 minutes.
    expect(out[0]).toBe(16 * 60);
    expect(out[2]).toBe(120);
    expect(out[1]).toBe(11 * 60);
  });
});
