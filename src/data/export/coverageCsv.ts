import type { CoverageResult, GemeindeCoverage } from '../../analysis/coverage/analysis';
import type { AreaFigures } from '../../analysis/coverage/figures';
import { CENSUS_CREDITS, sheetCsv, sourceLine, type SheetColumn, type SheetTable } from './sheet';
import { decimal } from './networkCsv';
import { countedText } from '../../analysis/demand/labels';
import { travelModeDe } from '../../analysis/coverage/travelText';

/** The words of a table's distance columns: km of straight line, or minutes of travel time. */
function words(r: CoverageResult) {
  const time = r.unit === 'min';
  const lim = (k: number) => `${decimal(k, 1)} ${time ? 'min' : 'km'}`;
  return {
    time,
    lim,
    /** "Entfernung" or "Fahrzeit", with the unit for a heading. */
    mean: time ? 'Mittlere Fahrzeit (min, bevölkerungsgewichtet)' : 'Mittlere Entfernung (km, bevölkerungsgewichtet)',
    meanShort: time ? 'Mittlere Fahrzeit (min)' : 'Mittlere Entfernung (km)',
    max: time ? 'Größte Fahrzeit (min)' : 'Größte Entfernung (km)',
    beyond: (k: number) => (time ? `mehr als ${lim(k)} Fahrzeit` : `weiter als ${lim(k)}`),
    /** "von der" (distance) or "zur" (time) nächsten Einrichtung. */
    to: time ? 'zur' : 'von der',
    mode: r.travel ? ` (Fahrzeit ${travelModeDe(r.travel.mode)})` : '',
  };
}

/** Credits of the road network and timetable a run by time rests on. */
const travelCredits = (r: CoverageResult): string[] => (r.travel ? [`Straßennetz: OpenStreetMap „${r.travel.road.file}“ (© OpenStreetMap-Mitwirkende, ODbL 1.0)`, ...(r.travel.transit ? [`Fahrplan: „${r.travel.transit.file}“`] : [])] : []);

/** The demand column's heading: what was counted ("Bedarf: Kinder unter 15 Jahren, Zensus 2022, 1-km-Gitter"). */
const demandHeading = (r: CoverageResult) => (r.counted ? `Bedarf: ${countedText(r.counted)}` : 'Einwohner (Bedarf)');

/** Who else an export of the coverage tables needs to know: the project and the day. */
export interface ExportContext {
  projectName?: string | null;
  date?: Date;
}

/** Title, source (with the census credits), date and target group of a coverage table. */
function coverageMeta(result: CoverageResult, title: string, sheetName: string, ctx: ExportContext): Omit<SheetTable, 'columns' | 'rows'> {
  return {
    title, sheetName, layout: 'title', date: ctx.date ?? new Date(),
    source: sourceLine(ctx.projectName ?? null, [...(result.counted?.census === false ? [] : CENSUS_CREDITS), ...travelCredits(result)]),
    targetGroup: result.counted ? countedText(result.counted) : 'Einwohner',
  };
}

/** A share in percent: one decimal, more near 0 % and 100 % (one decimal would round an inexact share to the end). */
const shareText = (s: number) => decimal(s * 100, (s > 0.999 && s < 1) || (s > 0 && s < 0.001) ? 4 : 1);
const shareColumn = (label: string): SheetColumn => ({ label, kind: 'percent', csv: shareText });
const share = (a: AreaFigures['thresholds'], km: number) => a.find((t) => t.km === km)?.share ?? null;
const kmColumn = (label: string): SheetColumn => ({ label, kind: 'km', digits: 2 });
const km = (m: number | null) => (m === null ? null : m / 1000);
const text = (label: string, width?: number): SheetColumn => ({ label, kind: 'text', width });
const integer = (label: string): SheetColumn => ({ label, kind: 'integer' });

