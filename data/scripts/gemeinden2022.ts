/**
 * Any planning area on the Gemeinden of 15.05.2022 (the day of the Zensus 2022) with the census
 * 1 km grid as its demand. Shared by Thuringia's build (thuringia.ts, which then goes on to the
 * Gemeinden of 2024) and by the other Länder and Germany (buildGermany2022):
 *   1. the detailed 2016 polygons keyed by their 2022 Gemeinde (dissolve.ts, step a);
 *   2. each populated census cell into the 2022 Gemeinde holding its centre (assignCells);
 *   3. each Gemeinde's cells scaled to its Zensus count, a Gemeinde without a cell centre given
 *      its people at an inner point (demand2022);
 *   4. the area's bedarf.json (demandFileText), cells named by the nearest place.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import mapshaper from 'mapshaper';
import area from '@turf/area';
import bbox from '@turf/bbox';
import KDBush from 'kdbush';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { scaleCells, type CensusCell, type TargetGroup } from '../../src/analysis/demand/cells.ts';
import { readCensusCells, readZensusGemeinden, tilesFor } from './census.ts';
import { assignTo2022, splitOfficialName, type Area, type Assignment } from './dissolve.ts';
import { buildPolygonIndex, kmPerDegree, locate, nearest, type PolygonIndex } from './polygonIndex.ts';
import type { Place } from './places.ts';

export const VINTAGE_2022 = 'Gebietsstand 15.05.2022; Einwohner Zensus 2022 (15.05.2022)';

/**
 * A cell whose centre lies outside every polygon but at most this far (km) from one counts in
 * the nearest Gemeinde: the polygon then reaches into the cell (its nearest point lies within
 * the cell's inscribed circle). Coasts, the Bodensee and the national border have such cells.
 * Farther out a cell may lie wholly abroad (Basel, Kreuzlingen, Zgorzelec are 0.7–1 km away).
 */
export const SNAP_KM = 0.5;
/** A cell in a Gemeinde without inhabitants (gemeindefreies Gebiet: forest, lake) goes to the nearest populated one within this distance. */
const UNPOPULATED_KM = 32;

/** The coarse VG250 Gemeinden of 15.05.2022 whose ARS starts with `prefix`, as WGS84 polygons keyed by AGS. */
export async function readCoarse2022(zipFile: string, prefix: string): Promise<Area[]> {
  const files = unzipSync(fs.readFileSync(zipFile));
  const pick = (ext: string) => {
    const name = Object.keys(files).find((n) => n.toLowerCase().endsWith(ext));
    if (!name) throw new Error(`${zipFile}: keine ${ext}-Datei`);
    return files[name];
  };
  const filter = prefix ? `-filter 'ARS.slice(0, ${prefix.length}) === "${prefix}"' ` : '';
  const out = (await mapshaper.applyCommands(`-i gem.shp ${filter}-proj wgs84 -o format=geojson precision=0.000001 gem.json`, {
    'gem.shp': pick('.shp'), 'gem.dbf': pick('.dbf'), 'gem.prj': strFromU8(pick('.prj')),
  })) as Record<string, string>;
  const fc = JSON.parse(out['gem.json']) as FeatureCollection<Polygon | MultiPolygon, { ARS: string }>;
  return fc.features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { ags: f.properties.ARS.slice(0, 5) + f.properties.ARS.slice(9) } }));
}

/** The detailed 2016 polygons (or the pieces of split ones) keyed by their Gemeinde of 2022, in the order of `old`. */
export function keyed2022(old: readonly Area[], assignments: readonly Assignment[]): Area[] {
  const out: Area[] = [];
  old.forEach((f, i) => {
    const a = assignments[i];
    if (a.pieces) out.push(...a.pieces);
    else out.push({ type: 'Feature', geometry: f.geometry, properties: { ags: a.to } });
  });
  return out;
}

/** The census cells of an area, each with its 2022 Gemeinde, and how they were found. */
export interface AssignedCells {
  cells: CensusCell[];
  of2022: string[];
  /** Cells whose centre lies in a populated Gemeinde of the area. */
  inside: number;
  /** Cells outside every polygon within SNAP_KM of one of the area (and their people before scaling). */
  snapped: number;
  snappedPeople: number;
  /** Cells in a Gemeinde without inhabitants, given to the nearest populated one. */
  fromUnpopulated: number;
}

