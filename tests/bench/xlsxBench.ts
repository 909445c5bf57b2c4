/**
 * xlsx_export_10k_ms: the institution list of 10,000 generated institutions written as an
 * Excel workbook by the app's own export (institutionsSheet → sheetsToXlsx with exceljs), in
 * Node. Median of 3 runs after a warm-up (which also loads exceljs). Before timing, the
 * workbook is read back by the app's import: 10,000 rows with the names written, or it throws.
 * Run directly: `npx tsx tests/bench/xlsxBench.ts` prints
 *   BENCH name=xlsx_export_10k_ms value=<number> unit=ms
 */
import path from 'node:path';
import { institutionsSheet } from '../../src/data/export/lists';
import { sheetsToXlsx } from '../../src/data/export/xlsx';
import { readXlsx } from '../../src/data/import/readXlsx';
import type { InstitutionId, ProjectId } from '../../src/domain/ids';
import type { Institution } from '../../src/domain/institution';
import { seededRandom } from '../../src/domain/random';
import { median } from './measure';

const ROWS = 10_000;
const RUNS = 3;
const CATEGORIES = ['ThEKiZ', 'Kita', 'Erziehungsberatung', 'Frühe Hilfen', 'Hebamme', 'Kinderarzt', 'Frühförderstelle', 'Sonstige'];
const TOWNS = ['Erfurt', 'Jena', 'Gera', 'Weimar', 'Sondershausen', 'Nordhausen', 'Bad Frankenhausen', 'Gotha', 'Eisenach', 'Suhl'];

/** 10,000 institutions with every column filled, as an imported list would have them. */
export function generatedInstitutions(n = ROWS, seed = 19): Institution[] {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  return Array.from({ length: n }, (_, k) => {
    const town = pick(TOWNS);
    return {
      id: `inst-${k}` as InstitutionId, projectId: 'bench' as ProjectId,
      name: `${pick(CATEGORIES)} ${town} ${k + 1}`, category: pick(CATEGORIES), carrier: `Träger ${k % 97}`,
      street: `Hauptstraße ${1 + (k % 120)}`, postcode: String(98_000 + Math.floor(rnd() * 1999)).padStart(5, '0'), town, ags: `160${String(51_000 + (k % 900))}`,
      lat: 50.2 + rnd() * 1.45, lon: 9.87 + rnd() * 2.79, locationQuality: 'exact',
      phone: `0361 ${100_000 + k}`, email: `info${k}@example.org`, website: `https://example.org/${k}`,
      tags: k % 3 === 0 ? ['Familiencafé', 'Beratung'] : [], note: k % 5 === 0 ? 'Sprechstunde dienstags, 9–12 Uhr' : '',
      since: String(2010 + (k % 15)), source: 'Import einrichtungen.csv', createdAt: '', updatedAt: '',
    };
  });
}

/** The median time (ms) of writing the workbook of 10,000 institutions. */
export async function benchXlsxExport(): Promise<number> {
  const list = generatedInstitutions();
  const write = () => sheetsToXlsx([institutionsSheet(list, 'Bench')]);
  const bytes = await write(); // warm-up, loads exceljs
  const read = await readXlsx(bytes);
  if (!read.ok || read.rows.length !== ROWS || read.rows[ROWS - 1][0] !== list[ROWS - 1].name) throw new Error(`Excel-Export unvollständig: ${read.ok ? read.rows.length : read.message}`);
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    await write();
    times.push(performance.now() - t);
  }
  return median(times);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  console.log(`BENCH name=xlsx_export_10k_ms value=${Math.round((await benchXlsxExport()) * 10) / 10} unit=ms`);
}
