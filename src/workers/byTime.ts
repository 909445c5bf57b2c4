/**
 * The coverage worker's travel times: the planning area's road graph and timetable read once
 * from IndexedDB (again when the user loads new files), the cells snapped once per mode, and
 * the nearest centre by time for a request.
 */
import type { ThekizDb } from '../data/db';
import { loadRouting, routingInfoOf, type RoutingInfo } from '../data/routingStore';
import type { TravelBasis, TravelRequest } from '../analysis/coverage/analysis';
import { MAX_ACCESS_METERS, MAX_STOP_WALK_METERS, minutesFrom, roadNearest, snapPoints, transitDate, transitNearest, type ByTimeNearest, type PointSnap, type Points, type TransitWindow } from '../analysis/coverage/byTime';
import type { RoadGraph } from '../analysis/routing/roadGraph';
import { roadGraphFromStored, type StoredRoadGraph } from '../analysis/routing/serialize';
import { DEFAULT_ROAD_SPEEDS, sanitizeRoadSpeeds, type RoadSpeeds } from '../analysis/routing/speeds';
import type { Timetable } from '../analysis/routing/transit/timetable';
import { EDITABLE_CAR_CLASSES } from '../analysis/routing/speeds';
import { timetableFromStored } from '../analysis/routing/transit/serialize';

interface Held<T> {
  key: string;
  value: T;
  info: RoutingInfo;
}

let road: Held<RoadGraph> | null = null;
let transit: Held<Timetable> | null = null;
const snaps = new Map<string, { points: Points; snap: PointSnap }>();

const NO_ROAD = 'Für dieses Planungsgebiet ist noch kein Straßennetz geladen. Bitte laden Sie unter „Straßennetz und Fahrplan“ einen OpenStreetMap-Auszug (.osm.pbf).';
const NO_TIMETABLE = 'Für dieses Planungsgebiet ist noch kein Fahrplan geladen. Bitte laden Sie unter „Straßennetz und Fahrplan“ einen GTFS-Fahrplan (.zip).';

/** The description decides whether the held arrays are current: the big record is read only when they are not. */
async function current(db: ThekizDb, area: string, kind: 'road' | 'transit', held: Held<unknown> | null): Promise<{ key: string; loaded: Awaited<ReturnType<typeof loadRouting>> } | null> {
  const info = await routingInfoOf(db, area, kind);
  if (!info) return null;
  const key = `${info.id}|${info.loadedAt}`;
  return { key, loaded: held?.key === key ? null : await loadRouting(db, area, kind) };
}

async function roadGraph(db: ThekizDb, area: string): Promise<Held<RoadGraph>> {
  const c = await current(db, area, 'road', road);
  if (!c) throw new Error(NO_ROAD);
  if (road?.key !== c.key) {
    if (!c.loaded) throw new Error(NO_ROAD);
    road = { key: c.key, info: c.loaded.info, value: roadGraphFromStored({ meta: c.loaded.data.meta, buffers: c.loaded.data.buffers } as StoredRoadGraph) };
    snaps.clear();
  }
  return road;
}

async function timetable(db: ThekizDb, area: string): Promise<Held<Timetable>> {
  const c = await current(db, area, 'transit', transit);
  if (!c) throw new Error(NO_TIMETABLE);
  if (transit?.key !== c.key) {
    if (!c.loaded) throw new Error(NO_TIMETABLE);
    transit = { key: c.key, info: c.loaded.info, value: timetableFromStored({ meta: c.loaded.data.meta, buffers: c.loaded.data.buffers } as Parameters<typeof timetableFromStored>[0]) };
  }
  return transit;
}

/** A key for what the travel times of a request rest on (the loaded files), for the map geometry's key. */
export async function routingKey(db: ThekizDb, area: string, travel: TravelRequest): Promise<string> {
  const r = await roadGraph(db, area);
  const t = travel.mode === 'transit' ? (await timetable(db, area)).key : '';
  return `${r.key}|${t}`;
}

const today = () => new Date().toISOString().slice(0, 10);

/** What a run by time rests on: the graph, the speeds, and for public transport the timetable and the service day's window. */
export interface TravelContext {
  graph: RoadGraph;
  mode: TravelRequest['mode'];
  speeds: RoadSpeeds;
  /** The mode whose network points are snapped to (walking for public transport). */
  snapMode: 'foot' | 'bicycle' | 'car';
  transit: { tt: Timetable; window: TransitWindow } | null;
  /** The TravelBasis without the counts of one run (off-network cells, centres). */
  basis: Omit<TravelBasis, 'facilitiesOffNetwork' | 'offNetworkCells' | 'offNetworkWeight'>;
}

