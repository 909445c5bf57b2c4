/**
 * One coverage run as the app needs it: figures for the Land and each Kreis, the underserved
 * places with names, per-Gemeinde figures for the choropleth, and the distance classes of the
 * grid cells with the outline of the gaps. Pure; the coverage worker keeps the context.
 */
import { classesFor, classifyAll, UNREACHABLE_CLASS, withinKm } from './classes';
import type { DemandColumns } from './demand';
import type { Counted } from '../demand/labels';
import { coverageFigures, type AreaFigures } from './figures';
import { finish, type Grid } from './grid';
import { createNearestIndex, nearestAll } from './nearest';
import { underservedPoints, type UnderservedPoint } from './underserved';
import { focusWeights } from './suggest';

export interface CoverageContext {
  grid: Grid;
  demand: DemandColumns;
  /** Name of every demand point (a place, or a Gemeinde without places). */
  names: readonly string[];
  /** Every Kreis key, so a Kreis without people or facilities still gets a row. */
  kreise: readonly string[];
  /** Gemeinde names by key, for the ranking of Gemeinden. */
  gemeindeNames?: Readonly<Record<string, string>>;
  /**
   * True when the grid's cells are the first demand points, at the same places (the census
   * grid): their distances are then taken from the demand's instead of being computed twice.
   */
  gridIsDemand?: boolean;
}

export interface CoverageFacility {
  id: string;
  name: string;
  lon: number;
  lat: number;
  /** Kreis key ('' when unknown). */
  group: string;
}

/** A run by travel time over the planning area's loaded road network (and timetable). */
export interface TravelRequest {
  mode: TravelBasis['mode'];
  /** Walking and cycling speeds (km/h); car speeds per road class where the planner changed them (else the defaults). */
  speeds: { foot: number; bicycle: number; car?: Record<string, number> };
  /** Public transport: weekday (1 Monday … 7 Sunday) and departure window (minutes after midnight). */
  transit?: { weekday: number; fromMin: number; toMin: number };
}

export interface CoverageRequest {
  facilities: readonly CoverageFacility[];
  /** In a run by time (travel set): minutes. */
  thresholdsKm: readonly number[];
  mainKm: number;
  /** A focus Kreis (5-digit key): the underserved list then holds only its points. */
  focus?: string | null;
  /** Travel time instead of straight-line distance (the worker finds it over the loaded data). */
  travel?: TravelRequest;
}

/**
 * What a run by travel time rests on, for every figure's label: the mode, the data and their
 * dates, and the assumptions. Set by the worker that ran it; null for a straight-line run.
 */
export interface TravelBasis {
  mode: 'foot' | 'bicycle' | 'car' | 'transit';
  /** The road network: file name and the extract's date (ISO) when it says. */
  road: { file: string; date: string | null };
  /** The timetable (public transport only): file, validity and the day and window used. */
  transit?: { file: string; validFrom: string | null; validUntil: string | null; date: string; fromMin: number; toMin: number };
  /** Speeds in km/h (car: per road class, the extract's maxspeed first). */
  speeds: { foot: number; bicycle: number; car?: Record<string, number> };
  /** Farthest straight-line walk from a cell's centre or a centre to the road network, and to a stop (m). */
  maxAccessMeters: number;
  maxStopWalkMeters?: number;
  /** Centres that lie farther than maxAccessMeters from any road (counted as absent). */
  facilitiesOffNetwork: number;
  /** Cells and people with no road within maxAccessMeters (outside the extract, most often). */
  offNetworkCells: number;
  offNetworkWeight: number;
}

export interface NamedUnderserved extends UnderservedPoint {
  name: string;
  facilityName: string;
}

export interface GemeindeCoverage {
  ags: string;
  name: string;
  /** Kreis key. */
  group: string;
  weight: number;
  coveredWeight: number;
  /** People beyond mainKm. */
  uncoveredWeight: number;
  /** Largest distance among its points with people; null without people or facilities. */
  maxMeters: number | null;
  /** Where its most people live (to frame it), and the facility nearest to that point (-1: none). */
  lon: number;
  lat: number;
  facility: number;
  facilityName: string;
  /** Share of the weight within mainKm; null without people. */
  share: number | null;
  /** Weighted mean distance; null without people or facilities. */
  meanMeters: number | null;
}

export interface CoverageResult {
  /**
   * 'km': straight-line distance (thresholds in km, distances in metres). 'min': travel time
   * over the road network or timetable, and then every "km" here is a minute and every
   * "metre" a thousandth of a minute, so the same sums and comparisons hold.
   */
  unit: 'km' | 'min';
  /** What a run by travel time rests on (null for straight line). */
  travel: TravelBasis | null;
  thresholdsKm: number[];
  mainKm: number;
  land: AreaFigures;
  kreise: AreaFigures[];
  underserved: NamedUnderserved[];
  gemeinden: GemeindeCoverage[];
  /** Class per grid cell (classesFor(unit); UNREACHABLE_CLASS where no centre is reached by time) and the distance itself. */
  cellClass: Int8Array;
  cellMeters: Float64Array;
  /** Cells per class, for the legend. */
  cellsPerClass: number[];
  /** Whom the run counted (set by the worker, which knows the demand). */
  counted?: Counted;
}