/**
 * The 2022 Gemeinde of every cell of the area (`own`, keyed 2022): the populated polygon holding
 * its centre; in an unpopulated one (gemeindefreies Gebiet), the nearest populated; outside every
 * polygon, the nearest one within SNAP_KM when that is the area's. `foreign` are the polygons
 * around the area (other Länder): a cell in one of them, or nearer to them, is not the area's.
 * Cells keep their order; the polygon index (over own, then foreign) makes it about a second
 * for all of Germany.
 */
export function assignCells(
  all: readonly CensusCell[], own: readonly Area[], populated: (ags: string) => boolean, foreign: readonly Area[] = [],
  index: PolygonIndex = buildPolygonIndex([...own, ...foreign].map((a) => a.geometry)),
): AssignedCells {
  const isOwn = (i: number) => i >= 0 && i < own.length;
  const ownPopulated = (i: number) => isOwn(i) && populated(own[i].properties.ags);
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < own.length; i++) {
    const b = index.polygons[i].bbox;
    [w, s, e, n] = [Math.min(w, b[0]), Math.min(s, b[1]), Math.max(e, b[2]), Math.max(n, b[3])];
  }
  const out: AssignedCells = { cells: [], of2022: [], inside: 0, snapped: 0, snappedPeople: 0, fromUnpopulated: 0 };
  const take = (c: CensusCell, i: number) => {
    out.cells.push(c);
    out.of2022.push(own[i].properties.ags);
  };
  for (const c of all) {
    const [kx, ky] = kmPerDegree(c.lat);
    if (c.lon < w - SNAP_KM / kx || c.lon > e + SNAP_KM / kx || c.lat < s - SNAP_KM / ky || c.lat > n + SNAP_KM / ky) continue;
    const i = locate(index, c.lon, c.lat);
    if (ownPopulated(i)) {
      take(c, i);
      out.inside++;
    } else if (isOwn(i)) {
      let near: { index: number } | null = null;
      for (let r = 2; !near && r <= UNPOPULATED_KM; r *= 2) near = nearest(index, c.lon, c.lat, r, ownPopulated);
      if (!near) throw new Error(`Zelle ${c.x}/${c.y}: keine bewohnte Gemeinde innerhalb ${UNPOPULATED_KM} km`);
      take(c, near.index);
      out.fromUnpopulated++;
    } else if (i < 0) {
      const near = nearest(index, c.lon, c.lat, SNAP_KM, (k) => ownPopulated(k) || k >= own.length);
      if (near && isOwn(near.index)) {
        take(c, near.index);
        out.snapped++;
        out.snappedPeople += c.total;
      }
    }
  }
  return out;
}

/** Inner points (mapshaper) of the Gemeinden formed by the given polygons, by key. */
async function innerPoints(areas: Area[]): Promise<Map<string, [number, number]>> {
  if (areas.length === 0) return new Map();
  const out = (await mapshaper.applyCommands('-i a.json -dissolve ags -points inner -o format=geojson precision=0.00001 p.json', {
    'a.json': { type: 'FeatureCollection', features: areas },
  })) as Record<string, string>;
  const fc = JSON.parse(out['p.json']) as FeatureCollection<Point, { ags: string }>;
  return new Map(fc.features.map((f) => [f.properties.ags, f.geometry.coordinates as [number, number]]));
}

/** A Gemeinde of 2022 without a cell centre: all its people at an inner point. */
export interface InnerPoint {
  lon: number;
  lat: number;
  ags2022: string;
  total: number;
  under15: number;
  over65: number;
}

/** The area's demand on the grid, keyed by the Gemeinden of 2022. */
export interface Demand2022 {
  cells: CensusCell[];
  of2022: string[];
  /** People per cell and group after scaling (same order as cells). */
  people: Record<TargetGroup, number[]>;
  points: InnerPoint[];
  /** The cells' people before scaling. */
  gridSum: number;
}

/**
 * Scales each 2022 Gemeinde's cells to its Zensus count (`population`); a Gemeinde without a
 * cell gets its people at an inner point of its polygons, its age classes in the shares of its
 * Kreis. Throws for a cell in a Gemeinde without a Zensus count.
 */
