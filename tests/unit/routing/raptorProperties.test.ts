import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../../../src/analysis/routing/transit/buildTimetable';
import { NO_DROP_OFF, NO_PICKUP } from '../../../src/analysis/routing/transit/feed';
import { earliestArrival } from '../../../src/analysis/routing/transit/raptor';
import { transitSecondsToTargets } from '../../../src/analysis/routing/transit/profile';
import { bruteEarliest, forwardToTargets, makeFeed, type FeedSpec, type TripSpec } from './transitHelpers';

const HOUR = 3600;

/** A trip along `stops` leaving at `start`, with hop and dwell times; rarely no boarding or alighting somewhere. */
const tripArb = (stops: number[]) =>
  fc.record({
    // Mostly in the morning; some around and past midnight (times up to 26:00).
    start: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 6 * HOUR, max: 9 * HOUR }) }, { weight: 1, arbitrary: fc.integer({ min: 23 * HOUR, max: 26 * HOUR }) }),
    hops: fc.array(fc.integer({ min: 0, max: 900 }), { minLength: stops.length, maxLength: stops.length }),
    dwells: fc.array(fc.integer({ min: 0, max: 120 }), { minLength: stops.length, maxLength: stops.length }),
    flags: fc.array(fc.oneof({ weight: 8, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(NO_PICKUP, NO_DROP_OFF) }), { minLength: stops.length, maxLength: stops.length }),
    service: fc.integer({ min: 0, max: 1 }),
  }).map(({ start, hops, dwells, flags, service }): TripSpec => {
    let t = start;
    const times = stops.map((_, i) => {
      if (i > 0) t += hops[i];
      const a = t;
      t += dwells[i];
      return [a, t] as [number, number];
    });
    return { stops, times, flags, service };
  });

/** Departure times where the trips are: morning, after midnight (the day before's trips) and late evening. */
const departure = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 5 * HOUR, max: 9 * HOUR }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2 * HOUR }) },
  { weight: 1, arbitrary: fc.integer({ min: 22 * HOUR, max: 26 * HOUR }) },
);

const day = fc.integer({ min: 1, max: 30 }).map((d) => `2024-06-${String(d).padStart(2, '0')}`);

/** Small feeds: a few stops within about a kilometre, a few stop sequences, trips on two services. */
const feedArb: fc.Arbitrary<FeedSpec> = fc.integer({ min: 2, max: 7 }).chain((n) =>
  fc.record({
    stops: fc.array(fc.tuple(fc.double({ min: 50.97, max: 50.978, noNaN: true }), fc.double({ min: 11.0, max: 11.012, noNaN: true })), { minLength: n, maxLength: n }),
    sequences: fc.array(fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 3 }),
    services: fc.array(
      fc.record({ weekdays: fc.oneof({ weight: 2, arbitrary: fc.constant(127) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 127 }) }), start: fc.constant('2024-06-01'), end: fc.oneof(fc.constant('2024-06-30'), day), exceptions: fc.array(fc.tuple(day, fc.constantFrom(1 as const, 2 as const)), { maxLength: 4 }) }),
      { minLength: 2, maxLength: 2 },
    ),
    transfers: fc.array(fc.record({ from: fc.integer({ min: 0, max: n - 1 }), to: fc.integer({ min: 0, max: n - 1 }), type: fc.integer({ min: 0, max: 3 }), minSeconds: fc.integer({ min: 0, max: 600 }) }), { maxLength: 3 }),
  }).chain(({ stops, sequences, services, transfers }) =>
    fc.array(fc.nat(sequences.length - 1).chain((k) => tripArb(sequences[k])), { minLength: 1, maxLength: 14 }).map((trips) => ({ stops, trips, services, transfers })),
  ),
);

const settingsArb = fc.record({ footpathRadiusM: fc.constantFrom(0, 300, 600), minChangeSec: fc.integer({ min: 0, max: 120 }) });

describe('RAPTOR on random small timetables', () => {
  it('earliestArrival equals the brute-force search', () => {
    let riding = 0;
    fc.assert(
      fc.property(
        feedArb, settingsArb, day, departure, fc.integer({ min: 0, max: 3 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 300 })), { minLength: 1, maxLength: 2 }),
        (spec, settings, date, dep, maxTransfers, src) => {
          const feed = makeFeed(spec);
          const tt = buildTimetable(feed, settings);
          const sources = src.map(([s, seconds]) => ({ stop: s % tt.stopCount, seconds }));
          const fast = earliestArrival(tt, date, dep, sources, maxTransfers);
          expect(fast).toEqual(bruteEarliest(feed, tt, date, dep, sources, maxTransfers));
          // Zero rounds: walking only. A run that differs from it has used a ride.
          if (fast.some((a, i) => a !== earliestArrival(tt, date, dep, sources, -1)[i])) riding++;
        },
      ),
      { numRuns: 300 },
    );
    expect(riding).toBeGreaterThan(75);
  });

  it('transitSecondsToTargets equals a forward search per stop and departure', () => {
    let riding = 0;
    fc.assert(
      fc.property(
        feedArb, settingsArb, day, departure, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 30, max: 600 }), fc.integer({ min: 0, max: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 600 })), { minLength: 1, maxLength: 3 }),
        (spec, settings, date, fromSec, steps, stepSec, maxTransfers, tg) => {
          const tt = buildTimetable(makeFeed(spec), settings);
          const targets = tg.map(([s, seconds]) => ({ stop: s % tt.stopCount, seconds }));
          const window = { date, fromSec, toSec: fromSec + steps * stepSec, stepSec };
          const all = Array.from({ length: tt.stopCount }, (_, i) => i);
          const expected = forwardToTargets(tt, window, targets, all, maxTransfers).map(Math.fround);
          const fast = Array.from(transitSecondsToTargets(tt, window, targets, maxTransfers));
          expect(fast).toEqual(expected);
          const walking = Array.from(transitSecondsToTargets(tt, window, targets, -1));
          if (fast.some((x, i) => x !== walking[i])) riding++;
        },
      ),
      { numRuns: 300 },
    );
    expect(riding).toBeGreaterThan(45);
  });

  it('with maxTravelSec, journeys longer than it count as not reaching, the rest is unchanged', () => {
    fc.assert(
      fc.property(feedArb, day, departure, fc.integer({ min: 60, max: 3600 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 600 })), { minLength: 1, maxLength: 3 }), (spec, date, fromSec, maxTravelSec, tg) => {
        const tt = buildTimetable(makeFeed(spec));
        const targets = tg.map(([s, seconds]) => ({ stop: s % tt.stopCount, seconds }));
        const window = { date, fromSec, toSec: fromSec + 600, stepSec: 120 };
        const all = Array.from({ length: tt.stopCount }, (_, i) => i);
        // The reference: each departure's travel time, cut at maxTravelSec, then the median.
        const expected = all.map((s) => {
          const travel: number[] = [];
          for (let d = window.fromSec; d <= window.toSec; d += window.stepSec) {
            const a = earliestArrival(tt, date, d, [{ stop: s, seconds: 0 }]);
            const t = Math.min(...targets.map((x) => a[x.stop] + x.seconds)) - d;
            travel.push(t <= maxTravelSec ? t : Infinity);
          }
          return Math.fround(travel.sort((x, y) => x - y)[Math.ceil(travel.length / 2) - 1]);
        });
        expect(Array.from(transitSecondsToTargets(tt, { ...window, maxTravelSec }, targets))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