/** Per-Gemeinde people, covered people within mainKm, mean and largest distance, and its main point. */
export function gemeindeCoverage(
  demand: DemandColumns,
  nearest: { index: Int32Array; meters: Float64Array },
  mainKm: number,
  names: Readonly<Record<string, string>> = {},
  facilityNames: readonly string[] = [],
): GemeindeCoverage[] {
  const { meters } = nearest;
  const rows = new Map<string, { w: number; c: number; wd: number; max: number; top: number }>();
  for (let i = 0; i < meters.length; i++) {
    const key = demand.gemeinde[i];
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { w: 0, c: 0, wd: 0, max: -1, top: i }));
    const w = demand.weight[i];
    row.w += w;
    if (withinKm(meters[i], mainKm)) row.c += w;
    row.wd += w * meters[i];
    if (w > 0 && meters[i] > row.max) row.max = meters[i];
    if (w > demand.weight[row.top]) row.top = i;
  }
  return [...rows].map(([ags, r]) => ({
    ags,
    name: names[ags] ?? ags,
    group: demand.group[r.top],
    weight: r.w,
    coveredWeight: r.c,
    uncoveredWeight: r.w - r.c,
    share: r.w > 0 ? r.c / r.w : null,
    meanMeters: r.w > 0 && Number.isFinite(r.wd) ? r.wd / r.w : null,
    maxMeters: r.max >= 0 && Number.isFinite(r.max) ? r.max : null,
    lon: demand.lon[r.top],
    lat: demand.lat[r.top],
    facility: nearest.index[r.top],
    facilityName: facilityNames[nearest.index[r.top]] ?? '',
  }));
}

/** Gemeinden with people beyond the threshold, most such people first (then farthest). */
export function underservedGemeinden(rows: readonly GemeindeCoverage[], limit = 200): GemeindeCoverage[] {
  return rows
    .filter((g) => g.uncoveredWeight > 0)
    .sort((a, b) => b.uncoveredWeight - a.uncoveredWeight || (b.meanMeters ?? Infinity) - (a.meanMeters ?? Infinity) || (a.ags < b.ags ? -1 : 1))
    .slice(0, limit);
}

export function runCoverage(ctx: CoverageContext, req: CoverageRequest): CoverageResult {
  return finish(runCoverageSteps(ctx, req));
}

/** Grid cells per step of runCoverageSteps. */
const CELLS_PER_STEP = 25_000;

/**
 * runCoverage in steps: yields the share done (0…1) after the figures and after every
 * CELLS_PER_STEP grid cells, so the worker can report progress and stop in between.
 */
export function* runCoverageSteps(ctx: CoverageContext, req: CoverageRequest, byTime?: { nearest: { index: Int32Array; meters: Float64Array }; travel: TravelBasis }): Generator<number, CoverageResult> {
  if (byTime && !ctx.gridIsDemand) throw new Error('travel times need the census grid as demand');
  const unit = byTime ? 'min' : 'km';
  const figures = coverageFigures(ctx.demand, req.facilities, { thresholdsKm: req.thresholdsKm, mainKm: req.mainKm, groups: ctx.kreise, underservedLimit: 200, nearest: byTime?.nearest });
  const n = ctx.grid.count;
  yield 0.1;
  const cells = { index: new Int32Array(n), meters: new Float64Array(n) };
  if (ctx.gridIsDemand) {
    cells.index.set(figures.nearest.index.subarray(0, n));
    cells.meters.set(figures.nearest.meters.subarray(0, n));
  }
  const index = ctx.gridIsDemand ? null : createNearestIndex(req.facilities);
  for (let a = 0; index && a < n; a += CELLS_PER_STEP) {
    const b = Math.min(n, a + CELLS_PER_STEP);
    const part = nearestAll(index, ctx.grid.lon.subarray(a, b), ctx.grid.lat.subarray(a, b));
    cells.index.set(part.index, a);
    cells.meters.set(part.meters, a);
    yield 0.1 + (0.85 * b) / n;
  }
  const classes = classesFor(unit);
  const { classOf, weightPerClass } = classifyAll(cells.meters, undefined, classes);
  const perClass = Array.from(weightPerClass, (w) => Math.round(w)).slice(0, classes.length);
  if (byTime) {
    // Unreachable is not "far": those cells get a class of their own.
    perClass.push(0);
    for (let i = 0; i < n; i++) {
      if (Number.isFinite(cells.meters[i])) continue;
      perClass[classOf[i]]--;
      classOf[i] = UNREACHABLE_CLASS;
      perClass[UNREACHABLE_CLASS]++;
    }
  }
  return {
    unit,
    travel: byTime?.travel ?? null,
    thresholdsKm: figures.thresholdsKm,
    mainKm: figures.mainKm,
    land: figures.land,
    kreise: figures.groups.filter((g) => g.key !== ''),
    underserved: (req.focus ? underservedPoints({ ...ctx.demand, weight: focusWeights(ctx.demand.weight, ctx.demand.group, req.focus) }, figures.nearest, figures.mainKm, 200) : figures.underserved).map((u) => ({ ...u, name: ctx.names[u.point] ?? '', facilityName: req.facilities[u.facility]?.name ?? '' })),
    gemeinden: gemeindeCoverage(ctx.demand, figures.nearest, figures.mainKm, ctx.gemeindeNames, req.facilities.map((f) => f.name)),
    cellClass: classOf,
    cellMeters: cells.meters,
    cellsPerClass: perClass,
  };
}
