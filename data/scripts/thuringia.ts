/**
 * Thuringia as planners know it today: the 605 Gemeinden of 01.01.2024 (detailed 2016 polygons
 * dissolved through 2022, see dissolve.ts) with their Zensus 2022 population, and the demand on
 * the census 1 km grid (bedarf.json), each 2022 Gemeinde's cells scaled to its Zensus count.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import mapshaper from 'mapshaper';
import area from '@turf/area';
import bbox from '@turf/bbox';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { scaleCells, type CensusCell } from '../../src/analysis/demand/cells.ts';
import { pointInPolygon, preparePolygon } from '../../src/analysis/coverage/polygon.ts';
import { readCensusCells, readZensusGemeinden, tilesFor } from './census.ts';
import { assignTo2022, crosswalkTo2024, keyedBy2024, splitOfficialName, type Area, type CrosswalkRow } from './dissolve.ts';
import Papa from 'papaparse';
import type { Place } from './places.ts';
import type { DatasetMeta } from './output.ts';

export const VINTAGE_2024 = 'Gebietsstand 01.01.2024; Einwohner Zensus 2022 (15.05.2022)';

export interface Thuringia2024 {
  /** The 2016 polygons (or pieces), keyed by their Gemeinde of 2024, to be dissolved. */
  gemeinden: Area[];
  /** Official name and type of each 2024 Gemeinde. */
  names: Map<string, { name: string; bez: string }>;
  /** Zensus 2022 people per 2024 Gemeinde, as the demand holds them. */
  population: Map<string, number>;
  /** Official area (km², 31.12.2024) per Gemeinde, for the check. */
  officialKm2: Map<string, number>;
  /** Keys of 2016 and 2022 translated to 2024 (for statistics tables with old keys). */
  keyMap: Record<string, string>;
  demandText: string;
  report: string[];
}

