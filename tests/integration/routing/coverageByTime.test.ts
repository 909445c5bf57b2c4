import { beforeAll, describe, expect, it } from 'vitest';
import { heidelberg } from '../../helpers/routingFixtures';
import { minutesFrom, roadNearest, snapPoints, transitNearest, accessKmh, type PointSnap } from '../../../src/analysis/coverage/byTime';
import type { RoadGraph } from '../../../src/analysis/routing/roadGraph';
import { routeSeconds } from '../../../src/analysis/routing/search';
import { snapCandidates, snapToGraph } from '../../../src/analysis/routing/snap';
import { DEFAULT_ROAD_SPEEDS } from '../../../src/analysis/routing/speeds';
import type { Timetable } from '../../../src/analysis/routing/transit/timetable';


// Three centres in Heidelberg and a grid of "cells" over the city and beyond the extract.
const CENTRES = [{ lon: 8.705, lat: 49.412 }, { lon: 8.69, lat: 49.4085 }, { lon: 8.665, lat: 49.385 }];
const lon: number[] = [];
const lat: number[] = [];
for (let x = 8.62; x <= 8.76; x += 0.014) for (let y = 49.37; y <= 49.44; y += 0.007) { lon.push(x); lat.push(y); }
lon.push(9.18); lat.push(48.78); // Stuttgart: far outside the extract
const points = { lon, lat };

let graph: RoadGraph;
let tt: Timetable;
let snap: PointSnap;
beforeAll(async () => {
  ({ graph, tt } = await heidelberg());
  snap = snapPoints(graph, 'foot', points);
}, 60_000);

