import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { minutesFrom, roadNearest, snapPoints } from '../../../src/analysis/coverage/byTime';
import { haversineMeters } from '../../../src/analysis/distance';
import { DEFAULT_KEY_KINDS, type GapInstitution } from '../../../src/analysis/partners/networkGaps';
import { runNetworkGaps, type GapCells, type GapRequest } from '../../../src/analysis/partners/runGaps';
import type { RoadGraph } from '../../../src/analysis/routing/roadGraph';
import { roadGraphToStored } from '../../../src/analysis/routing/serialize';
import { DEFAULT_ROAD_SPEEDS } from '../../../src/analysis/routing/speeds';
import { buildTimetable } from '../../../src/analysis/routing/transit/buildTimetable';
import { timetableToStored } from '../../../src/analysis/routing/transit/serialize';
import type { ThekizDb } from '../../../src/data/db';
import { readGtfs } from '../../../src/data/import/gtfs/readGtfs';
import { readRoadGraph } from '../../../src/data/import/osm/readRoadGraph';
import { saveRouting, type RoutingInfo } from '../../../src/data/routingStore';
import { networkGapsByTime } from '../../../src/workers/gapsByTime';
import { freshDb } from '../../helpers/db';

const FIXTURES = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'routing');
const blob = (name: string) => new Blob([fs.readFileSync(path.join(FIXTURES, name))]);
const [BERATUNG, HILFEN, HEBAMMEN] = DEFAULT_KEY_KINDS;
const KINDS = [BERATUNG, HILFEN, HEBAMMEN];

// Two centres (Heidelberg-Altstadt and Kirchheim) and partners of Altstadt: one a few minutes'
// walk away, one 360 m off by straight line but across the Neckar (over the Alte Brücke, > 20 min).
const at = (id: string, category: string, lon: number, lat: number): GapInstitution => ({ id, name: id, category, lon, lat });
const INSTITUTIONS: GapInstitution[] = [
  at('Altstadt', 'ThEKiZ', 8.705, 49.412),
  at('Kirchheim', 'ThEKiZ', 8.665, 49.385),
  at('Beratung Altstadt', BERATUNG, 8.7, 49.41),
  at('Hebamme Neuenheim', HEBAMMEN, 8.703, 49.415),
  at('Frühe Hilfen Kirchheim', HILFEN, 8.666, 49.386),
  { id: 'ohne Ort', name: 'ohne Ort', category: HILFEN, lon: null, lat: null },
];
const REQ: GapRequest = {
  institutions: INSTITUTIONS,
  partnerships: [{ a: 'Altstadt', b: 'Beratung Altstadt' }, { a: 'Altstadt', b: 'Hebamme Neuenheim' }],
  centreIds: ['Altstadt', 'Kirchheim'],
  kinds: KINDS,
  radiusKm: 1,
};
const LIMIT = 15;

// "Cells" over the city and one at Stuttgart, far outside the extract.
const lon: number[] = [];
const lat: number[] = [];
for (let x = 8.62; x <= 8.76; x += 0.01) for (let y = 49.37; y <= 49.44; y += 0.006) { lon.push(x); lat.push(y); }
lon.push(9.18); lat.push(48.78);
const CELLS: GapCells = {
  lon: Float64Array.from(lon), lat: Float64Array.from(lat), group: lon.map(() => '08221'),
  people: lon.map(() => 100), children: lon.map(() => 10), weight: lon.map(() => 100),
};
const demand = { lon: CELLS.lon, lat: CELLS.lat };

const info = (kind: RoutingInfo['kind'], name: string): Omit<RoutingInfo, 'id'> => ({ area: '08', kind, file: { name, bytes: 1, lastModified: 0 }, loadedAt: '2026-12-02T08:00:00.000Z', dataDate: '2024-09-01', validUntil: null, summary: {} });

let graph: RoadGraph;
let db: ThekizDb;
beforeAll(async () => {
  graph = (await readRoadGraph(blob('heidelberg.test.pbf'))).graph;
  db = freshDb();
  await saveRouting(db, info('road', 'heidelberg.test.pbf'), roadGraphToStored(graph));
  await saveRouting(db, info('transit', 'vrn_gtfs_cut.zip'), timetableToStored(buildTimetable(await readGtfs(blob('vrn_gtfs_cut.zip')))));
}, 60_000);

const walking = { mode: 'foot' as const, speeds: { foot: DEFAULT_ROAD_SPEEDS.foot, bicycle: DEFAULT_ROAD_SPEEDS.bicycle } };

