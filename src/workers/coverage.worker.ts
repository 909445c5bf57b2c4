/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import type { FeatureCollection, MultiLineString, Polygon } from 'geojson';
import { GEOGRAPHY_URLS, THURINGIA_BOUNDS } from '../data/geography';
import { runCoverage, type CoverageContext, type CoverageRequest, type CoverageResult } from '../analysis/coverage/analysis';
import { toDemandColumns, type DemandPoint } from '../analysis/coverage/demand';
import { gemeindeInfo, placesDemand, statisticsDemand } from '../analysis/coverage/demandBuild';
import { gapCells, gapOutline, gridClassesGeoJson } from '../analysis/coverage/gaps';
import { createGrid } from '../analysis/coverage/grid';
import { greedyMclp } from '../analysis/coverage/mclp';
import type { PolygonGeometry } from '../analysis/coverage/polygon';
import { readStatisticsTable } from '../data/import/statistics';

type Fc = { features: { properties: Record<string, unknown>; geometry: unknown }[] };

async function fetchJson(url: string): Promise<Fc> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Geodaten nicht geladen (${res.status})`);
  return (await res.json()) as Fc;
}

interface Loaded {
  context: CoverageContext;
  orte: Fc;
  labels: Fc;
  info: ReturnType<typeof gemeindeInfo>;
  places: DemandPoint[];
  placeNames: string[];
}
let loaded: Promise<Loaded> | null = null;

function load(): Promise<Loaded> {
  loaded ??= Promise.all([fetchJson(GEOGRAPHY_URLS.land), fetchJson(GEOGRAPHY_URLS.gemeinden), fetchJson(GEOGRAPHY_URLS.orte), fetchJson(GEOGRAPHY_URLS.gemeindeLabels), fetchJson(GEOGRAPHY_URLS.kreisLabels)]).then(
    ([land, gemeinden, orte, labels, kreise]) => {
      const [w, s, e, n] = THURINGIA_BOUNDS;
      const grid = createGrid({ west: w, south: s, east: e, north: n }, { cellKm: 1, within: land.features[0].geometry as PolygonGeometry });
      const info = gemeindeInfo(gemeinden as never);
      const places = placesDemand(orte as never, info);
      const placeNames = orte.features.map((f) => String(f.properties.name ?? ''));
      const gemeindeNames = Object.fromEntries([...info].map(([ags, g]) => [ags, g.name]));
      const context: CoverageContext = { grid, demand: toDemandColumns(places), names: placeNames, kreise: kreise.features.map((f) => String(f.properties.ags)), gemeindeNames };
      return { context, orte, labels, info, places, placeNames };
    },
  );
  return loaded;
}

/** What the map draws for one run: cells by distance class and the outline of the gaps. */
export interface CoverageGeometry {
  cells: FeatureCollection<Polygon, { c: number }>;
  gaps: MultiLineString;
}

const api = {
  /** Loads the geography and builds grid and default demand; returns the size of both. */
  async init(): Promise<{ cells: number; demandPoints: number; population: number }> {
    const { context } = await load();
    return { cells: context.grid.count, demandPoints: context.demand.lon.length, population: context.demand.weight.reduce((a, b) => a + b, 0) };
  },
  /** The saved state and, when given, the what-if scenario; geometry for the one shown. */
  async compute(base: CoverageRequest, scenario: CoverageRequest | null): Promise<{ base: CoverageResult; scenario: CoverageResult | null; geometry: CoverageGeometry; ms: number }> {
    const { context } = await load();
    const t = performance.now();
    const a = runCoverage(context, base);
    const b = scenario ? runCoverage(context, scenario) : null;
    const shown = b ?? a;
    const geometry = { cells: gridClassesGeoJson(context.grid, shown.cellClass), gaps: gapOutline(context.grid, gapCells(shown.cellMeters, shown.mainKm)) };
    return { base: a, scenario: b, geometry, ms: performance.now() - t };
  },
  /** Uses an imported statistics table (e.g. children under 6 per Gemeinde) as the demand. */
  async useStatistics(bytes: Uint8Array) {
    const l = await load();
    const table = readStatisticsTable(bytes);
    if (!table.ok) return table;
    const built = statisticsDemand(table.rows, l.orte as never, l.labels as never, l.info);
    l.context = { ...l.context, demand: toDemandColumns(built.demand), names: built.names };
    return { ok: true as const, rows: table.rows.length, skipped: table.skipped, valueColumn: table.valueColumn, unmatched: built.unmatched, missing: built.missing.length, total: built.total };
  },
  /** Back to the places' population as the demand. */
  async usePopulation(): Promise<void> {
    const l = await load();
    l.context = { ...l.context, demand: toDemandColumns(l.places), names: l.placeNames };
  },
  /**
   * k new sites among the places (all, or only those with one of `near` within 2 km) that
   * cover the most additional people within radiusKm (greedy maximal covering).
   */
  async suggest(existing: { lon: number; lat: number }[], k: number, radiusKm: number, near: { lon: number; lat: number }[] | null) {
    const { context, places, placeNames } = await load();
    const near2km = near ? createNearSet(near) : null;
    const candidates = places.map((p, i) => ({ lon: p.lon, lat: p.lat, name: placeNames[i], group: p.group })).filter((p) => !near2km || near2km(p.lon, p.lat));
    const result = greedyMclp(candidates, context.demand, { radiusKm, k, existing });
    return { ...result, picks: result.picks.map((p) => ({ ...p, ...candidates[p.candidate] })), candidates: candidates.length };
  },
};

/** Whether a point has one of `points` within 2 km (a coarse filter, exact enough for choosing candidates). */
function createNearSet(points: { lon: number; lat: number }[]): (lon: number, lat: number) => boolean {
  return (lon, lat) => points.some((p) => Math.abs(p.lat - lat) < 0.018 && Math.abs(p.lon - lon) < 0.028);
}

export type CoverageApi = typeof api;

Comlink.expose(api);
