import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { haversineMeters } from '../../../../src/analysis/distance';
import { ABSOLUTE_SLACK_M, ROUNDING_SLACK, cosLat, farLimitMeters, frameX, frameY, localFrame, nearFactor } from '../../../../src/analysis/coverage/frame';

describe('local frame lower bound (the proof in frame.ts)', () => {
  it('haversine ≥ min(nearFactor × frame distance, farLimit) for any query and any point in the data’s latitude span (with the rounding slack)', () => {
    const lat = fc.double({ min: -90, max: 90, noNaN: true });
    const lon = fc.double({ min: -90, max: 90, noNaN: true });
    fc.assert(
      fc.property(fc.array(lat, { minLength: 1, maxLength: 8 }), lon, lat, lon, fc.double({ min: 0, max: 1, noNaN: true }), (lats, qLon, qLat, pLon, t) => {
        const frame = localFrame(lats.map(() => 0), lats);
        const [lo, hi] = [Math.min(...lats), Math.max(...lats)];
        const pLat = lo + t * (hi - lo);
        const d = Math.hypot(frameX(frame, qLon) - frameX(frame, pLon), frameY(frame, qLat) - frameY(frame, pLat));
        const bound = Math.min(nearFactor(frame, cosLat(qLat)) * d * 1000, farLimitMeters(frame, cosLat(qLat)));
        expect(haversineMeters(qLon, qLat, pLon, pLat)).toBeGreaterThanOrEqual(bound * (1 - ROUNDING_SLACK) - ABSOLUTE_SLACK_M);
      }),
      { numRuns: 3000 },
    );
  });

  it('loses under 2 % in Thuringia', () => {
    const frame = localFrame([9.87, 12.66], [50.2, 51.65]);
    expect(nearFactor(frame, cosLat(51.65))).toBeGreaterThan(0.98);
    expect(farLimitMeters(frame, cosLat(51.65))).toBeGreaterThan(350_000);
  });
});