/** The loaded data and settings of a request by time; throws a German message when a file is missing. */
export async function travelContext(db: ThekizDb, area: string, travel: TravelRequest): Promise<TravelContext> {
  const r = await roadGraph(db, area);
  const speeds: RoadSpeeds = sanitizeRoadSpeeds({ foot: travel.speeds.foot, bicycle: travel.speeds.bicycle, car: { ...DEFAULT_ROAD_SPEEDS.car, ...travel.speeds.car } });
  let transitPart: TravelBasis['transit'];
  let transitData: TravelContext['transit'] = null;
  if (travel.mode === 'transit') {
    const t = await timetable(db, area);
    const w = travel.transit ?? { weekday: 2, fromMin: 420, toMin: 540 };
    const date = transitDate(t.value.info.validFrom, t.value.info.validTo, w.weekday, today());
    if (!date) throw new Error('Der Fahrplan nennt keine Gültigkeit mit diesem Wochentag: Fahrzeiten mit Bus und Bahn lassen sich nicht berechnen.');
    transitData = { tt: t.value, window: { date, fromSec: w.fromMin * 60, toSec: w.toMin * 60 } };
    transitPart = { file: t.info.file.name, validFrom: t.value.info.validFrom, validUntil: t.value.info.validTo, date, fromMin: w.fromMin, toMin: w.toMin };
  }
  const basis: TravelContext['basis'] = {
    mode: travel.mode,
    road: { file: r.info.file.name, date: r.info.dataDate },
    ...(transitPart ? { transit: transitPart } : {}),
    speeds: { foot: speeds.foot, bicycle: speeds.bicycle, ...(travel.mode === 'car' ? { car: Object.fromEntries(EDITABLE_CAR_CLASSES.map((c) => [c, speeds.car[c]])) } : {}) },
    maxAccessMeters: MAX_ACCESS_METERS,
    ...(travel.mode === 'transit' ? { maxStopWalkMeters: MAX_STOP_WALK_METERS } : {}),
  };
  return { graph: r.value, mode: travel.mode, speeds, snapMode: travel.mode === 'transit' ? 'foot' : travel.mode, transit: transitData, basis };
}

/**
 * Where the points meet the network for the context's mode, kept while the graph stays: `key`
 * names the point set ('cells' for the census cells; another name for e.g. the institutions,
 * whose snap is kept only while the same array is asked for).
 */
export function snapOf(ctx: TravelContext, points: Points, key = 'cells'): PointSnap {
  const k = `${key}|${ctx.snapMode}`;
  const hit = snaps.get(k);
  if (hit && hit.points.lon === points.lon && hit.points.lat === points.lat) return hit.snap;
  if (hit && key === 'cells' && hit.snap.start.length === points.lon.length + 1) return hit.snap;
  const snap = snapPoints(ctx.graph, ctx.snapMode, points);
  snaps.set(k, { points, snap });
  return snap;
}

/** Travel times from every point to its nearest site by the context's mode (Infinity beyond maxSeconds). */
export function nearestIn(ctx: TravelContext, sites: readonly { lon: number; lat: number }[], points: Points, snap: PointSnap, maxSeconds = Infinity, only?: ArrayLike<number>): ByTimeNearest {
  return ctx.transit
    ? transitNearest(ctx.graph, ctx.speeds, ctx.transit.tt, ctx.transit.window, sites, snap, points, maxSeconds, only)
    : roadNearest(ctx.graph, ctx.snapMode, ctx.speeds, sites, snap, maxSeconds, only);
}

/** The nearest centre of every point by the request's mode, and what the figures rest on. */
export async function nearestByTime(db: ThekizDb, area: string, travel: TravelRequest, facilities: readonly { lon: number; lat: number }[], points: Points, weight: ArrayLike<number>): Promise<{ result: ByTimeNearest; basis: TravelBasis }> {
  const ctx = await travelContext(db, area, travel);
  const result = nearestIn(ctx, facilities, points, snapOf(ctx, points));
  let offCells = 0;
  let offWeight = 0;
  for (let i = 0; i < result.offNetwork.length; i++) {
    if (!result.offNetwork[i]) continue;
    offCells++;
    offWeight += weight[i];
  }
  const basis: TravelBasis = { ...ctx.basis, facilitiesOffNetwork: result.facilitiesOffNetwork, offNetworkCells: offCells, offNetworkWeight: offWeight };
  return { result, basis };
}

/** Minutes from one place to each target over the area's road network (Infinity: not reached); null without a road network. */
export async function minutesOverRoads(db: ThekizDb, area: string, mode: 'foot' | 'bicycle' | 'car', kmh: { foot: number; bicycle: number }, from: { lon: number; lat: number }, targets: Points): Promise<{ minutes: Float64Array; file: string; date: string | null } | null> {
  if (!(await routingInfoOf(db, area, 'road'))) return null;
  const r = await roadGraph(db, area);
  const speeds = sanitizeRoadSpeeds({ ...DEFAULT_ROAD_SPEEDS, foot: kmh.foot, bicycle: kmh.bicycle });
  return { minutes: minutesFrom(r.value, mode, speeds, from, targets), file: r.info.file.name, date: r.info.dataDate };
}

/**
 * Minutes by bus and train (with walks) between each target and one place, as "Partner in der
 * Nähe" shows them: the median over the window's departures from the target to the place
 * (what transitNearest counts for a cell), Infinity beyond maxMinutes; null without a road
 * network or timetable. The window and the day are named in `transit`.
 */
export async function minutesByTransit(db: ThekizDb, area: string, kmh: { foot: number; bicycle: number }, window: NonNullable<TravelRequest['transit']>, to: { lon: number; lat: number }, targets: Points, maxMinutes = 180): Promise<{ minutes: Float64Array; file: string; date: string | null; transit: NonNullable<TravelBasis['transit']> } | null> {
  if (!(await routingInfoOf(db, area, 'road')) || !(await routingInfoOf(db, area, 'transit'))) return null;
  const ctx = await travelContext(db, area, { mode: 'transit', speeds: kmh, transit: window });
  const r = nearestIn(ctx, [to], targets, snapOf(ctx, targets, 'nearby'), maxMinutes * 60);
  return { minutes: r.nearest.meters.map((m) => m / 1000), file: ctx.basis.road.file, date: ctx.basis.road.date, transit: ctx.basis.transit! };
}
