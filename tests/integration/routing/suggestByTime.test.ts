import { beforeAll, describe, expect, it } from 'vitest';
import { plainGreedy } from '../../helpers/plainGreedy';
import { heidelberg } from '../../helpers/routingFixtures';
import { fastestKmh, roadNearest, snapPoints, transitNearest, type PointSnap } from '../../../src/analysis/coverage/byTime';
import type { DemandColumns } from '../../../src/analysis/coverage/demand';
import type { Candidate } from '../../../src/analysis/coverage/suggest';
import { suggestSitesByTime } from '../../../src/analysis/coverage/suggestByTime';
import { haversineMeters } from '../../../src/analysis/distance';
import type { RoadGraph } from '../../../src/analysis/routing/roadGraph';
import { DEFAULT_ROAD_SPEEDS } from '../../../src/analysis/routing/speeds';
import type { Timetable } from '../../../src/analysis/routing/transit/timetable';


// "Cells" over Heidelberg with made-up people, two Kreise split at 8.69° E; one existing centre.
const lon: number[] = [];
const lat: number[] = [];
for (let x = 8.63; x <= 8.75; x += 0.006) for (let y = 49.38; y <= 49.43; y += 0.004) { lon.push(x); lat.push(y); }
const n = lon.length;
const demand: DemandColumns = {
  lon: Float64Array.from(lon),
  lat: Float64Array.from(lat),
  weight: Float64Array.from(lon, (_, i) => 10 + ((i * 7919) % 90)),
  group: lon.map((x) => (x < 8.69 ? '08221' : '08222')),
  gemeinde: lon.map((x) => (x < 8.69 ? '08221000' : '08222000')),
  rural: new Uint8Array(n),
};
const EXISTING = [{ lon: 8.705, lat: 49.412 }];
// Candidates: every third cell, as "places".
const candidates: Candidate[] = [];
for (let i = 0; i < n; i += 3) candidates.push({ lon: lon[i], lat: lat[i], name: `Ort ${i}`, place: `Ort ${i}`, gemeinde: demand.gemeinde[i], gemeindeName: 'Heidelberg', group: demand.group[i] });

let graph: RoadGraph;
let tt: Timetable;
let snap: PointSnap;
beforeAll(async () => {
  ({ graph, tt } = await heidelberg());
  snap = snapPoints(graph, 'foot', demand);
}, 60_000);