function readCsv(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0].message}`);
  return parsed.data;
}

/** The coarse VG250 Gemeinden of 15.05.2022 whose ARS starts with `prefix`, as WGS84 polygons keyed by AGS. */
export async function readCoarse2022(zipFile: string, prefix: string): Promise<Area[]> {
  const files = unzipSync(fs.readFileSync(zipFile));
  const pick = (ext: string) => {
    const name = Object.keys(files).find((n) => n.toLowerCase().endsWith(ext));
    if (!name) throw new Error(`${zipFile}: keine ${ext}-Datei`);
    return files[name];
  };
  const out = (await mapshaper.applyCommands(`-i gem.shp -filter 'ARS.slice(0, ${prefix.length}) === "${prefix}"' -proj wgs84 -o format=geojson precision=0.000001 gem.json`, {
    'gem.shp': pick('.shp'), 'gem.dbf': pick('.dbf'), 'gem.prj': strFromU8(pick('.prj')),
  })) as Record<string, string>;
  const fc = JSON.parse(out['gem.json']) as FeatureCollection<Polygon | MultiPolygon, { ARS: string }>;
  return fc.features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { ags: f.properties.ARS.slice(0, 5) + f.properties.ARS.slice(9) } }));
}

async function innerPoints(areas: Area[]): Promise<Map<string, [number, number]>> {
  if (areas.length === 0) return new Map();
  const out = (await mapshaper.applyCommands('-i a.json -dissolve ags -points inner -o format=geojson precision=0.00001 p.json', {
    'a.json': { type: 'FeatureCollection', features: areas },
  })) as Record<string, string>;
  const fc = JSON.parse(out['p.json']) as FeatureCollection<Point, { ags: string }>;
  return new Map(fc.features.map((f) => [f.properties.ags, f.geometry.coordinates as [number, number]]));
}

/** Which of the polygons (prepared, with boxes) contains the point; -1 for none. */
function locate(prepared: { box: number[]; poly: ReturnType<typeof preparePolygon> }[], lon: number, lat: number): number {
  for (let i = 0; i < prepared.length; i++) {
    const [w, s, e, n] = prepared[i].box;
    if (lon >= w && lon <= e && lat >= s && lat <= n && pointInPolygon(prepared[i].poly, lon, lat)) return i;
  }
  return -1;
}

const squaredKm = (a: { lon: number; lat: number }, lon: number, lat: number) => {
  const dx = (a.lon - lon) * 70;
  const dy = (a.lat - lat) * 111.2;
  return dx * dx + dy * dy;
};

/** Everything Thuringia's build needs beyond the npm packages, from data/sources/. */
export async function buildThuringia2024(sourcesDir: string, old2016: Area[], places: readonly Place[], meta: Omit<DatasetMeta, 'title'>): Promise<Thuringia2024> {
  const report: string[] = [];
  const coarse = await readCoarse2022(path.join(sourcesDir, 'vg250-gemeinden-2022', 'VG250_GEM_simplified.zip'), '16');
  const assignments = assignTo2022(old2016, coarse);
  const crosswalk = readCsv(path.join(sourcesDir, 'gemeinde-changes', 'crosswalk_2022_to_newest.csv'));
  const rows: CrosswalkRow[] = crosswalk.map((r) => ({ oldAgs: r.old_ags, newAgs: r.new_ags_2024, popShare: Number(r.pop_share), areaShare: Number(r.area_share) }));
  const { to2024, divided } = crosswalkTo2024(rows);
  const gemeinden = keyedBy2024(old2016, assignments, to2024);
  const gv = readCsv(path.join(sourcesDir, 'gemeinde-changes', 'GV_AuszugGV4QAktuell_2024_TH.csv'));
  const names = new Map(gv.map((r) => [r.AGS, splitOfficialName(r.name)]));
  const officialKm2 = new Map(gv.map((r) => [r.AGS, Number(r.flaeche_km2)]));
  const keys2024 = new Set(gemeinden.map((g) => g.properties.ags));
  if (keys2024.size !== names.size || [...keys2024].some((k) => !names.has(k))) throw new Error('Gemeinden 2024: Schlüssel passen nicht zum Gemeindeverzeichnis 31.12.2024');
  const km2 = new Map<string, number>();
  for (const g of gemeinden) km2.set(g.properties.ags, (km2.get(g.properties.ags) ?? 0) + area(g) / 1e6);
  const worst = [...km2].map(([k, v]) => ({ k, v, d: v / officialKm2.get(k)! - 1 })).sort((a, b) => Math.abs(b.d) - Math.abs(a.d));
  report.push(`Fläche gegen Destatis 31.12.2024: größte Abweichungen ${worst.slice(0, 3).map((x) => `${names.get(x.k)!.name} ${x.v.toFixed(2)} km² statt ${officialKm2.get(x.k)} (${(x.d * 100).toFixed(1)} %)`).join('; ')}; ` +
    `${worst.filter((x) => Math.abs(x.d) > 0.02).length} Gemeinden weichen mehr als 2 % ab`);
  const how = (h: string) => assignments.filter((a) => a.how === h).length;
  report.push(`2016 → 2022 (geteilt: ${assignments.filter((a) => a.how === 'split').map((a) => a.from).join(', ') || 'keine'}): ${how('key')} Gemeinden behalten ihren Schlüssel, ${how('overlap')} nach größter Flächenüberdeckung zugeordnet, ${how('split')} geteilt`);
  report.push(`2022 → 2024: ${to2024.size} Gemeinden; aufgeteilt und ganz dem größten Teil gegeben: ${divided.map((d) => `${d.oldAgs} → ${d.to}`).join(', ')}`);

  // Old keys → 2024, for statistics tables: 2022 by the crosswalk, 2016 through step (a).
  const keyMap: Record<string, string> = {};
  for (const [k22, k24] of to2024) if (k22 !== k24) keyMap[k22] = k24;
  for (const a of assignments) if (a.from !== to2024.get(a.to) && !to2024.has(a.from)) keyMap[a.from] = to2024.get(a.to)!;

  // Cells: the 2022 Gemeinde of each cell is the detailed polygon (keyed 2022) holding its centre.
  const detailed2022: Area[] = [];
  old2016.forEach((f, i) => {
    const a = assignments[i];
    if (a.pieces) detailed2022.push(...a.pieces);
    else detailed2022.push({ type: 'Feature', geometry: f.geometry, properties: { ags: a.to } });
  });
  const prepared = detailed2022.map((a) => ({ box: bbox(a), poly: preparePolygon(a.geometry) }));
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: detailed2022 });
  const all = await readCensusCells(path.join(sourcesDir, 'census-grid-2021-1km'), tilesFor([w, s, e, n]));
  const inBox = all.filter((c) => c.lon >= w && c.lon <= e && c.lat >= s && c.lat <= n);
  const where = inBox.map((c) => locate(prepared, c.lon, c.lat));
  const cells: CensusCell[] = inBox.filter((_, i) => where[i] >= 0);
  const of2022 = where.filter((k) => k >= 0).map((k) => detailed2022[k].properties.ags);
  const zensus = readZensusGemeinden(fs.readFileSync(path.join(sourcesDir, 'zensus2022-gemeinden', '1000A-0000_de_flat.csv'), 'utf8'), '16');
  const gridSum = cells.reduce((sum, c) => sum + c.total, 0);
  const scaled = scaleCells(cells, of2022, zensus.population);
  if (scaled.unknown.length > 0) throw new Error(`Zellen in Gemeinden ohne Zensuszahl: ${scaled.unknown.join(', ')}`);
  report.push(`Gitter: ${cells.length} bewohnte Zellen mit Mittelpunkt in Thüringen, zusammen ${gridSum} Personen vor der Skalierung`);

  // Gemeinden of 2022 without a cell: their people at an inner point, age shares of their Kreis.
  const inner = await innerPoints(detailed2022.filter((a) => scaled.withoutCells.includes(a.properties.ags)));
  const kreisShare = new Map<string, { total: number; under15: number; over65: number }>();
  cells.forEach((_, i) => {
    const k = of2022[i].slice(0, 5);
    const r = kreisShare.get(k) ?? kreisShare.set(k, { total: 0, under15: 0, over65: 0 }).get(k)!;
    r.total += scaled.people.total[i];
    r.under15 += scaled.people.under15[i];
    r.over65 += scaled.people.over65[i];
  });
  const points = scaled.withoutCells.map((ags) => {
    const [lon, lat] = inner.get(ags)!;
    const total = zensus.population.get(ags)!;
    const k = kreisShare.get(ags.slice(0, 5))!;
    return { lon, lat, ags2022: ags, total, under15: Math.round((total * k.under15) / k.total), over65: Math.round((total * k.over65) / k.total), name: zensus.names.get(ags)! };
  });
  report.push(`Gemeinden ohne Zellmittelpunkt (Einwohner am inneren Punkt): ${points.map((p) => `${p.name} (${p.total})`).join(', ') || 'keine'}`);

  // Nearest populated place (GeoNames) within 2.5 km in the same 2024 Gemeinde, to name a cell.
  const prepared2024 = gemeinden.map((a) => ({ box: bbox(a), poly: preparePolygon(a.geometry) }));
  const placeGemeinde = places.map((p) => { const k = locate(prepared2024, p.lon, p.lat); return k < 0 ? null : gemeinden[k].properties.ags; });
  const gemeindeIndex = [...names.keys()].sort();
  const gIdx = new Map(gemeindeIndex.map((k, i) => [k, i]));
  const ortNames: string[] = [];
  const ortIdx = new Map<string, number>();
  const nameOf = (lon: number, lat: number, ags2024: string): number => {
    let best = -1;
    let bestD = 2.5 * 2.5;
    places.forEach((p, i) => {
      if (placeGemeinde[i] !== ags2024) return;
      const d = squaredKm(p, lon, lat);
      if (d < bestD) [best, bestD] = [i, d];
    });
    if (best < 0) return -1;
    const name = places[best].name;
    return ortIdx.get(name) ?? (ortIdx.set(name, ortNames.push(name) - 1), ortNames.length - 1);
  };
  const population = new Map(gemeindeIndex.map((k) => [k, 0]));
  const cellCols = { x: [] as number[], y: [] as number[], g: [] as number[], ort: [] as number[], einwohner: [] as number[], unter15: [] as number[], ab65: [] as number[] };
  cells.forEach((c, i) => {
    const k24 = to2024.get(of2022[i])!;
    population.set(k24, population.get(k24)! + scaled.people.total[i]);
    cellCols.x.push(c.x / 1000);
    cellCols.y.push(c.y / 1000);
    cellCols.g.push(gIdx.get(k24)!);
    cellCols.ort.push(nameOf(c.lon, c.lat, k24));
    cellCols.einwohner.push(scaled.people.total[i]);
    cellCols.unter15.push(scaled.people.under15[i]);
    cellCols.ab65.push(scaled.people.over65[i]);
  });
  const pointRows = points.map((p) => {
    const k24 = to2024.get(p.ags2022)!;
    population.set(k24, population.get(k24)! + p.total);
    return { lon: p.lon, lat: p.lat, g: gIdx.get(k24)!, name: splitOfficialName(p.name).name, einwohner: p.total, unter15: p.under15, ab65: p.over65 };
  });
  const land = [...population.values()].reduce((a, b) => a + b, 0);
  const official = [...zensus.population.values()].reduce((a, b) => a + b, 0);
  if (land !== official) throw new Error(`Bedarf ${land} ≠ Zensus ${official}`);
  report.push(`Bedarf: ${land} Einwohner (Zensus 2022 genau), Kinder unter 15: ${[...cellCols.unter15, ...pointRows.map((p) => p.unter15)].reduce((a, b) => a + b, 0)}`);

  const demandMeta = {
    title: 'Bevölkerung im 1-km-Gitter (Zensus 2022), je Gemeinde auf die Einwohnerzahl des Zensus 2022 skaliert',
    source: 'Eurostat Census 2021 population grid, 1 km (Deutschland: Zensus 2022), Kacheln aus jgaffuri/tiled-census2021; Zensus 2022 Tabelle 1000A-0000; VG250 15.05.2022; Destatis Gebietsänderungen',
    licence: 'Eurostat: Weiterverwendung mit Quellenangabe; Zensus 2022 und VG250: dl-de/by-2-0',
    attribution: 'Bevölkerung im 1-km-Gitter: Eurostat, Census 2021 population grid; für Deutschland Zensus 2022, © Statistische Ämter des Bundes und der Länder; Gemeinden: © GeoBasis-DE / BKG (2022), verändert',
    vintage: VINTAGE_2024,
    generatedBy: meta.generatedBy,
    crs: 'EPSG:3035 (Zellen: linke untere Ecke in km, 1 km Kantenlänge)',
  };
  const demandText = `{"metadata":${JSON.stringify(demandMeta)},\n"gemeinden":${JSON.stringify(gemeindeIndex)},\n"orte":${JSON.stringify(ortNames)},\n` +
    Object.entries(cellCols).map(([k, v]) => `"${k}":${JSON.stringify(v)}`).join(',\n') + `,\n"punkte":${JSON.stringify(pointRows)}}\n`;
  return { gemeinden, names, population, officialKm2, keyMap, demandText, report };
}
