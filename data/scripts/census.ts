/**
 * The census 1 km grid (Eurostat Census 2021 grid; Zensus 2022 for Germany), read from the
 * vendored Parquet tiles, and the Zensus 2022 population per Gemeinde. The scaling itself is
 * pure (src/analysis/demand/scale.ts); this module only reads files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { agsOfArs, type CensusCell } from '../../src/analysis/demand/cells.ts';
import { fromEpsg3035, toEpsg3035 } from '../../src/analysis/demand/epsg3035.ts';

/** Cells per tile side and the cell size (m), from the grid's info.json. */
const TILE_CELLS = 256;
const CELL_M = 1000;

/** The tiles (tx, ty) that a lon/lat box touches. */
export function tilesFor(box: readonly [number, number, number, number]): [number, number][] {
  const [w, s, e, n] = box;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let k = 0; k <= 8; k++) {
    for (const [lon, lat] of [[w + ((e - w) * k) / 8, s], [w + ((e - w) * k) / 8, n], [w, s + ((n - s) * k) / 8], [e, s + ((n - s) * k) / 8]]) {
      const [x, y] = toEpsg3035(lon, lat);
      xs.push(x);
      ys.push(y);
    }
  }
  const size = TILE_CELLS * CELL_M;
  const out: [number, number][] = [];
  for (let tx = Math.floor(Math.min(...xs) / size); tx <= Math.floor(Math.max(...xs) / size); tx++) {
    for (let ty = Math.floor(Math.min(...ys) / size); ty <= Math.floor(Math.max(...ys) / size); ty++) out.push([tx, ty]);
  }
  return out;
}

const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : 0);

/**
 * Every populated cell of the given tiles: lower-left corner in EPSG:3035 metres, centre as
 * lon/lat, total and the age classes under 15 and 65 and over. A tile file that is missing is
 * an error (the sources must be complete).
 */
export async function readCensusCells(dir: string, tiles: readonly [number, number][]): Promise<CensusCell[]> {
  const out: CensusCell[] = [];
  for (const [tx, ty] of tiles) {
    const file = path.join(dir, String(tx), `${ty}.parquet`);
    if (!fs.existsSync(file)) throw new Error(`Gitterkachel fehlt: ${file}`);
    const buf = fs.readFileSync(file);
    const rows = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength), compressors, columns: ['x', 'y', 'T', 'Y_LT15', 'Y_GE65'] });
    for (const r of rows) {
      const x = (tx * TILE_CELLS + num(r.x)) * CELL_M;
      const y = (ty * TILE_CELLS + num(r.y)) * CELL_M;
      const [lon, lat] = fromEpsg3035(x + CELL_M / 2, y + CELL_M / 2);
      out.push({ x, y, lon, lat, total: num(r.T), under15: num(r.Y_LT15), over65: num(r.Y_GE65) });
    }
  }
  return out.sort((a, b) => a.y - b.y || a.x - b.x);
}

/**
 * Zensus 2022 population per Gemeinde (8-digit AGS) from table 1000A-0000 ("Bevölkerung
 * kompakt", `;`-separated, UTF-8 with BOM), with the official names; only keys starting with
 * `prefix` ('' for all of Germany). Also returns Germany's total (the row with ARS "DG").
 */
export function readZensusGemeinden(text: string, prefix: string): { population: Map<string, number>; names: Map<string, string>; germany: number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const head = lines[0].split(';');
  const [keyCol, nameCol, valueCol] = ['1_variable_attribute_code', '1_variable_attribute_label', 'value'].map((c) => head.indexOf(c));
  if (keyCol < 0 || valueCol < 0) throw new Error('Zensus-Tabelle: Spalten nicht gefunden');
  const population = new Map<string, number>();
  const names = new Map<string, string>();
  let germany = 0;
  for (const line of lines.slice(1)) {
    if (!line) continue;
    const c = line.split(';');
    const value = Number(c[valueCol]);
    if (c[keyCol] === 'DG') germany = value;
    const ags = agsOfArs(c[keyCol]);
    if (ags === null || !ags.startsWith(prefix)) continue;
    if (!Number.isInteger(value) || value < 0) throw new Error(`Zensus-Tabelle: Einwohnerzahl von ${ags} nicht lesbar`);
    population.set(ags, value);
    names.set(ags, c[nameCol]);
  }
  return { population, names, germany };
}