/** The Land and every Kreis: people, facilities, distances, shares within each threshold, rural and urban. */
export function coverageSheet(result: CoverageResult, kreisName: (key: string) => string, areaName = 'Thüringen', ctx: ExportContext = {}): SheetTable {
  const main = result.mainKm;
  const w = words(result);
  const columns: SheetColumn[] = [
    text('Gebiet', 28), integer(demandHeading(result)), integer('Einrichtungen'), { label: 'Einrichtungen je 10.000', kind: 'decimal', digits: 3 },
    kmColumn(w.mean), kmColumn(w.max),
    ...result.thresholdsKm.map((k) => shareColumn(`Anteil bis ${w.lim(k)} (%)`)),
    shareColumn(`ländlich: Anteil bis ${w.lim(main)} (%)`), shareColumn(`städtisch: Anteil bis ${w.lim(main)} (%)`), integer(`${w.beyond(main)} (Personen)`),
    ...(w.time ? [integer('ohne Verbindung (Personen)')] : []),
    text('Schlüssel', 10),
  ];
  const row = (name: string, a: AreaFigures) => [
    name, a.totalWeight, a.facilities, a.facilitiesPer10k, km(a.meanMeters), km(a.maxMeters),
    ...result.thresholdsKm.map((k) => share(a.thresholds, k)), share(a.rural.thresholds, main), share(a.urban.thresholds, main),
    a.thresholds.find((t) => t.km === main)?.uncoveredWeight ?? 0, ...(w.time ? [a.unreachableWeight] : []), a.key,
  ];
  return { ...coverageMeta(result, `Versorgung je Kreis – ${areaName}${w.mode}`, 'Versorgung je Kreis', ctx), columns, rows: [row(areaName, result.land), ...result.kreise.map((k) => row(kreisName(k.key), k))] };
}

/** The places beyond the main threshold, most people first. */
export function underservedSheet(result: CoverageResult, kreisName: (key: string) => string, ctx: ExportContext = {}): SheetTable {
  return {
    ...coverageMeta(result, `Orte ${words(result).beyond(result.mainKm)} ${words(result).to} nächsten Einrichtung${words(result).mode}`, 'Unterversorgte Orte', ctx),
    columns: [text('Ort', 28), text('Kreis', 24), integer(demandHeading(result)), kmColumn(result.unit === 'min' ? 'Fahrzeit zur nächsten Einrichtung (min; leer: ohne Verbindung)' : 'Entfernung zur nächsten Einrichtung (km)'), text('Nächste Einrichtung', 32), text('Gemeindeschlüssel', 12), { label: 'Breite', kind: 'decimal', digits: 5 }, { label: 'Länge', kind: 'decimal', digits: 5 }],
    rows: result.underserved.map((u) => [u.name, kreisName(u.group), u.weight, km(u.meters), u.facilityName, u.gemeinde, u.lat, u.lon]),
  };
}

/** Gemeinden with people beyond the main threshold (as listed), most such people first. */
export function underservedGemeindenSheet(list: readonly GemeindeCoverage[], kreisName: (key: string) => string, result?: CoverageResult, ctx: ExportContext = {}): SheetTable {
  const meta = result
    ? coverageMeta(result, `Gemeinden mit Menschen ${words(result).beyond(result.mainKm)} ${words(result).to} nächsten Einrichtung${words(result).mode}`, 'Unterversorgte Gemeinden', ctx)
    : { title: 'Unterversorgte Gemeinden', sheetName: 'Unterversorgte Gemeinden', layout: 'title' as const, date: ctx.date ?? new Date(), source: sourceLine(ctx.projectName ?? null, CENSUS_CREDITS) };
  return {
    ...meta,
    columns: [text('Gemeinde', 28), text('Kreis', 24), integer('Einwohner (Bedarf)'), integer('davon außerhalb der Grenze'), kmColumn(result ? words(result).meanShort : 'Mittlere Entfernung (km)'), kmColumn(result ? words(result).max : 'Größte Entfernung (km)'), text('Nächste Einrichtung', 32), text('Gemeindeschlüssel', 12)],
    rows: list.map((g) => [g.name, kreisName(g.group), g.weight, g.uncoveredWeight, km(g.meanMeters), km(g.maxMeters), g.facilityName, g.ags]),
  };
}

/** The Land and every Kreis as CSV (see coverageSheet). */
export const coverageCsv = (result: CoverageResult, kreisName: (key: string) => string, areaName = 'Thüringen'): string => sheetCsv(coverageSheet(result, kreisName, areaName));
/** The places beyond the main threshold as CSV (see underservedSheet). */
export const underservedCsv = (result: CoverageResult, kreisName: (key: string) => string): string => sheetCsv(underservedSheet(result, kreisName));
/** The underserved Gemeinden as CSV (see underservedGemeindenSheet). */
export const underservedGemeindenCsv = (list: readonly GemeindeCoverage[], kreisName: (key: string) => string): string => sheetCsv(underservedGemeindenSheet(list, kreisName));
