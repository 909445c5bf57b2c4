/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import type { FeatureCollection, MultiLineString, Polygon } from 'geojson';
import { geographyUrls } from '../data/areaFiles';
import { GEOGRAPHY_URLS } from '../data/geography';
import { areaById } from '../domain/areas';
import { runCoverageSteps, type CoverageContext, type CoverageRequest, type CoverageResult, type TravelBasis, type TravelRequest } from '../analysis/coverage/analysis';
import type { DemandPoint } from '../analysis/coverage/demand';
import { gemeindeInfo, placesDemand } from '../analysis/coverage/demandBuild';
import { gapCells, gapOutline, gridClassesGeoJson } from '../analysis/coverage/gaps';
import { readStatisticsTable } from '../data/import/statistics';
import type { TargetGroup } from '../analysis/demand/cells';
import type { Counted } from '../analysis/demand/labels';
import { demandColumns, gridDemand, type DemandFile, type GridDemand } from '../analysis/demand/gridDemand';
import { spreadStatistics } from '../analysis/demand/statistics';
import { createGemeindeLocator, type GemeindeLocator } from '../analysis/geocode/gemeindeAt';
import { cellCandidates, suggestSites, type Candidate, type Suggestion } from '../analysis/coverage/suggest';
import { suggestByTime } from './suggestByTime';
import { runNetworkGaps, type GapRequest, type GapResult } from '../analysis/partners/runGaps';
import { ThekizDb } from '../data/db';
import { minutesByTransit, minutesOverRoads, nearestByTime, routingKey } from './byTime';
import { networkGapsByTime } from './gapsByTime';

// Read only for the road network and timetable (no liveQuery here: the cache would clone them).
let routingDb: ThekizDb | null = null;
const db = () => (routingDb ??= new ThekizDb(undefined, { cache: 'disabled' }));

type Fc = { features: { properties: Record<string, unknown>; geometry: unknown }[] };

