/**
 * Thuringia as planners know it today: the 605 Gemeinden of 01.01.2024 (detailed 2016 polygons
 * dissolved through 2022, see dissolve.ts) with their Zensus 2022 population, and the demand on
 * the census 1 km grid (bedarf.json), each 2022 Gemeinde's cells scaled to its Zensus count.
 * The steps up to 2022 are the same as every other area's (gemeinden2022.ts); Thuringia adds
 * step (b), the Destatis crosswalk to 2024, and the names of the Gemeindeverzeichnis 2024.
 */
import fs from 'node:fs';
import path from 'node:path';
import area from '@turf/area';
import bbox from '@turf/bbox';
import Papa from 'papaparse';
import { readCensusCells, readZensusGemeinden, tilesFor } from './census.ts';
import { assignTo2022, crosswalkTo2024, keyedBy2024, splitOfficialName, type Area, type CrosswalkRow } from './dissolve.ts';
import { assignCells, bboxOf, demand2022, demandFileText, demandMetadata, keyed2022, placeNamer, readCoarse2022, SNAP_KM } from './gemeinden2022.ts';
import { buildPolygonIndex, locate } from './polygonIndex.ts';
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

/**
 * Everything Thuringia's build needs beyond the npm packages, from data/sources/: `old2016` are
 * its detailed 2016 Gemeinden, `foreign2016` the other Länder's (they keep their census cells).
 */
export async function buildThuringia2024(sourcesDir: string, old2016: Area[], foreign2016: Area[], places: readonly Place[], meta: Omit<DatasetMeta, 'title'>): Promise<Thuringia2024> {
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

  // Cells: the 2022 Gemeinde of each cell is the detailed polygon (keyed 2022) holding its centre;
  // the other Länder's polygons (`foreign`) keep their cells.
  const detailed2022 = keyed2022(old2016, assignments);
  const zensus = readZensusGemeinden(fs.readFileSync(path.join(sourcesDir, 'zensus2022-gemeinden', '1000A-0000_de_flat.csv'), 'utf8'), '16');
  const box = bboxOf(detailed2022);
  const near = (a: Area) => {
    const [w, s, e, n] = bbox(a);
    return w < box[2] + 0.1 && e > box[0] - 0.1 && s < box[3] + 0.1 && n > box[1] - 0.1;
  };
  const foreign = foreign2016.filter(near);
  const index = buildPolygonIndex([...detailed2022, ...foreign].map((a) => a.geometry));
  const all = await readCensusCells(path.join(sourcesDir, 'census-grid-2021-1km'), tilesFor(box));
  const assigned = assignCells(all, detailed2022, (k) => zensus.population.has(k), foreign, index);
  const demand = await demand2022(assigned, detailed2022, zensus.population);
  report.push(`Gitter: ${assigned.cells.length} bewohnte Zellen mit Mittelpunkt in Thüringen (davon ${assigned.snapped} außerhalb bis ${SNAP_KM} km), zusammen ${demand.gridSum} Personen vor der Skalierung`);
  report.push(`Gemeinden ohne Zellmittelpunkt (Einwohner am inneren Punkt): ${demand.points.map((p) => `${zensus.names.get(p.ags2022)} (${p.total})`).join(', ') || 'keine'}`);

  // Nearest populated place (GeoNames) within 2.5 km in the same 2024 Gemeinde, to name a cell.
  const gemeindeOf = (lon: number, lat: number) => {
    const i = locate(index, lon, lat);
    return i >= 0 && i < detailed2022.length ? to2024.get(detailed2022[i].properties.ags)! : null;
  };
  const file = demandFileText({
    demand,
    toTarget: (k) => {
      const k24 = to2024.get(k);
      if (k24 === undefined) throw new Error(`Gemeinde ${k} (2022) fehlt in der Zuordnung nach 2024`);
      return k24;
    },
    keys: [...names.keys()].sort(),
    placeName: placeNamer(places, gemeindeOf),
    pointName: (k) => splitOfficialName(zensus.names.get(k)!).name,
    metadata: demandMetadata(VINTAGE_2024, meta.generatedBy, '; Destatis Gebietsänderungen'),
  });
  const population = file.population;
  const land = [...population.values()].reduce((a, b) => a + b, 0);
  const official = [...zensus.population.values()].reduce((a, b) => a + b, 0);
  if (land !== official) throw new Error(`Bedarf ${land} ≠ Zensus ${official}`);
  report.push(`Bedarf: ${land} Einwohner (Zensus 2022 genau), Kinder unter 15: ${file.under15}`);
  return { gemeinden, names, population, officialKm2, keyMap, demandText: file.text, report };
}
