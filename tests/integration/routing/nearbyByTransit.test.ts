import { beforeAll, describe, expect, it } from 'vitest';
import { heidelberg } from '../../helpers/routingFixtures';
import { snapPoints, transitNearest } from '../../../src/analysis/coverage/byTime';
import type { RoadGraph } from '../../../src/analysis/routing/roadGraph';
import { roadGraphToStored } from '../../../src/analysis/routing/serialize';
import { DEFAULT_ROAD_SPEEDS } from '../../../src/analysis/routing/speeds';
import { timetableToStored } from '../../../src/analysis/routing/transit/serialize';
import type { Timetable } from '../../../src/analysis/routing/transit/timetable';
import type { ThekizDb } from '../../../src/data/db';
import { saveRouting, type RoutingInfo } from '../../../src/data/routingStore';
import { minutesByTransit, minutesOverRoads } from '../../../src/workers/byTime';
import { freshDb } from '../../helpers/db';

const info = (kind: RoutingInfo['kind'], name: string): Omit<RoutingInfo, 'id'> => ({ area: '08', kind, file: { name, bytes: 1, lastModified: 0 }, loadedAt: '2026-12-02T08:00:00.000Z', dataDate: '2024-09-01', validUntil: null, summary: {} });

// "Partner in der Nähe" of a centre in the Altstadt: partners across the city, one in Stuttgart.
const CENTRE = { lon: 8.705, lat: 49.412 };
const targets = { lon: Float64Array.of(8.69, 8.665, 8.675, 8.7, 9.18), lat: Float64Array.of(49.4085, 49.385, 49.4035, 49.41, 48.78) };
const kmh = { foot: DEFAULT_ROAD_SPEEDS.foot, bicycle: DEFAULT_ROAD_SPEEDS.bicycle };
const WINDOW = { weekday: 3, fromMin: 420, toMin: 540 };

let graph: RoadGraph;
let tt: Timetable;
let db: ThekizDb;
beforeAll(async () => {
  ({ graph, tt } = await heidelberg());
  db = freshDb();
  await saveRouting(db, info('road', 'heidelberg.test.pbf'), roadGraphToStored(graph));
}, 60_000);

describe('Partner in der Nähe by bus and train', () => {
  it('needs a timetable: null without one', async () => {
    expect(await minutesByTransit(db, '08', kmh, WINDOW, CENTRE, targets)).toBeNull();
  });

  it('gives each partner the median by bus and train to the centre, never more than walking, and names the day and window', { timeout: 60_000 }, async () => {
    await saveRouting(db, info('transit', 'vrn_gtfs_cut.zip'), timetableToStored(tt));
    const r = await minutesByTransit(db, '08', kmh, WINDOW, CENTRE, targets);
    expect(r).not.toBeNull();
    expect(r!.transit.file).toBe('vrn_gtfs_cut.zip');
    expect(r!.transit.fromMin).toBe(420);
    expect(r!.transit.toMin).toBe(540);
    expect(new Date(`${r!.transit.date}T12:00:00Z`).getUTCDay()).toBe(3); // a Wednesday within the feed's validity
    // The same as the coverage's own count for a cell at each partner's place (one "centre": the institution).
    const expected = transitNearest(graph, DEFAULT_ROAD_SPEEDS, tt, { date: r!.transit.date, fromSec: 420 * 60, toSec: 540 * 60 }, [CENTRE], snapPoints(graph, 'foot', targets), targets, 180 * 60);
    for (let i = 0; i < targets.lon.length; i++) expect(r!.minutes[i]).toBeCloseTo(expected.nearest.meters[i] / 1000, 6);
    const walk = (await minutesOverRoads(db, '08', 'foot', kmh, CENTRE, targets))!;
    for (let i = 0; i < 4; i++) {
      expect(Number.isFinite(r!.minutes[i])).toBe(true);
      // Walking is one of the ways (the direction differs: walking is counted from the centre, so allow a minute).
      expect(r!.minutes[i]).toBeLessThanOrEqual(walk.minutes[i] + 1);
    }
    // Near the Hauptbahnhof, 2.3 km off: bus and tram beat walking by more than 10 minutes.
    expect(r!.minutes[2]).toBeLessThan(walk.minutes[2] - 10);
    expect(r!.minutes[4]).toBe(Infinity); // Stuttgart: no connection in the extract
  });
});