export async function demand2022(assigned: Pick<AssignedCells, 'cells' | 'of2022'>, polygons: readonly Area[], population: ReadonlyMap<string, number>): Promise<Demand2022> {
  const { cells, of2022 } = assigned;
  const gridSum = cells.reduce((sum, c) => sum + c.total, 0);
  const scaled = scaleCells(cells, of2022, population);
  if (scaled.unknown.length > 0) throw new Error(`Zellen in Gemeinden ohne Zensuszahl: ${scaled.unknown.join(', ')}`);
  const without = new Set(scaled.withoutCells);
  const inner = await innerPoints(polygons.filter((a) => without.has(a.properties.ags)));
  const kreisShare = new Map<string, { total: number; under15: number; over65: number }>();
  cells.forEach((_, i) => {
    const k = of2022[i].slice(0, 5);
    const r = kreisShare.get(k) ?? kreisShare.set(k, { total: 0, under15: 0, over65: 0 }).get(k)!;
    r.total += scaled.people.total[i];
    r.under15 += scaled.people.under15[i];
    r.over65 += scaled.people.over65[i];
  });
  const points = scaled.withoutCells.map((ags) => {
    const at = inner.get(ags);
    if (!at) throw new Error(`Gemeinde ${ags} (2022) hat weder Zelle noch Fläche`);
    const total = population.get(ags)!;
    const k = kreisShare.get(ags.slice(0, 5))!;
    return { lon: at[0], lat: at[1], ags2022: ags, total, under15: Math.round((total * k.under15) / k.total), over65: Math.round((total * k.over65) / k.total) };
  });
  return { cells, of2022, people: scaled.people, points, gridSum };
}

/**
 * Names a cell by the nearest place within 2.5 km in the same Gemeinde (the first such place
 * on ties); `gemeindeOf` finds a place's Gemeinde. Distances use Thuringia's scale (70 km per
 * degree of longitude, about ±10 % across Germany: enough to pick a label). A kd-tree keeps
 * it fast for Germany's 200,000 cells.
 */
export function placeNamer(places: readonly Place[], gemeindeOf: (lon: number, lat: number) => string | null): (lon: number, lat: number, gemeinde: string) => string | null {
  const placeGemeinde = places.map((p) => gemeindeOf(p.lon, p.lat));
  const tree = new KDBush(Math.max(1, places.length));
  for (const p of places) tree.add(p.lon * 70, p.lat * 111.2);
  if (places.length === 0) tree.add(0, 0);
  tree.finish();
  const R = 2.5;
  return (lon, lat, gemeinde) => {
    if (places.length === 0) return null;
    // A slightly larger box than the circle: the exact test below decides.
    const ids = tree.range(lon * 70 - R - 1e-6, lat * 111.2 - R - 1e-6, lon * 70 + R + 1e-6, lat * 111.2 + R + 1e-6).sort((a, b) => a - b);
    let best = -1;
    let bestD = R * R;
    for (const i of ids) {
      if (placeGemeinde[i] !== gemeinde) continue;
      const dx = (places[i].lon - lon) * 70;
      const dy = (places[i].lat - lat) * 111.2;
      const d = dx * dx + dy * dy;
      if (d < bestD) [best, bestD] = [i, d];
    }
    return best < 0 ? null : places[best].name;
  };
}

/** What goes into an area's bedarf.json. */
export interface DemandFileInput {
  demand: Demand2022;
  /** Only the cells and points of these 2022 Gemeinden (default: all). */
  include?: (ags2022: string) => boolean;
  /** The file's Gemeinde of a 2022 Gemeinde (Thuringia: its Gemeinde of 2024). */
  toTarget: (ags2022: string) => string;
  /** The file's Gemeinde keys, sorted: cells refer to them by index. */
  keys: readonly string[];
  placeName: (lon: number, lat: number, gemeinde: string) => string | null;
  /** Name of an inner point: its Gemeinde's. */
  pointName: (ags2022: string) => string;
  metadata: Record<string, string>;
}

/**
 * bedarf.json: the populated cells as columns (lower-left corner in km of EPSG:3035, Gemeinde
 * index, place index, people per group) and the inner points. Also returns the people per
 * Gemeinde of the file, for the check against the Zensus.
 */