describe('suggestions by travel time (Heidelberg)', () => {
  it('on foot: the same picks as a plain greedy over every candidate\'s search, with far fewer searches', { timeout: 120_000 }, () => {
    const limitMin = 15;
    const limitSec = limitMin * 60;
    const existing = roadNearest(graph, 'foot', DEFAULT_ROAD_SPEEDS, EXISTING, snap, limitSec).nearest.meters;
    let searches = 0;
    const timesFrom = (site: { lon: number; lat: number }, only: ArrayLike<number>) => {
      searches++;
      return roadNearest(graph, 'foot', DEFAULT_ROAD_SPEEDS, [site], snap, limitSec, only).nearest.meters;
    };
    const r = suggestSitesByTime(demand, candidates, { limitMin, existing, timesFrom, fastestKmh: fastestKmh(graph, 'foot', DEFAULT_ROAD_SPEEDS), k: 4, focus: null });
    const reach = candidates.map((c) => {
      const t = roadNearest(graph, 'foot', DEFAULT_ROAD_SPEEDS, [c], snap, limitSec).nearest.meters;
      return Array.from({ length: n }, (_, i) => i).filter((i) => t[i] <= limitMin * 1000);
    });
    const covered = Uint8Array.from(existing, (m) => (m <= limitMin * 1000 ? 1 : 0));
    expect(r.picks.map((p) => candidates.indexOf(candidates.find((c) => c.lon === p.lon && c.lat === p.lat)!))).toEqual(plainGreedy(reach, demand.weight, [...covered.keys()].filter((j) => covered[j]), 4, 1e-9).map((p) => p.candidate));
    expect(r.picks).toHaveLength(4);
    expect(r.evaluated).toBe(searches);
    // The bound spares searches (walking's detour makes it loose: about two thirds are searched here).
    expect(searches).toBeLessThan(candidates.length);
    // Walking 15 minutes reaches less than the straight-line 15 km would: the gains are those of the searches.
    const first = reach[candidates.indexOf(candidates.find((c) => c.lon === r.picks[0].lon && c.lat === r.picks[0].lat)!)];
    expect(r.picks[0].gain).toBeCloseTo(first.reduce((a, j) => a + (covered[j] ? 0 : demand.weight[j]), 0), 6);
    // No pick lies within a few hundred metres of the existing centre: those cells are reached already.
    for (const p of r.picks) expect(haversineMeters(p.lon, p.lat, EXISTING[0].lon, EXISTING[0].lat)).toBeGreaterThan(500);
    expect(r.existingCoveredWeight).toBeGreaterThan(0);
  });

  it('in a focus Kreis: only its candidates, only its people', { timeout: 60_000 }, () => {
    const limitSec = 10 * 60;
    const existing = roadNearest(graph, 'car', DEFAULT_ROAD_SPEEDS, EXISTING, snapPoints(graph, 'car', demand), limitSec).nearest.meters;
    const carSnap = snapPoints(graph, 'car', demand);
    const r = suggestSitesByTime(demand, candidates, {
      limitMin: 10,
      existing,
      timesFrom: (site, only) => roadNearest(graph, 'car', DEFAULT_ROAD_SPEEDS, [site], carSnap, limitSec, only).nearest.meters,
      fastestKmh: fastestKmh(graph, 'car', DEFAULT_ROAD_SPEEDS),
      k: 2,
      focus: '08221',
    });
    expect(r.candidates).toBe(candidates.filter((c) => c.group === '08221').length);
    for (const p of r.picks) expect(p.group).toBe('08221');
    const kreisPeople = demand.weight.reduce((a, w, i) => a + (demand.group[i] === '08221' ? w : 0), 0);
    expect(r.totalWeight).toBeCloseTo(kreisPeople, 6);
  });

  it('the straight-line bound holds: no cell beyond limit × fastest speed is ever reached', () => {
    const kmh = fastestKmh(graph, 'car', DEFAULT_ROAD_SPEEDS);
    expect(kmh).toBeGreaterThanOrEqual(DEFAULT_ROAD_SPEEDS.car.motorway);
    const carSnap = snapPoints(graph, 'car', demand);
    const t = roadNearest(graph, 'car', DEFAULT_ROAD_SPEEDS, [candidates[10]], carSnap).nearest.meters;
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(t[i])) continue;
      const minutes = t[i] / 1000;
      expect(haversineMeters(lon[i], lat[i], candidates[10].lon, candidates[10].lat)).toBeLessThanOrEqual((minutes / 60) * kmh * 1000 + 50);
    }
  });

  it('by bus and train: every candidate is searched, and the picks gain at least what walking alone would', { timeout: 120_000 }, () => {
    const window = { date: '2022-10-12', fromSec: 7 * 3600, toSec: 9 * 3600 };
    const limitSec = 20 * 60;
    const few = candidates.filter((_, i) => i % 4 === 0);
    const existing = transitNearest(graph, DEFAULT_ROAD_SPEEDS, tt, window, EXISTING, snap, demand, limitSec).nearest.meters;
    const bus = suggestSitesByTime(demand, few, { limitMin: 20, existing, timesFrom: (s, only) => transitNearest(graph, DEFAULT_ROAD_SPEEDS, tt, window, [s], snap, demand, limitSec, only).nearest.meters, fastestKmh: null, k: 1, focus: null });
    expect(bus.evaluated).toBe(few.length);
    const walkExisting = roadNearest(graph, 'foot', DEFAULT_ROAD_SPEEDS, EXISTING, snap, limitSec).nearest.meters;
    const walk = suggestSitesByTime(demand, few, { limitMin: 20, existing: walkExisting, timesFrom: (s, only) => roadNearest(graph, 'foot', DEFAULT_ROAD_SPEEDS, [s], snap, limitSec, only).nearest.meters, fastestKmh: DEFAULT_ROAD_SPEEDS.foot, k: 1, focus: null });
    // Bus and train reach at least the walkers: everything covered on foot is covered by bus too.
    expect(bus.existingCoveredWeight).toBeGreaterThanOrEqual(walk.existingCoveredWeight);
    expect(bus.picks[0].coveredWeight).toBeGreaterThanOrEqual(walk.picks[0].coveredWeight - 1e-6);
  });
});