describe('travel times from cells to the nearest centre (Heidelberg)', () => {
  it('on foot equal the best single search to each centre, plus the walk to the road', { timeout: 60_000 }, () => {
    const speeds = DEFAULT_ROAD_SPEEDS;
    const r = roadNearest(graph, 'foot', speeds, CENTRES, snap);
    // Brute force: every candidate node of the cell to every candidate node of every centre, one route each.
    const centreNodes = snapCandidates(graph, 'foot', CENTRES.map((c) => c.lon), CENTRES.map((c) => c.lat), 1000, 6);
    const kmh = accessKmh('foot', speeds);
    const walk = (m: number) => (m * 3.6) / kmh;
    let checked = 0;
    for (let i = 0; i < lon.length; i += 7) {
      if (snap.start[i] === snap.start[i + 1]) {
        expect(r.offNetwork[i]).toBe(1);
        expect(r.nearest.meters[i]).toBe(Infinity);
        continue;
      }
      let best = Infinity;
      let who = -1;
      for (let a = snap.start[i]; a < snap.start[i + 1]; a++) {
        CENTRES.forEach((_, c) => {
          for (let b = centreNodes.start[c]; b < centreNodes.start[c + 1]; b++) {
            const s = walk(snap.meters[a]) + routeSeconds(graph, 'foot', speeds, snap.node[a], centreNodes.node[b]) + walk(centreNodes.meters[b]);
            if (s < best) [best, who] = [s, c];
          }
        });
      }
      const expected = (best / 60) * 1000;
      expect(r.nearest.meters[i]).toBeCloseTo(expected, 0);
      if (Number.isFinite(best) && Math.abs(r.nearest.meters[i] - expected) > 1) expect(r.nearest.index[i]).toBe(who);
      checked++;
    }
    expect(checked).toBeGreaterThan(12);
    // Stuttgart has no road of the extract near it: unreachable, not far.
    expect(r.offNetwork[lon.length - 1]).toBe(1);
  });

  it('snapping tries the nearest nodes first: the first candidate is the nearest node', () => {
    const one = snapToGraph(graph, 'foot', lon, lat, 1000);
    for (let i = 0; i < lon.length; i++) {
      if (one.node[i] < 0) expect(snap.start[i + 1] - snap.start[i]).toBe(0);
      else expect(snap.meters[snap.start[i]]).toBeCloseTo(one.meters[i], 3);
    }
  });

  it('by bus and train is never slower than walking, and faster for some cells', () => {
    const walk = roadNearest(graph, 'foot', DEFAULT_ROAD_SPEEDS, CENTRES, snap);
    const bus = transitNearest(graph, DEFAULT_ROAD_SPEEDS, tt, { date: '2022-10-12', fromSec: 7 * 3600, toSec: 9 * 3600 }, CENTRES, snap, points);
    let faster = 0;
    for (let i = 0; i < lon.length; i++) {
      expect(bus.nearest.meters[i]).toBeLessThanOrEqual(walk.nearest.meters[i] + 1e-6);
      if (bus.nearest.meters[i] < walk.nearest.meters[i] - 60_000 / 60) faster++;
    }
    expect(faster).toBeGreaterThan(5);
    expect(bus.nearest.meters[lon.length - 1]).toBe(Infinity);
  });

  it('a time limit keeps every time within it and drops the rest (walking and by bus)', () => {
    const limit = 25 * 60;
    const walk = roadNearest(graph, 'foot', DEFAULT_ROAD_SPEEDS, CENTRES, snap);
    const walkCut = roadNearest(graph, 'foot', DEFAULT_ROAD_SPEEDS, CENTRES, snap, limit);
    const window = { date: '2022-10-12', fromSec: 7 * 3600, toSec: 9 * 3600 };
    const bus = transitNearest(graph, DEFAULT_ROAD_SPEEDS, tt, window, CENTRES, snap, points);
    const busCut = transitNearest(graph, DEFAULT_ROAD_SPEEDS, tt, window, CENTRES, snap, points, limit);
    let within = 0;
    for (let i = 0; i < lon.length; i++) {
      for (const [full, cut] of [[walk, walkCut], [bus, busCut]]) {
        if (full.nearest.meters[i] <= (limit / 60) * 1000) {
          expect(cut.nearest.meters[i]).toBeCloseTo(full.nearest.meters[i], 1);
          within++;
        } else expect(cut.nearest.meters[i]).toBe(Infinity);
      }
    }
    expect(within).toBeGreaterThan(40);
    expect(within).toBeLessThan(2 * lon.length - 40);
  });

  it('minutes from one place to others equal single routes (Partner in der Nähe)', () => {
    const speeds = DEFAULT_ROAD_SPEEDS;
    const from = CENTRES[0];
    const targets = { lon: lon.slice(0, 40), lat: lat.slice(0, 40) };
    const got = minutesFrom(graph, 'car', speeds, from, targets);
    const a = snapCandidates(graph, 'car', [from.lon], [from.lat], 1000, 6);
    const b = snapCandidates(graph, 'car', targets.lon, targets.lat, 1000, 6);
    const kmh = accessKmh('car', speeds);
    const walk = (m: number) => (m * 3.6) / kmh;
    for (let i = 0; i < targets.lon.length; i += 5) {
      let best = Infinity;
      for (let x = 0; x < a.node.length; x++) {
        for (let y = b.start[i]; y < b.start[i + 1]; y++) best = Math.min(best, walk(a.meters[x]) + routeSeconds(graph, 'car', speeds, a.node[x], b.node[y]) + walk(b.meters[y]));
      }
      if (Number.isFinite(best) && best <= 180 * 60) expect(got[i]).toBeCloseTo(best / 60, 3);
      else expect(got[i]).toBe(Infinity);
    }
  }, 60_000);

  it('by car over the graph: all cells in the city reach a centre, times plausible against the straight line', () => {
    const carSnap = snapPoints(graph, 'car', points);
    const car = roadNearest(graph, 'car', DEFAULT_ROAD_SPEEDS, CENTRES, carSnap);
    const inCity = lon.map((_, i) => i).filter((i) => lon[i] > 8.66 && lon[i] < 8.72 && lat[i] > 49.38 && lat[i] < 49.42);
    for (const i of inCity) {
      expect(Number.isFinite(car.nearest.meters[i])).toBe(true);
      // Within a city no centre is more than about 20 minutes by car.
      expect(car.nearest.meters[i] / 1000).toBeLessThan(20);
    }
  });
});