export function demandFileText(input: DemandFileInput): { text: string; population: Map<string, number>; cells: number; under15: number } {
  const { demand, include = () => true, toTarget } = input;
  const gIdx = new Map(input.keys.map((k, i) => [k, i]));
  const index = (ags2022: string) => {
    const i = gIdx.get(toTarget(ags2022));
    if (i === undefined) throw new Error(`Gemeinde ${ags2022}: nicht unter den Gemeinden der Datei`);
    return i;
  };
  const ortNames: string[] = [];
  const ortIdx = new Map<string, number>();
  const ort = (name: string | null) => (name === null ? -1 : ortIdx.get(name) ?? (ortIdx.set(name, ortNames.push(name) - 1), ortNames.length - 1));
  const population = new Map(input.keys.map((k) => [k, 0]));
  const cols = { x: [] as number[], y: [] as number[], g: [] as number[], ort: [] as number[], einwohner: [] as number[], unter15: [] as number[], ab65: [] as number[] };
  demand.cells.forEach((c, i) => {
    const k22 = demand.of2022[i];
    if (!include(k22)) return;
    const k = toTarget(k22);
    population.set(k, population.get(k)! + demand.people.total[i]);
    cols.x.push(c.x / 1000);
    cols.y.push(c.y / 1000);
    cols.g.push(index(k22));
    cols.ort.push(ort(input.placeName(c.lon, c.lat, k)));
    cols.einwohner.push(demand.people.total[i]);
    cols.unter15.push(demand.people.under15[i]);
    cols.ab65.push(demand.people.over65[i]);
  });
  const pointRows = demand.points.filter((p) => include(p.ags2022)).map((p) => {
    const k = toTarget(p.ags2022);
    population.set(k, population.get(k)! + p.total);
    return { lon: p.lon, lat: p.lat, g: index(p.ags2022), name: input.pointName(p.ags2022), einwohner: p.total, unter15: p.under15, ab65: p.over65 };
  });
  const text = `{"metadata":${JSON.stringify(input.metadata)},\n"gemeinden":${JSON.stringify(input.keys)},\n"orte":${JSON.stringify(ortNames)},\n` +
    Object.entries(cols).map(([k, v]) => `"${k}":${JSON.stringify(v)}`).join(',\n') + `,\n"punkte":${JSON.stringify(pointRows)}}\n`;
  const under15 = [...cols.unter15, ...pointRows.map((p) => p.unter15)].reduce((a, b) => a + b, 0);
  return { text, population, cells: cols.x.length, under15 };
}

/** The metadata of a bedarf.json; `extraSource` names what the area's vintage adds (Thuringia: the Destatis changes). */
export function demandMetadata(vintage: string, generatedBy: string, extraSource = ''): Record<string, string> {
  return {
    title: 'Bevölkerung im 1-km-Gitter (Zensus 2022), je Gemeinde auf die Einwohnerzahl des Zensus 2022 skaliert',
    source: `Eurostat Census 2021 population grid, 1 km (Deutschland: Zensus 2022), Kacheln aus jgaffuri/tiled-census2021; Zensus 2022 Tabelle 1000A-0000; VG250 15.05.2022${extraSource}`,
    licence: 'Eurostat: Weiterverwendung mit Quellenangabe; Zensus 2022 und VG250: dl-de/by-2-0',
    attribution: 'Bevölkerung im 1-km-Gitter: Eurostat, Census 2021 population grid; für Deutschland Zensus 2022, © Statistische Ämter des Bundes und der Länder; Gemeinden: © GeoBasis-DE / BKG (2022), verändert',
    vintage,
    generatedBy,
    crs: 'EPSG:3035 (Zellen: linke untere Ecke in km, 1 km Kantenlänge)',
  };
}

const squareKmOf = (a: Area) => area(a) / 1e6;
/** The box [w, s, e, n] around polygons. */
export const bboxOf = (areas: readonly Area[]) => bbox({ type: 'FeatureCollection', features: [...areas] }) as [number, number, number, number];

/** One planning area of the Germany-wide run (a Land or 'de'), ready for buildArea. */
export interface Area2022 {
  /** Polygons keyed 2022 (several may share a key: buildArea dissolves them). */
  features: Area[];
  names: Map<string, { name: string; bez: string }>;
  population: Map<string, number>;
  /** Kreise whose key did not exist in 2016 (Göttingen 03159), named after the 2016 Kreis that gave them most area. */
  kreisNames: Map<string, { name: string; bez: string }>;
  bedarf: string;
  /** 2016 keys → 2022 (statistics tables keyed 2016). */
  keyMap: Record<string, string>;
  report: string;
}

export interface Germany2022Input {
  sourcesDir: string;
  /** All detailed 2016 Gemeinden of Germany (land areas), keyed by their AGS. */
  old2016: Area[];
  /** Name and type of each 2016 Gemeinde (for the unpopulated ones the Zensus does not list). */
  names2016: ReadonlyMap<string, { name: string; bez: string }>;
  /** Name and type of each 2016 Kreis. */
  kreise2016: ReadonlyMap<string, { name: string; bez: string }>;
  /** Places for naming cells (all of Germany). */
  places: readonly Place[];
  generatedBy: string;
}

