import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, sanitizeView } from '../../../src/domain/view';
import { sanitizeCoverageSettings, DEFAULT_COVERAGE } from '../../../src/state/coverageStore';

describe('travel-time settings in views and storage', () => {
  it('a view keeps a well-formed travel-time setting and drops a malformed one', () => {
    const ok = sanitizeView({ ...DEFAULT_VIEW, coverage: { ...DEFAULT_VIEW.coverage, measure: 'routed', routeMode: 'transit', mainMin: 30, thresholdsMin: [45, 15, 30], transitDay: 2, transitFrom: 420, transitTo: 540 } });
    expect(ok.coverage).toMatchObject({ measure: 'routed', routeMode: 'transit', mainMin: 30, thresholdsMin: [15, 30, 45], transitDay: 2, transitFrom: 420, transitTo: 540 });
    const bad = sanitizeView({ ...DEFAULT_VIEW, coverage: { ...DEFAULT_VIEW.coverage, measure: 'teleport', routeMode: 'rocket', mainMin: -3, thresholdsMin: ['x'], transitDay: 9, transitFrom: 600, transitTo: 500 } });
    expect(bad.coverage.measure).toBe('distance');
    for (const k of ['routeMode', 'mainMin', 'thresholdsMin', 'transitDay', 'transitFrom', 'transitTo']) expect(bad.coverage).not.toHaveProperty(k);
  });

  it('the network gaps keep their limit in minutes (1–120) in views and storage, the default 30 otherwise', () => {
    expect(sanitizeView({ ...DEFAULT_VIEW, coverage: { ...DEFAULT_VIEW.coverage, gapMin: 45 } }).coverage.gapMin).toBe(45);
    for (const bad of [0, 121, 12.5, '20']) expect(sanitizeView({ ...DEFAULT_VIEW, coverage: { ...DEFAULT_VIEW.coverage, gapMin: bad } }).coverage).not.toHaveProperty('gapMin');
    expect(sanitizeCoverageSettings({ gapMin: 90 }).gapMin).toBe(90);
    expect(sanitizeCoverageSettings({ gapMin: 500 }).gapMin).toBe(30);
    expect(DEFAULT_COVERAGE.gapMin).toBe(30);
  });

  it('stored coverage settings: well-formed fields kept, the rest the defaults, the limit among the thresholds', () => {
    const s = sanitizeCoverageSettings({ measure: 'routed', routeMode: 'car', mainMin: 20, thresholdsMin: [10, 30], transitDay: 5, transitFrom: 360, transitTo: 480 });
    expect(s).toMatchObject({ measure: 'routed', routeMode: 'car', mainMin: 20, thresholdsMin: [10, 20, 30], transitDay: 5, transitFrom: 360, transitTo: 480 });
    expect(sanitizeCoverageSettings({ carSpeeds: { motorway: 110, residential: 1000, footway: 20, primary: 'schnell' } }).carSpeeds).toEqual({ motorway: 110 });
    const d = sanitizeCoverageSettings({ measure: 'routed', routeMode: 'boat', mainMin: 500, thresholdsMin: [], transitDay: 0, transitFrom: 500, transitTo: 400 });
    expect(d).toMatchObject({ routeMode: DEFAULT_COVERAGE.routeMode, mainMin: 30, thresholdsMin: [15, 30, 45, 60], transitDay: 2, transitFrom: 420, transitTo: 540 });
  });
});
