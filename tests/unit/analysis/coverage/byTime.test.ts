import { describe, expect, it } from 'vitest';
import { runCoverageSteps, type CoverageFacility, type CoverageResult, type TravelBasis } from '../../../../src/analysis/coverage/analysis';
import { TIME_CLASSES, UNREACHABLE_CLASS } from '../../../../src/analysis/coverage/classes';
import { censusContext } from '../../../helpers/censusDemand';

// As the worker builds it: the census grid's cells are the demand points.
const context = { ...censusContext().context, gridIsDemand: true };
const ERFURT: CoverageFacility = { id: 'erfurt', name: 'Erfurt', lon: 11.03, lat: 50.98, group: '16051' };
const travel: TravelBasis = { mode: 'foot', road: { file: 't.pbf', date: null }, speeds: { foot: 4.5, bicycle: 15 }, maxAccessMeters: 1000, facilitiesOffNetwork: 0, offNetworkCells: 0, offNetworkWeight: 0 };

function finish(steps: Generator<number, CoverageResult>): CoverageResult {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

describe('a coverage run by travel time', () => {
  const n = context.demand.lon.length;
  // Minutes per point as thousandths: every third point unreachable, the rest 5 to 60 minutes.
  const minutes = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? Infinity : 5 + (i % 56)));
  const nearest = { index: Int32Array.from(minutes, (m) => (Number.isFinite(m) ? 0 : -1)), meters: Float64Array.from(minutes, (m) => m * 1000) };
  const r = finish(runCoverageSteps(context, { facilities: [ERFURT], thresholdsKm: [15, 30, 45], mainKm: 30 }, { nearest, travel }));
  const w = context.demand.weight;
  const sum = (pred: (i: number) => boolean) => { let s = 0; for (let i = 0; i < n; i++) if (pred(i)) s += w[i]; return s; };

  it('counts within minutes, and the unreachable apart, never as far', () => {
    expect(r.unit).toBe('min');
    expect(r.travel?.mode).toBe('foot');
    const at30 = r.land.thresholds.find((t) => t.km === 30)!;
    expect(at30.coveredWeight).toBeCloseTo(sum((i) => minutes[i] <= 30), 0);
    expect(r.land.unreachableWeight).toBeCloseTo(sum((i) => !Number.isFinite(minutes[i])), 0);
    // The mean is over the people who reach a centre.
    let wm = 0;
    for (let i = 0; i < n; i++) if (Number.isFinite(minutes[i])) wm += w[i] * minutes[i] * 1000;
    expect(r.land.meanMeters! / 1000).toBeCloseTo(wm / sum((i) => Number.isFinite(minutes[i])) / 1000, 3);
    expect(r.land.maxMeters).toBe(60_000);
  });

  it('gives unreachable cells their own class and the rest the time classes', () => {
    const cells = context.grid.count;
    expect(r.cellsPerClass).toHaveLength(TIME_CLASSES.length + 1);
    expect(r.cellsPerClass.reduce((a, b) => a + b, 0)).toBe(cells);
    for (let i = 0; i < cells; i++) {
      const m = minutes[i];
      const want = !Number.isFinite(m) ? UNREACHABLE_CLASS : TIME_CLASSES.findIndex((c) => m <= c.maxKm);
      if (r.cellClass[i] !== want) throw new Error(`cell ${i}: ${r.cellClass[i]} ≠ ${want}`);
    }
    expect(r.underserved.every((u) => u.meters === null || u.meters > 30_000)).toBe(true);
  });

  it('a straight-line run says so', () => {
    const line = finish(runCoverageSteps(context, { facilities: [ERFURT], thresholdsKm: [10], mainKm: 10 }));
    expect(line.unit).toBe('km');
    expect(line.travel).toBeNull();
    expect(line.land.unreachableWeight).toBe(0);
  });
});