/**
 * All of Germany on the Gemeinden of 15.05.2022, once: the dissolve, the cells' Gemeinden, the
 * scaling. Then `area(prefix)` cuts out a Land ('' = Germany): every Land's demand is exactly
 * its part of Germany's. Checks that the grid holds Germany's people within 1 % before scaling
 * and that every Land and Germany add up to their Zensus Gemeinden after.
 */
export async function buildGermany2022(input: Germany2022Input): Promise<{ area: (prefix: string) => Area2022; report: string[] }> {
  const report: string[] = [];
  const t0 = Date.now();
  const coarse = await readCoarse2022(path.join(input.sourcesDir, 'vg250-gemeinden-2022', 'VG250_GEM_simplified.zip'), '');
  const assignments = assignTo2022(input.old2016, coarse);
  const polygons = keyed2022(input.old2016, assignments);
  const how = (h: string) => assignments.filter((a) => a.how === h).length;
  report.push(`2016 → 2022: ${how('key')} Gemeinden behalten ihren Schlüssel, ${how('overlap')} nach größter Flächenüberdeckung, ${how('split')} geteilt, ` +
    `${how('nearest')} von der groben Linie verfehlt und der nächsten gegeben (${assignments.filter((a) => a.how === 'nearest').map((a) => `${a.from} → ${a.to}`).join(', ') || 'keine'}) (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  const zensus = readZensusGemeinden(fs.readFileSync(path.join(input.sourcesDir, 'zensus2022-gemeinden', '1000A-0000_de_flat.csv'), 'utf8'), '');
  const keys2022 = new Set(coarse.map((c) => c.properties.ags));
  const missing = [...zensus.population.keys()].filter((k) => !keys2022.has(k));
  if (missing.length > 0) throw new Error(`Zensus-Gemeinden ohne Fläche 2022: ${missing.join(', ')}`);
  const withPolygon = new Set(polygons.map((p) => p.properties.ags));
  const noPolygon = [...keys2022].filter((k) => !withPolygon.has(k));
  if (noPolygon.length > 0) throw new Error(`Gemeinden 2022 ohne Polygon aus 2016: ${noPolygon.join(', ')}`);

  // Names: the Zensus table's; the unpopulated areas (gemeindefreie Gebiete) keep their 2016 name,
  // or take that of the 2016 area that gave them most land.
  const largest2016 = new Map<string, { from: string; km2: number }>();
  const kreisFrom = new Map<string, Map<string, number>>();
  input.old2016.forEach((f, i) => {
    const to = assignments[i].to;
    const newKreis = !input.kreise2016.has(to.slice(0, 5));
    if (zensus.population.has(to) && !newKreis) return;
    const km2 = squareKmOf(f);
    if (!zensus.population.has(to) && km2 > (largest2016.get(to)?.km2 ?? -1)) largest2016.set(to, { from: f.properties.ags, km2 });
    if (newKreis) {
      const m = kreisFrom.get(to.slice(0, 5)) ?? kreisFrom.set(to.slice(0, 5), new Map()).get(to.slice(0, 5))!;
      m.set(f.properties.ags.slice(0, 5), (m.get(f.properties.ags.slice(0, 5)) ?? 0) + km2);
    }
  });
  const kreisNames = new Map<string, { name: string; bez: string }>();
  for (const [kreis, from] of kreisFrom) {
    const [best] = [...from].sort((a, b) => b[1] - a[1]);
    const info = input.kreise2016.get(best[0]);
    if (!info) throw new Error(`Kreis ${kreis}: kein Name`);
    kreisNames.set(kreis, info);
    report.push(`Kreis ${kreis} (neu seit 2016) heißt wie ${best[0]} ${info.name}, das ihm die meiste Fläche gab (${[...from].map(([k, v]) => `${k}: ${v.toFixed(0)} km²`).join(', ')})`);
  }
  // "Harz (Landkreis Osterode)" lies in the Landkreis Göttingen since 2016: its note follows the Kreis.
  const renamedKreis = (name: string, from: string, to: string) => {
    const kreis = kreisNames.get(to.slice(0, 5));
    return from.slice(0, 5) === to.slice(0, 5) || !kreis ? name : name.replace(/ \(Landkreis [^()]*\)$/, ` (Landkreis ${kreis.name})`);
  };
  const names = new Map<string, { name: string; bez: string }>();
  for (const k of [...keys2022].sort()) {
    const official = zensus.names.get(k);
    const from = input.names2016.has(k) ? k : largest2016.get(k)?.from ?? '';
    const old = input.names2016.get(from);
    if (official !== undefined) names.set(k, splitOfficialName(official));
    else if (old) names.set(k, { name: renamedKreis(old.name, from, k), bez: 'Gemeindefreies Gebiet' });
    else throw new Error(`Gemeinde ${k} (2022) ohne Namen`);
  }
  report.push(`Gemeinden 2022: ${zensus.population.size} mit Einwohnern (Zensus), ${keys2022.size - zensus.population.size} gemeindefreie Gebiete ohne Einwohner; ${new Set([...keys2022].map((k) => k.slice(0, 5))).size} Kreise`);

  // Cells: all of Germany at once.
  const t1 = Date.now();
  const gemeindeIndex = buildPolygonIndex(polygons.map((p) => p.geometry));
  const tiles = tilesFor(bboxOf(polygons));
  const all = await readCensusCells(path.join(input.sourcesDir, 'census-grid-2021-1km'), tiles);
  const t2 = Date.now();
  const assigned = assignCells(all, polygons, (k) => zensus.population.has(k), [], gemeindeIndex);
  const demand = await demand2022(assigned, polygons, zensus.population);
  const official = zensus.germany;
  const share = demand.gridSum / official;
  report.push(`Gitter: ${all.length} bewohnte Zellen in ${tiles.length} Kacheln gelesen (${((t2 - t1) / 1000).toFixed(1)} s); ${assigned.cells.length} gehören zu deutschen Gemeinden: ` +
    `${assigned.inside} mit Mittelpunkt darin, ${assigned.snapped} mit Mittelpunkt außerhalb bis ${SNAP_KM} km (${assigned.snappedPeople} Personen), ${assigned.fromUnpopulated} in gemeindefreien Gebieten der nächsten Gemeinde gegeben ` +
    `(${((Date.now() - t2) / 1000).toFixed(1)} s)`);
  report.push(`Deutschland vor der Skalierung: ${demand.gridSum} Personen im Gitter = ${(share * 100).toFixed(2)} % von ${official} (Zensus 2022)`);
  if (Math.abs(share - 1) > 0.01) throw new Error(`Gitter hält ${demand.gridSum} Personen, mehr als 1 % von ${official} entfernt`);
  report.push(`Gemeinden ohne Zellmittelpunkt (Einwohner am inneren Punkt): ${demand.points.length}, zusammen ${demand.points.reduce((a, p) => a + p.total, 0)} Personen`);

  const placeName = placeNamer(input.places, (lon, lat) => {
    const i = locate(gemeindeIndex, lon, lat);
    return i < 0 ? null : polygons[i].properties.ags;
  });
  const keyMap2016: Record<string, string> = {};
  for (const a of assignments) if (!keys2022.has(a.from)) keyMap2016[a.from] = a.to;

  const cut = (prefix: string): Area2022 => {
    const inArea = (k: string) => k.startsWith(prefix);
    const keys = [...keys2022].filter(inArea).sort();
    const file = demandFileText({
      demand, include: inArea, toTarget: (k) => k, keys, placeName,
      pointName: (k) => names.get(k)!.name, metadata: demandMetadata(VINTAGE_2022, input.generatedBy),
    });
    const population = new Map(keys.map((k) => [k, zensus.population.get(k) ?? 0]));
    const expected = [...population.values()].reduce((a, b) => a + b, 0);
    const got = [...file.population.values()].reduce((a, b) => a + b, 0);
    for (const [k, v] of population) if (file.population.get(k) !== v) throw new Error(`Bedarf der Gemeinde ${k}: ${file.population.get(k)} ≠ Zensus ${v}`);
    if (got !== expected) throw new Error(`Bedarf ${got} ≠ Zensus ${expected}`);
    const gap = prefix === '' ? `; Zeile „Deutschland“ der Tabelle: ${official} (${official - got} mehr als die Summe ihrer Gemeinden)` : '';
    return {
      features: polygons.filter((p) => inArea(p.properties.ags)),
      names: new Map(keys.map((k) => [k, names.get(k)!])),
      population,
      kreisNames: new Map([...kreisNames].filter(([k]) => inArea(k))),
      bedarf: file.text,
      keyMap: Object.fromEntries(Object.entries(keyMap2016).filter(([, to]) => inArea(to))),
      report: `${file.cells} Zellen, ${got} Einwohner (Summe der Zensus-Gemeinden genau${gap}), Kinder unter 15: ${file.under15}`,
    };
  };
  return { area: cut, report };
}
