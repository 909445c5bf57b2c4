import type { TravelBasis } from '../../analysis/coverage/analysis';
import { travelBasisText, travelModeDe } from '../../analysis/coverage/travelText';
import type { CentreGap, KindStatus } from '../../analysis/partners/networkGaps';
import { formatKm, formatMinutes } from '../../domain/format';
import { sourceLine, type SheetColumn, type SheetTable } from './sheet';

/** How a network-gap run measured: by straight line, or by travel time with its search limit (minutes). */
export type GapUnit = { unit: 'km' } | { unit: 'min'; searchLimit: number };

/**
 * A partner's or candidate's distance as text: "2,5 km", or by time "12 min", and for one
 * beyond the search "mehr als 60 min (nicht erreicht)" (no figure is known).
 */
export function gapAmountText(meters: number, by: GapUnit = { unit: 'km' }): string {
  if (by.unit === 'km') return `${formatKm(meters)} km`;
  return Number.isFinite(meters) ? `${formatMinutes(meters / 1000)} min` : `mehr als ${formatMinutes(by.searchLimit)} min (nicht erreicht)`;
}

/** One cell of the matrix as text: the partner, or the nearest candidate inside or outside the radius. */
export function kindCellText(k: KindStatus, by: GapUnit = { unit: 'km' }): string {
  const outside = by.unit === 'km' ? 'fehlt – nächste außerhalb des Umkreises' : 'fehlt – nächste außerhalb der Fahrzeitgrenze';
  if (k.partner) return `Partner: ${k.partner.name} (${gapAmountText(k.partner.meters, by)})`;
  if (k.candidate) return `${k.candidate.inside ? 'fehlt – nächste' : outside}: ${k.candidate.name} (${gapAmountText(k.candidate.meters, by)})`;
  // Every institution of the kind is a partner already, only beyond the limit.
  if (k.partnerBeyond) return `fehlt – Partner nur außerhalb: ${k.partnerBeyond.name} (${gapAmountText(k.partnerBeyond.meters, by)})`;
  return 'fehlt – keine Einrichtung dieser Art im Projekt';
}

/**
 * The matrix centres × key kinds that a network coordinator prints: per centre its Kreis, the
 * people it serves, the kinds missing, and per kind the partner or the nearest candidate.
 */
export function gapMatrixTable(centres: readonly (CentreGap & { served: number })[], kinds: readonly string[], kreisOf: (id: string) => string, by: GapUnit = { unit: 'km' }): { header: string[]; rows: (string | number)[][] } {
  const header = ['Zentrum', 'Kreis', 'Versorgte Menschen (nächstes Zentrum)', 'Fehlende Partnerarten', ...kinds];
  const rows = centres.map((c) => [c.name, kreisOf(c.id), Math.round(c.served), c.missing, ...c.kinds.map((k) => kindCellText(k, by))]);
  return { header, rows };
}

/** The matrix as a table for CSV and Excel: numbers as numbers, wide text columns for the kinds; by time, the title and source name mode and data. */
export function gapMatrixSheet(matrix: ReturnType<typeof gapMatrixTable>, meta: { radiusKm: number; areaName: string; projectName: string | null; targetGroup?: string; date?: Date; travel?: TravelBasis | null }): SheetTable {
  const widths = [34, 22, 14, 12];
  const columns = matrix.header.map((label, k): SheetColumn => (k === 2 || k === 3 ? { label, kind: 'integer', width: widths[k] } : { label, kind: 'text', width: widths[k] ?? 40 }));
  const travel = meta.travel ?? null;
  const within = travel ? `innerhalb von ${formatMinutes(meta.radiusKm)} min ${travelModeDe(travel.mode)}` : `Umkreis ${formatKm(meta.radiusKm * 1000)} km`;
  // The basis' last sentence is about the coverage's cells; here a cell reaching no centre lacks every kind.
  const measured = travel ? ['Entfernungen: Fahrzeit', ...travelBasisText(travel).slice(0, -1), 'Zellen ohne erreichbares Zentrum fehlen alle Arten.'] : ['Entfernungen: Luftlinie'];
  return {
    title: `Netzwerklücken: Zentren × Schlüssel-Partnerarten (${within}) – ${meta.areaName}`,
    source: sourceLine(meta.projectName, [`Partner: die im Projekt erfassten Partnerschaften; ${measured[0]}`, ...measured.slice(1)]),
    date: meta.date ?? new Date(),
    targetGroup: meta.targetGroup,
    sheetName: 'Netzwerklücken',
    layout: 'title',
    columns,
    rows: matrix.rows,
  };
}