describe('network gaps by walking time over the Heidelberg extract', () => {
  it('counts a partner within the limit, not one near by straight line but far over the roads', { timeout: 60_000 }, async () => {
    const river = INSTITUTIONS[3];
    const straight = haversineMeters(8.705, 49.412, river.lon!, river.lat!);
    const [walkToRiver] = minutesFrom(graph, 'foot', DEFAULT_ROAD_SPEEDS, { lon: 8.705, lat: 49.412 }, { lon: [river.lon!], lat: [river.lat!] });
    expect(straight).toBeLessThan(400);
    expect(walkToRiver).toBeGreaterThan(LIMIT);
    expect(walkToRiver).toBeLessThan(2 * LIMIT);

    const r = await networkGapsByTime(db, '08', walking, demand, CELLS, REQ, LIMIT, ['08221']);
    expect(r.unit).toBe('min');
    expect(r.radiusKm).toBe(LIMIT);
    expect(r.searchLimit).toBe(2 * LIMIT);
    expect(r.travel).toMatchObject({ mode: 'foot', road: { file: 'heidelberg.test.pbf', date: '2024-09-01' } });
    const altstadt = r.centres.find((c) => c.id === 'Altstadt')!;
    const [beratung, hilfen, hebammen] = altstadt.kinds;
    expect(beratung.partner?.id).toBe('Beratung Altstadt');
    expect(beratung.partner!.meters / 1000).toBeLessThanOrEqual(LIMIT);
    // Across the river: missing, named beyond with its time (the same as the single search).
    expect(hebammen.partner).toBeNull();
    expect(hebammen.partnerBeyond?.id).toBe('Hebamme Neuenheim');
    expect(hebammen.partnerBeyond!.meters / 1000).toBeCloseTo(walkToRiver, 1);
    // Frühe Hilfen only in Kirchheim, an hour's walk: beyond the search, so no figure.
    expect(hilfen.candidate).toEqual({ id: 'Frühe Hilfen Kirchheim', name: 'Frühe Hilfen Kirchheim', meters: Infinity, inside: false });
    expect(altstadt.missingMask).toBe(0b110);
    // The same by straight line (1 km): the partner across the river counts.
    const line = runNetworkGaps(CELLS, REQ, ['08221']);
    expect(line.unit).toBe('km');
    expect(line.centres.find((c) => c.id === 'Altstadt')!.missingMask).toBe(0b010);
    // Kirchheim: its Frühe Hilfen is a candidate a few minutes off, inside the limit.
    const kirchheim = r.centres.find((c) => c.id === 'Kirchheim')!;
    expect(kirchheim.kinds[1].candidate).toMatchObject({ id: 'Frühe Hilfen Kirchheim', inside: true });
  });

  it("gives every cell its nearest centre by walking time (roadNearest's), and cells reaching none lack every kind", { timeout: 60_000 }, async () => {
    const r = await networkGapsByTime(db, '08', walking, demand, CELLS, REQ, LIMIT, ['08221']);
    const centres = r.centres.map((c) => ({ lon: c.lon, lat: c.lat }));
    const expected = roadNearest(graph, 'foot', DEFAULT_ROAD_SPEEDS, centres, snapPoints(graph, 'foot', demand));
    const masks = r.centres.map((c) => c.missing);
    let reached = 0;
    for (let i = 0; i < lon.length; i++) {
      const c = expected.nearest.index[i];
      expect(r.cellMissing[i]).toBe(c < 0 ? KINDS.length : masks[c]);
      if (c >= 0) reached++;
    }
    expect(reached).toBeGreaterThan(50);
    expect(r.cellMissing[lon.length - 1]).toBe(KINDS.length);
    expect(r.travel!.offNetworkCells).toBe(Array.from(expected.offNetwork).filter(Boolean).length);
    expect(r.centres.reduce((a, c) => a + c.served, 0)).toBe(reached * 100);
  });

  it('by bus and train names the timetable and is never slower for a partner than walking', { timeout: 60_000 }, async () => {
    const walk = await networkGapsByTime(db, '08', walking, demand, CELLS, REQ, LIMIT, ['08221']);
    const bus = await networkGapsByTime(db, '08', { ...walking, mode: 'transit', transit: { weekday: 3, fromMin: 420, toMin: 540 } }, demand, CELLS, REQ, LIMIT, ['08221']);
    expect(bus.travel?.transit?.file).toBe('vrn_gtfs_cut.zip');
    const a = (r: typeof walk) => r.centres.find((c) => c.id === 'Altstadt')!.kinds[0].partner!.meters;
    expect(a(bus)).toBeLessThanOrEqual(a(walk) + 1e-6);
  });

  it('without a road network says so in German', async () => {
    await expect(networkGapsByTime(freshDb(), '08', walking, demand, CELLS, REQ, LIMIT, ['08221'])).rejects.toThrow(/kein Straßennetz geladen/);
  });
});
