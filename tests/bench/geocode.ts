/**
 * Geocoder throughput: 20,000 deterministic queries built from real gazetteer names with the
 * spellings German files bring (ae for ä, "-Ortsteil", " OT X", "St.", case, "Tal"/"Thal").
 * Run directly: `npx tsx tests/bench/geocode.ts` prints
 *   BENCH name=geocode_rows_per_s value=<number> unit=rows/s
 */
import fs from 'node:fs';
import path from 'node:path';
import { createGazetteer, entriesFromGeoJson, type GazetteerEntry } from '../../src/analysis/geocode/gazetteer';
import { geocode, type GeocodeQuery } from '../../src/analysis/geocode/geocode';
import { seededRandom } from '../../src/domain/random';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ROWS = 20_000;
const SEED = 0x7e6b12;

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'thueringen', file), 'utf8'));
}

const asciiUmlauts = (s: string) =>
  s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss');
const sanktToSt = (s: string) => s.replace(/^Sankt /, 'St. ').replace(/^St\. /, 'St ');
/** Same sound, other spelling: drop the h of the first "th", or write "tal" as "thal". */
const thalVariant = (s: string) => (/th/i.test(s) ? s.replace(/(t)h/i, '$1') : s.replace(/(t)al\b/i, '$1hal'));

/** Builds `n` queries from the entries; about 3 % are invented names that must not match. */
export function makeQueries(entries: readonly GazetteerEntry[], n: number, seed = SEED): GeocodeQuery[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const names = entries.map((e) => e.name);
  const postcodes = ['04600', '06567', '07743', '36433', '37308', '96515', '98693', '99084', '99817'];
  const queries: GeocodeQuery[] = [];
  for (let i = 0; i < n; i++) {
    const name = pick(names);
    const other = pick(names);
    const forms: (() => GeocodeQuery)[] = [
      () => ({ town: name }),
      () => ({ town: asciiUmlauts(name) }),
      () => ({ town: name.toUpperCase() }),
      () => ({ town: name.toLowerCase() }),
      () => ({ town: `${name}-${other}` }),
      () => ({ town: `${name}-Ortsteil ${other}` }),
      () => ({ town: `${name} OT ${other}` }),
      () => ({ town: sanktToSt(name) }),
      () => ({ town: thalVariant(name) }),
      () => ({ town: name, postcode: pick(postcodes) }),
      () => ({ town: `${other}x${Math.floor(rnd() * 1000)}q`, gemeinde: name }),
      () => ({ town: `Qzx${Math.floor(rnd() * 1e6)}` }),
    ];
    const f = rnd() < 0.03 ? forms[forms.length - 1] : forms[Math.floor(rnd() * (forms.length - 1))];
    queries.push(f());
  }
  return queries;
}

/** Geocodes 20,000 generated rows against the real gazetteer after a warm-up and reports throughput. */
export function benchGeocode(): { rowsPerSecond: number; rows: number; matched: number } {
  const gazetteer = createGazetteer(entriesFromGeoJson(readJson('orte.geojson'), readJson('gemeinde-labels.geojson')));
  const queries = makeQueries(gazetteer.entries, ROWS);
  for (let i = 0; i < 3_000; i++) geocode(gazetteer, queries[i]); // warm-up for the JIT
  let matched = 0;
  const t0 = performance.now();
  for (const q of queries) if (geocode(gazetteer, q) !== null) matched++;
  const seconds = (performance.now() - t0) / 1000;
  return { rowsPerSecond: queries.length / seconds, rows: queries.length, matched };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const { rowsPerSecond } = benchGeocode();
  console.log(`BENCH name=geocode_rows_per_s value=${Math.round(rowsPerSecond)} unit=rows/s`);
}