async function fetchAny<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Geodaten nicht geladen (${res.status})`);
  return (await res.json()) as T;
}
const fetchJson = (url: string) => fetchAny<Fc>(url);

/**
 * Puts the demand for the target group into the context (census grid only): the census class,
 * or an imported table spread over the cells in proportion to that class.
 */
function applyTarget(l: Loaded, target: TargetGroup): void {
  const c = l.census;
  // The context already holds this group's weights (useStatistics and usePopulation keep it so).
  if (l.target === target) return;
  const weight = c.table ? spreadStatistics(c.table, c.demand, c.demand.weights[target], c.keyMap, c.keys).weight : c.demand.weights[target];
  l.context = { ...l.context, demand: demandColumns(c.demand, weight, c.isRural) };
  l.target = target;
}

/** The census-grid demand of an area (every area since the Länder and Germany have bedarf.json), with the key translation. */
interface CensusDemand {
  demand: GridDemand;
  keyMap: Record<string, string>;
  /** Today's Gemeinde keys, of those with inhabitants (the gemeindefreie Gebiete have none and are in no table). */
  keys: string[];
  isRural: (gemeinde: string) => boolean;
  /** An imported statistics table (rows), spread anew for each target group. */
  table: { ags: string; value: number }[] | null;
  /** The area whose people these are, for the method text (Thuringia on 2024, the others on 2022 Gemeinden). */
  area: NonNullable<Counted['area']>;
}

interface Loaded {
  context: CoverageContext;
  info: ReturnType<typeof gemeindeInfo>;
  places: DemandPoint[];
  placeNames: string[];
  census: CensusDemand;
  /** The target group the context's demand counts now. */
  target: TargetGroup;
  /** Label of the imported statistics table in use, if any. */
  tableLabel: string | null;
  /** Which Gemeinde a point lies in: the Kreis of a hypothetical centre or of an institution without key. */
  locator: GemeindeLocator;
}

/** Progress of a run: which step, and the share of it done (0…1). */
export interface CoverageProgress {
  phase: 'load' | 'grid' | 'distances' | 'routing' | 'map';
  fraction: number;
}
type OnProgress = (p: CoverageProgress) => void;

/** Thrown out of a run that was cancelled; the client tells it apart by the name. */
class Cancelled extends Error {
  name = 'CoverageCancelled';
}

/** Runs that were asked to stop (their ids), checked between steps. */
const cancelled = new Set<number>();

/**
 * Runs a stepwise computation, giving the event loop a turn (so a cancel message gets through)
 * and reporting progress about every 50 ms.
 */
async function drive<T>(steps: Generator<number, T>, run: number, phase: CoverageProgress['phase'], onProgress?: OnProgress): Promise<T> {
  let last = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - last > 50) {
      onProgress?.({ phase, fraction: r.value });
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (cancelled.has(run)) throw new Cancelled('Berechnung abgebrochen');
      last = performance.now();
    }
  }
}

// One loaded area at a time: switching the area frees the previous grid (all of Germany is big).
let loaded: { area: string; promise: Promise<Loaded> } | null = null;

function load(area: string, onProgress?: OnProgress): Promise<Loaded> {
  if (loaded?.area === area) return loaded.promise;
  const urls = geographyUrls(area);
  const promise = (async () => {
    onProgress?.({ phase: 'load', fraction: 0 });
    const [gemeinden, orte, kreise] = await Promise.all([fetchJson(urls.gemeinden), fetchJson(urls.orte), fetchJson(urls.kreisLabels)]);
    const info = gemeindeInfo(gemeinden as never);
    const places = placesDemand(orte as never, info);
    const placeNames = orte.features.map((f) => String(f.properties.name ?? ''));
    const gemeindeNames = Object.fromEntries([...info].map(([ags, g]) => [ags, g.name]));
    const kreisKeys = kreise.features.map((f) => String(f.properties.ags));
    // Every area's build has its census demand (areaFiles hands out all nine files or none).
    if (!urls.bedarf || !urls.schluessel) throw new Error('Für dieses Planungsgebiet fehlen die Bedarfsdaten (Zensus-Gitter).');
    // The census grid: its populated cells are both the demand and the grid the map draws.
    const [file, keys] = await Promise.all([fetchAny<DemandFile>(urls.bedarf), fetchAny<{ keys: Record<string, string> }>(urls.schluessel)]);
    const demand = gridDemand(file, new Map([...info].map(([ags, g]) => [ags, g.name])));
    const isRural = (g: string) => info.get(g)?.rural ?? false;
    const populated = [...info].filter(([, g]) => g.population > 0).map(([ags]) => ags);
    const thuringia = urls.bedarf === GEOGRAPHY_URLS.bedarf;
    const areaInfo = { name: thuringia ? 'Thüringen' : areaById(area).name, people: demand.weights.total.reduce((a, b) => a + b, 0), gebietsstand: thuringia ? '01.01.2024' as const : '15.05.2022' as const };
    const census: CensusDemand = { demand, keyMap: keys.keys, keys: populated, isRural, table: null, area: areaInfo };
    const context: CoverageContext = { grid: demand.grid, demand: demandColumns(demand, demand.weights.total, isRural), names: demand.names, kreise: kreisKeys, gemeindeNames, gridIsDemand: true };
    return { context, info, places, placeNames, census, target: 'total' as TargetGroup, tableLabel: null, locator: createGemeindeLocator(gemeinden) };
  })();
  loaded = { area, promise };
  promise.catch(() => {
    if (loaded?.promise === promise) loaded = null;
  });
  return promise;
}

/** What the map draws for one run: cells by distance class and the outline of the gaps. */
export interface CoverageGeometry {
  cells: FeatureCollection<Polygon, { c: number }>;
  gaps: MultiLineString;
}

const api = {
  /** Loads the geography and builds grid and default demand; returns the size of both. */
  async init(area: string): Promise<{ cells: number; demandPoints: number; population: number; census: boolean }> {
    const { context, census } = await load(area);
    return { cells: context.grid.count, demandPoints: context.demand.lon.length, population: context.demand.weight.reduce((a, b) => a + b, 0), census: census.demand.grid.count > 0 };
  },
  /**
   * The saved state and, when given, the what-if scenario, for the planning area; geometry for
   * the one shown. `run` names the run for cancel(); progress comes through onProgress.
   */
  async compute(area: string, base: CoverageRequest, scenario: CoverageRequest | null, run = 0, onProgress?: OnProgress, target: TargetGroup = 'total', haveGeometry: string | null = null): Promise<{ base: CoverageResult; scenario: CoverageResult | null; geometry: CoverageGeometry | null; geometryKey: string; ms: number }> {
    try {
      let context: CoverageContext;
      let counted: Counted;
      for (;;) {
        try {
          const l = await load(area, onProgress);
          applyTarget(l, target);
          context = l.context;
          counted = { target: l.target, census: true, table: l.tableLabel, area: l.census.area };
          break;
        } catch (e) {
          // The load was started by a run that was cancelled since: start it again for this one.
          if (e instanceof Cancelled && !cancelled.has(run)) continue;
          throw e;
        }
      }
      if (cancelled.has(run)) throw new Cancelled('Berechnung abgebrochen');
      const t = performance.now();
      // A hypothetical centre (or an institution without Gemeinde key) counts in the Kreis it lies in.
      const locator = (await load(area)).locator;
      base = withGroups(base, locator);
      scenario = scenario && withGroups(scenario, locator);
      const part = (p: number, from: number, to: number) => from + p * (to - from);
      // By travel time: the nearest centre of every cell over the loaded road network (and timetable).
      const points = { lon: context.demand.lon, lat: context.demand.lat };
      const byTime = async (req: CoverageRequest) => {
        if (!req.travel) return undefined;
        onProgress?.({ phase: 'routing', fraction: 0 });
        await new Promise((resolve) => setTimeout(resolve, 0));
        const { result, basis } = await nearestByTime(db(), area, req.travel, req.facilities, points, context.demand.weight);
        if (cancelled.has(run)) throw new Cancelled('Berechnung abgebrochen');
        return { nearest: result.nearest, travel: basis };
      };
      const timeA = await byTime(base);
      const a = await drive(scale(runCoverageSteps(context, base, timeA), (p) => part(p, 0, scenario ? 0.5 : 1)), run, 'distances', onProgress);
      const timeB = scenario ? await byTime(scenario) : undefined;
      const b = scenario ? await drive(scale(runCoverageSteps(context, scenario, timeB), (p) => part(p, 0.5, 1)), run, 'distances', onProgress) : null;
      a.counted = counted;
      if (b) b.counted = counted;
      const shown = b ?? a;
      // The map's cells and gaps depend only on where the facilities are and the main distance:
      // when the page already holds them (e.g. only the target group changed), none are sent.
      const shownReq = scenario ?? base;
      const geometryKey = geometryKeyOf(area, shownReq) + (shownReq.travel ? `|${await routingKey(db(), area, shownReq.travel)}` : '');
      if (geometryKey === haveGeometry) return { base: a, scenario: b, geometry: null, geometryKey, ms: performance.now() - t };
      onProgress?.({ phase: 'map', fraction: 0 });
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (cancelled.has(run)) throw new Cancelled('Berechnung abgebrochen');
      // By time, the unreachable cells have a grey class of their own; the gap outline rings the reachable ones beyond the limit.
      const gapMeters = shown.unit === 'min' ? shown.cellMeters.map((m) => (Number.isFinite(m) ? m : 0)) : shown.cellMeters;
      const geometry = { cells: gridClassesGeoJson(context.grid, shown.cellClass), gaps: gapOutline(context.grid, gapCells(gapMeters, shown.mainKm)) };
      return { base: a, scenario: b, geometry, geometryKey, ms: performance.now() - t };
    } finally {
      cancelled.delete(run);
    }
  },
  /** Minutes from one institution to others over the area's loaded road network; null when none is loaded. */
  async travelFrom(area: string, mode: 'foot' | 'bicycle' | 'car' | 'transit', kmh: { foot: number; bicycle: number }, from: { lon: number; lat: number }, targets: { lon: Float64Array; lat: Float64Array }, window: TravelRequest['transit'] = { weekday: 2, fromMin: 420, toMin: 540 }): Promise<{ minutes: Float64Array; file: string; date: string | null; transit: NonNullable<TravelBasis['transit']> | null } | null> {
    if (mode === 'transit') return minutesByTransit(db(), area, kmh, window ?? { weekday: 2, fromMin: 420, toMin: 540 }, from, targets);
    const r = await minutesOverRoads(db(), area, mode, kmh, from, targets);
    return r && { ...r, transit: null };
  },
  /** Asks the run to stop at its next step (it then fails with a CoverageCancelled error). */
  cancel(run: number): void {
    cancelled.add(run);
  },
  /** Uses an imported statistics table (e.g. children under 6 per Gemeinde) as the demand. */
  async useStatistics(area: string, bytes: Uint8Array, label: string | null = null) {
    const l = await load(area);
    const table = readStatisticsTable(bytes);
    if (!table.ok) return table;
    l.tableLabel = label ?? table.valueColumn;
    const c = l.census;
    const spread = spreadStatistics(table.rows, c.demand, c.demand.weights[l.target], c.keyMap, c.keys);
    c.table = table.rows;
    l.context = { ...l.context, demand: demandColumns(c.demand, spread.weight, c.isRural) };
    return { ok: true as const, rows: table.rows.length, skipped: table.skipped, valueColumn: table.valueColumn, unmatched: spread.unmatched, missing: spread.missing.length, total: spread.total, translated: spread.translated };
  },
  /** Back to the census figures (of the chosen group) as the demand. */
  async usePopulation(area: string): Promise<void> {
    const l = await load(area);
    l.tableLabel = null;
    l.census.table = null;
    l.context = { ...l.context, demand: demandColumns(l.census.demand, l.census.demand.weights[l.target], l.census.isRural) };
  },
  /**
   * k new sites that cover the most additional people within radiusKm (greedy maximal covering):
   * among the given sites (Kitas, institutions), the places or the census cells, inside the focus
   * Kreis when one is given (its people counted; every existing centre counts as reachable).
   */
  async suggest(
    area: string,
    existing: { lon: number; lat: number }[],
    k: number,
    radiusKm: number,
    from: { kind: 'places' | 'cells' } | { kind: 'sites'; sites: Omit<Candidate, 'gemeindeName' | 'group'>[] },
    focus: string | null,
    target: TargetGroup = 'total',
    travel: TravelRequest | null = null,
    onReach?: (done: number, of: number) => void,
  ): Promise<Suggestion & { unit: 'km' | 'min'; travel: TravelBasis | null; evaluated: number | null; candidatesOffNetwork?: number }> {
    const l = await load(area);
    applyTarget(l, target);
    const { context, places, placeNames, info } = l;
    const gemeindeName = (g: string) => info.get(g)?.name ?? g;
    let candidates: Candidate[];
    if (from.kind === 'cells') candidates = cellCandidates(context.demand, context.grid.count, context.names, context.gemeindeNames ?? {});
    else if (from.kind !== 'sites') candidates = places.map((p, i) => ({ lon: p.lon, lat: p.lat, name: placeNames[i], place: placeNames[i], gemeinde: p.gemeinde, gemeindeName: gemeindeName(p.gemeinde), group: p.group }));
    else {
      candidates = from.sites.map((c) => {
        const g = c.gemeinde || l.locator.agsAt(c.lon, c.lat) || '';
        return { ...c, gemeinde: g, gemeindeName: g ? gemeindeName(g) : '', group: g.slice(0, 5) };
      });
    }
    // By time, radiusKm is the limit in minutes.
    if (travel) return { unit: 'min', ...(await suggestByTime(db(), area, travel, context.demand, candidates, existing, { k, limitMin: radiusKm, focus, onReach })) };
    return { ...suggestSites(context.demand, candidates, existing, { k, radiusKm, focus }), unit: 'km', travel: null, evaluated: null };
  },
  /**
   * Network gaps: the centres' key partner kinds, the cells' missing kinds, per Kreis and ranked;
   * geometry unless the page holds it. With `byTime`, partners count within its minutes by its
   * mode over the loaded data, and each cell looks at its nearest centre by time.
   */
  async networkGaps(area: string, req: GapRequest, target: TargetGroup = 'total', haveGeometry: string | null = null, byTime: { travel: TravelRequest; minutes: number } | null = null): Promise<{ result: GapResult; geometry: FeatureCollection<Polygon, { c: number }> | null; geometryKey: string; ms: number }> {
    const l = await load(area);
    applyTarget(l, target);
    const t = performance.now();
    const { grid, demand } = l.context;
    const n = grid.count;
    const weights = l.census.demand.weights;
    const cells = { lon: demand.lon.subarray(0, n), lat: demand.lat.subarray(0, n), group: demand.group.slice(0, n), people: weights.total.subarray(0, n), children: weights.under15.subarray(0, n), weight: demand.weight.subarray(0, n) };
    const result = byTime
      ? await networkGapsByTime(db(), area, byTime.travel, { lon: demand.lon, lat: demand.lat }, cells, req, byTime.minutes, l.context.kreise)
      : runNetworkGaps(cells, req, l.context.kreise);
    const geometryKey = `${area}|${hashInts(result.cellMissing)}`;
    const geometry = geometryKey === haveGeometry ? null : gridClassesGeoJson(grid, result.cellMissing);
    return { result, geometry, geometryKey, ms: performance.now() - t };
  },
};

/** A short key for what the map geometry depends on: area, main distance and the facilities' places (FNV-1a). */
function geometryKeyOf(area: string, req: CoverageRequest): string {
  // Two 32-bit FNV-1a variants (different offsets), so a stale map needs a 64-bit collision.
  let h = 0x811c9dc5;
  let g = 0x1b873593;
  const mix = (v: number) => {
    h = Math.imul(h ^ v, 0x01000193) >>> 0;
    g = Math.imul(g ^ (v >>> 16 | v << 16), 0x01000193) >>> 0;
  };
  const text = `${area}|${req.mainKm}|${req.facilities.length}|${req.travel ? JSON.stringify(req.travel) : ''}`;
  for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
  const buf = new Float64Array(2);
  const words = new Uint32Array(buf.buffer);
  for (const f of req.facilities) {
    [buf[0], buf[1]] = [f.lon, f.lat];
    for (const w of words) mix(w);
  }
  return `${text}|${h.toString(36)}${g.toString(36)}`;
}

/** A stepwise computation whose progress is mapped into a part of the whole run. */
function* scale<T>(steps: Generator<number, T>, map: (p: number) => number): Generator<number, T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    yield map(r.value);
  }
}

/** The request with every facility that has no Kreis given the Kreis it lies in (by the Gemeinde polygons). */
function withGroups(req: CoverageRequest, locator: GemeindeLocator): CoverageRequest {
  if (req.facilities.every((f) => f.group !== '')) return req;
  return { ...req, facilities: req.facilities.map((f) => (f.group !== '' ? f : { ...f, group: locator.agsAt(f.lon, f.lat)?.slice(0, 5) ?? '' })) };
}

/** FNV-1a over small integers (the cells' missing kinds), as a short key. */
function hashInts(values: Int8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < values.length; i++) h = Math.imul(h ^ (values[i] + 1), 0x01000193) >>> 0;
  return `${values.length}.${h.toString(36)}`;
}

export type CoverageApi = typeof api;

Comlink.expose(api);
