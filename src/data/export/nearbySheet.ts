/**
 * The download of "Partner in der Nähe": every institution within the radius with its straight
 * line, the estimated travel time and, when the panel shows them, the minutes over the loaded
 * road network, with a header and a source line that name the mode and the OSM extract.
 */
import { formatClock, formatDecimal, formatIsoDate } from '../../domain/format';
import type { TravelSettings } from '../../domain/travel';
import { plainSheet, sourceLine, type SheetCell, type SheetColumn, type SheetTable } from './sheet';

/** The UI's translate function (i18next's `t`), passed in: the export speaks the UI language. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * The searches over the road network stop at this many minutes (minutesFrom's default in
 * analysis/coverage/byTime.ts): a target beyond it counts as not reached.
 */
export const ROAD_MAX_MINUTES = 180;

/** One institution within the radius. */
export interface NearbyExportRow {
  name: string;
  category: string;
  meters: number;
  /** Straight line × detour ÷ speed. */
  estimateMinutes: number;
  isPartner: boolean;
  /** Minutes over the road network (Infinity: not reached), when they are shown. */
  roadMinutes?: number;
}

/** The road network the rows' minutes were found on. */
export interface NearbyRoadExport {
  mode: 'foot' | 'bicycle' | 'car' | 'transit';
  /** By bus and train: the timetable, the day and the departure window (minutes after midnight). */
  transit?: { file: string; date: string; fromMin: number; toMin: number } | null;
  file: string;
  /** The extract's data date (ISO), when the file names one. */
  date: string | null;
  /**
   * The settings of the estimate beside it: its mode may differ from the road minutes' (the
   * estimate by car, the road by foot), so the source line names both.
   */
  estimate?: TravelSettings;
}

/** Whole minutes as the panel shows them: at least 1 for any time above 0; null when not reached. */
export function roadMinutesCell(minutes: number | undefined): number | null {
  if (minutes === undefined || !Number.isFinite(minutes)) return null;
  return minutes > 0 ? Math.max(1, Math.round(minutes)) : 0;
}

/** ", Stand 05.03.2025" for the extract's date, '' without one. */
export function roadDateText(t: Translate, date: string | null): string {
  return date ? t('nearby.roadDate', { date: formatIsoDate(date) }) : '';
}

/** The timetable, day and window of minutes by bus and train, in the UI's words. */
export function transitText(t: Translate, x: NonNullable<NearbyRoadExport['transit']>): string {
  return t('nearby.transitBasis', { file: x.file, day: formatIsoDate(x.date), from: formatClock(x.fromMin), to: formatClock(x.toMin % 1440) });
}

/**
 * The table: name, category, km, estimated minutes, [road minutes,] partner. Road minutes are
 * a column of their own only when given, its header naming mode, extract and licence (the CSV
 * has no title rows); an unreached target's cell stays empty and the workbook's source line
 * says what empty means. Without road minutes the table is the one the panel always wrote.
 */
export function nearbySheet(t: Translate, fromName: string, rows: readonly NearbyExportRow[], road: NearbyRoadExport | null = null, date?: Date): SheetTable {
  const mode = road ? t(`nearby.modes.${road.mode}`) : '';
  const roadDate = road ? roadDateText(t, road.date) : '';
  const columns: SheetColumn[] = [
    { label: t('institutions.name'), kind: 'text', width: 36 },
    { label: t('institutions.category'), kind: 'text', width: 22 },
    { label: t('nearby.csvKm'), kind: 'km', digits: 2 },
    { label: t('nearby.csvMinutes'), kind: 'integer' },
    ...(road ? [{ label: road.transit ? t('nearby.csvTransit', { timetable: road.transit.file, file: road.file, date: roadDate }) : t('nearby.csvRoad', { mode, file: road.file, date: roadDate }), kind: 'integer' as const, width: 30 }] : []),
    { label: t('nearby.csvPartner'), kind: 'text' },
  ];
  const cells: SheetCell[][] = rows.map((n) => [
    n.name, n.category, n.meters / 1000, n.estimateMinutes,
    ...(road ? [roadMinutesCell(n.roadMinutes)] : []),
    n.isPartner ? t('nearby.yes') : t('nearby.no'),
  ]);
  const title = `${t('nearby.title')}: ${fromName}`;
  if (!road) return plainSheet(title, columns, cells, date ? { date } : {});
  const credits = road.transit
    ? [transitText(t, road.transit), t('nearby.csvTransitSource', { file: road.file, date: roadDate, max: ROAD_MAX_MINUTES })]
    : [t('nearby.csvRoadSource', { mode, file: road.file, date: roadDate, max: ROAD_MAX_MINUTES })];
  const e = road.estimate;
  if (e) credits.push(t('nearby.csvEstimateSource', { factor: formatDecimal(e.detourFactor), kmh: formatDecimal(e.kmh[e.mode], 1), mode: t(`nearby.modes.${e.mode}`) }));
  return plainSheet(title, columns, cells, { source: sourceLine(null, credits), ...(date ? { date } : {}) });
}
